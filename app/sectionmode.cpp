// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sectionmode.h"

#include "core/document.h"
#include "core/textedit.h"
#include "editor/sourceeditor.h"
#include "preview/previewview.h"

#include <QBoxLayout>
#include <QFrame>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTextBlock>
#include <QWebEnginePage>
#include <QWebEngineScript>

using namespace Qt::StringLiterals;

namespace Masthead
{
namespace
{
// Marks the preview's blocks of the section that starts at the heading with this id: the heading and
// the blocks after it up to the next heading of the same or a higher level. An empty id unmarks.
QString markScript(const QString &id, int level)
{
    return uR"js((function (id, level) {
    document.querySelectorAll('.mh-section-edited').forEach(function (e) { e.classList.remove('mh-section-edited'); });
    if (!document.getElementById('mh-section-style')) {
        var style = document.createElement('style');
        style.id = 'mh-section-style';
        style.textContent = '.mh-section-edited { background: rgba(255, 196, 0, 0.12); '
            + 'box-shadow: -8px 0 0 rgba(255, 160, 0, 0.85); }';
        document.head.appendChild(style);
    }
    if (!id)
        return 0;
    var element = document.getElementById(id);
    if (!element)
        return 0;
    var article = document.getElementById('mh-article') || document.body;
    // A long document's blocks are in chunks (resources/preview/preview.js); a section may span them.
    function isChunk(e) { return e.parentElement === article && e.classList.contains('mh-chunk'); }
    while (element.parentElement && element.parentElement !== article && !isChunk(element.parentElement))
        element = element.parentElement;
    function next(e) {
        if (e.nextElementSibling || !isChunk(e.parentElement))
            return e.nextElementSibling;
        for (var chunk = e.parentElement.nextElementSibling; chunk; chunk = chunk.nextElementSibling) {
            if (chunk.firstElementChild)
                return chunk.firstElementChild;
        }
        return null;
    }
    var marked = 0;
    for (var node = element; node; node = next(node)) {
        var heading = /^H([1-6])$/.exec(node.tagName);
        if (node !== element && heading && Number(heading[1]) <= level)
            break;
        node.classList.add('mh-section-edited');
        ++marked;
    }
    return marked;
})(%1, %2))js"_s
        .arg(id.isEmpty() ? u"''"_s : u'\'' + QString(id).replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s) + u'\'')
        .arg(level);
}
} // namespace

SectionMode::SectionMode(Document *document, SourceEditor *editor, PreviewView *preview, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_editor(editor)
    , m_preview(preview)
    , m_originalText(document->text())
{
    connect(document, &Document::loaded, this, [this] {
        leave();
        m_originalText = m_document->text();
    });
    connect(document, &QTextDocument::contentsChange, this, &SectionMode::onPostChange);
    if (preview) {
        connect(preview, &PreviewView::updated, this, [this] {
            if (isActive())
                markPreview();
        });
    }
}

SectionMode::~SectionMode()
{
    // The editor must not be left showing a document that goes away.
    if (isActive() && m_editor && m_document)
        m_editor->setMarkdownDocument(m_document);
}

int SectionMode::sectionFirstLine() const
{
    return m_document ? m_document->findBlock(int(m_begin)).blockNumber() : 0;
}

bool SectionMode::enter(int index)
{
    if (!m_document || !m_editor)
        return false;
    if (isActive())
        leave();
    const QString text = m_document->text();
    const QList<OutlineSection> sections = outlineSections(text);
    if (index < 0 || index >= sections.size())
        return false;
    const OutlineSection &section = sections[index];
    m_begin = section.begin;
    m_title = section.title;
    m_mirrored = text.sliced(section.begin, section.end - section.begin);

    m_sectionDocument = new Document(this);
    m_sectionDocument->setPlainText(m_mirrored);
    m_sectionDocument->setModified(false);
    m_sectionDocument->clearUndoRedoStacks();
    connect(m_sectionDocument, &QTextDocument::contentsChanged, this, &SectionMode::mirror);
    m_editor->setMarkdownDocument(m_sectionDocument);
    m_editor->setLineNumberOffset(section.line);
    m_editor->setCursorPosition(0);

    if (m_preview) {
        m_preview->scrollToSourceLine(section.line + 1);
        markPreview();
    }
    showBanner(true);
    Q_EMIT activeChanged(true);
    return true;
}

void SectionMode::leave()
{
    if (!isActive())
        return;
    const int cursor = m_editor ? m_editor->textCursor().position() : 0;
    Document *section = m_sectionDocument;
    disconnect(section, nullptr, this, nullptr);
    m_sectionDocument = nullptr;
    if (m_editor && m_document) {
        m_editor->setMarkdownDocument(m_document);
        m_editor->setLineNumberOffset(0);
        m_editor->setCursorPosition(int(m_begin) + cursor);
    }
    section->deleteLater();
    if (m_preview)
        m_preview->page()->runJavaScript(markScript(QString(), 0), QWebEngineScript::ApplicationWorld);
    showBanner(false);
    Q_EMIT activeChanged(false);
}

void SectionMode::mirror()
{
    if (!m_sectionDocument || !m_document)
        return;
    const QString now = m_sectionDocument->text();
    if (now == m_mirrored)
        return; // formats only
    // Copy only the part that differs, so that each edit is small in the post too.
    m_mirroring = true;
    applyTextEdit(m_document, minimalTextEdit(m_mirrored, now), m_begin);
    m_mirroring = false;
    m_mirrored = now;
    // The heading may have been retitled.
    const QString firstLine = now.section(u'\n', 0, 0).trimmed();
    if (firstLine.startsWith(u'#')) {
        QString title = firstLine;
        while (title.startsWith(u'#'))
            title.remove(0, 1);
        m_title = title.trimmed();
        if (m_bannerLabel)
            showBanner(true);
    }
}

void SectionMode::onPostChange(int position, int removed, int added)
{
    if (m_mirroring || !isActive())
        return;
    const qsizetype end = m_begin + m_mirrored.size();
    if (position + removed <= m_begin) {
        m_begin += added - removed; // above the section: it moves along
        if (m_editor)
            m_editor->setLineNumberOffset(sectionFirstLine());
    } else if (position >= end) {
        return; // below it
    } else if (removed != added) {
        // The section itself was changed from elsewhere: the copy in the editor is stale.
        leave();
    }
}

void SectionMode::markPreview()
{
    if (!m_preview || !m_document)
        return;
    const QList<OutlineSection> sections = outlineSections(m_document->text());
    for (const OutlineSection &section : sections) {
        if (section.begin == m_begin) {
            m_preview->page()->runJavaScript(markScript(section.id, section.level), QWebEngineScript::ApplicationWorld);
            return;
        }
    }
}

void SectionMode::showBanner(bool show)
{
    if (!m_editor)
        return;
    auto *layout = m_editor->parentWidget() ? qobject_cast<QBoxLayout *>(m_editor->parentWidget()->layout()) : nullptr;
    if (!layout)
        return;
    if (!m_banner) {
        m_banner = new QFrame(m_editor->parentWidget());
        m_banner->setObjectName(u"section_mode_banner"_s);
        m_banner->setFrameShape(QFrame::StyledPanel);
        m_banner->setAutoFillBackground(true);
        QPalette palette = m_banner->palette();
        palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
        m_banner->setPalette(palette);
        auto *row = new QHBoxLayout(m_banner);
        row->setContentsMargins(8, 4, 8, 4);
        m_bannerLabel = new QLabel(m_banner);
        m_bannerLabel->setWordWrap(true);
        row->addWidget(m_bannerLabel, 1);
        auto *changes = new QPushButton(tr("Changes…"), m_banner);
        changes->setObjectName(u"section_mode_changes"_s);
        connect(changes, &QPushButton::clicked, this, &SectionMode::changesRequested);
        row->addWidget(changes);
        auto *whole = new QPushButton(tr("Show Whole Post"), m_banner);
        whole->setObjectName(u"section_mode_leave"_s);
        connect(whole, &QPushButton::clicked, this, &SectionMode::leave);
        row->addWidget(whole);
        layout->insertWidget(0, m_banner);
    }
    m_bannerLabel->setText(tr("Editing only the section “%1”. The rest of the post is hidden and stays as it is; "
                              "saving writes the whole file with only this section changed.")
                               .arg(m_title));
    m_banner->setVisible(show);
}

QList<SectionChange> SectionMode::changes() const
{
    return diffSections(m_originalText, m_document ? m_document->text() : QString());
}

std::optional<int> SectionMode::chooseSection(const QString &text, QWidget *parent)
{
    const QList<OutlineSection> sections = outlineSections(text);
    if (sections.isEmpty())
        return std::nullopt;
    QStringList items;
    for (const OutlineSection &section : sections)
        items.append(QString((section.level - 1) * 2, u' ') + QString(section.level, u'#') + u' ' + section.title);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, tr("Edit Section"), tr("The section to edit; the rest of the post is hidden:"), items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    const qsizetype index = items.indexOf(chosen);
    return index < 0 ? std::nullopt : std::optional<int>(int(index));
}

} // namespace Masthead
