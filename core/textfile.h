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

    bool operator==(const DecodedText &) const = default;
};

// Decodes the bytes of a UTF-8 text file. Refuses bytes that are not UTF-8, and binary files,
// with a message that says where and why; fileName is only used in that message.
std::expected<DecodedText, QString> decodeText(const QByteArray &bytes, const QString &fileName);

// What a file's bytes are, as decodeText() sees them: UTF-8 text, text in another encoding (a legacy
// Latin-1 or Windows-1252 file), or not text at all (it holds NUL bytes).
enum class TextKind { Utf8, NotUtf8, Binary };
TextKind textKind(QByteArrayView bytes);

// Text that is not UTF-8, decoded for reading only.
struct LegacyText {
    // As decodeText() would give it for the UTF-8 the text is: line endings and all, so that a UTF-8
    // copy keeps them.
    DecodedText decoded;
    // The encoding it was read as: "windows-1252" when it uses the bytes 0x80–0x9F (curly quotes,
    // dashes, the euro sign), else "ISO-8859-1"; the same names iconv knows.
    QString encoding;

    bool operator==(const LegacyText &) const = default;
};

// Reads bytes that are not UTF-8 as the single-byte encoding Western text most likely is (Windows-1252,
// whose printable characters include all of Latin-1's). UTF-8 text is decoded as such (encoding
// "UTF-8"); binary files are refused with decodeText()'s message.
std::expected<LegacyText, QString> decodeLegacyText(const QByteArray &bytes, const QString &fileName);

// The inverse of decodeText(): decodeText(b) then encodeText() gives b again, and an edited text keeps
// every untouched line's ending, the byte order mark and the last line's (missing) ending.
QByteArray encodeText(const QString &text, const TextFileFormat &format);

} // namespace Masthead
