// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/loadprogress.h"

#include "core/document.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>

namespace Masthead
{

LoadProgress::LoadProgress(Document *document, QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(editor)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("load_progress"));
    m_bar->setObjectName(QStringLiteral("load_progress_bar"));
    m_cancel->setObjectName(QStringLiteral("load_progress_cancel"));
    m_cancel->setToolTip(tr("Stop opening the file and go back to the text that was open before"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(320);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    setAutoFillBackground(true);
    hide();

    connect(document, &Document::loadStarted, this, &LoadProgress::onStarted);
    connect(document, &Document::loadProgress, this, &LoadProgress::onProgress);
    connect(document, &Document::loaded, this, &LoadProgress::onEnded);
    connect(document, &Document::loadFailed, this, &LoadProgress::onEnded);
    connect(document, &Document::loadCancelled, this, &LoadProgress::onEnded);
    connect(m_cancel, &QPushButton::clicked, document, &Document::cancelLoad);
}

QString LoadProgress::message() const
{
    return isHidden() ? QString() : m_label->text();
}

void LoadProgress::onStarted(const QString &filePath, qint64 bytes)
{
    m_label->setText(tr("Opening %1 (%2)…")
                         .arg(QFileInfo(filePath).fileName(),
                              QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat)));
    m_bar->setRange(0, 0);
    if (isHidden()) {
        // Nothing to type into until the whole text is in (a load replacing another keeps the state
        // from before the first).
        m_editorWasReadOnly = m_editor->isReadOnly();
        m_editor->setReadOnly(true);
        show();
    }
}

void LoadProgress::onProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_bar->setRange(0, 0); // reading and decoding: no measure of it
        return;
    }
    // In thousandths: a QProgressBar counts in int, and a text may have more characters than that.
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(done * 1000 / total));
}

void LoadProgress::onEnded()
{
    if (isHidden())
        return;
    hide();
    m_editor->setReadOnly(m_editorWasReadOnly);
}

} // namespace Masthead
