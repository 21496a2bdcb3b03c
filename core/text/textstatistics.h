// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringView>
#include <QTimer>

#include <vector>

class QTextDocument;

namespace Masthead
{

// What the status bar says about a post: the words a reader reads and the characters of the text.
// Words are runs of letters and digits ("don't" and "e-mail" are one word); link targets, bare web
// addresses and HTML tags are not words. Characters count everything but line breaks.
struct TextStatistics {
    static constexpr int wordsPerMinute = 230; // an adult's silent reading of non-fiction

    qsizetype words = 0;
    qsizetype characters = 0;

    // Whole minutes, rounded up; 0 only for a text without words.
    int readingMinutes() const { return int((words + wordsPerMinute - 1) / wordsPerMinute); }

    TextStatistics &operator+=(const TextStatistics &other);
    TextStatistics &operator-=(const TextStatistics &other);
    bool operator==(const TextStatistics &) const = default;
};

// The statistics of one line (no line breaks inside).
TextStatistics lineStatistics(QStringView line);
// The statistics of a post's text without its front matter.
TextStatistics textStatistics(QStringView markdown);

// Keeps the statistics of a QTextDocument's body (front matter left out) current as it is edited,
// recounting only the lines an edit touched, so that it costs microseconds per keystroke even in a
// 1 MB document. A change of thousands of lines at once (opening a file) is counted when the event
// loop next runs, so that it never delays the editor's first paint; until then statistics() gives
// the previous figures. Observes the document in the GUI thread; the document must outlive it.
class DocumentStatistics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentStatistics)

public:
    explicit DocumentStatistics(QTextDocument *document, QObject *parent = nullptr);
    ~DocumentStatistics() override;

    TextStatistics statistics() const;

Q_SIGNALS:
    void changed();

private:
    void onContentsChange(int position, int removed, int added);
    void recountAll();
    void recountInBackground();
    int frontMatterLines() const;

    QTextDocument *m_document;
    std::vector<TextStatistics> m_lines; // one per block
    TextStatistics m_total; // of all blocks, front matter included
    QTimer m_recountAll;
    bool m_counting = false; // on a worker thread
};

} // namespace Masthead
