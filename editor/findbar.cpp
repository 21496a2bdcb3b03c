// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/findbar.h"

#include "core/document.h"
#include "core/textedit.h"
#include "editor/sourceeditor.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

namespace Masthead
{
namespace
{

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    return button;
}
} // namespace

FindBar::FindBar(SourceEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_findField(new QLineEdit(this))
    , m_replaceField(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_status(new QLabel(this))
    , m_caseSensitive(addToggle(QStringLiteral("find_case_sensitive"), tr("Aa"), tr("Match case")))
    , m_wholeWords(addToggle(QStringLiteral("find_whole_words"), tr("W"), tr("Whole words only")))
    , m_regularExpression(addToggle(QStringLiteral("find_regular_expression"), tr(".*"),
                                    tr("Regular expression (\\1 or $1 in the replacement insert a group)")))
    , m_inSelection(new QAction(tr("In Selection"), this))
{
    m_inSelection->setObjectName(QStringLiteral("find_in_selection"));
    m_inSelection->setToolTip(tr("Replace All replaces only within the selected text"));
    m_inSelection->setCheckable(true);
    setObjectName(QStringLiteral("find_bar"));
    m_findField->setObjectName(QStringLiteral("find_field"));
    m_findField->setPlaceholderText(tr("Find"));
    m_findField->setClearButtonEnabled(true);
    m_findField->installEventFilter(this);
    m_replaceField->setObjectName(QStringLiteral("replace_field"));
    m_replaceField->setPlaceholderText(tr("Replace with"));
    m_replaceField->installEventFilter(this);
    m_editor->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("find_status"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("99,999 of 99,999")));

    auto *previous = new QAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("Previous"), this);
    previous->setObjectName(QStringLiteral("find_previous_match"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    connect(previous, &QAction::triggered, this, &FindBar::findPrevious);
    auto *next = new QAction(QIcon::fromTheme(QStringLiteral("go-down")), tr("Next"), this);
    next->setObjectName(QStringLiteral("find_next_match"));
    next->setToolTip(tr("Next match (Enter)"));
    connect(next, &QAction::triggered, this, &FindBar::findNext);
    auto *close = new QAction(QIcon::fromTheme(QStringLiteral("window-close")), tr("Close"), this);
    close->setObjectName(QStringLiteral("find_close"));
    close->setToolTip(tr("Close (Esc)"));
    connect(close, &QAction::triggered, this, &FindBar::closeBar);
    auto *replaceOne = new QAction(tr("Replace"), this);
    replaceOne->setObjectName(QStringLiteral("find_replace"));
    connect(replaceOne, &QAction::triggered, this, &FindBar::replace);
    auto *replaceEvery = new QAction(tr("Replace All"), this);
    replaceEvery->setObjectName(QStringLiteral("find_replace_all"));
    connect(replaceEvery, &QAction::triggered, this, &FindBar::replaceAll);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setVerticalSpacing(2);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findField, 1);
    findRow->addWidget(toolButton(previous, this));
    findRow->addWidget(toolButton(next, this));
    findRow->addWidget(toolButton(m_caseSensitive, this));
    findRow->addWidget(toolButton(m_wholeWords, this));
    findRow->addWidget(toolButton(m_regularExpression, this));
    findRow->addWidget(m_status);
    findRow->addWidget(toolButton(close, this));
    layout->addLayout(findRow, 0, 0);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replaceField, 1);
    replaceRow->addWidget(toolButton(replaceOne, m_replaceRow));
    replaceRow->addWidget(toolButton(replaceEvery, m_replaceRow));
    replaceRow->addWidget(toolButton(m_inSelection, m_replaceRow));
    layout->addWidget(m_replaceRow, 1, 0);
    m_replaceRow->hide();

    connect(m_findField, &QLineEdit::textEdited, this, &FindBar::onPatternEdited);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        refreshMatches();
        updateStatus();
    });
    hide();
}

FindBar::~FindBar() = default;

QAction *FindBar::addToggle(const QString &id, const QString &text, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(id);
    action->setToolTip(toolTip);
    action->setCheckable(true);
    connect(action, &QAction::toggled, this, &FindBar::onOptionToggled);
    return action;
}

void FindBar::openFind()
{
    watchDocument();
    const QTextCursor cursor = m_editor->textCursor();
    const QString selected = cursor.selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        m_findField->setText(selected);
        m_stale = true;
    }
    m_searchStart = cursor.selectionStart();
    show();
    m_findField->setFocus(Qt::ShortcutFocusReason);
    m_findField->selectAll();
    refreshMatches();
    m_editor->setSearchMatches(m_matches);
    updateStatus();
}

void FindBar::openReplace()
{
    m_replaceRow->show();
    m_inSelection->setChecked(m_editor->textCursor().selectedText().contains(QChar::ParagraphSeparator));
    openFind();
}

void FindBar::closeBar()
{
    hide();
    m_replaceRow->hide();
    m_editor->setSearchMatches({});
    m_editor->setFocus(Qt::OtherFocusReason);
}

SearchOptions FindBar::options() const
{
    return {m_caseSensitive->isChecked(), m_wholeWords->isChecked(), m_regularExpression->isChecked()};
}

void FindBar::setOptions(const SearchOptions &options)
{
    const QSignalBlocker blockCase(m_caseSensitive);
    const QSignalBlocker blockWords(m_wholeWords);
    const QSignalBlocker blockExpression(m_regularExpression);
    m_caseSensitive->setChecked(options.caseSensitive);
    m_wholeWords->setChecked(options.wholeWords);
    m_regularExpression->setChecked(options.regularExpression);
    m_stale = true;
}

int FindBar::matchCount() const
{
    return int(m_matches.size());
}

int FindBar::currentMatch() const
{
    return int(selectedMatchIndex() + 1);
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::watchDocument()
{
    QTextDocument *document = m_editor->document();
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_stale = true;
    connect(document, &QTextDocument::contentsChanged, this, [this] {
        if (isVisible())
            m_refreshTimer.start();
    });
}

void FindBar::refreshMatches()
{
    watchDocument();
    const QTextDocument *document = m_editor->document();
    if (!m_stale && document->revision() == m_revision && document->characterCount() == m_characterCount)
        return;
    m_stale = false;
    m_revision = document->revision();
    m_characterCount = document->characterCount();
    m_expression = searchExpression(m_findField->text(), options());
    m_matches = findAll(plainTextOf(*document), m_expression);
    m_editor->setSearchMatches(isVisible() ? m_matches : QList<TextMatch>());
}

qsizetype FindBar::selectedMatchIndex() const
{
    const QTextCursor cursor = m_editor->textCursor();
    const qsizetype start = cursor.selectionStart();
    const qsizetype length = cursor.selectionEnd() - start;
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), start,
                                     [](const TextMatch &match, qsizetype position) { return match.start < position; });
    if (it != m_matches.cend() && it->start == start && it->length == length)
        return it - m_matches.cbegin();
    return -1;
}

void FindBar::selectMatch(qsizetype index)
{
    const TextMatch &match = m_matches.at(index);
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(int(match.start));
    cursor.setPosition(int(match.start + match.length), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
}

void FindBar::onPatternEdited()
{
    m_stale = true;
    refreshMatches();
    if (!m_matches.isEmpty()) {
        const auto it
            = std::lower_bound(m_matches.cbegin(), m_matches.cend(), m_searchStart,
                               [](const TextMatch &match, qsizetype position) { return match.start < position; });
        selectMatch(it == m_matches.cend() ? 0 : it - m_matches.cbegin());
    } else {
        // Nothing to show: put the cursor back where the search began.
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(qMin(m_searchStart, m_editor->document()->characterCount() - 1));
        m_editor->setTextCursor(cursor);
    }
    updateStatus();
}

void FindBar::onOptionToggled()
{
    m_stale = true;
    Q_EMIT optionsChanged(options());
    if (isVisible())
        onPatternEdited();
}

void FindBar::findNext()
{
    refreshMatches();
    if (m_matches.isEmpty()) {
        updateStatus();
        return;
    }
    const QTextCursor cursor = m_editor->textCursor();
    const qsizetype selected = selectedMatchIndex();
    qsizetype index;
    if (selected >= 0) {
        index = (selected + 1) % m_matches.size();
    } else {
        const qsizetype from = cursor.position();
        const auto it
            = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from,
                               [](const TextMatch &match, qsizetype position) { return match.start < position; });
        index = it == m_matches.cend() ? 0 : it - m_matches.cbegin();
    }
    const bool wrapped = selected >= 0 ? index == 0 && m_matches.size() > 1
                                       : index == 0 && cursor.position() > m_matches.front().start;
    selectMatch(index);
    m_searchStart = int(m_matches.at(index).start);
    updateStatus(wrapped ? tr("Continued from the top") : QString());
}

void FindBar::findPrevious()
{
    refreshMatches();
    if (m_matches.isEmpty()) {
        updateStatus();
        return;
    }
    const qsizetype selected = selectedMatchIndex();
    qsizetype index;
    if (selected >= 0) {
        index = (selected - 1 + m_matches.size()) % m_matches.size();
    } else {
        const qsizetype from = m_editor->textCursor().selectionStart();
        const auto it
            = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from,
                               [](const TextMatch &match, qsizetype position) { return match.start < position; });
        index = (it - m_matches.cbegin() - 1 + m_matches.size()) % m_matches.size();
    }
    selectMatch(index);
    m_searchStart = int(m_matches.at(index).start);
    updateStatus();
}

void FindBar::replace()
{
    refreshMatches();
    const qsizetype selected = selectedMatchIndex();
    if (selected < 0) {
        findNext();
        return;
    }
    const TextMatch target = m_matches.at(selected);
    const QString text = plainTextOf(*m_editor->document());
    // Anchored at the match's start, with the whole text, so that lookbehinds still see before it.
    const QRegularExpressionMatch match = m_expression.match(text, target.start, QRegularExpression::NormalMatch,
                                                             QRegularExpression::AnchorAtOffsetMatchOption);
    if (!match.hasMatch() || match.capturedLength() != target.length) {
        findNext();
        return;
    }
    const QString replacement = expandReplacement(match, m_replaceField->text(), options());
    const qsizetype end = target.start + replacement.size();
    m_editor->setTextCursor(
        applyTextEdit(m_editor->textCursor(), {target.start, target.start + target.length, replacement, end, end}));
    m_stale = true;
    findNext();
}

void FindBar::replaceAll()
{
    refreshMatches();
    const QString text = plainTextOf(*m_editor->document());
    const QTextCursor selection = m_editor->textCursor();
    const bool inSelection = m_inSelection->isChecked() && selection.hasSelection();
    const auto result = inSelection ? Masthead::replaceAll(text, m_expression, m_replaceField->text(), options(),
                                                           selection.selectionStart(), selection.selectionEnd())
                                    : Masthead::replaceAll(text, m_expression, m_replaceField->text(), options());
    if (!result) {
        updateStatus(inSelection ? tr("No matches in the selection") : QString());
        return;
    }
    // The selection grows or shrinks with its text, so that it can be replaced in again.
    const int selectionStart = selection.selectionStart();
    const int selectionEnd = selection.selectionEnd() + int(result->replacement.size() - (result->end - result->start));
    // One edit over the span from the first match to the last: one undo step, one re-highlight.
    applyTextEdit(m_editor->document(), {result->start, result->end, result->replacement, 0, 0});
    if (inSelection) {
        QTextCursor replaced(m_editor->document());
        replaced.setPosition(selectionStart);
        replaced.setPosition(selectionEnd, QTextCursor::KeepAnchor);
        m_editor->setTextCursor(replaced);
    }
    m_stale = true;
    refreshMatches();
    updateStatus(tr("Replaced: %L1").arg(result->count));
}

void FindBar::updateStatus(const QString &message)
{
    QString text = message;
    const bool failed = !m_findField->text().isEmpty() && (!m_expression.isValid() || m_matches.isEmpty());
    if (text.isEmpty() && !m_findField->text().isEmpty()) {
        if (!m_expression.isValid())
            text = tr("Invalid expression: %1").arg(m_expression.errorString());
        else if (m_matches.isEmpty())
            text = tr("No matches");
        else if (const int current = currentMatch(); current > 0)
            text = tr("%L1 of %L2").arg(current).arg(matchCount());
        else
            text = tr("Found: %L1").arg(matchCount());
    }
    m_status->setText(text);
    // A reddish field says "not found" at a glance; an empty palette inherits the bar's again.
    QPalette palette;
    if (failed) {
        palette = this->palette();
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        palette.setColor(QPalette::Base, dark ? QColor(0x60, 0x20, 0x20) : QColor(0xff, 0xe0, 0xe0));
    }
    m_findField->setPalette(palette);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        // Esc in the text closes the bar too, as in Kate.
        if (event->type() == QEvent::KeyPress && isVisible()
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            closeBar();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replaceField)
                replace();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        closeBar();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Masthead
