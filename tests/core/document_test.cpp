// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <unistd.h>

using namespace Masthead;

namespace
{
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString seed(const char *name)
{
    return QStringLiteral(MASTHEAD_SOURCE_DIR "/tests/data/seeds/") + QLatin1String(name);
}
} // namespace

class DocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untouchedSaveIsByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("newsletter seed") << readAll(seed("weekly-newsletter-draft-template.md"));
        QTest::newRow("blog article seed") << readAll(seed("blog-article-example.md"));
        QTest::newRow("CRLF with BOM") << QByteArray("\xEF\xBB\xBF---\r\ntitle: x\r\n---\r\n\r\nBody  \r\n");
        QTest::newRow("no-break space and tabs") << QByteArray("a\xC2\xA0"
                                                               "b\tc\n\n\n");
        QTest::newRow("no final newline") << QByteArray("# Title");
    }

    void untouchedSaveIsByteIdentical()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!bytes.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeAll(path, bytes));

        Document doc;
        const auto loaded = doc.load(path);
        QVERIFY2(loaded.has_value(), qPrintable(loaded.error()));
        QVERIFY(!doc.isModified());
        QVERIFY(doc.save().has_value());
        QCOMPARE(readAll(path), bytes);

        const QString other = dir.filePath(QStringLiteral("copy.md"));
        QVERIFY(doc.saveAs(other).has_value());
        QCOMPARE(readAll(other), bytes);
        QCOMPARE(doc.filePath(), other);
    }

    // The preview renders on contentsChange, which QTextDocument only emits while it has a layout;
    // a document that no editor shows must report its edits too, and only real edits.
    void reportsEditsWithoutAnEditor()
    {
        Document doc;
        doc.setPlainText(QStringLiteral("# Title\n\nSome text.\n"));
        QSignalSpy changes(&doc, &QTextDocument::contentsChange);
        QTextCursor cursor(&doc);
        cursor.setPosition(9);
        cursor.insertText(QStringLiteral("More "));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first(), (QVariantList {9, 0, 5}));
        // An empty edit block changes the revision but not the text.
        cursor.beginEditBlock();
        cursor.endEditBlock();
        QCOMPARE(changes.size(), 1);
    }

    void editingMarksModifiedAndSavesTheEdit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeAll(path, "line one\r\nline two\r\n"));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QSignalSpy modified(&doc, &QTextDocument::modificationChanged);

        QTextCursor cursor(&doc);
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("line three\n"));
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);

        QSignalSpy saved(&doc, &Document::saved);
        QVERIFY(doc.save().has_value());
        QCOMPARE(saved.count(), 1);
        QVERIFY(!doc.isModified());
        QCOMPARE(readAll(path), QByteArray("line one\r\nline two\r\nline three\r\n"));
    }

    void refusesToOverwriteChangesMadeOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("draft.md"));
        QVERIFY(writeAll(path, "mine\n"));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QTextCursor(&doc).insertText(QStringLiteral("edited "));

        QVERIFY(writeAll(path, "theirs, from git pull\n"));
        QVERIFY(doc.isChangedOnDisk());
        const auto result = doc.save();
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind, SaveError::Kind::ChangedOnDisk);
        QVERIFY(result.error().message.contains(QStringLiteral("draft.md")));
        QCOMPARE(readAll(path), QByteArray("theirs, from git pull\n"));
        QVERIFY(doc.isModified());

        QVERIFY(doc.save(SaveMode::OverwriteChangesOnDisk).has_value());
        QCOMPARE(readAll(path), QByteArray("edited mine\n"));
        QVERIFY(!doc.isChangedOnDisk());
    }

    void aFailedLoadChangesNothing()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.md"));
        const QString latin1 = dir.filePath(QStringLiteral("latin1.md"));
        QVERIFY(writeAll(good, "kept\n"));
        QVERIFY(writeAll(latin1, "caf\xE9\n"));
        Document doc;
        QVERIFY(doc.load(good).has_value());

        const auto result = doc.load(latin1);
        QVERIFY(!result.has_value());
        QVERIFY2(result.error().contains(QStringLiteral("not UTF-8")), qPrintable(result.error()));
        QCOMPARE(doc.text(), QStringLiteral("kept\n"));
        QCOMPARE(doc.filePath(), good);
        QCOMPARE(readAll(latin1), QByteArray("caf\xE9\n"));

        const auto missing = doc.load(dir.filePath(QStringLiteral("missing.md")));
        QVERIFY(!missing.has_value());
        QVERIFY2(missing.error().contains(QStringLiteral("missing.md")), qPrintable(missing.error()));
    }

    void aFailedSaveKeepsTheTextAndTheFile()
    {
        if (geteuid() == 0)
            QSKIP("root can write into read-only folders");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeAll(path, "old\n"));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QTextCursor(&doc).insertText(QStringLiteral("new "));
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const auto result = doc.save();
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind, SaveError::Kind::WriteFailed);
        QCOMPARE(readAll(path), QByteArray("old\n"));
        QCOMPARE(doc.text(), QStringLiteral("new old\n"));
        QVERIFY(doc.isModified());
    }

    void untitledDocumentsAskForAName()
    {
        Document doc;
        QCOMPARE(doc.displayName(), QStringLiteral("Untitled"));
        const auto result = doc.save();
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind, SaveError::Kind::NoPath);
    }
};

QTEST_MAIN(DocumentTest)
#include "document_test.moc"
