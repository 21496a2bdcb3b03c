// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/textsearch.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextDocument;

namespace Masthead
{
class SourceEditor;

// The find and replace bar under the source editor. Searching is incremental: each keystroke in
// the search field selects the first match from where the search began. Plain text or regular
// expressions (capture groups in the replacement: \1, $1), case sensitivity and whole words.
// Replace All is one undo step. Shows the match count; Esc closes the bar and returns to the text.
//
// Matches are found in the whole document once per pattern and per edit (after a short pause
// while the document changes), never per keystroke in the editor.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(SourceEditor *editor, QWidget *parent = nullptr);
    ~FindBar() override;

    // Shows the bar with the focus in the search field, which takes the selection when it is on
    // one line.
    void openFind();
    // The same, with the replace row shown too. A selection over several lines turns on "In
    // selection": Replace All then replaces only within it.
    void openReplace();

    SearchOptions options() const;
    void setOptions(const SearchOptions &options);

    // How many matches the pattern has in the document, and which of them is selected (1-based; 0
    // when the selection is none of them).
    int matchCount() const;
    int currentMatch() const;
    // What the bar says: "3 of 17", "No matches", why an expression is invalid.
    QString statusText() const;

    static constexpr int refreshDelayMs = 250;

public Q_SLOTS:
    void findNext();
    void findPrevious();
    // Replaces the selected match, then selects the next one.
    void replace();
    void replaceAll();
    void closeBar();

Q_SIGNALS:
    void optionsChanged(const SearchOptions &options);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QAction *addToggle(const QString &id, const QString &text, const QString &toolTip);
    void onPatternEdited();
    void onOptionToggled();
    void watchDocument();
    // Finds every match again when the pattern, the options or the text changed since last time.
    void refreshMatches();
    void selectMatch(qsizetype index);
    void updateStatus(const QString &message = {});
    qsizetype selectedMatchIndex() const;

    SourceEditor *m_editor;
    QLineEdit *m_findField;
    QLineEdit *m_replaceField;
    QWidget *m_replaceRow;
    QLabel *m_status;
    QAction *m_caseSensitive;
    QAction *m_wholeWords;
    QAction *m_regularExpression;
    QAction *m_inSelection;

    QPointer<QTextDocument> m_document;
    QTimer m_refreshTimer;
    QRegularExpression m_expression;
    QList<TextMatch> m_matches;
    bool m_stale = true;
    int m_revision = -1;
    int m_characterCount = -1;
    int m_searchStart = 0; // where incremental search looks from: the cursor when the bar opened
};

} // namespace Masthead
