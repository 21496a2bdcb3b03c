// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/markdownhighlighter_p.h"

#include "core/document.h"
#include "editor/spellchecker.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextDocument>
#include <QVarLengthArray>

#include <cmath>

namespace Masthead
{
namespace
{
// Markdown formats whose text is not prose although the definition marks it spell-checked.
const QSet<QString> &notProseFormats()
{
    static const QSet<QString> names {
        QStringLiteral("Code"),
        QStringLiteral("Fenced Code"),
        QStringLiteral("Metadata Title"), // a front matter key
        QStringLiteral("Comment"),
        QStringLiteral("Reference-Link ID"),
        QStringLiteral("Reference-Link Target"),
        QStringLiteral("Inline Image: Link"),
    };
    return names;
}

// Spans inside prose that are not words to check: link targets, reference ids, Liquid, kramdown
// attribute lists, HTML tags, code spans, web and mail addresses.
const QRegularExpression &notProseSpans()
{
    static const QRegularExpression expression(
        QStringLiteral(R"(\]\([^)]*\)?)"
                       R"(|\]\[[^\]]*\]?)"
                       R"(|\{\{.*?(?:\}\}|$))"
                       R"(|\{%.*?(?:%\}|$))"
                       R"(|\{:[^}]*\}?)"
                       R"(|<[^>\s][^>]*>?)"
                       R"(|`+[^`]*`*)"
                       R"(|\b(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.|mailto:)[^\s<>"]*)"
                       R"(|[^\s@<>()\[\]]+@[^\s@<>()\[\]]+\.\w+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return expression;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// "GPIO", "PRs", "URLs": two capitals in a row, or all capitals.
bool isAcronym(QStringView word)
{
    int upper = 0;
    for (const QChar c : word)
        upper += c.isUpper() ? 1 : 0;
    return upper == word.size() || (word.size() >= 2 && word[0].isUpper() && word[1].isUpper());
}
} // namespace

KSyntaxHighlighting::Repository &syntaxRepository()
{
    // Loading the repository reads every definition's header; do it once per process.
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, QObject *parent)
    : SyntaxHighlighter(parent)
    , m_pendingFrom(document)
    , m_pendingTo(document)
{
    // The definition is set before the document, so that nothing is highlighted twice.
    setDefinition(syntaxRepository().definitionForName(QStringLiteral("Markdown")));
    for (const KSyntaxHighlighting::Format &format : definition().formats()) {
        if (format.spellCheck() && !notProseFormats().contains(format.name()))
            m_proseFormats.insert(format.id());
    }

    m_burstEnd.setSingleShot(true);
    m_burstEnd.setInterval(0);
    connect(&m_burstEnd, &QTimer::timeout, this, [this] { m_burstSpentNs = 0; });
    m_background.setSingleShot(true);
    m_background.setInterval(0);
    connect(&m_background, &QTimer::timeout, this, &MarkdownHighlighter::continueInBackground);

    setDocument(document);

    // A long file loaded in steps reported only its first screenful to QSyntaxHighlighter (see
    // Document::insertLoadSlice()): the rest is highlighted by the background pass once it is in.
    if (const auto *file = qobject_cast<const Document *>(document)) {
        connect(file, &Document::loadStarted, this, [this] { m_loadingInSteps = true; });
        connect(file, &Document::loadCancelled, this, [this] { m_loadingInSteps = false; });
        connect(file, &Document::loadFailed, this, [this] { m_loadingInSteps = false; });
        connect(file, &Document::loaded, this, [this] {
            if (!std::exchange(m_loadingInSteps, false))
                return;
            defer(this->document()->firstBlock());
            defer(this->document()->lastBlock());
        });
    }
}

MarkdownHighlighter::~MarkdownHighlighter() = default;

void MarkdownHighlighter::setSpellChecker(SpellChecker *checker)
{
    m_spellChecker = checker;
}

void MarkdownHighlighter::rehighlightAll(const QTextBlock &first, const QTextBlock &last)
{
    m_inBackground = true;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        rehighlightBlock(block);
        if (block == last)
            break;
    }
    m_inBackground = false;
    defer(document()->firstBlock());
    defer(document()->lastBlock());
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    QElapsedTimer timer;
    if (!m_inBackground) {
        if (m_burstSpentNs > frameBudgetNs) {
            // QSyntaxHighlighter clears the line's formats; the background pass gives them back.
            defer(currentBlock());
            return;
        }
        if (!m_burstEnd.isActive())
            m_burstEnd.start();
        timer.start();
    }
    m_prose.clear();
    SyntaxHighlighter::highlightBlock(text);
    if (m_spellChecker && m_spellChecker->isValid() && !m_prose.isEmpty())
        underlineMisspelledWords(text);
    if (timer.isValid())
        m_burstSpentNs += timer.nsecsElapsed();
}

void MarkdownHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    SyntaxHighlighter::applyFormat(offset, length, format);
    if (length > 0 && m_proseFormats.contains(format.id()))
        m_prose.append({offset, length});
}

void MarkdownHighlighter::defer(const QTextBlock &block)
{
    if (!m_catchingUp) {
        m_catchingUp = true;
        m_pendingFrom.setPosition(block.position());
        m_pendingTo.setPosition(block.position());
        m_background.start();
        return;
    }
    if (block.position() < m_pendingFrom.position())
        m_pendingFrom.setPosition(block.position());
    if (block.position() > m_pendingTo.position())
        m_pendingTo.setPosition(block.position());
}

void MarkdownHighlighter::continueInBackground()
{
    // A long file coming in: its slices go first, the highlighting of what is off screen waits
    // (the first screenful was highlighted as it came in).
    if (const auto *file = qobject_cast<const Document *>(document()); file && file->isLoading()) {
        QTimer::singleShot(loadingPollMs, this, [this] { m_background.start(); });
        return;
    }
    QElapsedTimer slice;
    slice.start();
    m_inBackground = true;
    QTextBlock block = m_pendingFrom.block();
    while (block.isValid() && block.position() <= m_pendingTo.position()) {
        rehighlightBlock(block);
        block = block.next();
        if (slice.nsecsElapsed() > sliceNs)
            break;
    }
    m_inBackground = false;
    if (block.isValid() && block.position() <= m_pendingTo.position()) {
        m_pendingFrom.setPosition(block.position());
        m_background.start();
        return;
    }
    m_catchingUp = false;
    Q_EMIT caughtUp();
}

void MarkdownHighlighter::cursorMoved(const QTextCursor &cursor)
{
    if (m_unchecked.isNull())
        return;
    const qsizetype start = m_unchecked.position();
    if (cursor.position() >= start && cursor.position() <= start + m_uncheckedLength)
        return; // still in it
    const QTextBlock block = m_unchecked.block();
    m_unchecked = QTextCursor();
    if (block.isValid())
        rehighlightBlock(block);
}

void MarkdownHighlighter::underlineMisspelledWords(const QString &text)
{
    // Where the keystroke being handled types, in this line (-1: elsewhere, or no keystroke).
    const QTextBlock block = currentBlock();
    qsizetype typingAt = -1;
    if (m_typingIn) {
        const QTextCursor cursor = m_typingIn->textCursor();
        if (cursor.block() == block)
            typingAt = cursor.positionInBlock();
    }
    if (!m_unchecked.isNull() && m_unchecked.block() == block)
        m_unchecked = QTextCursor(); // this line is checked again now
    const qsizetype n = text.size();
    QVarLengthArray<bool, 512> prose(n, false);
    for (const auto &[offset, length] : std::as_const(m_prose))
        std::fill(prose.begin() + offset, prose.begin() + qMin<qsizetype>(offset + length, n), true);
    auto spans = notProseSpans().globalMatch(text);
    while (spans.hasNext()) {
        const QRegularExpressionMatch span = spans.next();
        std::fill(prose.begin() + span.capturedStart(), prose.begin() + span.capturedEnd(), false);
    }

    qsizetype i = 0;
    while (i < n) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n
               && (text[i].isLetter() || text[i].isMark()
                   || (isApostrophe(text[i]) && i + 1 < n && text[i + 1].isLetter())))
            ++i;
        const qsizetype end = i;
        // Letters glued to digits or underscores are identifiers, versions or file names.
        const auto glue = [](QChar c) {
            return c.isDigit() || c == u'_';
        };
        if ((start > 0 && glue(text[start - 1])) || (end < n && glue(text[end]))) {
            while (i < n && (text[i].isLetterOrNumber() || text[i] == u'_'))
                ++i;
            continue;
        }
        const QStringView word = QStringView(text).sliced(start, end - start);
        if (!std::all_of(prose.begin() + start, prose.begin() + end, [](bool p) { return p; }))
            continue;
        if (typingAt >= start && typingAt <= end) {
            m_unchecked = QTextCursor(block);
            m_unchecked.setPosition(block.position() + int(start));
            m_uncheckedLength = end - start;
            continue;
        }
        // "CircuitPython" is checked as "Circuit" and "Python"; acronyms ("GPIO", "PRs") are skipped.
        qsizetype partStart = 0;
        for (qsizetype k = 1; k <= word.size(); ++k) {
            if (k < word.size() && !(word[k].isUpper() && word[k - 1].isLower()))
                continue;
            const qsizetype partEnd = k;
            const QStringView part = word.sliced(partStart, partEnd - partStart);
            const qsizetype partOffset = start + partStart;
            partStart = partEnd;
            if (part.size() < 2 || isAcronym(part))
                continue;
            QString checked = part.toString();
            checked.replace(u'\u2019', u'\'');
            if (m_spellChecker->isMisspelled(checked))
                underline(partOffset, partOffset + part.size());
        }
    }
}

void MarkdownHighlighter::underline(qsizetype start, qsizetype end)
{
    QColor colour = QColor::fromRgba(theme().editorColor(KSyntaxHighlighting::Theme::SpellChecking));
    // Some themes' spelling colour is barely different from their background (dark themes above
    // all): the underline must be seen.
    const QColor background = QColor::fromRgba(theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    if (std::abs(colour.lightness() - background.lightness()) < 90 || colour.alpha() < 160)
        colour = background.lightness() < 128 ? QColor(0xff, 0x5c, 0x5c) : QColor(0xd0, 0x10, 0x10);
    // The word may span formats ("mis**spelled**"): underline each run in its own format.
    qsizetype runStart = start;
    while (runStart < end) {
        QTextCharFormat runFormat = format(int(runStart));
        qsizetype runEnd = runStart + 1;
        while (runEnd < end && format(int(runEnd)) == runFormat)
            ++runEnd;
        runFormat.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        runFormat.setUnderlineColor(colour);
        setFormat(int(runStart), int(runEnd - runStart), runFormat);
        runStart = runEnd;
    }
}

} // namespace Masthead
