// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal.h"

#include "core/document.h"
#include "core/fileio.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrentRun>

namespace Masthead
{
namespace
{
constexpr QByteArrayView magic("masthead-journal 1\n");
const QString entrySuffix = QStringLiteral(".journal");
const QString lockSuffix = QStringLiteral(".lock");

// A lock that counts as held only while its process lives: the journal's locks are held for as long
// as a document is open, so they must not go stale with age.
std::unique_ptr<QLockFile> entryLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    return lock;
}
} // namespace

QString JournalEntry::displayName() const
{
    return filePath.isEmpty() ? QCoreApplication::translate("Masthead::Journal", "Untitled")
                              : QFileInfo(filePath).fileName();
}

Journal::Journal(const QString &folder)
    : m_folder(folder)
{
}

QString Journal::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::StateLocation) + QStringLiteral("/journal");
}

QString Journal::entryPath(const QString &id) const
{
    return m_folder + u'/' + id + entrySuffix;
}

QString Journal::lockPath(const QString &id) const
{
    return m_folder + u'/' + id + lockSuffix;
}

std::expected<void, QString> Journal::write(const JournalEntry &entry) const
{
    if (!QDir().mkpath(m_folder)) {
        return std::unexpected(
            QCoreApplication::translate("Masthead::Journal", "Could not create the journal folder %1.")
                .arg(QDir::toNativeSeparators(m_folder)));
    }
    const QJsonObject header {
        {QStringLiteral("filePath"), entry.filePath},
        {QStringLiteral("intendedPath"), entry.intendedPath},
        {QStringLiteral("written"), entry.written.toUTC().toString(Qt::ISODateWithMs)},
    };
    QByteArray bytes;
    bytes.reserve(entry.text.size() + 256);
    bytes.append(magic);
    bytes.append(QJsonDocument(header).toJson(QJsonDocument::Compact));
    bytes.append('\n');
    bytes.append(entry.text.toUtf8());
    return replaceFile(entryPath(entry.id), bytes);
}

std::optional<JournalEntry> Journal::read(const QString &id) const
{
    QFile file(entryPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith(magic))
        return std::nullopt;
    const qsizetype headerEnd = bytes.indexOf('\n', magic.size());
    if (headerEnd < 0)
        return std::nullopt;
    const QJsonObject header = QJsonDocument::fromJson(bytes.sliced(magic.size(), headerEnd - magic.size())).object();
    JournalEntry entry;
    entry.id = id;
    entry.filePath = header.value(QStringLiteral("filePath")).toString();
    entry.intendedPath = header.value(QStringLiteral("intendedPath")).toString();
    entry.written = QDateTime::fromString(header.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
    entry.text = QString::fromUtf8(bytes.sliced(headerEnd + 1));
    return entry;
}

bool Journal::remove(const QString &id) const
{
    QFile::remove(entryPath(id));
    return !QFileInfo::exists(entryPath(id));
}

QList<JournalEntry> Journal::recoverable() const
{
    QList<JournalEntry> entries;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({u'*' + entrySuffix}, QDir::Files)) {
        const QString id = name.chopped(entrySuffix.size());
        // A lock we can take belongs to nobody alive; it is given back at once.
        const auto lock = entryLock(lockPath(id));
        if (!lock->tryLock(0))
            continue;
        lock->unlock();
        if (auto entry = read(id))
            entries.append(*entry);
    }
    // Locks of processes that ended after saving everything.
    for (const QString &name : dir.entryList({u'*' + lockSuffix}, QDir::Files)) {
        const QString id = name.chopped(lockSuffix.size());
        if (QFileInfo::exists(entryPath(id)))
            continue;
        if (const auto lock = entryLock(lockPath(id)); lock->tryLock(0))
            lock->unlock();
    }
    std::sort(entries.begin(), entries.end(),
              [](const JournalEntry &a, const JournalEntry &b) { return a.written > b.written; });
    return entries;
}

DocumentJournal::DocumentJournal(Document *document, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_journal(folder)
{
    m_writer.setMaxThreadCount(1);
    m_writer.setObjectName(QStringLiteral("journal writer"));
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleDelayMs);
    m_longest.setSingleShot(true);
    m_longest.setInterval(longestDelayMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { writeNow(false); });
    connect(&m_longest, &QTimer::timeout, this, [this] { writeNow(false); });
    connect(document, &QTextDocument::contentsChanged, this, &DocumentJournal::onContentsChanged);
    connect(document, &Document::saved, this, [this] { onSavedOrLoaded(false); });
    connect(document, &Document::loaded, this, [this] { onSavedOrLoaded(true); });
    newEntry();
}

DocumentJournal::~DocumentJournal()
{
    m_writer.waitForDone();
}

void DocumentJournal::newEntry()
{
    m_lock.reset();
    m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_hasEntry = false;
    m_writtenChanges = m_changes;
}

void DocumentJournal::lockEntry()
{
    if (m_lock && m_lock->isLocked())
        return;
    QDir().mkpath(m_journal.folder());
    m_lock = entryLock(m_journal.lockPath(m_id));
    if (!m_lock->tryLock(0))
        qCWarning(lcCore) << "journal: could not lock" << m_journal.lockPath(m_id) << m_lock->error();
}

void DocumentJournal::onContentsChanged()
{
    if (m_document->isLoading())
        return; // a file coming in is no unsaved text; loaded() follows
    ++m_changes;
    m_idle.start();
    if (!m_longest.isActive())
        m_longest.start();
}

void DocumentJournal::onSavedOrLoaded(bool loaded)
{
    m_idle.stop();
    m_longest.stop();
    if (loaded && m_hasEntry) {
        // The text that was here is not saved and nobody discarded it: its entry stays, and becomes
        // recoverable as soon as its lock is given back.
        m_writer.waitForDone();
        newEntry();
        return;
    }
    removeEntry();
    m_writtenChanges = m_changes;
}

void DocumentJournal::writeNow(bool wait)
{
    m_idle.stop();
    m_longest.stop();
    // A read-only document (a file that is not UTF-8) has nothing to keep: it cannot be saved back.
    if (!m_document->isModified() || m_document->isReadOnly()) {
        // Undone back to the saved text: nothing is unsaved.
        removeEntry();
        m_writtenChanges = m_changes;
        return;
    }
    if (m_changes == m_writtenChanges) {
        if (wait)
            m_writer.waitForDone();
        return;
    }
    lockEntry();
    JournalEntry entry;
    entry.id = m_id;
    entry.filePath = m_document->filePath();
    entry.intendedPath = m_document->intendedPath();
    entry.written = QDateTime::currentDateTimeUtc();
    entry.text = m_document->text(); // the one copy made in this thread; encoding happens on the writer
    m_writtenChanges = m_changes;
    m_hasEntry = true;
    (void)QtConcurrent::run(&m_writer, [this, journal = m_journal, entry = std::move(entry)] {
        const auto result = journal.write(entry);
        // Queued to this object: dropped if it is gone, and the destructor waits for this task.
        QMetaObject::invokeMethod(this, [this, id = entry.id, result] {
            if (result)
                Q_EMIT entryWritten(id);
            else
                Q_EMIT writeFailed(result.error());
        });
    });
    if (wait)
        m_writer.waitForDone();
}

void DocumentJournal::removeEntry()
{
    if (!m_hasEntry)
        return;
    m_hasEntry = false;
    (void)QtConcurrent::run(&m_writer, [this, journal = m_journal, id = m_id] {
        if (journal.remove(id))
            QMetaObject::invokeMethod(this, [this, id] { Q_EMIT entryRemoved(id); });
    });
}

void DocumentJournal::adopt(const QString &id)
{
    m_writer.waitForDone();
    if (m_hasEntry)
        removeEntry();
    m_writer.waitForDone();
    m_lock.reset();
    m_id = id;
    lockEntry();
    m_hasEntry = true;
    m_writtenChanges = -1;
}

void DocumentJournal::flush()
{
    writeNow(true);
}

void DocumentJournal::discard()
{
    m_idle.stop();
    m_longest.stop();
    removeEntry();
    m_writtenChanges = m_changes;
    m_writer.waitForDone();
}

void DocumentJournal::waitForWrites()
{
    m_writer.waitForDone();
}

} // namespace Masthead
