// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window when its file changes on disk (reloaded, merged, in conflict, moved), and when the file
// named on the command line cannot be opened.
#include "app/conflictdialog.h"
#include "app/mainwindow.h"
#include "core/document.h"
#include "core/preferences.h"
#include "editor/sourceeditor.h"
#include "support/mainwindowfixture.h"
#include "support/screenshots.h"
#include "support/sitefixture.h"

#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// Replaces the file as another program (git, a sync client) would, and waits until the window's
// document has noticed.
bool changeOnDisk(MainWindow &window, const QString &path, const QByteArray &bytes)
{
    QSignalSpy changes(window.document(), &Document::diskChanged);
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()
        && changes.wait(10'000);
}

const QByteArray original = "---\ntitle: Weekly\n---\n\n## One\n\nFirst.\n\n## Two\n\nSecond.\n\n## Three\n\nThird.\n";
} // namespace

class DiskChangesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<DiskChange>(); }

    void cleanTextIsReloadedWithANotice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(path, original));
        MainWindowFixture f(dir.filePath(u"masthead.ini"_s));
        QVERIFY(f.open(path));
        f.window.editor()->setCursorPosition(int(f.window.document()->text().indexOf(u"Third."_s)));
        QByteArray pulled = original;
        pulled.replace("First.", "First, as pulled from git.");
        QVERIFY(changeOnDisk(f.window, path, pulled));
        QCOMPARE(f.window.document()->text(), QString::fromUtf8(pulled));
        QVERIFY(!f.window.document()->isModified());
        // The cursor stays on the same text.
        QCOMPARE(f.window.editor()->textCursor().position(), f.window.document()->text().indexOf(u"Third."_s));
        QVERIFY2(f.window.statusBar()->currentMessage().contains(u"changed on disk and was reloaded"_s),
                 qPrintable(f.window.statusBar()->currentMessage()));
        saveShot(&f.window, u"external-change-notice.png"_s);
    }

    void conflictDialogTakesTheirs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(path, original));
        MainWindowFixture f(dir.filePath(u"masthead.ini"_s));
        QVERIFY(f.open(path));
        // Unsaved: one line changed here, the same line and another one changed on disk.
        QTextCursor cursor(f.window.document());
        cursor.setPosition(int(f.window.document()->text().indexOf(u"Second."_s)));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(u"Second, as I wrote it."_s);
        QByteArray pulled = original;
        pulled.replace("Second.", "Second, as a contributor wrote it.");
        pulled.replace("Third.", "Third, fixed upstream.");
        QVERIFY(changeOnDisk(f.window, path, pulled));
        auto *dialog = f.window.findChild<ConflictDialog *>(u"conflict_dialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->conflictCount(), 1);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"conflict_ours_0"_s)->toPlainText(), u"Second, as I wrote it."_s);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"conflict_theirs_0"_s)->toPlainText(),
                 u"Second, as a contributor wrote it."_s);
        saveShot(dialog, u"conflict-dialog.png"_s);
        // The text is untouched until the user decides.
        QVERIFY(f.window.document()->text().contains(u"Second, as I wrote it."_s));
        QVERIFY(!f.window.document()->text().contains(u"fixed upstream"_s));

        dialog->findChild<QPushButton *>(u"conflict_take_theirs_0"_s)->click();
        dialog->findChild<QPushButton *>(u"conflict_apply"_s)->click();
        QCOMPARE(f.window.document()->text(), QString::fromUtf8(pulled));
        QVERIFY(!f.window.document()->isModified());
        f.window.document()->undo();
        QVERIFY(f.window.document()->text().contains(u"Second, as I wrote it."_s));
        f.window.document()->redo();
        QVERIFY(f.window.document()->save().has_value());
    }

    void editedResultIsApplied()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(path, original));
        MainWindowFixture f(dir.filePath(u"masthead.ini"_s));
        QVERIFY(f.open(path));
        QTextCursor cursor(f.window.document());
        cursor.setPosition(int(f.window.document()->text().indexOf(u"First."_s)));
        cursor.insertText(u"Mine: "_s);
        QByteArray pulled = original;
        pulled.replace("First.", "Theirs: First.");
        QVERIFY(changeOnDisk(f.window, path, pulled));
        auto *dialog = f.window.findChild<ConflictDialog *>(u"conflict_dialog"_s);
        QVERIFY(dialog);
        dialog->result(0)->setPlainText(u"Both: First."_s);
        dialog->accept();
        QVERIFY(f.window.document()->text().contains(u"\n\nBoth: First.\n\n## Two"_s));
        QVERIFY(f.window.document()->isModified());
    }

    void movedFileCanBeFollowed()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"_drafts"_s));
        const QString path = dir.filePath(u"_drafts/2026-12-07-draft.md"_s);
        const QString redated = dir.filePath(u"_drafts/2026-12-14-draft.md"_s);
        QVERIFY(writeAll(path, original));
        MainWindowFixture f(dir.filePath(u"masthead.ini"_s));
        QVERIFY(f.open(path));
        QSignalSpy changes(f.window.document(), &Document::diskChanged);
        QVERIFY(QFile::rename(path, redated));
        QVERIFY(changes.wait(10'000));
        auto *box = f.window.findChild<QMessageBox *>(u"removed_on_disk"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"2026-12-14-draft.md"_s), qPrintable(box->text()));
        saveShot(box, u"moved-on-disk.png"_s);
        box->findChild<QPushButton *>(u"removed_follow"_s)->click();
        QCOMPARE(f.window.document()->filePath(), redated);
        QVERIFY(!QFileInfo::exists(path));
    }

    void unreadableFileFromTheCommandLineIsSaidInTheWindow_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Latin-1") << QByteArray("title: caf\xE9\n") << u"is not UTF-8 text"_s;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"binary file"_s;
    }
    void unreadableFileFromTheCommandLineIsSaidInTheWindow()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(path, bytes));
        MainWindowFixture f(dir.filePath(u"masthead.ini"_s));
        QVERIFY(!f.window.openFromCommandLine(path).has_value());
        QVERIFY(f.open());
        auto *notice = f.window.findChild<QLabel *>(u"open_failure"_s);
        QVERIFY(notice->isVisible());
        QVERIFY2(f.window.openFailure().contains(expected), qPrintable(f.window.openFailure()));
        QVERIFY(f.window.openFailure().contains(u"post.md"_s));
        QVERIFY(f.window.windowTitle().contains(u"Could not open post.md"_s));
        // No blank Untitled to type into in its place, and the file is as it was.
        QVERIFY(f.window.editor()->isReadOnly());
        QVERIFY(!f.window.windowTitle().contains(u"Untitled"_s));
        QCOMPARE(readAll(path), bytes);
        if (QTest::currentDataTag() == QByteArray("Latin-1"))
            saveShot(&f.window, u"open-failure.png"_s);

        // Opening a good file puts everything back.
        const QString good = dir.filePath(u"good.md"_s);
        QVERIFY(writeAll(good, original));
        QVERIFY(f.window.openPath(good).has_value());
        QVERIFY(!notice->isVisible());
        QVERIFY(!f.window.editor()->isReadOnly());
        QVERIFY(f.window.openFailure().isEmpty());
    }
};

QTEST_MAIN(DiskChangesTest)
#include "diskchanges_test.moc"
