// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textfile.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

#include <expected>

namespace Masthead
{

// Reads and decodes a UTF-8 text file; the message says which file and why when it cannot.
std::expected<DecodedText, QString> readTextFile(const QString &path);

// Creates path with bytes, atomically: a reader sees no file or the whole file. Refuses, changing
// nothing, when path exists.
std::expected<void, QString> writeNewFile(const QString &path, const QByteArray &bytes);

// Replaces path's content atomically (QSaveFile); on failure the old file is untouched.
std::expected<void, QString> replaceFile(const QString &path, const QByteArray &bytes);

// Why writing file failed, in words for the user. errorNumber is errno right after the failing call:
// QSaveFile reports a full disk or a file over the size limit as "Unknown error".
QString writeErrorText(const QFileDevice &file, int errorNumber);

// The file's bytes, or an empty array when it cannot be read.
QByteArray fileBytes(const QString &path);

} // namespace Masthead
