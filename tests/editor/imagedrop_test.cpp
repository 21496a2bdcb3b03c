// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document.h"
#include "core/images/assetimporter.h"
#include "editor/imagedrophandler.h"
#include "editor/sourceeditor.h"
#include "support/sitefixture.h"
#include "support/testimages.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
const QString draftText = u"---\ndate: 2023-10-09 07:00:00 -0800\n---\n\nFirst line\nSecond line\n"_s;

// An editor on a draft of a small site, with a drop handler that imports into the issue's folder.
struct Fixture {
    QTemporaryDir dir;
    Document document;
    SourceEditor editor;
    ImageDropHandler *handler = nullptr;
    bool ok = false;

    Fixture()
    {
        if (!writeAll(dir.filePath(u"_config.yml"_s), "title: x\n")
            || !writeAll(dir.filePath(u"_drafts/2023-10-09-draft.md"_s), draftText.toUtf8()))
            return;
        if (!document.load(dir.filePath(u"_drafts/2023-10-09-draft.md"_s)))
            return;
        editor.setMarkdownDocument(&document);
        editor.resize(700, 400);
        editor.show();
        handler = new ImageDropHandler(&editor);
        handler->setTargetProvider(
            [this] { return issueAssetTarget(document.site().get(), document.filePath(), document.text()); });
        ok = QTest::qWaitForWindowExposed(&editor);
    }

    QString assets() const { return dir.filePath(u"assets/20231009/"_s); }
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(u"incoming/"_s + name);
        writeAll(path, bytes);
        return path;
    }
    // The viewport point of a document position.
    QPoint pointAt(int position)
    {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        const QRect rect = editor.cursorRect(cursor);
        return QPoint(rect.left() + 1, rect.center().y());
    }
    // Drags mime over the viewport to point and drops it there; whether the drag was accepted.
    bool drop(QMimeData *mime, const QPoint &point)
    {
        QWidget *viewport = editor.viewport();
        QDragEnterEvent enter(point, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(point, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QDropEvent drop(point, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        return enter.isAccepted() && move.isAccepted() && drop.isAccepted();
    }
};

QMimeData *filesMime(const QStringList &paths)
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime->setUrls(urls);
    return mime;
}
} // namespace

class ImageDropTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropInsertsAtTheDropPositionAsOneUndoStep()
    {
        Fixture f;
        QVERIFY(f.ok);
        const QString png = f.file(u"Blinka.png"_s, encodedImage(cornerImage(300, 200), "png"));
        f.editor.setCursorPosition(0); // the cursor far from where the image is dropped
        const int second = int(draftText.indexOf(u"Second"_s));
        std::unique_ptr<QMimeData> mime(filesMime({png}));
        QSignalSpy inserted(f.handler, &ImageDropHandler::imagesInserted);
        QVERIFY(f.drop(mime.get(), f.pointAt(second + 3)));
        QVERIFY(inserted.wait(10'000));

        const QString snippet = u"[![Blinka](../assets/20231009/20231009blinka.png)]()"_s;
        QCOMPARE(f.document.text(), QString(draftText).insert(second + 3, snippet));
        QCOMPARE(readAll(f.assets() + u"20231009blinka.png"_s), readAll(png));
        // The empty link target is what is left to fill in: the cursor waits in it.
        const QTextCursor cursor = f.editor.textCursor();
        QVERIFY(!cursor.hasSelection());
        QCOMPARE(cursor.position(), second + 3 + snippet.size() - 1);

        // One Ctrl+Z takes all of it back.
        QTest::keyClick(&f.editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.document.text(), draftText);
    }

    void severalFilesGoInOneStep()
    {
        Fixture f;
        QVERIFY(f.ok);
        const QString a = f.file(u"a.png"_s, encodedImage(cornerImage(30, 20), "png"));
        const QString b = f.file(u"b.jpg"_s, encodedImage(cornerImage(900, 300), "jpeg"));
        const int end = int(draftText.size());
        std::unique_ptr<QMimeData> mime(filesMime({a, b}));
        QSignalSpy inserted(f.handler, &ImageDropHandler::imagesInserted);
        QVERIFY(f.drop(mime.get(), f.pointAt(end)));
        QVERIFY(inserted.wait(10'000));
        QCOMPARE(f.document.text(),
                 draftText
                     + u"[![a](../assets/20231009/20231009a.png)]()\n\n"
                       "[![b](../assets/20231009/20231009b.jpg)]()"_s);
        QCOMPARE(QImage(f.assets() + u"20231009b.jpg"_s).width(), 550);
        f.editor.undo();
        QCOMPARE(f.document.text(), draftText);
    }

    void nonImageDropInsertsNothing()
    {
        Fixture f;
        QVERIFY(f.ok);
        const QString notes = f.file(u"notes.jpg"_s, "these are notes, not a picture\n");
        std::unique_ptr<QMimeData> mime(filesMime({notes}));
        QSignalSpy messages(f.handler, &ImageDropHandler::message);
        QVERIFY(f.drop(mime.get(), f.pointAt(10)));
        QVERIFY(messages.wait(5'000));
        QCOMPARE(messages.at(0).at(1).toBool(), true);
        const QString text = messages.at(0).at(0).toString();
        QVERIFY2(text.contains(u"notes.jpg"_s) && text.contains(u"not an image"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Nothing was inserted"_s), qPrintable(text));
        QCOMPARE(f.document.text(), draftText);
        QVERIFY(!f.document.isModified());
        QVERIFY(!QDir(f.assets()).exists());
    }

    void textDropsStayText()
    {
        Fixture f;
        QVERIFY(f.ok);
        QMimeData mime;
        mime.setText(u"plain words"_s);
        QVERIFY(imageDropItems(&mime, true).isEmpty());
        QVERIFY(!f.handler->canHandle(&mime, true));
        mime.setUrls({QUrl(u"https://example.org/article"_s)});
        QVERIFY(imageDropItems(&mime, true).isEmpty());
        QVERIFY(!f.handler->canHandle(&mime, true));
        // An address of an image is downloaded when dropped, but stays text when pasted.
        mime.setUrls({QUrl(u"https://example.org/photo.JPG"_s)});
        QCOMPARE(imageDropItems(&mime, true).size(), 1);
        QVERIFY(f.handler->canHandle(&mime, true));
        QVERIFY(imageDropItems(&mime, false).isEmpty());
        mime.setUrls({QUrl::fromLocalFile(f.dir.filePath(u"notes.txt"_s))});
        QVERIFY2(f.handler->canHandle(&mime, true), "local files are the handler's, to report non-images");
    }

    void pastedImageReplacesTheSelection()
    {
        Fixture f;
        QVERIFY(f.ok);
        auto *mime = new QMimeData;
        mime->setImageData(cornerImage(40, 30));
        QApplication::clipboard()->setMimeData(mime);
        const int first = int(draftText.indexOf(u"First"_s));
        QTextCursor select(&f.document);
        select.setPosition(first);
        select.setPosition(first + 5, QTextCursor::KeepAnchor);
        f.editor.setTextCursor(select);
        QVERIFY(f.editor.canPaste());
        QSignalSpy inserted(f.handler, &ImageDropHandler::imagesInserted);
        f.editor.paste();
        QVERIFY(inserted.wait(10'000));
        QCOMPARE(f.document.text(),
                 QString(draftText).replace(first, 5, u"[![First](../assets/20231009/20231009first.png)]()"_s));
        // The link is left to fill in: the cursor waits in its empty target.
        QCOMPARE(f.editor.textCursor().position(),
                 first + u"[![First](../assets/20231009/20231009first.png)]("_s.size());
        QVERIFY(QFile::exists(f.assets() + u"20231009first.png"_s));
    }

    void browserDropOfALinkedImage()
    {
        Fixture f;
        QVERIFY(f.ok);
        const QByteArray png = encodedImage(cornerImage(40, 30), "png");
        QMimeData mime;
        mime.setHtml(u"<meta charset='utf-8'><a href=\"https://example.org/news?a=1&amp;b=2\"><img alt=\"x\" "
                     "src=\"data:image/png;base64,%1\"></a>"_s.arg(QString::fromLatin1(png.toBase64())));
        const QList<ImageDropItem> items = imageDropItems(&mime, true);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].link, u"https://example.org/news?a=1&b=2"_s);
        QSignalSpy inserted(f.handler, &ImageDropHandler::imagesInserted);
        QVERIFY(f.drop(&mime, f.pointAt(int(draftText.size()))));
        QVERIFY(inserted.wait(10'000));
        QCOMPARE(f.document.text(),
                 draftText + u"[![](../assets/20231009/20231009image.png)](https://example.org/news?a=1&b=2)"_s);
        QCOMPARE(readAll(f.assets() + u"20231009image.png"_s), png);
    }

    void declinedTargetInsertsNothing()
    {
        Fixture f;
        QVERIFY(f.ok);
        bool asked = false;
        f.handler->setTargetProvider([&asked]() -> std::optional<AssetTarget> {
            asked = true;
            return std::nullopt;
        });
        const QString png = f.file(u"a.png"_s, encodedImage(cornerImage(30, 20), "png"));
        std::unique_ptr<QMimeData> mime(filesMime({png}));
        QVERIFY(f.drop(mime.get(), f.pointAt(10)));
        QTRY_VERIFY(asked);
        QTest::qWait(100);
        QCOMPARE(f.document.text(), draftText);
        QVERIFY(!f.handler->isBusy());
    }
};

QTEST_MAIN(ImageDropTest)
#include "imagedrop_test.moc"
