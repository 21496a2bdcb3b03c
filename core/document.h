// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textfile.h"

#include <QTextDocument>

#include <expected>

namespace Masthead
{

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

// One open Markdown file: its text (this QTextDocument), where it lives, and the byte-level format
// (BOM, line endings) needed to write it back unchanged. The editor and the preview observe it and
// never talk to each other. Lives in the GUI thread like any QTextDocument.
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

    // The text exactly as it will be written, with '\n' line breaks.
    QString text() const;
    QString filePath() const { return m_filePath; }
    // The file name, or "Untitled" for a document that was never saved.
    QString displayName() const;
    TextFileFormat fileFormat() const { return m_format; }
    // True when the file on disk differs from what was last loaded or saved.
    bool isChangedOnDisk() const;

Q_SIGNALS:
    void filePathChanged(const QString &filePath);
    void loaded();
    void saved();

private:
    std::expected<void, SaveError> write(const QString &filePath);

    QString m_filePath;
    TextFileFormat m_format;
    QByteArray m_diskDigest; // of the bytes last read or written; empty when there is no file
};

// The text of any QTextDocument with '\n' line breaks where it keeps U+2029 between blocks, and
// every other character as it is (toPlainText() would turn no-break spaces into spaces). Offsets
// into it are the document's positions.
QString plainTextOf(const QTextDocument &document);

} // namespace Masthead
