// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <expected>

namespace Masthead
{

// How one line ends in the file: LF, CRLF, a lone CR (old Mac files), or U+2029 PARAGRAPH SEPARATOR.
// U+2028 LINE SEPARATOR is not a line break for the editor and stays in the text as it is.
enum class LineEnding { Lf, CrLf, Cr, ParagraphSeparator };

// The byte-level facts about a text file that its decoded text does not carry, so that writing the
// text back reproduces the file byte for byte, and an edited text changes only the edited lines.
struct TextFileFormat {
    bool byteOrderMark = false;
    // The most frequent line ending; lines the user adds get it.
    LineEnding lineEnding = LineEnding::Lf;
    // More than one kind of line ending occurs.
    bool mixedLineEndings = false;
    // When mixed: the ending of each line of decodedText, in order. Lines of a new text that a line
    // diff finds unchanged (or edited in place) keep their own.
    QList<LineEnding> lineEndings;
    QString decodedText;

    bool operator==(const TextFileFormat &) const = default;
};

struct DecodedText {
    QString text; // line breaks are always '\n'
    TextFileFormat format;
};

// Decodes the bytes of a UTF-8 text file. Refuses bytes that are not UTF-8, and binary files,
// with a message that says where and why; fileName is only used in that message.
std::expected<DecodedText, QString> decodeText(const QByteArray &bytes, const QString &fileName);

// The inverse of decodeText(): decodeText(b) then encodeText() gives b again, and an edited text keeps
// every untouched line's ending, the byte order mark and the last line's (missing) ending.
QByteArray encodeText(const QString &text, const TextFileFormat &format);

} // namespace Masthead
