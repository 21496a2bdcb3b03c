// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <expected>

namespace Masthead
{

enum class LineEnding { Lf, CrLf };

// The byte-level facts about a text file that its decoded text does not carry, so that writing the
// text back reproduces the file byte for byte.
struct TextFileFormat {
    bool byteOrderMark = false;
    LineEnding lineEnding = LineEnding::Lf;
    // Both LF and CRLF occur; the file is written back with the more frequent one.
    bool mixedLineEndings = false;

    bool operator==(const TextFileFormat &) const = default;
};

struct DecodedText {
    QString text; // line breaks are always '\n'
    TextFileFormat format;
};

// Decodes the bytes of a UTF-8 text file. Refuses bytes that are not UTF-8, and binary files,
// with a message that says where and why; fileName is only used in that message.
std::expected<DecodedText, QString> decodeText(const QByteArray &bytes, const QString &fileName);

// The inverse of decodeText(): decodeText(b) then encodeText() gives b again unless the line endings
// were mixed.
QByteArray encodeText(const QString &text, const TextFileFormat &format);

} // namespace Masthead
