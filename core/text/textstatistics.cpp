// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/textstatistics.h"

#include "core/background.h"
#include "core/document.h"
#include "core/site/frontmatter.h"

#include <QFutureWatcher>
#include <QTextBlock>
#include <QTextDocument>

namespace Masthead
{
namespace
{
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isJoiner(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'-' || c == u'_';
}

// A front matter block longer than this is not looked for on every update.
constexpr int maxFrontMatterLines = 1000;
// A change to more lines than this is counted when the event loop next runs.
constexpr int maxLinesCountedAtOnce = 2000;
// A document of more lines than this is counted whole on a worker thread, from a copy of its text.
constexpr int maxLinesCountedOnTheGuiThread = 50'000;

struct Counted {
    std::vector<TextStatistics> lines;
    TextStatistics total;
};

Counted countLines(QStringView text)
{
    Counted counted;
    counted.lines.reserve(size_t(text.count(u'\n') + 1));
    qsizetype begin = 0;
    while (true) {
        const qsizetype newline = text.indexOf(u'\n', begin);
        counted.lines.push_back(lineStatistics(newline < 0 ? text.sliced(begin) : text.sliced(begin, newline - begin)));
        counted.total += counted.lines.back();
        if (newline < 0)
            break;
        begin = newline + 1;
    }
    return counted;
}

QString textOf(const QTextDocument &document)
{
    // The open file's text is made once per change and shared.
    if (const auto *file = qobject_cast<const Document *>(&document))
        return file->text();
    return plainTextOf(document);
}
} // namespace

TextStatistics &TextStatistics::operator+=(const TextStatistics &other)
{
    words += other.words;
    characters += other.characters;
    return *this;
}

TextStatistics &TextStatistics::operator-=(const TextStatistics &other)
{
    words -= other.words;
    characters -= other.characters;
    return *this;
}

TextStatistics lineStatistics(QStringView line)
{
    TextStatistics statistics;
    const qsizetype n = line.size();
    for (const QChar c : line) {
        if (!c.isLowSurrogate())
            ++statistics.characters;
    }
    qsizetype i = 0;
    while (i < n) {
        const QChar c = line[i];
        if (c == u']' && i + 1 < n && line[i + 1] == u'(') {
            // A link or image target: skip to its closing parenthesis.
            const qsizetype close = line.indexOf(u')', i + 2);
            i = close < 0 ? n : close + 1;
            continue;
        }
        if (c == u'<' && i + 1 < n && (line[i + 1].isLetter() || line[i + 1] == u'/' || line[i + 1] == u'!')) {
            const qsizetype close = line.indexOf(u'>', i + 1);
            if (close > 0) {
                i = close + 1;
                continue;
            }
        }
        if (!isWordCharacter(c)) {
            ++i;
            continue;
        }
        const QStringView rest = line.sliced(i);
        if (rest.startsWith(u"http://") || rest.startsWith(u"https://") || rest.startsWith(u"www.")) {
            while (i < n && !line[i].isSpace() && line[i] != u')' && line[i] != u'>')
                ++i;
            continue;
        }
        ++statistics.words;
        while (i < n && (isWordCharacter(line[i]) || (isJoiner(line[i]) && i + 1 < n && isWordCharacter(line[i + 1]))))
            ++i;
    }
    return statistics;
}

TextStatistics textStatistics(QStringView markdown)
{
    const FrontMatterBlock frontMatter = locateFrontMatter(markdown);
    QStringView body = markdown.sliced(frontMatter.present ? frontMatter.bodyBegin : 0);
    TextStatistics total;
    while (true) {
        const qsizetype newline = body.indexOf(u'\n');
        total += lineStatistics(newline < 0 ? body : body.first(newline));
        if (newline < 0)
            break;
        body = body.sliced(newline + 1);
    }
    return total;
}

DocumentStatistics::DocumentStatistics(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    // QTextDocument reports changes only once it has a layout; an editor showing it has set one.
    document->documentLayout();
    connect(document, &QTextDocument::contentsChange, this, &DocumentStatistics::onContentsChange);
    m_recountAll.setSingleShot(true);
    m_recountAll.setInterval(0);
    connect(&m_recountAll, &QTimer::timeout, this, &DocumentStatistics::recountAll);
    // A long file coming in slice by slice is counted once it is all in (or gone again).
    if (const auto *file = qobject_cast<const Document *>(document)) {
        for (auto end : {&Document::loaded, &Document::loadCancelled})
            connect(file, end, this, [this] { m_recountAll.start(); });
        connect(file, &Document::loadFailed, this, [this] { m_recountAll.start(); });
    }
    recountAll();
}

DocumentStatistics::~DocumentStatistics() = default;

TextStatistics DocumentStatistics::statistics() const
{
    TextStatistics body = m_total;
    const int frontMatter = frontMatterLines();
    for (int i = 0; i < frontMatter && i < int(m_lines.size()); ++i)
        body -= m_lines[size_t(i)];
    return body;
}

int DocumentStatistics::frontMatterLines() const
{
    QTextBlock block = m_document->firstBlock();
    if (!block.text().startsWith(QLatin1String("---")))
        return 0;
    // The lines up to the first one that may close it: front matter is short, and this runs on every
    // status update (copying a thousand lines each time kept the GUI thread in malloc at 1 MB).
    QString head;
    for (int i = 0; block.isValid() && i < maxFrontMatterLines; ++i, block = block.next()) {
        const QString line = block.text();
        head += line + u'\n';
        if (i == 0 || !(line.startsWith(QLatin1String("---")) || line.startsWith(QLatin1String("..."))))
            continue;
        if (const FrontMatterBlock frontMatter = locateFrontMatter(head); frontMatter.present)
            return frontMatter.bodyFirstLine;
    }
    return 0;
}

void DocumentStatistics::recountAll()
{
    if (m_document->blockCount() > maxLinesCountedOnTheGuiThread) {
        recountInBackground();
        return;
    }
    m_lines.clear();
    m_lines.reserve(size_t(m_document->blockCount()));
    m_total = {};
    for (QTextBlock block = m_document->firstBlock(); block.isValid(); block = block.next()) {
        m_lines.push_back(lineStatistics(block.text()));
        m_total += m_lines.back();
    }
    Q_EMIT changed();
}

void DocumentStatistics::recountInBackground()
{
    if (m_counting)
        return; // counted again when the running count ends, if the text changed meanwhile
    m_counting = true;
    const QString text = textOf(*m_document);
    auto *watcher = new QFutureWatcher<Counted>(this);
    connect(watcher, &QFutureWatcher<Counted>::finished, this, [this, watcher, text] {
        watcher->deleteLater();
        m_counting = false;
        // Edits made meanwhile were not counted line by line: count again. (The shared text makes
        // this check free when nothing changed.)
        if (textOf(*m_document) != text) {
            recountInBackground();
            return;
        }
        Counted counted = watcher->result();
        m_lines = std::move(counted.lines);
        m_total = counted.total;
        Q_EMIT changed();
    });
    watcher->setFuture(runInBackground([text] { return countLines(text); }));
}

void DocumentStatistics::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(removed);
    if (const auto *file = qobject_cast<const Document *>(m_document); file && file->isLoading())
        return; // counted when it is all in
    if (m_counting)
        return; // the running count checks the text when it ends
    // The blocks of the changed span are recounted; the blocks before and after it are unchanged,
    // so the block count difference tells how many old blocks the span replaced.
    const int oldCount = int(m_lines.size());
    const int newCount = m_document->blockCount();
    QTextBlock first = m_document->findBlock(position);
    QTextBlock last = m_document->findBlock(position + added);
    if (!first.isValid())
        first = m_document->lastBlock();
    if (!last.isValid())
        last = m_document->lastBlock();
    const int firstNumber = first.blockNumber();
    const int newAffected = last.blockNumber() - firstNumber + 1;
    const int oldAffected = newAffected - (newCount - oldCount);
    if (newAffected > maxLinesCountedAtOnce) {
        // Opening a file or Replace All: count after the editor has painted, not before.
        m_recountAll.start();
        return;
    }
    if (m_recountAll.isActive())
        return; // everything is counted again shortly anyway
    if (oldCount == 0 || newAffected < 1 || oldAffected < 1 || firstNumber + oldAffected > oldCount) {
        recountAll();
        return;
    }
    const auto begin = m_lines.begin() + firstNumber;
    for (auto it = begin; it != begin + oldAffected; ++it)
        m_total -= *it;
    std::vector<TextStatistics> counted;
    counted.reserve(size_t(newAffected));
    for (QTextBlock block = first;; block = block.next()) {
        counted.push_back(lineStatistics(block.text()));
        m_total += counted.back();
        if (block == last)
            break;
    }
    const auto replaced = std::min(oldAffected, newAffected);
    std::copy(counted.begin(), counted.begin() + replaced, begin);
    if (newAffected > oldAffected)
        m_lines.insert(begin + replaced, counted.begin() + replaced, counted.end());
    else if (oldAffected > newAffected)
        m_lines.erase(begin + replaced, begin + oldAffected);
    Q_EMIT changed();
}

} // namespace Masthead
