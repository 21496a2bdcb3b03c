// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <expected>
#include <memory>
#include <optional>

class QLockFile;

namespace Masthead
{

class Document;

// The unsaved text of one document as the journal keeps it.
struct JournalEntry {
    QString id; // the entry's file name in the journal folder, without extension
    QString filePath; // the document's file; empty for a document that was never saved
    QString intendedPath; // where an untitled document was meant to go (a new issue's draft)
    QDateTime written; // UTC
    QString text;

    bool operator==(const JournalEntry &) const = default;
    // The file name, or "Untitled" for a document that was never saved.
    QString displayName() const;
};

// The journal folder: one <id>.journal file per document with unsaved text, and an <id>.lock held by
// the process that writes it. An entry whose lock nobody holds belongs to a process that crashed, was
// killed or quit leaving text unsaved: it can be recovered. Reading and writing are safe on any thread;
// nothing here touches a document.
class Journal
{
public:
    explicit Journal(const QString &folder);

    // The user's state folder (QStandardPaths::StateLocation)/journal.
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    std::expected<void, QString> write(const JournalEntry &entry) const;
    std::optional<JournalEntry> read(const QString &id) const;
    // Removes the entry's file; true when it is gone.
    bool remove(const QString &id) const;
    // Entries no running process writes to, newest first.
    QList<JournalEntry> recoverable() const;

    QString entryPath(const QString &id) const;
    QString lockPath(const QString &id) const;

private:
    QString m_folder;
};

// Journals one document's unsaved text: within 2 s of the last change and at least every 10 s while
// the user keeps typing, the text is copied (in the GUI thread, a plain copy) and written to the
// journal by a worker thread with QSaveFile, so typing never waits for the disk. The entry is removed
// when the document is saved, or is clean again, or on discard(). Loading another file into the
// document leaves the old entry for recovery unless discard() was called first.
//
// Lives in the document's (GUI) thread.
class DocumentJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentJournal)

public:
    static constexpr int idleDelayMs = 2000;
    static constexpr int longestDelayMs = 10000;

    DocumentJournal(Document *document, const QString &folder, QObject *parent = nullptr);
    ~DocumentJournal() override;

    // The entry the document's text goes to.
    QString entryId() const { return m_id; }
    QString folder() const { return m_journal.folder(); }
    // The document's unsaved text now goes to the recovered entry id (which it shows), so that the
    // entry stays until that text is saved or discarded.
    void adopt(const QString &id);
    // Writes the unsaved text now and waits until it is on disk: the application quits, the session
    // ends, or a signal asks Masthead to terminate.
    void flush();
    // The user threw the unsaved text away: removes the entry until the next change.
    void discard();
    // Waits until queued writes and removals are done.
    void waitForWrites();

Q_SIGNALS:
    // An entry was written (true) or removed (false); in the GUI thread, after the fact.
    void entryWritten(const QString &id);
    void entryRemoved(const QString &id);
    // A write failed: the journal folder is full or not writable.
    void writeFailed(const QString &message);

private:
    void onContentsChanged();
    void onModificationChanged(bool modified);
    void onSavedOrLoaded(bool loaded);
    void writeNow(bool wait);
    void removeEntry();
    void lockEntry();
    void newEntry();

    Document *m_document;
    Journal m_journal;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_idle; // restarted by each change
    QTimer m_longest; // started by the first change after a write, not restarted
    QThreadPool m_writer; // one thread, so writes and removals happen in order
    // Counts the document's changes; the entry holds the text after m_writtenChanges of them (or
    // nothing needs writing at that count: saved, discarded, clean).
    qint64 m_changes = 0;
    qint64 m_writtenChanges = 0;
    bool m_hasEntry = false;
};

} // namespace Masthead
