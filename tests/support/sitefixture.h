// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tests' file helpers, in one place: reading and writing files, the committed seeds
// (tests/data/seeds), a private copy of the example site, and a snapshot of every file in a folder
// to prove that an operation that refused changed nothing. Everything a test reads lives in the
// checkout (MASTHEAD_SOURCE_DIR); everything it writes goes to a temporary folder.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QtGlobal>

#include <expected>
#include <type_traits>

namespace MastheadTest
{

// The message of a failed result, or nothing when it succeeded. QVERIFY2 evaluates its message even
// when the check passes, and error() of a result that holds a value is undefined behaviour (seen as a
// std::bad_alloc in one run out of four): write QVERIFY2(result, qPrintable(errorText(result))).
template<typename T, typename E>
QString errorText(const std::expected<T, E> &result)
{
    if (result)
        return {};
    if constexpr (std::is_convertible_v<E, QString>)
        return result.error();
    else
        return result.error().message;
}

// The file's bytes, or an empty array when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The file's text, decoded as UTF-8 (byte for byte otherwise: no BOM or line-ending handling).
inline QString readText(const QString &path)
{
    return QString::fromUtf8(readAll(path));
}

// Writes bytes to path, making the folders on the way; whether every byte was written.
inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The two real documents Masthead is built for, committed under tests/data/seeds.
inline constexpr char weeklyTemplateSeed[] = "weekly-newsletter-draft-template.md";
inline constexpr char blogArticleSeed[] = "blog-article-example.md";

inline QString seedPath(const char *name = weeklyTemplateSeed)
{
    return QStringLiteral(MASTHEAD_SOURCE_DIR "/tests/data/seeds/") + QLatin1String(name);
}

// A seed's bytes. A seed that cannot be read stops the test: an empty document would let many
// assertions pass without testing anything.
inline QByteArray seedBytes(const char *name = weeklyTemplateSeed)
{
    const QByteArray bytes = readAll(seedPath(name));
    if (bytes.isEmpty())
        qFatal("cannot read the seed %s", qPrintable(seedPath(name)));
    return bytes;
}

inline QString seedText(const char *name = weeklyTemplateSeed)
{
    return QString::fromUtf8(seedBytes(name));
}

inline bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(path, target)) {
            return false;
        } else {
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    return true;
}

// A copy of examples/weekly in a temporary folder.
class ExampleSite
{
public:
    ExampleSite() { m_ok = copyTree(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly"), root()); }
    bool isValid() const { return m_ok && m_dir.isValid(); }
    QString root() const { return m_dir.path() + QStringLiteral("/weekly"); }
    QString path(const QString &relative) const { return root() + u'/' + relative; }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

// Relative path -> SHA-1 of content (folders map to "dir").
inline QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            files.insert(relative, "dir");
        } else {
            files.insert(relative, QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha1));
        }
    }
    return files;
}

} // namespace MastheadTest
