// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document.h"
#include "core/journal.h"
#include "support/sitefixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace Masthead;
using namespace MastheadTest;

namespace
{
void type(Document &doc, const QString &text)
{
    QTextCursor cursor(&doc);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

QStringList journalFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.journal")}, QDir::Files);
}
} // namespace

class JournalTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entryRoundTrip_data()
    {
        QTest::addColumn<QString>("filePath");
        QTest::addColumn<QString>("text");
        QTest::newRow("a file") << QStringLiteral("/site/_drafts/2026-12-07-draft.md")
                                << QStringLiteral("---\ntitle: x\n---\nBody é\n");
        QTest::newRow("untitled, empty text") << QString() << QString();
        QTest::newRow("path with a newline") << QStringLiteral("/tmp/odd\nname.md") << QStringLiteral("\n\n");
        QTest::newRow("CR and separators")
            << QStringLiteral("/a.md") << QStringLiteral("a\rb") + QChar(0x2028) + QChar(0x2029) + u'c';
    }
    void entryRoundTrip()
    {
        QFETCH(QString, filePath);
        QFETCH(QString, text);
        QTemporaryDir dir;
        const Journal journal(dir.path());
        JournalEntry entry;
        entry.id = QStringLiteral("one");
        entry.filePath = filePath;
        entry.intendedPath = QStringLiteral("/meant/for.md");
        entry.written = QDateTime(QDate(2026, 12, 5), QTime(10, 11, 12, 13), QTimeZone::UTC);
        entry.text = text;
        QVERIFY(journal.write(entry).has_value());
        QCOMPARE(journal.read(QStringLiteral("one")), entry);
        QCOMPARE(journal.recoverable(), QList<JournalEntry> {entry});
        QVERIFY(journal.remove(QStringLiteral("one")));
        QVERIFY(journal.recoverable().isEmpty());
    }

    void unsavedTextIsWrittenAndRemovedOnSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeAll(path, "# Title\n"));
        const QString folder = dir.filePath(QStringLiteral("journal"));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        DocumentJournal journal(&doc, folder);
        QSignalSpy written(&journal, &DocumentJournal::entryWritten);
        QSignalSpy removed(&journal, &DocumentJournal::entryRemoved);

        type(doc, QStringLiteral("Unsaved words"));
        QVERIFY(written.wait(10'000));
        QCOMPARE(journalFiles(folder), QStringList {journal.entryId() + QStringLiteral(".journal")});
        const auto entry = Journal(folder).read(journal.entryId());
        QVERIFY(entry);
        QCOMPARE(entry->text, QStringLiteral("# Title\nUnsaved words"));
        QCOMPARE(entry->filePath, path);
        // This process holds the entry: it is not offered for recovery while the document is open.
        QVERIFY(Journal(folder).recoverable().isEmpty());

        QVERIFY(doc.save().has_value());
        QVERIFY(removed.wait(10'000));
        QVERIFY(journalFiles(folder).isEmpty());
    }

    void untitledTextIsJournaled()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("journal"));
        Document doc;
        doc.setIntendedPath(dir.filePath(QStringLiteral("_drafts/2026-12-07-draft.md")));
        {
            DocumentJournal journal(&doc, folder);
            QSignalSpy written(&journal, &DocumentJournal::entryWritten);
            type(doc, QStringLiteral("Never saved"));
            QVERIFY(written.wait(10'000));
        }
        // The journal let go of it (as a killed process does): it can be recovered now.
        const QList<JournalEntry> entries = Journal(folder).recoverable();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].text, QStringLiteral("Never saved"));
        QVERIFY(entries[0].filePath.isEmpty());
        QCOMPARE(entries[0].intendedPath, dir.filePath(QStringLiteral("_drafts/2026-12-07-draft.md")));
    }

    void continuousTypingIsWrittenBeforeItStops()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("journal"));
        Document doc;
        DocumentJournal journal(&doc, folder);
        QSignalSpy written(&journal, &DocumentJournal::entryWritten);
        // A keystroke every half second never leaves the 2 s pause; the 10 s bound must write anyway.
        int keystrokes = 0;
        while (written.isEmpty() && keystrokes < 60) {
            type(doc, QStringLiteral("x"));
            ++keystrokes;
            QTest::qWait(500);
        }
        QVERIFY2(!written.isEmpty(), "nothing was journaled while typing went on");
        QVERIFY(keystrokes < 60);
        const auto entry = Journal(folder).read(journal.entryId());
        QVERIFY(entry);
        QVERIFY(entry->text.startsWith(u'x'));
    }

    void flushWritesAtOnce()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("journal"));
        Document doc;
        DocumentJournal journal(&doc, folder);
        type(doc, QStringLiteral("Typed just before a SIGTERM"));
        QVERIFY(journalFiles(folder).isEmpty());
        journal.flush();
        QCOMPARE(Journal(folder).read(journal.entryId())->text, QStringLiteral("Typed just before a SIGTERM"));
    }

    void discardRemovesTheEntry()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("journal"));
        Document doc;
        {
            DocumentJournal journal(&doc, folder);
            type(doc, QStringLiteral("Thrown away"));
            journal.flush();
            QCOMPARE(journalFiles(folder).size(), 1);
            journal.discard();
            QVERIFY(journalFiles(folder).isEmpty());
            // Quitting after a discard writes nothing back.
            journal.flush();
            QVERIFY(journalFiles(folder).isEmpty());
        }
        QVERIFY(Journal(folder).recoverable().isEmpty());
    }

    void undoingToTheSavedTextRemovesTheEntry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeAll(path, "Saved\n"));
        const QString folder = dir.filePath(QStringLiteral("journal"));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        DocumentJournal journal(&doc, folder);
        type(doc, QStringLiteral("more"));
        journal.flush();
        QCOMPARE(journalFiles(folder).size(), 1);
        doc.undo();
        QVERIFY(!doc.isModified());
        journal.flush();
        journal.waitForWrites();
        QVERIFY(journalFiles(folder).isEmpty());
    }

    void loadingAnotherFileKeepsTheUnsavedEntry()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.md"));
        const QString second = dir.filePath(QStringLiteral("second.md"));
        QVERIFY(writeAll(first, "First\n"));
        QVERIFY(writeAll(second, "Second\n"));
        const QString folder = dir.filePath(QStringLiteral("journal"));
        Document doc;
        QVERIFY(doc.load(first).has_value());
        DocumentJournal journal(&doc, folder);
        type(doc, QStringLiteral("unsaved"));
        journal.flush();
        const QString firstId = journal.entryId();
        // Nobody saved or discarded it (a caller that did not ask): the text stays recoverable.
        QVERIFY(doc.load(second).has_value());
        QVERIFY(journal.entryId() != firstId);
        const QList<JournalEntry> entries = Journal(folder).recoverable();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].id, firstId);
        QCOMPARE(entries[0].text, QStringLiteral("First\nunsaved"));
    }

    void adoptedEntryStaysUntilSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeAll(path, "Disk\n"));
        const QString folder = dir.filePath(QStringLiteral("journal"));
        JournalEntry crashed {
            QStringLiteral("crashed"), path, {}, QDateTime::currentDateTimeUtc(), QStringLiteral("Disk\nrecovered")};
        QVERIFY(Journal(folder).write(crashed).has_value());

        Document doc;
        QVERIFY(doc.load(path).has_value());
        DocumentJournal journal(&doc, folder);
        journal.adopt(QStringLiteral("crashed"));
        QCOMPARE(journal.entryId(), QStringLiteral("crashed"));
        // Adopted: held by this process, so not offered again, and still on disk.
        QVERIFY(Journal(folder).recoverable().isEmpty());
        QCOMPARE(journalFiles(folder), QStringList {QStringLiteral("crashed.journal")});
        type(doc, QStringLiteral("recovered"));
        journal.flush();
        QCOMPARE(Journal(folder).read(QStringLiteral("crashed"))->text, QStringLiteral("Disk\nrecovered"));
        QVERIFY(doc.save().has_value());
        journal.waitForWrites();
        QVERIFY(journalFiles(folder).isEmpty());
    }

    void lockOfALiveProcessIsNotStaleWithAge()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("journal"));
        Document doc;
        DocumentJournal journal(&doc, folder);
        type(doc, QStringLiteral("held"));
        journal.flush();
        // An hour-old lock of a running process still holds: QLockFile's default would call it stale.
        const QString lock = Journal(folder).lockPath(journal.entryId());
        QFile file(lock);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(Journal(folder).recoverable().isEmpty());
    }
};

QTEST_MAIN(JournalTest)
#include "journal_test.moc"
