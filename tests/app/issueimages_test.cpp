// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/imagespanel.h"
#include "app/issueimages.h"
#include "app/mainwindow.h"
#include "core/document.h"
#include "core/preferences.h"
#include "editor/imagedrophandler.h"
#include "editor/sourceeditor.h"
#include "support/sitefixture.h"
#include "support/testimages.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
void dropFiles(SourceEditor *editor, const QStringList &paths, int position)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    QTextCursor cursor(editor->document());
    cursor.setPosition(position);
    const QPoint point = editor->cursorRect(cursor).center();
    QDragEnterEvent enter(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &enter);
    QDropEvent drop(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &drop);
}
} // namespace

class IssueImagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void panelListsTheIssuesImages()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        QTemporaryDir settings;
        Preferences preferences(settings.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        window.resize(1400, 800);
        QVERIFY(window.openPath(site.path(u"_drafts/2023-10-09-draft.md"_s)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QAction *view = window.action(u"view_images"_s);
        QVERIFY(view);
        QVERIFY(window.action(u"insert_image"_s));
        ImagesPanel *panel = window.images()->panel();
        QSignalSpy listed(panel, &ImagesPanel::listed);
        view->trigger();
        QVERIFY(panel->isVisible());
        QVERIFY(view->isChecked());
        QVERIFY(listed.wait(10'000));

        const int onDisk = int(QDir(site.path(u"assets/20231009"_s)).entryList(QDir::Files).size());
        QCOMPARE(panel->list()->topLevelItemCount(), onDisk);
        QVERIFY(onDisk > 5);
        // The example draft uses most of its images; an image nobody links to shows as unused.
        QVERIFY(
            writeAll(site.path(u"assets/20231009/20231009unused.png"_s), encodedImage(cornerImage(700, 100), "png")));
        panel->refresh();
        QVERIFY(listed.wait(10'000));
        const QList<AssetInfo> assets = panel->assets();
        const auto unused = std::find_if(assets.begin(), assets.end(), [](const AssetInfo &asset) {
            return asset.filePath.endsWith(u"20231009unused.png"_s);
        });
        QVERIFY(unused != assets.end());
        QVERIFY(!unused->referenced);
        QCOMPARE(unused->size, QSize(700, 100));
        const auto used = std::find_if(assets.begin(), assets.end(), [](const AssetInfo &asset) {
            return asset.filePath.endsWith(u"20231009p312.jpg"_s);
        });
        QVERIFY(used != assets.end());
        QVERIFY(used->referenced);

        // Insert Again: the existing image's snippet at the cursor, with the alt text the post gives it.
        const QList<QTreeWidgetItem *> found = panel->list()->findItems(u"20231009p312.jpg"_s, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        panel->list()->setCurrentItem(found.first());
        window.editor()->setCursorPosition(0);
        panel->insertSelected();
        QVERIFY(window.document()->text().startsWith(u"[![Python 3.12.0](../assets/20231009/20231009p312.jpg)]()"_s));
        // The cursor waits in the empty link target.
        QCOMPARE(window.editor()->textCursor().position(),
                 u"[![Python 3.12.0](../assets/20231009/20231009p312.jpg)]("_s.size());
        window.editor()->undo();

        QDir().mkpath(QStringLiteral(MASTHEAD_BINARY_DIR "/shots"));
        QTest::qWait(300);
        window.grab().save(QStringLiteral(MASTHEAD_BINARY_DIR "/shots/images-panel.png"));
    }

    void browserDropShowsProgressAndCancels()
    {
        // A server that accepts and never answers: the download waits until it is cancelled.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> sockets;
        connect(&server, &QTcpServer::newConnection, &server, [&] { sockets.append(server.nextPendingConnection()); });

        ExampleSite site;
        QVERIFY(site.isValid());
        QTemporaryDir settings;
        Preferences preferences(settings.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(site.path(u"_drafts/2023-10-09-draft.md"_s)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString before = window.document()->text();

        QMimeData mime;
        mime.setHtml(u"<img src=\"http://127.0.0.1:%1/photo.jpg\">"_s.arg(server.serverPort()));
        QTextCursor cursor(window.editor()->document());
        cursor.setPosition(10);
        const QPoint point = window.editor()->cursorRect(cursor).center();
        QDragEnterEvent enter(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.editor()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.editor()->viewport(), &drop);

        QWidget *progress = window.images()->progressWidget();
        QTRY_VERIFY(progress->isVisible());
        QTRY_COMPARE(sockets.size(), 1); // the request reached the server
        QSignalSpy inserted(window.images()->dropHandler(), &ImageDropHandler::imagesInserted);
        auto *cancel = progress->findChild<QToolButton *>();
        QVERIFY(cancel);
        QTest::qWait(100);
        window.grab().save(QStringLiteral(MASTHEAD_BINARY_DIR "/shots/images-download.png"));
        cancel->click();
        QTRY_COMPARE(inserted.size(), 1);
        QVERIFY(inserted.at(0).at(0).value<QList<ImportedImage>>().isEmpty());
        QVERIFY(!progress->isVisible());
        QCOMPARE(window.document()->text(), before);
        QVERIFY2(window.statusBar()->currentMessage().contains(u"canceled"_s),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void undatedPostAsksAndDefaultsBesideThePost()
    {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(u"notes/post.md"_s), "# Notes\n\nText.\n"));
        const QString png = dir.filePath(u"in/Board Photo.png"_s);
        QVERIFY(writeAll(png, encodedImage(cornerImage(30, 20), "png")));
        QTemporaryDir settings;
        Preferences preferences(settings.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(dir.filePath(u"notes/post.md"_s)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        int asked = 0;
        QString question;
        window.images()->setPlacementQuestion([&](const QString &text) {
            ++asked;
            question = text;
            return std::pair {IssueImages::Placement::BesidePost, QString()};
        });
        QSignalSpy inserted(window.images()->dropHandler(), &ImageDropHandler::imagesInserted);
        dropFiles(window.editor(), {png}, 0);
        QVERIFY(inserted.wait(10'000));
        QCOMPARE(asked, 1);
        QVERIFY2(question.contains(u"post.md"_s) && question.contains(u"not inside a Jekyll site"_s),
                 qPrintable(question));
        QVERIFY(window.document()->text().startsWith(u"[![Board Photo](board-photo.png)]()"_s));
        QVERIFY(QFile::exists(dir.filePath(u"notes/board-photo.png"_s)));

        // Asked once per post: the second drop goes to the same place.
        dropFiles(window.editor(), {png}, 0);
        QVERIFY(inserted.wait(10'000));
        QCOMPARE(asked, 1);

        // Declining inserts nothing.
        QTemporaryDir other;
        QVERIFY(writeAll(other.filePath(u"x.md"_s), "x\n"));
        QVERIFY(window.openPath(other.filePath(u"x.md"_s)));
        window.images()->setPlacementQuestion(
            [](const QString &) { return std::pair {IssueImages::Placement::Cancel, QString()}; });
        dropFiles(window.editor(), {png}, 0);
        QTest::qWait(300);
        QCOMPARE(window.document()->text(), u"x\n"_s);
        QVERIFY(!QFile::exists(other.filePath(u"board-photo.png"_s)));
    }
};

QTEST_MAIN(IssueImagesTest)
#include "issueimages_test.moc"
