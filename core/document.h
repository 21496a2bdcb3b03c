// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/textmerge.h"
#include "core/textfile.h"

#include <QFileSystemWatcher>
#include <QTextDocument>
#include <QThreadPool>
#include <QTimer>

#include <expected>
#include <memory>
#include <optional>

namespace Masthead
{

class Site;
struct LiquidContext;

struct SaveError {
    enum class Kind {
        ChangedOnDisk, // the file on disk is not what was loaded or last saved; nothing was written
        WriteFailed, // the file could not be written; the old file is untouched
        NoPath,
        ReadOnly, // the document was opened read-only (not UTF-8): its file is never written
    };
    Kind kind;
    QString message;
};

// What happened when the open file changed on disk underneath (a git pull, masthead redate in a
// terminal, another editor), and what the document did about it.
struct DiskChange {
    enum class Kind {
        Reloaded, // the text had no unsaved changes: it is now the file's (one undo step)
        Merged, // unsaved changes and the file's changes merged cleanly (one undo step); still unsaved
        Conflict, // both changed the same lines: merge holds the conflicts; nothing changed yet
        Removed, // the file was moved or deleted; the text stays, unsaved
        Unreadable, // the file cannot be read as text any more; message says why; nothing changed
    };
    Kind kind = Kind::Reloaded;
    // Removed: where the post went when it looks re-dated (same folder, same slug, another date).
    QString followPath;
    TextMerge merge; // Conflict
    QString message; // Unreadable

    bool operator==(const DiskChange &) const = default;
};

enum class SaveMode {
    Safe, // refuse when the file changed on disk since it was loaded or saved
    OverwriteChangesOnDisk,
};

// One open Markdown file: its text (this QTextDocument), where it lives, the byte-level format
// (BOM, line endings) needed to write it back unchanged, and the Jekyll site it belongs to. The
// editor, the preview and the docks observe it and never talk to each other; they ask it for the site
// instead of looking for one. Lives in the GUI thread like any QTextDocument.
//
// Invariant: saving a document that nobody edited writes the bytes that were loaded.
class Document final : public QTextDocument
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    // Files up to this size open; larger ones are refused with a message that says so. A post of
    // 50 MB (1.5 million lines) opens in steps in seconds (docs/performance.md); far beyond it, the
    // wait and the memory grow with the file while no post is ever that long.
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;
    // From this size on, beginLoad() loads in steps; smaller files load at once, as load() does.
    static constexpr qint64 stepwiseLoadBytes = 2 * 1024 * 1024;

    // Replaces the text with the file's. On failure (too large, unreadable, not UTF-8) nothing changes.
    std::expected<void, QString> load(const QString &filePath);
    // Opens a file that is not UTF-8 (a Latin-1 or Windows-1252 file) for reading: decoded as
    // decodeLegacyText() guesses, and read-only until saveAs() writes a UTF-8 copy to another file;
    // save() refuses, so the file is never written back with another encoding. Binary files are
    // refused. Changes on disk are not followed. Emits loaded(), like load().
    std::expected<void, QString> loadReadOnly(const QString &filePath);
    // True after loadReadOnly(), until another load or a saveAs().
    bool isReadOnly() const { return !m_readOnlyEncoding.isEmpty(); }
    // The encoding a read-only document was read as ("windows-1252"); empty when not read-only.
    QString readOnlyEncoding() const { return m_readOnlyEncoding; }
    // Like load(), but a file from stepwiseLoadBytes on is read and decoded on a worker thread, then
    // put in a slice at a time between the event loop's other work, so that the window keeps
    // painting and answering. A file that is too large or cannot be opened fails at once; a file
    // that turns out not to be UTF-8 comes as loadFailed(), with nothing changed. While isLoading(),
    // the text is incomplete: edits through applyTextEdit() are refused, save() refuses, and
    // textChanged() and textSettled() wait; loaded() says when the text is the file's. The load is
    // not on the undo stack. A smaller file is loaded at once, as by load().
    std::expected<void, QString> beginLoad(const QString &filePath);
    // loadReadOnly() as beginLoad() does load(): a file from stepwiseLoadBytes on is read and decoded
    // on a worker thread and put in a slice at a time; the document is read-only (isReadOnly()) from
    // loaded() on. A smaller file is loaded at once, as by loadReadOnly().
    std::expected<void, QString> beginLoadReadOnly(const QString &filePath);
    bool isLoading() const { return m_loading != nullptr; }
    // The file being loaded by beginLoad(); empty when none is.
    QString loadingPath() const;
    // Stops a load begun with beginLoad(): the text, the file and the modified state from before it
    // come back (the undo history of that text does not). Emits loadCancelled().
    void cancelLoad();
    // Becomes an empty document that was never saved, meant to go to intendedPath (may be empty).
    // Emits loaded(), like load().
    void loadUntitled(const QString &intendedPath = {});
    std::expected<void, SaveError> save(SaveMode mode = SaveMode::Safe);
    // Writes to filePath, which becomes the document's path. The caller has confirmed replacing an
    // existing file (QFileDialog asks). A read-only document is written as UTF-8, to another file
    // only, and is then no longer read-only.
    std::expected<void, SaveError> saveAs(const QString &filePath);

    // The text exactly as it will be written, with '\n' line breaks. Read from the document once, then
    // kept up to date by each change (a keystroke costs its own characters, not the document's), and
    // shared (implicitly) with every caller, so asking again is free.
    QString text() const;
    // For work on another thread that keeps a text from text() past the next keystroke (the preview's
    // renderer keeps the text it rendered): a copy that shares nothing with the document, taken on
    // that thread, and the shared one let go. While anyone shares the document's text, the next
    // keystroke copies all of it on the GUI thread (a millisecond at 1 MB) instead of changing it in
    // place; a check that reads it for a moment after a pause costs one such copy at most.
    static QString unshared(QString text);
    // How many times text() read the whole document (for tests and benchmarks).
    int wholeTextReads() const { return m_wholeTextReads; }
    // How many changes found the text shared and had to copy all of it (for tests and benchmarks).
    int sharedTextCopies() const { return m_sharedTextCopies; }
    // Milliseconds without a change to the text before textSettled() says so.
    static constexpr int settleDelayMs = 250;
    QString filePath() const { return m_filePath; }
    // Where a document that was never saved is meant to go (a new issue's draft): its site, relative
    // links and images resolve from there until it has a file of its own.
    QString intendedPath() const { return m_intendedPath; }
    void setIntendedPath(const QString &path);
    // The file name, or "Untitled" for a document that was never saved.
    QString displayName() const;
    TextFileFormat fileFormat() const { return m_format; }
    // True when the file on disk differs from what was last loaded or saved, or is gone.
    bool isChangedOnDisk() const;
    // The text as last loaded from or saved to the file: the base of a merge with the disk.
    QString savedText() const { return m_savedText; }

    // The file is watched (and its folder, for renames and deletions); changes by other programs
    // are handled as DiskChange says, our own saves are not changes. checkDisk() looks now; the
    // watcher calls it shortly after a change.
    void checkDisk();
    // After a Conflict: the user's resolution of it becomes the text (one undo step), and the file's
    // text as it is now the new base.
    void resolveDiskChange(const QString &resolvedText);
    // After Removed: the document's file is now path (the re-dated post), and its text is reloaded or
    // merged from there.
    void followTo(const QString &path);

    // The site the file is in: found when the path changes, found again when its _config.yml or
    // _masthead.yml change on disk. Null for an untitled document or a file outside any site. The
    // pointer stays valid for whoever holds it (a render on another thread), even after a change.
    std::shared_ptr<const Site> site() const { return m_site; }
    // The site part of the Liquid context for that site (an empty context without one), built once per
    // site change and shared with every render.
    std::shared_ptr<const LiquidContext> liquidContext() const;

Q_SIGNALS:
    void filePathChanged(const QString &filePath);
    // site() (and with it liquidContext()) changed: another site, or its settings were edited.
    void siteChanged();
    void loaded();
    // beginLoad() started on a file of bytes; loadProgress() follows, then one of loaded(),
    // loadFailed() or loadCancelled().
    void loadStarted(const QString &filePath, qint64 bytes);
    // done of total characters are in; total is 0 while the file is still being read and decoded.
    void loadProgress(qint64 done, qint64 total);
    void loadFailed(const QString &filePath, const QString &message);
    void loadCancelled();
    void saved();
    void diskChanged(const Masthead::DiskChange &change);
    // The characters changed (contentsChange() also comes for the highlighter's formats).
    void textChanged(int position, int removed, int added);
    // The text has not changed for settleDelayMs: once per pause in typing (and after a load), the
    // moment for whatever reads the whole text (the docks, the checks) to do so, off the GUI thread.
    void textSettled();

private:
    struct Loading;
    // What a cancelled load brings back.
    struct Before {
        QString text;
        bool modified = false;
    };
    std::expected<void, QString> beginLoad(const QString &filePath, bool readOnly);
    void onFileDecoded();
    void insertLoadSlice();
    void finishLoad();
    // Stops a running load without bringing anything back (another load or a new document follows).
    void abandonLoad();
    // Ends a load that failed or was cancelled: the text from before it is back, if it was touched.
    void restoreBefore();
    // load() and loadReadOnly(): the whole file at once.
    std::expected<void, QString> loadAtOnce(const QString &filePath, bool readOnly);
    // The file a load read becomes the document's: its format, encoding, digest and saved text, its
    // path, watched. The text itself is put in by the caller.
    void takeFile(const QString &filePath, const DecodedText &decoded, const QString &legacyEncoding,
                  const QByteArray &diskDigest);
    std::expected<void, SaveError> write(const QString &filePath);
    SaveError readOnlyError() const;
    void setFilePath(const QString &filePath);
    void findSite();
    void watchFile();
    QString redatedPath() const;
    void replaceText(const QString &text);
    void onContentsChange(int position, int removed, int added);
    // Applies a change of the characters to m_text (or drops m_text when it cannot).
    void followText(int position, int removed, int added);
    // Whether the document's characters from position on are those of m_text there.
    bool matchesText(int position, int length) const;

    std::shared_ptr<const Site> m_site;
    mutable std::shared_ptr<const LiquidContext> m_liquidContext; // made on first use after a change
    QFileSystemWatcher m_siteWatcher; // the site's _config.yml and _masthead.yml

    QString m_filePath;
    QString m_intendedPath;
    QString m_readOnlyEncoding;
    TextFileFormat m_format;
    QByteArray m_diskDigest; // of the bytes last read or written; empty when there is no file
    QString m_savedText; // the text those bytes decode to

    QFileSystemWatcher m_fileWatcher; // the file and its folder
    QTimer m_diskCheck; // a burst of changes (a git checkout) is looked at once
    QByteArray m_reportedDigest; // a Conflict or Unreadable already reported for these bytes
    bool m_removedReported = false;
    // A Conflict waiting for resolveDiskChange(): the file's text and format then.
    DecodedText m_pendingDisk;
    QByteArray m_pendingDigest;
    // text() as it is now, kept up to date change by change once asked for; null when not known.
    mutable QString m_text;
    mutable bool m_textValid = false;
    mutable int m_wholeTextReads = 0;
    int m_sharedTextCopies = 0;
    QTimer m_settle;
    // Where beginLoad() reads and decodes: not the global pool, where the docks' work on the text
    // before (a minute of checks on a long post) would hold the new file up.
    QThreadPool m_reader;
    std::unique_ptr<Loading> m_loading; // while beginLoad() loads
    QTimer m_loadStep; // the next slice of it
};

// The text of any QTextDocument with '\n' line breaks where it keeps U+2029 between blocks, and
// every other character as it is (toPlainText() would turn no-break spaces into spaces). Offsets
// into it are the document's positions.
QString plainTextOf(const QTextDocument &document);

} // namespace Masthead
