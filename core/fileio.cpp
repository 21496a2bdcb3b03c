// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>

namespace Masthead
{
namespace
{
class FileIOMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::FileIO)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

std::expected<DecodedText, QString> readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::unexpected(FileIOMessages::tr("%1 does not exist.").arg(shown(path)));
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(FileIOMessages::tr("Could not read %1: %2").arg(shown(path), file.errorString()));
    return decodeText(file.readAll(), QFileInfo(path).fileName());
}

std::expected<void, QString> writeNewFile(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo::exists(path))
        return std::unexpected(
            FileIOMessages::tr("%1 already exists; Masthead does not overwrite it.").arg(shown(path)));
    const QFileInfo info(path);
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.masthead-XXXXXX"));
    if (!temp.open())
        return std::unexpected(FileIOMessages::tr("Could not create %1: %2").arg(shown(path), temp.errorString()));
    errno = 0;
    if (temp.write(bytes) != bytes.size() || !temp.flush()) {
        const int error = errno;
        return std::unexpected(
            FileIOMessages::tr("Could not write %1: %2").arg(shown(path), writeErrorText(temp, error)));
    }
    temp.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    // QTemporaryFile::rename never replaces an existing file.
    if (!temp.rename(path)) {
        if (QFileInfo::exists(path))
            return std::unexpected(
                FileIOMessages::tr("%1 already exists; Masthead does not overwrite it.").arg(shown(path)));
        return std::unexpected(FileIOMessages::tr("Could not create %1: %2").arg(shown(path), temp.errorString()));
    }
    temp.setAutoRemove(false);
    return {};
}

std::expected<void, QString> replaceFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(FileIOMessages::tr("Could not write %1: %2").arg(shown(path), file.errorString()));
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const int error = errno;
        return std::unexpected(
            FileIOMessages::tr("Could not write %1: %2").arg(shown(path), writeErrorText(file, error)));
    }
    return {};
}

QString writeErrorText(const QFileDevice &file, int errorNumber)
{
    const QString reported = file.errorString();
    const bool full = errorNumber == ENOSPC || errorNumber == EFBIG
#ifdef EDQUOT
        || errorNumber == EDQUOT
#endif
        ;
    if (full || reported.isEmpty() || reported == QLatin1String("Unknown error"))
        return FileIOMessages::tr("disk full or file too large");
    return reported;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Masthead
