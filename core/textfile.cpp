// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfile.h"

#include "core/text/textmerge.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace Masthead
{
namespace
{
constexpr QByteArrayView utf8Bom("\xEF\xBB\xBF");

// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int length = 0;
        unsigned char min2 = 0x80, max2 = 0xBF;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                min2 = 0xA0;
            else if (c == 0xED)
                max2 = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                min2 = 0x90;
            else if (c == 0xF4)
                max2 = 0x8F;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (p[i + 1] < min2 || p[i + 1] > max2)
            return i;
        for (int k = 2; k < length; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

// 1-based line and column (in bytes) of a byte offset.
std::pair<qsizetype, qsizetype> lineAndColumn(QByteArrayView bytes, qsizetype offset)
{
    const QByteArrayView before = bytes.first(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {line, offset - lineStart + 1};
}

// Windows-1252's characters for the bytes 0x80–0x9F, where Latin-1 has C1 controls. The five bytes it
// leaves undefined stay the control characters, as web browsers read them.
constexpr std::array<char16_t, 32> windows1252High {
    u'\u20AC', u'\u0081', u'\u201A', u'\u0192', u'\u201E', u'\u2026', u'\u2020', u'\u2021',
    u'\u02C6', u'\u2030', u'\u0160', u'\u2039', u'\u0152', u'\u008D', u'\u017D', u'\u008F',
    u'\u0090', u'\u2018', u'\u2019', u'\u201C', u'\u201D', u'\u2022', u'\u2013', u'\u2014',
    u'\u02DC', u'\u2122', u'\u0161', u'\u203A', u'\u0153', u'\u009D', u'\u017E', u'\u0178',
};
} // namespace

TextKind textKind(QByteArrayView bytes)
{
    if (bytes.startsWith(utf8Bom))
        bytes = bytes.sliced(utf8Bom.size());
    if (bytes.contains('\0'))
        return TextKind::Binary;
    return firstInvalidUtf8(bytes) >= 0 ? TextKind::NotUtf8 : TextKind::Utf8;
}

std::expected<LegacyText, QString> decodeLegacyText(const QByteArray &bytes, const QString &fileName)
{
    if (textKind(bytes) != TextKind::NotUtf8) {
        auto decoded = decodeText(bytes, fileName);
        if (!decoded)
            return std::unexpected(decoded.error());
        return LegacyText {std::move(*decoded), QStringLiteral("UTF-8")};
    }
    QString text;
    text.reserve(bytes.size());
    bool usesWindows1252 = false;
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        if (c >= 0x80 && c <= 0x9F) {
            const char16_t mapped = windows1252High[c - 0x80];
            usesWindows1252 = usesWindows1252 || mapped != char16_t(c);
            text.append(QChar(mapped));
        } else {
            text.append(QChar(char16_t(c)));
        }
    }
    // Through UTF-8 and decodeText(), so that the line endings are found as for any file.
    auto decoded = decodeText(text.toUtf8(), fileName);
    if (!decoded)
        return std::unexpected(decoded.error());
    return LegacyText {std::move(*decoded),
                       usesWindows1252 ? QStringLiteral("windows-1252") : QStringLiteral("ISO-8859-1")};
}

std::expected<DecodedText, QString> decodeText(const QByteArray &bytes, const QString &fileName)
{
    QByteArrayView body(bytes);
    DecodedText result;
    if (body.startsWith(utf8Bom)) {
        result.format.byteOrderMark = true;
        body = body.sliced(utf8Bom.size());
    }
    if (const qsizetype nul = body.indexOf('\0'); nul >= 0) {
        const auto [line, column] = lineAndColumn(body, nul);
        return std::unexpected(
            QCoreApplication::translate("Masthead::TextFile",
                                        "“%1” looks like a binary file, not text: it holds a NUL byte at line %2, "
                                        "column %3. Masthead opens Markdown and other UTF-8 text files.")
                .arg(fileName)
                .arg(line)
                .arg(column));
    }
    if (const qsizetype bad = firstInvalidUtf8(body); bad >= 0) {
        const auto [line, column] = lineAndColumn(body, bad);
        return std::unexpected(
            QCoreApplication::translate(
                "Masthead::TextFile",
                "“%1” is not UTF-8 text: the byte 0x%2 at line %3, column %4 cannot be read as UTF-8. "
                "Masthead opens UTF-8 files only, as Jekyll expects; convert the file first, for example "
                "with “iconv -f windows-1252 -t utf-8”. The file was not changed.")
                .arg(fileName)
                .arg(QString::number(static_cast<unsigned char>(body[bad]), 16).toUpper())
                .arg(line)
                .arg(column));
    }

    const QString decoded = QString::fromUtf8(body);
    // Every line break becomes '\n', the one the editor knows; what it was is kept beside the text.
    QString text;
    text.reserve(decoded.size());
    QList<LineEnding> endings;
    std::array<qsizetype, 4> counts {};
    const qsizetype n = decoded.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = decoded[i];
        LineEnding ending;
        if (c == u'\n') {
            ending = LineEnding::Lf;
        } else if (c == u'\r') {
            ending = i + 1 < n && decoded[i + 1] == u'\n' ? LineEnding::CrLf : LineEnding::Cr;
            if (ending == LineEnding::CrLf)
                ++i;
        } else if (c == QChar::ParagraphSeparator) {
            ending = LineEnding::ParagraphSeparator;
        } else {
            text.append(c);
            continue;
        }
        text.append(u'\n');
        endings.append(ending);
        ++counts[std::size_t(ending)];
    }
    // The most frequent of LF, CRLF and CR (LF on a tie); U+2029 only when it is the only one.
    LineEnding dominant = LineEnding::Lf;
    for (const LineEnding candidate : {LineEnding::CrLf, LineEnding::Cr}) {
        if (counts[std::size_t(candidate)] > counts[std::size_t(dominant)])
            dominant = candidate;
    }
    if (counts[std::size_t(dominant)] == 0 && counts[std::size_t(LineEnding::ParagraphSeparator)] > 0)
        dominant = LineEnding::ParagraphSeparator;
    const auto kinds = std::count_if(counts.cbegin(), counts.cend(), [](qsizetype count) { return count > 0; });
    result.format.lineEnding = dominant;
    result.format.mixedLineEndings = kinds > 1;
    if (result.format.mixedLineEndings) {
        result.format.lineEndings = std::move(endings);
        result.format.decodedText = text;
    }
    result.text = std::move(text);
    return result;
}

QByteArray encodeText(const QString &text, const TextFileFormat &format)
{
    const auto breakOf = [](LineEnding ending) -> QStringView {
        switch (ending) {
        case LineEnding::Lf:
            return u"\n";
        case LineEnding::CrLf:
            return u"\r\n";
        case LineEnding::Cr:
            return u"\r";
        case LineEnding::ParagraphSeparator:
            return u"\u2029";
        }
        return u"\n";
    };
    QByteArray out;
    out.reserve(text.size() + text.size() / 8 + 3);
    if (format.byteOrderMark)
        out.append(utf8Bom);
    if (!format.mixedLineEndings || format.lineEndings.isEmpty()) {
        if (format.lineEnding == LineEnding::Lf) {
            out.append(text.toUtf8());
        } else {
            QString copy = text;
            copy.replace(QLatin1Char('\n'), breakOf(format.lineEnding).toString());
            out.append(copy.toUtf8());
        }
        return out;
    }
    // Mixed: each line of text that is (or was edited from) a line of the decoded text ends as it did.
    const QList<qsizetype> origins = lineOrigins(format.decodedText, text);
    QString copy;
    copy.reserve(text.size() + text.size() / 16);
    qsizetype line = 0;
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(u'\n'); at >= 0; at = text.indexOf(u'\n', from)) {
        copy.append(QStringView(text).sliced(from, at - from));
        const qsizetype origin = origins.value(line, -1);
        copy.append(breakOf(origin >= 0 && origin < format.lineEndings.size() ? format.lineEndings[origin]
                                                                              : format.lineEnding));
        from = at + 1;
        ++line;
    }
    copy.append(QStringView(text).sliced(from));
    out.append(copy.toUtf8());
    return out;
}

} // namespace Masthead
