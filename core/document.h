// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textfile.h"

#include <QFileSystemWatcher>
#include <QTextDocument>
#include <QTimer>

#include <expected>
#include <memory>

namespace Masthead
{

class Site;
struct LiquidContext;

struct SaveError {
    enum class Kind {
        ChangedOnDisk, // the file on disk is not what was loaded or last saved; nothing was written
        WriteFailed, // the file could not be written; the old file is untouched
        NoPath,
    };
    Kind kind;
    QString message;
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

    // Replaces the text with the file's. On failure (unreadable, not UTF-8) nothing changes.
    std::expected<void, QString> load(const QString &filePath);
    std::expected<void, SaveError> save(SaveMode mode = SaveMode::Safe);
    // Writes to filePath, which becomes the document's path. The caller has confirmed replacing an
    // existing file (QFileDialog asks).
    std::expected<void, SaveError> saveAs(const QString &filePath);

    // The text exactly as it will be written, with '\n' line breaks. Made once per change of the text
    // and shared (implicitly) with every caller until the next one, so asking again is free.
    QString text() const;
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
    // True when the file on disk differs from what was last loaded or saved.
    bool isChangedOnDisk() const;

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
    void saved();
    // The characters changed (contentsChange() also comes for the highlighter's formats).
    void textChanged(int position, int removed, int added);
    // The text has not changed for settleDelayMs: once per pause in typing (and after a load), the
    // moment for whatever reads the whole text (the docks, the checks) to do so, off the GUI thread.
    void textSettled();

private:
    std::expected<void, SaveError> write(const QString &filePath);
    void setFilePath(const QString &filePath);
    void findSite();
    void onContentsChange(int position, int removed, int added);
    // Whether the document's characters from position on are those of m_text there.
    bool matchesText(int position, int length) const;

    std::shared_ptr<const Site> m_site;
    mutable std::shared_ptr<const LiquidContext> m_liquidContext; // made on first use after a change
    QFileSystemWatcher m_siteWatcher; // the site's _config.yml and _masthead.yml

    QString m_filePath;
    QString m_intendedPath;
    TextFileFormat m_format;
    QByteArray m_diskDigest; // of the bytes last read or written; empty when there is no file
    // text() as of the last change; null when the text changed since (formatting never counts).
    mutable QString m_text;
    mutable bool m_textValid = false;
    QTimer m_settle;
};

// The text of any QTextDocument with '\n' line breaks where it keeps U+2029 between blocks, and
// every other character as it is (toPlainText() would turn no-break spaces into spaces). Offsets
// into it are the document's positions.
QString plainTextOf(const QTextDocument &document);

} // namespace Masthead
