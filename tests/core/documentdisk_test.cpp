// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The open file changing on disk underneath the document: reloaded, merged, in conflict, moved.
#include "core/document.h"
#include "support/sitefixture.h"

#include <QDir>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// As git and most editors write: a new file renamed over the old one.
bool replaceOnDisk(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

// As some programs write: the same file truncated and rewritten.
bool rewriteInPlace(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

void typeAt(Document &doc, int position, const QString &text)
{
    QTextCursor cursor(&doc);
    cursor.setPosition(position);
    cursor.insertText(text);
}

DiskChange nextChange(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(10'000))
        return {DiskChange::Kind::Unreadable, {}, {}, u"no change reported"_s};
    return spy.takeFirst().at(0).value<DiskChange>();
}

const QByteArray original = "---\ntitle: A\n---\n\none\ntwo\nthree\nfour\nfive\n";
} // namespace

class DocumentDiskTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<DiskChange>(); }

    void cleanTextIsReloadedKeepingTheCursor_data()
    {
        QTest::addColumn<bool>("byRename");
        QTest::newRow("replaced by rename") << true;
        QTest::newRow("rewritten in place") << false;
    }
    void cleanTextIsReloadedKeepingTheCursor()
    {
        QFETCH(bool, byRename);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(path, original));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QSignalSpy changes(&doc, &Document::diskChanged);
        QTextCursor cursor(&doc);
        cursor.setPosition(doc.text().indexOf(u"four"_s));

        QByteArray changed = original;
        changed.replace("one\n", "one, changed elsewhere\n");
        QVERIFY(byRename ? replaceOnDisk(path, changed) : rewriteInPlace(path, changed));
        QCOMPARE(nextChange(changes).kind, DiskChange::Kind::Reloaded);
        QCOMPARE(doc.text(), QString::fromUtf8(changed));
        QVERIFY(!doc.isModified());
        QCOMPARE(cursor.position(), doc.text().indexOf(u"four"_s));
        // Undo brings back what was shown before.
        doc.undo();
        QCOMPARE(doc.text(), QString::fromUtf8(original));
        doc.redo();

        // The watcher was armed again after the rename: a second change is seen too.
        changed.replace("five\n", "five, again\n");
        QVERIFY(replaceOnDisk(path, changed));
        QCOMPARE(nextChange(changes).kind, DiskChange::Kind::Reloaded);
        QCOMPARE(doc.text(), QString::fromUtf8(changed));
        QVERIFY(doc.save().has_value());
    }

    void ownSavesAreNoChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(path, original));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QSignalSpy changes(&doc, &Document::diskChanged);
        for (int i = 0; i < 3; ++i) {
            typeAt(doc, 0, u"x"_s);
            QVERIFY(doc.save().has_value());
        }
        QVERIFY(!changes.wait(1000));
        QVERIFY(changes.isEmpty());
    }

    void unsavedTextIsMergedWithTheDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(path, original));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QSignalSpy changes(&doc, &Document::diskChanged);
        typeAt(doc, doc.text().indexOf(u"two"_s), u"My "_s);
        const QString mine = doc.text();

        QByteArray theirs = original;
        theirs.replace("five\n", "five from git pull\n");
        QVERIFY(replaceOnDisk(path, theirs));
        QCOMPARE(nextChange(changes).kind, DiskChange::Kind::Merged);
        const QString merged = u"---\ntitle: A\n---\n\none\nMy two\nthree\nfour\nfive from git pull\n"_s;
        QCOMPARE(doc.text(), merged);
        QVERIFY(doc.isModified());
        // One undo step takes the merge back.
        doc.undo();
        QCOMPARE(doc.text(), mine);
        doc.redo();
        QCOMPARE(doc.text(), merged);
        // The disk's text is the new base: saving is not refused as a change on disk.
        QVERIFY(doc.save().has_value());
        QCOMPARE(readText(path), merged);
    }

    void conflictsWaitForTheUser()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(path, original));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QSignalSpy changes(&doc, &Document::diskChanged);
        typeAt(doc, doc.text().indexOf(u"three"_s) + 5, u" (mine)"_s);
        const QString mine = doc.text();

        QByteArray theirs = original;
        theirs.replace("three\n", "three (theirs)\n");
        QVERIFY(replaceOnDisk(path, theirs));
        const DiskChange change = nextChange(changes);
        QCOMPARE(change.kind, DiskChange::Kind::Conflict);
        QCOMPARE(change.merge.conflictCount(), 1);
        const MergeChunk conflict = *std::find_if(change.merge.chunks.cbegin(), change.merge.chunks.cend(),
                                                  [](const MergeChunk &c) { return c.conflict; });
        QCOMPARE(conflict.ours, u"three (mine)\n"_s);
        QCOMPARE(conflict.theirs, u"three (theirs)\n"_s);
        // Nothing changes until the user decides; saving meanwhile asks first.
        QCOMPARE(doc.text(), mine);
        QCOMPARE(doc.save().error().kind, SaveError::Kind::ChangedOnDisk);
        // The same bytes are not reported twice.
        doc.checkDisk();
        QVERIFY(changes.isEmpty());

        doc.resolveDiskChange(change.merge.text({u"three (both)\n"_s}));
        QCOMPARE(doc.text(), u"---\ntitle: A\n---\n\none\ntwo\nthree (both)\nfour\nfive\n"_s);
        doc.undo();
        QCOMPARE(doc.text(), mine);
        doc.redo();
        QVERIFY(doc.save().has_value());
    }

    void redatedPostCanBeFollowed()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"_drafts"_s));
        const QString path = dir.filePath(u"_drafts/2026-12-07-draft.md"_s);
        const QString redated = dir.filePath(u"_drafts/2026-12-14-draft.md"_s);
        QVERIFY(writeAll(path, "---\ndate: 2026-12-07\n---\n\none\ntwo\nthree\n"));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QSignalSpy changes(&doc, &Document::diskChanged);
        typeAt(doc, doc.text().size(), u"mine\n"_s);

        // masthead redate in a terminal: the file moves and its date changes.
        QVERIFY(QFile::rename(path, redated));
        QVERIFY(replaceOnDisk(redated, "---\ndate: 2026-12-14\n---\n\none\ntwo\nthree\n"));
        const DiskChange change = nextChange(changes);
        QCOMPARE(change.kind, DiskChange::Kind::Removed);
        QCOMPARE(change.followPath, redated);
        QVERIFY(doc.isModified());
        // Never brought back silently.
        QCOMPARE(doc.save().error().kind, SaveError::Kind::ChangedOnDisk);
        QVERIFY(!QFileInfo::exists(path));

        changes.clear();
        doc.followTo(redated);
        QCOMPARE(doc.filePath(), redated);
        QCOMPARE(doc.text(), u"---\ndate: 2026-12-14\n---\n\none\ntwo\nthree\nmine\n"_s);
        QVERIFY(doc.save().has_value());
        QVERIFY(!QFileInfo::exists(path));
    }

    void deletedFileIsSaidAndSavedOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.md"_s);
        QVERIFY(writeAll(path, original));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QSignalSpy changes(&doc, &Document::diskChanged);
        QVERIFY(QFile::remove(path));
        const DiskChange change = nextChange(changes);
        QCOMPARE(change.kind, DiskChange::Kind::Removed);
        QVERIFY(change.followPath.isEmpty());
        QVERIFY(doc.isModified());
        QCOMPARE(doc.save().error().kind, SaveError::Kind::ChangedOnDisk);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(doc.save(SaveMode::OverwriteChangesOnDisk).has_value());
        QCOMPARE(readAll(path), original);
    }

    void fileThatBecameBinaryIsNotLoaded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(path, original));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QSignalSpy changes(&doc, &Document::diskChanged);
        QVERIFY(replaceOnDisk(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)));
        const DiskChange change = nextChange(changes);
        QCOMPARE(change.kind, DiskChange::Kind::Unreadable);
        QVERIFY(change.message.contains(u"binary"_s));
        QCOMPARE(doc.text(), QString::fromUtf8(original));
    }
};

QTEST_MAIN(DocumentDiskTest)
#include "documentdisk_test.moc"
