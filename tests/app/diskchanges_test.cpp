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
void saveShot(QWidget *widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(MASTHEAD_BINARY_DIR "/shots"));
    widget->grab().save(QStringLiteral(MASTHEAD_BINARY_DIR "/shots/") + name);
}

bool replaceOnDisk(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
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
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(path).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.editor()->setCursorPosition(int(window.document()->text().indexOf(u"Third."_s)));
        QSignalSpy changes(window.document(), &Document::diskChanged);

        QByteArray pulled = original;
        pulled.replace("First.", "First, as pulled from git.");
        QVERIFY(replaceOnDisk(path, pulled));
        QVERIFY(changes.wait(10'000));
        QCOMPARE(window.document()->text(), QString::fromUtf8(pulled));
        QVERIFY(!window.document()->isModified());
        // The cursor stays on the same text.
        QCOMPARE(window.editor()->textCursor().position(), window.document()->text().indexOf(u"Third."_s));
        QVERIFY2(window.statusBar()->currentMessage().contains(u"changed on disk and was reloaded"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        saveShot(&window, u"external-change-notice.png"_s);
    }

    void conflictDialogTakesTheirs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(path, original));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(path).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Unsaved: one line changed here, the same line and another one changed on disk.
        QTextCursor cursor(window.document());
        cursor.setPosition(int(window.document()->text().indexOf(u"Second."_s)));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(u"Second, as I wrote it."_s);
        QByteArray pulled = original;
        pulled.replace("Second.", "Second, as a contributor wrote it.");
        pulled.replace("Third.", "Third, fixed upstream.");
        QSignalSpy changes(window.document(), &Document::diskChanged);
        QVERIFY(replaceOnDisk(path, pulled));
        QVERIFY(changes.wait(10'000));
        auto *dialog = window.findChild<ConflictDialog *>(u"conflict_dialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->conflictCount(), 1);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"conflict_ours_0"_s)->toPlainText(), u"Second, as I wrote it."_s);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"conflict_theirs_0"_s)->toPlainText(),
                 u"Second, as a contributor wrote it."_s);
        saveShot(dialog, u"conflict-dialog.png"_s);
        // The text is untouched until the user decides.
        QVERIFY(window.document()->text().contains(u"Second, as I wrote it."_s));
        QVERIFY(!window.document()->text().contains(u"fixed upstream"_s));

        dialog->findChild<QPushButton *>(u"conflict_take_theirs_0"_s)->click();
        dialog->findChild<QPushButton *>(u"conflict_apply"_s)->click();
        QCOMPARE(window.document()->text(), QString::fromUtf8(pulled));
        QVERIFY(!window.document()->isModified());
        window.document()->undo();
        QVERIFY(window.document()->text().contains(u"Second, as I wrote it."_s));
        window.document()->redo();
        QVERIFY(window.document()->save().has_value());
    }

    void editedResultIsApplied()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(path, original));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(path).has_value());
        window.show();
        QTextCursor cursor(window.document());
        cursor.setPosition(int(window.document()->text().indexOf(u"First."_s)));
        cursor.insertText(u"Mine: "_s);
        QByteArray pulled = original;
        pulled.replace("First.", "Theirs: First.");
        QSignalSpy changes(window.document(), &Document::diskChanged);
        QVERIFY(replaceOnDisk(path, pulled));
        QVERIFY(changes.wait(10'000));
        auto *dialog = window.findChild<ConflictDialog *>(u"conflict_dialog"_s);
        QVERIFY(dialog);
        dialog->result(0)->setPlainText(u"Both: First."_s);
        dialog->accept();
        QVERIFY(window.document()->text().contains(u"\n\nBoth: First.\n\n## Two"_s));
        QVERIFY(window.document()->isModified());
    }

    void movedFileCanBeFollowed()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"_drafts"_s));
        const QString path = dir.filePath(u"_drafts/2026-12-07-draft.md"_s);
        const QString redated = dir.filePath(u"_drafts/2026-12-14-draft.md"_s);
        QVERIFY(writeAll(path, original));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(path).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy changes(window.document(), &Document::diskChanged);
        QVERIFY(QFile::rename(path, redated));
        QVERIFY(changes.wait(10'000));
        auto *box = window.findChild<QMessageBox *>(u"removed_on_disk"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"2026-12-14-draft.md"_s), qPrintable(box->text()));
        saveShot(box, u"moved-on-disk.png"_s);
        box->findChild<QPushButton *>(u"removed_follow"_s)->click();
        QCOMPARE(window.document()->filePath(), redated);
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
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(!window.openFromCommandLine(path).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *notice = window.findChild<QLabel *>(u"open_failure"_s);
        QVERIFY(notice->isVisible());
        QVERIFY2(window.openFailure().contains(expected), qPrintable(window.openFailure()));
        QVERIFY(window.openFailure().contains(u"post.md"_s));
        QVERIFY(window.windowTitle().contains(u"Could not open post.md"_s));
        // No blank Untitled to type into in its place, and the file is as it was.
        QVERIFY(window.editor()->isReadOnly());
        QVERIFY(!window.windowTitle().contains(u"Untitled"_s));
        QCOMPARE(readAll(path), bytes);
        if (QTest::currentDataTag() == QByteArray("Latin-1"))
            saveShot(&window, u"open-failure.png"_s);

        // Opening a good file puts everything back.
        const QString good = dir.filePath(u"good.md"_s);
        QVERIFY(writeAll(good, original));
        QVERIFY(window.openPath(good).has_value());
        QVERIFY(!notice->isVisible());
        QVERIFY(!window.editor()->isReadOnly());
        QVERIFY(window.openFailure().isEmpty());
    }
};

QTEST_MAIN(DiskChangesTest)
#include "diskchanges_test.moc"
