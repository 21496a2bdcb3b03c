// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Files that cannot be opened as they are, chosen in File ▸ Open, dropped on the window or named on
// the command line: one message for all, "Open Read-Only" for text that is not UTF-8 (never saved
// back), a refusal for binary files and for folders that are no site. Drops of files and folders
// anywhere on the window open them; image drops on the text are still imported. And the end of the
// desktop session (commitDataRequest) writes the journal at once.
#include "app/issueimages.h"
#include "app/mainwindow.h"
#include "core/document.h"
#include "core/journal.h"
#include "core/preferences.h"
#include "core/textedit.h"
#include "editor/imagedrophandler.h"
#include "editor/sourceeditor.h"
#include "preview/previewview.h"
#include "support/screenshots.h"
#include "support/sitefixture.h"
#include "support/testimages.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSessionManager>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// A drag of local files from a file manager that enters target, moves and drops on its middle, as
// QWidgetWindow delivers it (QApplication passes it on to the parents that accept drops).
bool dropPaths(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPoint point = target->rect().center();
    QDragEnterEvent enter(point, Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, &mime, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(point, Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(point, Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

// The open-failure box the window shows (it does not block), once it is there.
QMessageBox *failureBox(MainWindow &window)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = window.findChild<QMessageBox *>(u"open_failure_box"_s);
            return box && box->isVisible();
        },
        5'000);
    return shown ? box : nullptr;
}

void closeBox(QMessageBox *box)
{
    const QPointer<QMessageBox> closing(box);
    box->button(QMessageBox::Close)->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(QTest::qWaitFor([&] { return closing.isNull(); }, 2'000));
}

// Calls answer with the modal dialog of type T as soon as one shows up (from inside its own event loop).
template<typename T, typename Answer>
void whenModal(QObject *context, Answer answer)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

const QByteArray latin1 = "---\ntitle: Caf\xE9 notes\n---\n\nA caf\xE9 in Z\xFCrich.\r\nSecond line.\r\n";
const QByteArray windows1252 = "\x93Quoted\x94 \x96 caf\xE9 \x80"
                               "5\n";
const QByteArray binary("\x89PNG-ish\0\0\0\rIHDR no image", 24);
const QByteArray utf8 = "---\ntitle: Weekly\n---\n\n## One\n\nFirst.\n";
} // namespace

class BadFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Qt's own file dialog, which a test can answer; the platform's may be another process.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void droppedTextFileOpens_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("on the text") << u"editor"_s;
        QTest::newRow("on the status bar") << u"status bar"_s;
        QTest::newRow("on the preview") << u"preview"_s;
        QTest::newRow("on the window") << u"window"_s;
    }
    void droppedTextFileOpens()
    {
        QFETCH(QString, target);
        QTemporaryDir dir;
        const QString first = dir.filePath(u"first.md"_s);
        const QString dropped = dir.filePath(u"dropped.txt"_s);
        QVERIFY(writeAll(first, "# First\n"));
        QVERIFY(writeAll(dropped, utf8));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(first).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget *widget = target == u"editor"_s ? window.editor()->viewport()
            : target == u"status bar"_s         ? static_cast<QWidget *>(window.statusBar())
                                                : static_cast<QWidget *>(&window);
        if (target == u"preview"_s) {
            // The web view takes drops in the child widget it draws the page in.
            QTRY_VERIFY(window.preview()->focusProxy());
            widget = window.preview()->focusProxy();
            QVERIFY(widget->acceptDrops());
        }
        QVERIFY(dropPaths(widget, {dropped}));
        QTRY_COMPARE(window.document()->filePath(), dropped);
        QCOMPARE(window.document()->text(), QString::fromUtf8(utf8));
        QVERIFY(!window.editor()->isReadOnly());
        QVERIFY(!window.findChild<QMessageBox *>(u"open_failure_box"_s));
        QCOMPARE(readAll(first), QByteArray("# First\n"));
    }

    void dropAsksAboutUnsavedChanges()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(u"first.md"_s);
        const QString dropped = dir.filePath(u"dropped.md"_s);
        QVERIFY(writeAll(first, "# First\n"));
        QVERIFY(writeAll(dropped, utf8));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(first).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.editor()->setFocus();
        QTest::keyClicks(window.editor(), u"typed "_s);
        QVERIFY(window.document()->isModified());

        // Cancel keeps the text; Discard lets the dropped file in.
        for (const auto answer : {QMessageBox::Cancel, QMessageBox::Discard}) {
            QString question;
            whenModal<QMessageBox>(&window, [&question, answer](QMessageBox *box) {
                question = box->text();
                box->button(answer)->click();
            });
            QVERIFY(dropPaths(window.editor()->viewport(), {dropped}));
            QTRY_VERIFY(!question.isEmpty());
            QVERIFY2(question.contains(u"first.md"_s) && question.contains(u"not saved"_s), qPrintable(question));
            if (answer == QMessageBox::Cancel) {
                QTest::qWait(50);
                QCOMPARE(window.document()->filePath(), first);
                QVERIFY(window.document()->text().startsWith(u"typed "_s));
            }
        }
        QTRY_COMPARE(window.document()->filePath(), dropped);
        QCOMPARE(readAll(first), QByteArray("# First\n"));
    }

    void droppedImageIsStillImported()
    {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(u"notes/post.md"_s), "# Notes\n\nText.\n"));
        const QString png = dir.filePath(u"in/photo.png"_s);
        QVERIFY(writeAll(png, encodedImage(cornerImage(30, 20), "png")));
        // An image by its bytes, whatever its name says, goes to the importer too.
        const QString unnamed = dir.filePath(u"in/photo-without-extension"_s);
        QVERIFY(writeAll(unnamed, encodedImage(cornerImage(30, 20), "png")));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(dir.filePath(u"notes/post.md"_s)).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.images()->setPlacementQuestion(
            [](const QString &) { return std::pair {IssueImages::Placement::BesidePost, QString()}; });
        for (const QString &image : {png, unnamed}) {
            QSignalSpy inserted(window.images()->dropHandler(), &ImageDropHandler::imagesInserted);
            QVERIFY(dropPaths(window.editor()->viewport(), {image}));
            QVERIFY(inserted.wait(10'000));
            QCOMPARE(window.document()->filePath(), dir.filePath(u"notes/post.md"_s));
            QVERIFY2(window.document()->text().contains(u"photo"_s), qPrintable(window.document()->text()));
        }
        QVERIFY(QFile::exists(dir.filePath(u"notes/photo.png"_s)));
    }

    void latin1DropGivesTheMessageOfFileOpenAndOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(u"first.md"_s);
        const QString path = dir.filePath(u"latin1.md"_s);
        QVERIFY(writeAll(first, "# First\n"));
        QVERIFY(writeAll(path, latin1));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(first).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Dropped.
        QVERIFY(dropPaths(window.editor()->viewport(), {path}));
        QMessageBox *box = failureBox(window);
        QVERIFY(box);
        const QString dropText = box->text();
        const QString dropInformative = box->informativeText();
        QVERIFY2(dropText.contains(u"“latin1.md” is not UTF-8 text"_s), qPrintable(dropText));
        QVERIFY2(dropText.contains(u"0xE9 at line 2"_s), qPrintable(dropText));
        QVERIFY(box->findChild<QPushButton *>(u"open_read_only"_s));
        saveShot(box, u"not-utf8-box.png"_s);
        closeBox(box);
        QCOMPARE(window.document()->filePath(), first);

        // Chosen in File ▸ Open: the same words.
        whenModal<QFileDialog>(&window, [path](QFileDialog *dialog) {
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept();
        });
        window.action(u"file_open"_s)->trigger();
        box = failureBox(window);
        QVERIFY(box);
        QCOMPARE(box->text(), dropText);
        QCOMPARE(box->informativeText(), dropInformative);

        // Read-only: decoded, marked, not editable, never saved back.
        const auto *characters = window.findChild<QLabel *>(u"status_characters"_s);
        const QString charactersBefore = characters->text();
        box->findChild<QPushButton *>(u"open_read_only"_s)->click();
        QTRY_VERIFY(window.document()->isReadOnly());
        QCOMPARE(window.document()->filePath(), path);
        QCOMPARE(window.document()->readOnlyEncoding(), u"ISO-8859-1"_s);
        QCOMPARE(window.document()->text(), u"---\ntitle: Café notes\n---\n\nA café in Zürich.\nSecond line.\n"_s);
        QVERIFY(window.editor()->isReadOnly());
        QVERIFY(!window.action(u"file_save"_s)->isEnabled());
        QVERIFY(window.action(u"file_save_as"_s)->isEnabled());
        QVERIFY(!window.action(u"issue_publish"_s)->isEnabled());
        QVERIFY2(window.windowTitle().contains(u"latin1.md (read-only, ISO-8859-1)"_s),
                 qPrintable(window.windowTitle()));
        auto *notice = window.findChild<QLabel *>(u"read_only_notice"_s);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(u"Read-only"_s) && notice->text().contains(u"is not UTF-8"_s)
                     && notice->text().contains(u"ISO-8859-1"_s),
                 qPrintable(notice->text()));
        // The docks and the status bar follow the read-only text as they follow any other.
        QTRY_VERIFY(characters->text() != charactersBefore);
        saveShot(&window, u"read-only-window.png"_s, 1500);

        // Typing does nothing, and nothing is journaled.
        window.editor()->setFocus();
        QTest::keyClicks(window.editor(), u"typed"_s);
        QVERIFY(!window.document()->isModified());
        QVERIFY(!window.document()->text().contains(u"typed"_s));
        // The docks' edits (ticking a checklist item, fixing paths) are refused as typing is.
        applyTextEdit(window.document(), TextEdit {0, 0, u"docked "_s, 0, 0});
        QVERIFY(!window.document()->isModified());
        QVERIFY(!window.document()->text().contains(u"docked"_s));
        // Even a change that comes through neither stays out of the journal.
        QTextCursor(window.document()).insertText(u"changed "_s);
        QVERIFY(window.document()->isModified());
        window.journal()->flush();
        QVERIFY(!Journal(window.journal()->folder()).read(window.journal()->entryId()).has_value());

        // Save is refused; the file keeps its bytes.
        window.action(u"file_save"_s)->trigger();
        const auto saved = window.document()->save(SaveMode::OverwriteChangesOnDisk);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, SaveError::Kind::ReadOnly);
        QVERIFY2(saved.error().message.contains(u"Save As"_s), qPrintable(saved.error().message));
        QVERIFY(!window.document()->saveAs(path));
        QVERIFY(!window.document()->saveAs(dir.filePath(u"./latin1.md"_s)));
        QCOMPARE(readAll(path), latin1);

        // Save As to a new file writes UTF-8, with the file's line endings; that copy is editable.
        window.document()->undo();
        QVERIFY(!window.document()->isModified());
        const QString copy = dir.filePath(u"latin1-utf8.md"_s);
        QVERIFY(window.document()->saveAs(copy).has_value());
        QCOMPARE(readAll(copy), QString::fromLatin1(latin1).toUtf8());
        QCOMPARE(window.document()->filePath(), copy);
        QVERIFY(!window.document()->isReadOnly());
        QVERIFY(!window.editor()->isReadOnly());
        QVERIFY(window.action(u"file_save"_s)->isEnabled());
        QVERIFY(window.action(u"issue_publish"_s)->isEnabled());
        QVERIFY(!notice->isVisible());
        QCOMPARE(readAll(path), latin1);
    }

    void windows1252IsNamedAndDecoded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"quotes.md"_s);
        QVERIFY(writeAll(path, windows1252));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openReadOnly(path).has_value());
        QCOMPARE(window.document()->readOnlyEncoding(), u"windows-1252"_s);
        QCOMPARE(window.document()->text(), u"“Quoted” – café €5\n"_s);
        QVERIFY(window.windowTitle().contains(u"windows-1252"_s));
        // A good file afterwards is editable again.
        QVERIFY(writeAll(dir.filePath(u"good.md"_s), utf8));
        QVERIFY(window.openPath(dir.filePath(u"good.md"_s)).has_value());
        QVERIFY(!window.document()->isReadOnly());
        QVERIFY(!window.editor()->isReadOnly());
        QVERIFY(window.action(u"file_save"_s)->isEnabled());
        QVERIFY(!window.findChild<QLabel *>(u"read_only_notice"_s)->isVisibleTo(&window));
        QVERIFY(!window.windowTitle().contains(u"read-only"_s));
    }

    void droppedBinaryFileIsRefused()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(u"first.md"_s);
        const QString path = dir.filePath(u"data.md"_s);
        QVERIFY(writeAll(first, "# First\n"));
        QVERIFY(writeAll(path, binary));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(first).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(dropPaths(window.statusBar(), {path}));
        QMessageBox *box = failureBox(window);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"“data.md” looks like a binary file"_s) && box->text().contains(u"NUL byte"_s),
                 qPrintable(box->text()));
        QVERIFY(!box->findChild<QPushButton *>(u"open_read_only"_s));
        QVERIFY(!window.openReadOnly(path).has_value());
        closeBox(box);
        QCOMPARE(window.document()->filePath(), first);
        QVERIFY(!window.document()->isReadOnly());
        QCOMPARE(readAll(path), binary);
    }

    void droppedFolder_data()
    {
        QTest::addColumn<bool>("site");
        QTest::newRow("a site") << true;
        QTest::newRow("not a site") << false;
    }
    void droppedFolder()
    {
        QFETCH(bool, site);
        QTemporaryDir dir;
        const QString first = dir.filePath(u"first.md"_s);
        QVERIFY(writeAll(first, "# First\n"));
        const QString folder = dir.filePath(u"folder"_s);
        QVERIFY(writeAll(folder + u"/notes.md"_s, utf8));
        if (site) {
            QVERIFY(writeAll(folder + u"/_config.yml"_s, "title: Folder\n"));
            QVERIFY(writeAll(folder + u"/_drafts/2026-12-01-draft.md"_s, utf8));
        }
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(first).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(dropPaths(window.editor()->viewport(), {folder}));
        if (site) {
            QTRY_COMPARE(window.document()->filePath(), folder + u"/_drafts/2026-12-01-draft.md"_s);
            QVERIFY(window.document()->site());
            return;
        }
        QMessageBox *box = failureBox(window);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(folder) + u"” is not a Jekyll site"_s)
                     && box->text().contains(u"_config.yml"_s),
                 qPrintable(box->text()));
        QVERIFY(!box->findChild<QPushButton *>(u"open_read_only"_s));
        closeBox(box);
        QCOMPARE(window.document()->filePath(), first);
    }

    void commandLineFolderThatIsNoSiteIsSaid()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(u"plain"_s)));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(!window.openFromCommandLine(dir.filePath(u"plain"_s)).has_value());
        QVERIFY2(window.openFailure().contains(u"is not a Jekyll site"_s), qPrintable(window.openFailure()));
        QVERIFY(!window.findChild<QPushButton *>(u"open_failure_read_only"_s)->isVisibleTo(&window));
    }

    void commandLineOffersReadOnly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("offered");
        QTest::newRow("Latin-1") << latin1 << true;
        QTest::newRow("binary") << binary << false;
    }
    void commandLineOffersReadOnly()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, offered);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(path, bytes));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        const auto opened = window.openFromCommandLine(path);
        QVERIFY(!opened);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The banner holds the message File ▸ Open gives.
        QVERIFY2(window.openFailure().contains(opened.error().toHtmlEscaped()), qPrintable(window.openFailure()));
        auto *button = window.findChild<QPushButton *>(u"open_failure_read_only"_s);
        QCOMPARE(button->isVisible(), offered);
        if (!offered)
            return;
        QVERIFY(window.openFailure().contains(u"Open it read-only"_s));
        saveShot(&window, u"command-line-not-utf8.png"_s);
        button->click();
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.openFailure().isEmpty());
        QVERIFY(window.findChild<QLabel *>(u"read_only_notice"_s)->isVisible());
        QVERIFY(window.editor()->isReadOnly());
        QVERIFY(window.document()->text().contains(u"Café notes"_s));
        QCOMPARE(readAll(path), bytes);
    }

    void sessionEndWritesTheJournalAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(path, utf8));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(path).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), u"Unsaved words."_s);
        QVERIFY(window.document()->isModified());
        const Journal journal(window.journal()->folder());
        // Within the journal's idle delay nothing is written yet.
        QVERIFY(!journal.read(window.journal()->entryId()).has_value());

        auto *manager = qApp->findChild<QSessionManager *>();
        QVERIFY(manager);
        Q_EMIT qApp->commitDataRequest(*manager);
        // Written before the handler returned, without a question in the way.
        const auto entry = journal.read(window.journal()->entryId());
        QVERIFY(entry.has_value());
        QCOMPARE(entry->filePath, path);
        QVERIFY(entry->text.endsWith(u"Unsaved words."_s));
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(window.isVisible());
        QCOMPARE(preferences.lastFile(), path);
        QCOMPARE(readAll(path), utf8);
    }
};

QTEST_MAIN(BadFilesTest)
#include "badfiles_test.moc"
