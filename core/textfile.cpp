// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfile.h"

#include <QCoreApplication>
#include <QStringDecoder>

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
} // namespace

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

    const qsizetype crlf = body.count("\r\n");
    const qsizetype lf = body.count('\n');
    const qsizetype bareLf = lf - crlf;
    result.format.lineEnding = crlf > bareLf ? LineEnding::CrLf : LineEnding::Lf;
    result.format.mixedLineEndings = crlf > 0 && bareLf > 0;

    QString text = QString::fromUtf8(body);
    if (crlf > 0)
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    result.text = std::move(text);
    return result;
}

QByteArray encodeText(const QString &text, const TextFileFormat &format)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 8 + 3);
    if (format.byteOrderMark)
        out.append(utf8Bom);
    if (format.lineEnding == LineEnding::CrLf) {
        QString copy = text;
        copy.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        out.append(copy.toUtf8());
    } else {
        out.append(text.toUtf8());
    }
    return out;
}

} // namespace Masthead
