// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helpers: a private copy of the example site, and a snapshot of every file in a folder to
// prove that an operation that refused changed nothing.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

namespace MastheadTest
{

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
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            files.insert(relative, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1));
        }
    }
    return files;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace MastheadTest
