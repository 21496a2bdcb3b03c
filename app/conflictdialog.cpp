// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/conflictdialog.h"

#include "core/document.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Masthead
{
namespace
{
QPlainTextEdit *textView(const QString &text, bool readOnly, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setPlainText(text.endsWith(u'\n') ? text.chopped(1) : text);
    view->setReadOnly(readOnly);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int lines = qBound(2, int(text.count(u'\n')) + 1, 10);
    view->setFixedHeight(view->fontMetrics().lineSpacing() * lines + 14);
    return view;
}

// The editor shows a conflict's lines without their last line break; the merge needs it back.
QString withLineBreak(const QString &shown, const QString &original)
{
    return original.endsWith(u'\n') ? shown + u'\n' : shown;
}
} // namespace

ConflictDialog::ConflictDialog(const QString &fileName, const TextMerge &merge, QWidget *parent)
    : QDialog(parent)
    , m_merge(merge)
{
    setObjectName(u"conflict_dialog"_s);
    setWindowTitle(tr("Changed on Disk and Here"));
    const qsizetype count = merge.conflictCount();
    auto *intro = new QLabel(tr("“%1” changed on disk while you had unsaved changes. Everything else is merged; "
                                "in %n place(s) both changed the same lines. For each, take your version, the "
                                "version on disk, or edit the result.",
                                nullptr, int(count))
                                 .arg(fileName),
                             this);
    intro->setWordWrap(true);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    qsizetype line = 1;
    qsizetype conflict = 0;
    for (const MergeChunk &chunk : merge.chunks) {
        if (!chunk.conflict) {
            line += chunk.text.count(u'\n');
            continue;
        }
        auto *box = new QGroupBox(tr("Conflict %1 of %2, at line %3").arg(conflict + 1).arg(count).arg(line), content);
        auto *grid = new QGridLayout(box);
        grid->addWidget(new QLabel(tr("Yours (unsaved)"), box), 0, 0);
        grid->addWidget(new QLabel(tr("On disk"), box), 0, 1);
        auto *ours = textView(chunk.ours, true, box);
        ours->setObjectName(u"conflict_ours_%1"_s.arg(conflict));
        auto *theirs = textView(chunk.theirs, true, box);
        theirs->setObjectName(u"conflict_theirs_%1"_s.arg(conflict));
        grid->addWidget(ours, 1, 0);
        grid->addWidget(theirs, 1, 1);
        auto *takeOurs = new QPushButton(tr("Take Yours"), box);
        takeOurs->setObjectName(u"conflict_take_ours_%1"_s.arg(conflict));
        auto *takeTheirs = new QPushButton(tr("Take the Version on Disk"), box);
        takeTheirs->setObjectName(u"conflict_take_theirs_%1"_s.arg(conflict));
        grid->addWidget(takeOurs, 2, 0);
        grid->addWidget(takeTheirs, 2, 1);
        grid->addWidget(new QLabel(tr("Result (editable)"), box), 3, 0, 1, 2);
        auto *result = textView(chunk.ours, false, box);
        result->setObjectName(u"conflict_result_%1"_s.arg(conflict));
        grid->addWidget(result, 4, 0, 1, 2);
        m_results.append(result);
        connect(takeOurs, &QPushButton::clicked, this, [this, conflict] { this->takeOurs(conflict); });
        connect(takeTheirs, &QPushButton::clicked, this, [this, conflict] { this->takeTheirs(conflict); });
        contentLayout->addWidget(box);
        line += chunk.ours.count(u'\n');
        ++conflict;
    }
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(u"conflict_apply"_s);
    apply->setToolTip(tr("Put the merged text into the editor as one step that Undo takes back"));
    QPushButton *later = buttons->addButton(tr("&Decide Later"), QDialogButtonBox::RejectRole);
    later->setToolTip(tr("Keep your text as it is; saving will ask before replacing the file on disk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(900, 620);
}

void ConflictDialog::takeOurs(qsizetype conflict)
{
    qsizetype i = 0;
    for (const MergeChunk &chunk : std::as_const(m_merge.chunks)) {
        if (chunk.conflict && i++ == conflict) {
            const QString &text = chunk.ours;
            m_results[conflict]->setPlainText(text.endsWith(u'\n') ? text.chopped(1) : text);
        }
    }
}

void ConflictDialog::takeTheirs(qsizetype conflict)
{
    qsizetype i = 0;
    for (const MergeChunk &chunk : std::as_const(m_merge.chunks)) {
        if (chunk.conflict && i++ == conflict) {
            const QString &text = chunk.theirs;
            m_results[conflict]->setPlainText(text.endsWith(u'\n') ? text.chopped(1) : text);
        }
    }
}

QString ConflictDialog::resolvedText() const
{
    QList<QString> resolutions;
    qsizetype i = 0;
    for (const MergeChunk &chunk : m_merge.chunks) {
        if (!chunk.conflict)
            continue;
        const QString shown = plainTextOf(*m_results[i++]->document());
        // A conflict resolved to nothing removes its lines, line break included.
        resolutions.append(shown.isEmpty() ? QString()
                                           : withLineBreak(shown, chunk.ours.isEmpty() ? chunk.theirs : chunk.ours));
    }
    return m_merge.text(resolutions);
}

} // namespace Masthead
