// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QList>
#include <QPointer>
#include <QSet>
#include <QTextCursor>
#include <QTimer>

class QPlainTextEdit;

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Masthead
{
class SpellChecker;

// KSyntaxHighlighting's definitions and themes, loaded once per process.
KSyntaxHighlighting::Repository &syntaxRepository();

// KSyntaxHighlighting's Markdown highlighting (front matter, fenced code in the fence's language)
// plus spell checking, kept incremental:
//
// - Typing re-highlights only the changed line (and the following lines while their state changes),
//   as QSyntaxHighlighter does.
// - A change that would re-highlight a huge span at once (opening a 1 MB file, Replace All) does
//   only a frame's worth synchronously; the rest of the span is highlighted in the background, a few
//   milliseconds per event-loop turn, in document order so that every line starts from its
//   predecessor's state.
// - Misspelled words are underlined in the prose only: a range counts as prose when its Markdown
//   format is spell-checked and is not code, a front matter key, a link target or an embedded
//   language; web addresses, Liquid, HTML tags and kramdown attribute lists are cut out of it.
// - The word being typed is checked once the cursor leaves it: no red line under each unfinished
//   word, and no dictionary look-up on the keystroke's way to the screen.
class MarkdownHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownHighlighter)

public:
    MarkdownHighlighter(QTextDocument *document, QObject *parent);
    ~MarkdownHighlighter() override;

    // nullptr turns spell checking off.
    void setSpellChecker(SpellChecker *checker);

    // Re-highlights every line: first..last (what is on screen) at once, the others in the background.
    // For a new theme or new spelling verdicts, where no line's state changes.
    void rehighlightAll(const QTextBlock &first, const QTextBlock &last);

    // While the editor handles a keystroke: the editor, whose cursor is where the typing is. The word
    // the cursor is in, or at the end of, is left unchecked. nullptr after the keystroke.
    void setTypingIn(const QPlainTextEdit *editor) { m_typingIn = editor; }
    bool isTyping() const { return m_typingIn != nullptr; }
    // The cursor moved (after a keystroke, or by a click): a word left unchecked that the cursor is
    // no longer in is checked now.
    void cursorMoved(const QTextCursor &cursor);

    // True while lines wait for the background pass.
    bool isCatchingUp() const { return m_catchingUp; }

    static constexpr qint64 frameBudgetNs = 8'000'000; // synchronous work per change
    static constexpr qint64 sliceNs = 4'000'000; // background work per event-loop turn
    static constexpr int loadingPollMs = 100; // how often the background pass looks whether a load ended

Q_SIGNALS:
    void caughtUp();

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void defer(const QTextBlock &block);
    void continueInBackground();
    void underlineMisspelledWords(const QString &text);
    void underline(qsizetype start, qsizetype end);

    QPointer<SpellChecker> m_spellChecker;
    const QPlainTextEdit *m_typingIn = nullptr;
    // The word left unchecked: its start (moving with edits) and length; null when none.
    QTextCursor m_unchecked;
    qsizetype m_uncheckedLength = 0;
    QSet<int> m_proseFormats; // KSyntaxHighlighting format ids whose text is spell-checked
    QList<std::pair<int, int>> m_prose; // offset, length in the line being highlighted

    // Time spent highlighting since the event loop last ran (a "burst"); m_burstEnd ends it.
    qint64 m_burstSpentNs = 0;
    QTimer m_burstEnd;
    bool m_inBackground = false;
    bool m_catchingUp = false;
    QTextCursor m_pendingFrom; // the first line the background pass still has to do
    QTextCursor m_pendingTo; // the last one
    QTimer m_background;
    bool m_loadingInSteps = false; // a long file is coming in (Document::beginLoad())
};

} // namespace Masthead
