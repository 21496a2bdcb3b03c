// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Long files loaded in steps (Document::beginLoad()): the whole text arrives, exactly; nothing of it is
// on the undo stack; a failure or a cancel leaves the document as it was; too large a file is refused.
#include "core/document.h"
#include "core/textedit.h"
#include "support/longpost.h"
#include "support/sitefixture.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

class DocumentLoadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longFileArrivesInStepsExactly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"long.md"_s);
        const QByteArray bytes = longPost(10 * 1024 * 1024);
        QVERIFY(writeAll(path, bytes));
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        QSignalSpy progress(&document, &Document::loadProgress);
        QSignalSpy changed(&document, &Document::textChanged);
        QVERIFY(document.beginLoad(path).has_value());
        QVERIFY(document.isLoading());
        QCOMPARE(document.loadingPath(), path);
        QVERIFY(loaded.isEmpty());
        QVERIFY(loaded.wait(120'000));
        QVERIFY(!document.isLoading());
        const QString expected = QString::fromUtf8(bytes).remove(u'\r');
        QCOMPARE(document.text(), expected);
        QCOMPARE(plainTextOf(document), expected);
        QCOMPARE(document.filePath(), path);
        QCOMPARE(document.savedText(), expected);
        // In steps: the decoding, the first screenful, then more than one slice.
        QVERIFY2(progress.size() >= 4, qPrintable(QString::number(progress.size())));
        QCOMPARE(progress.constLast().at(0).toLongLong(), expected.size());
        QCOMPARE(progress.constLast().at(1).toLongLong(), expected.size());
        // Receivers of textChanged() heard of the whole text once, at the end.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(2).toInt(), int(expected.size()));
        QVERIFY(!document.isModified());
        QVERIFY(!document.isUndoAvailable());
        QVERIFY(!document.isChangedOnDisk());

        // Editable, and undo takes back the edit, not the load.
        applyTextEdit(&document, TextEdit {4, 4, u"Very "_s, 9, 9});
        QVERIFY(document.text().startsWith(u"---\nVery title"_s));
        QVERIFY(document.isModified());
        document.undo();
        QCOMPARE(document.text(), expected);
        QVERIFY(!document.isUndoAvailable());
        // Saving writes the bytes that were loaded, the CRLF line included.
        QVERIFY(document.save().has_value());
        QCOMPARE(readAll(path), bytes);
    }

    void editsWaitForTheWholeText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"long.md"_s);
        QVERIFY(writeAll(path, longPost(3 * 1024 * 1024)));
        Document document;
        QSignalSpy progress(&document, &Document::loadProgress);
        QVERIFY(document.beginLoad(path).has_value());
        QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty() && progress.constLast().at(1).toLongLong() > 0; },
                                60'000));
        QVERIFY(document.isLoading());
        const QString partial = document.text();
        applyTextEdit(&document, TextEdit {0, 0, u"lost"_s, 4, 4});
        QCOMPARE(document.text(), partial);
        const auto saved = document.save();
        QVERIFY(!saved.has_value());
        QVERIFY(saved.error().message.contains(u"still being opened"_s));
        QSignalSpy loaded(&document, &Document::loaded);
        QVERIFY(loaded.wait(120'000));
        QCOMPARE(readAll(path), longPost(3 * 1024 * 1024)); // nothing written meanwhile
    }

    void smallFileLoadsAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"small.md"_s);
        QVERIFY(writeAll(path, previousPost));
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        QSignalSpy started(&document, &Document::loadStarted);
        QVERIFY(document.beginLoad(path).has_value());
        QVERIFY(!document.isLoading());
        QCOMPARE(loaded.size(), 1);
        QVERIFY(started.isEmpty());
        QCOMPARE(document.text(), QString::fromUtf8(previousPost));
    }

    void cancelBringsBackWhatWasOpen()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(u"before.md"_s);
        const QString path = dir.filePath(u"long.md"_s);
        QVERIFY(writeAll(before, previousPost));
        QVERIFY(writeAll(path, longPost(10 * 1024 * 1024)));
        Document document;
        QVERIFY(document.load(before).has_value());
        applyTextEdit(&document, TextEdit {0, 0, u"Unsaved. "_s, 9, 9});
        const QString edited = document.text();
        QSignalSpy progress(&document, &Document::loadProgress);
        QSignalSpy loaded(&document, &Document::loaded);
        QSignalSpy cancelled(&document, &Document::loadCancelled);
        QVERIFY(document.beginLoad(path).has_value());
        // Cancelled once the long text has begun to replace the old one.
        QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty() && progress.constLast().at(1).toLongLong() > 0; },
                                60'000));
        QVERIFY(document.text() != edited);
        document.cancelLoad();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!document.isLoading());
        QCOMPARE(document.text(), edited);
        QCOMPARE(plainTextOf(document), edited);
        QCOMPARE(document.filePath(), before);
        QVERIFY(document.isModified());
        QCOMPARE(document.savedText(), QString::fromUtf8(previousPost));
        QTest::qWait(200);
        QVERIFY(loaded.isEmpty());
        QVERIFY(document.save().has_value());
        QCOMPARE(readAll(before), edited.toUtf8());
    }

    void cancelWhileDecodingChangesNothing()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(u"before.md"_s);
        const QString path = dir.filePath(u"long.md"_s);
        QVERIFY(writeAll(before, previousPost));
        QVERIFY(writeAll(path, longPost(3 * 1024 * 1024)));
        Document document;
        QVERIFY(document.load(before).has_value());
        QSignalSpy loaded(&document, &Document::loaded);
        QVERIFY(document.beginLoad(path).has_value());
        document.cancelLoad(); // before the worker is done
        QVERIFY(!document.isLoading());
        QTest::qWait(1000);
        QVERIFY(loaded.isEmpty());
        QCOMPARE(document.text(), QString::fromUtf8(previousPost));
        QCOMPARE(document.filePath(), before);
        QVERIFY(document.isUndoRedoEnabled());
    }

    void notUtf8FailsAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(u"before.md"_s);
        const QString path = dir.filePath(u"latin1.md"_s);
        QVERIFY(writeAll(before, previousPost));
        QVERIFY(writeAll(path, longPost(3 * 1024 * 1024) + "caf\xE9\n"));
        Document document;
        QVERIFY(document.load(before).has_value());
        QSignalSpy failed(&document, &Document::loadFailed);
        QSignalSpy loaded(&document, &Document::loaded);
        QVERIFY(document.beginLoad(path).has_value());
        QVERIFY(failed.wait(60'000));
        QCOMPARE(failed.constFirst().at(0).toString(), path);
        QVERIFY2(failed.constFirst().at(1).toString().contains(u"is not UTF-8"_s),
                 qPrintable(failed.constFirst().at(1).toString()));
        QVERIFY(!document.isLoading());
        QVERIFY(loaded.isEmpty());
        QCOMPARE(document.text(), QString::fromUtf8(previousPost));
        QCOMPARE(document.filePath(), before);
    }

    // Open Read-Only on a long file that is not UTF-8: in steps too, with the same text as
    // loadReadOnly() gives, read-only from loaded() on and not before.
    void notUtf8OpensReadOnlyInSteps()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(u"before.md"_s);
        const QString path = dir.filePath(u"latin1.md"_s);
        QVERIFY(writeAll(before, previousPost));
        QVERIFY(writeAll(path, longPost(3 * 1024 * 1024) + "caf\xE9 \x93quoted\x94\n"));
        Document atOnce;
        QVERIFY(atOnce.loadReadOnly(path).has_value());
        QCOMPARE(atOnce.readOnlyEncoding(), u"windows-1252"_s);

        Document document;
        QVERIFY(document.load(before).has_value());
        QSignalSpy loaded(&document, &Document::loaded);
        QSignalSpy progress(&document, &Document::loadProgress);
        QVERIFY(document.beginLoadReadOnly(path).has_value());
        QVERIFY(document.isLoading());
        QVERIFY(!document.isReadOnly());
        QVERIFY(loaded.wait(120'000));
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!document.isLoading());
        QVERIFY2(progress.size() >= 4, qPrintable(QString::number(progress.size())));
        QVERIFY(document.isReadOnly());
        QCOMPARE(document.readOnlyEncoding(), u"windows-1252"_s);
        QCOMPARE(document.text(), atOnce.text());
        QVERIFY(document.text().endsWith(u"café “quoted”\n"_s));
        QCOMPARE(document.filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(document.fileFormat(), atOnce.fileFormat());
        QVERIFY(!document.isModified());
        QVERIFY(!document.isUndoAvailable());
        const auto saved = document.save();
        QVERIFY(!saved.has_value());
        QCOMPARE(saved.error().kind, SaveError::Kind::ReadOnly);
        QCOMPARE(readAll(path), longPost(3 * 1024 * 1024) + "caf\xE9 \x93quoted\x94\n");

        // A binary file fails as with loadReadOnly(), changing nothing.
        const QString binary = dir.filePath(u"binary.md"_s);
        QVERIFY(writeAll(binary, QByteArray(3 * 1024 * 1024, '\0')));
        QSignalSpy failed(&document, &Document::loadFailed);
        QVERIFY(document.beginLoadReadOnly(binary).has_value());
        QVERIFY(failed.wait(60'000));
        QVERIFY(document.isReadOnly());
        QCOMPARE(document.text(), atOnce.text());
    }

    void tooLargeIsRefusedAtOnce()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(u"before.md"_s);
        const QString path = dir.filePath(u"huge.md"_s);
        QVERIFY(writeAll(before, previousPost));
        {
            // Sparse: the size without the disk space.
            QFile huge(path);
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.resize(Document::maxFileBytes + 1));
        }
        Document document;
        QVERIFY(document.load(before).has_value());
        for (const bool inSteps : {true, false}) {
            const auto opened = inSteps ? document.beginLoad(path) : document.load(path);
            QVERIFY(!opened.has_value());
            QVERIFY2(opened.error().contains(u"huge.md"_s) && opened.error().contains(u"Masthead opens posts up to"_s),
                     qPrintable(opened.error()));
            QVERIFY(!document.isLoading());
            QCOMPARE(document.text(), QString::fromUtf8(previousPost));
            QCOMPARE(document.filePath(), before);
        }
    }

    void aSecondLoadReplacesTheFirst()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(u"before.md"_s);
        const QString first = dir.filePath(u"first.md"_s);
        const QString second = dir.filePath(u"second.md"_s);
        QVERIFY(writeAll(before, previousPost));
        QVERIFY(writeAll(first, longPost(6 * 1024 * 1024)));
        const QByteArray secondBytes = "# Second\n\n" + longPost(3 * 1024 * 1024);
        QVERIFY(writeAll(second, secondBytes));
        Document document;
        QVERIFY(document.load(before).has_value());
        QSignalSpy progress(&document, &Document::loadProgress);
        QSignalSpy loaded(&document, &Document::loaded);
        QVERIFY(document.beginLoad(first).has_value());
        QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty() && progress.constLast().at(1).toLongLong() > 0; },
                                60'000));
        QVERIFY(document.beginLoad(second).has_value());
        QVERIFY(loaded.wait(120'000));
        QTest::qWait(100);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(document.filePath(), second);
        QCOMPARE(document.text(), QString::fromUtf8(secondBytes).remove(u'\r'));

        // A cancel during a load that replaced another brings back the text from before both.
        QVERIFY(document.load(before).has_value());
        progress.clear();
        QVERIFY(document.beginLoad(first).has_value());
        QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty() && progress.constLast().at(1).toLongLong() > 0; },
                                60'000));
        QVERIFY(document.beginLoad(second).has_value());
        document.cancelLoad();
        QCOMPARE(document.text(), QString::fromUtf8(previousPost));
        QCOMPARE(document.filePath(), before);
    }
};

QTEST_MAIN(DocumentLoadTest)
#include "documentload_test.moc"
