// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"
#include "core/document.h"
#include "editor/sourceeditor.h"
#include "preview/previewview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Masthead;

namespace
{
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Answers the next modal message box with the given button, and records its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, qApp, [button, text] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        *text = box->text();
        box->button(button)->click();
    });
}

QString copyOfTheSeed(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("2023-10-09-draft.md"));
    QFile::copy(QStringLiteral(MASTHEAD_SOURCE_DIR "/tests/data/seeds/weekly-newsletter-draft-template.md"), path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}
} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensASiteAtItsNewestDraft()
    {
        MainWindow window;
        QVERIFY(window.openPath(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly")).has_value());
        QVERIFY(window.document()->filePath().endsWith(QStringLiteral("examples/weekly/_drafts/2023-10-09-draft.md")));
        QCOMPARE(window.windowTitle(), QStringLiteral("2023-10-09-draft.md[*] — Masthead"));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.splitter()->widget(0), window.editor());
        QCOMPARE(window.splitter()->widget(1), window.preview());
    }

    void refusesAFolderThatIsNoSite()
    {
        QTemporaryDir dir;
        MainWindow window;
        const auto result = window.openPath(dir.path());
        QVERIFY(!result.has_value());
        QVERIFY2(result.error().contains(QStringLiteral("_config.yml")), qPrintable(result.error()));
    }

    void typingMarksModifiedAndSaveWritesTheFile()
    {
        QTemporaryDir dir;
        const QString path = copyOfTheSeed(dir);
        const QByteArray original = readAll(path);
        MainWindow window;
        QVERIFY(window.openPath(path).has_value());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("Typed in a test."));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.document()->isModified());

        QSignalSpy saved(window.document(), &Document::saved);
        QTest::keySequence(window.editor(), QKeySequence::Save);
        QCOMPARE(saved.count(), 1);
        QVERIFY(!window.isWindowModified());
        QCOMPARE(readAll(path), original + "Typed in a test.");
    }

    void closingWithUnsavedChangesAsks()
    {
        QTemporaryDir dir;
        const QString path = copyOfTheSeed(dir);
        const QByteArray original = readAll(path);
        MainWindow window;
        QVERIFY(window.openPath(path).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClicks(window.editor(), QStringLiteral("unsaved "));

        QString question;
        answerNextMessageBox(QMessageBox::Cancel, &question);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY2(question.contains(QStringLiteral("2023-10-09-draft.md")), qPrintable(question));

        answerNextMessageBox(QMessageBox::Discard, &question);
        QVERIFY(window.close());
        QCOMPARE(readAll(path), original);
    }

    void germanTranslationIsLinkedAndLoads()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("masthead"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate("Masthead::MainWindow", "&File"), QStringLiteral("&Datei"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
