// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Long files in the window: the bar above the editor while one loads, the editor read-only until the
// whole text is in and editable after, Cancel, too large a file refused, a failure said in the window.
#include "app/loadprogress.h"
#include "app/mainwindow.h"
#include "core/document.h"
#include "core/preferences.h"
#include "editor/sourceeditor.h"
#include "preview/previewview.h"
#include "support/longpost.h"
#include "support/screenshots.h"
#include "support/sitefixture.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QWebEnginePage>
#include <QWebEngineScript>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// What the preview's page shows as text.
QString pageText(PreviewView *preview)
{
    QString result;
    bool done = false;
    preview->page()->runJavaScript(u"document.body ? document.body.innerText : ''"_s,
                                   QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
                                       result = value.toString();
                                       done = true;
                                   });
    QDeadlineTimer deadline(10'000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(20);
    return result;
}

// Takes every thread of the global pool until it goes, as the docks' checks of a long post do for a
// minute: whatever the window needs from that pool waits meanwhile.
class BusyGlobalPool
{
    Q_DISABLE_COPY_MOVE(BusyGlobalPool)
public:
    BusyGlobalPool()
    {
        QThreadPool *pool = QThreadPool::globalInstance();
        m_threads = pool->maxThreadCount();
        for (int i = 0; i < m_threads; ++i)
            pool->start([this] {
                m_started.release();
                m_release.acquire();
            });
        m_started.acquire(m_threads);
    }
    ~BusyGlobalPool() { m_release.release(m_threads); }

private:
    int m_threads = 0;
    QSemaphore m_started;
    QSemaphore m_release;
};

bool partlyIn(const QSignalSpy &progress)
{
    return !progress.isEmpty() && progress.constLast().at(1).toLongLong() > 0;
}
} // namespace

class LargeFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenMegabytesOpenWithProgressAndStayEditable()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(u"before.md"_s);
        const QString path = dir.filePath(u"long.md"_s);
        const QByteArray bytes = longPost(10 * 1024 * 1024, false);
        QVERIFY(writeAll(before, previousPost));
        QVERIFY(writeAll(path, bytes));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(before).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.loadProgress()->isHidden());

        Document *document = window.document();
        QSignalSpy progress(document, &Document::loadProgress);
        QSignalSpy loaded(document, &Document::loaded);
        window.editor()->setCursorPosition(int(previousPost.indexOf("The text")) + 4);
        const auto *cursorLabel = window.findChild<QLabel *>(u"status_cursor"_s);
        QCOMPARE(cursorLabel->text(), u"Ln 5, Col 5"_s);
        QVERIFY(window.openPath(path).has_value());
        QVERIFY(document->isLoading());
        QVERIFY(window.loadProgress()->isVisible());
        QVERIFY2(window.loadProgress()->message().startsWith(u"Opening long.md (10"_s),
                 qPrintable(window.loadProgress()->message()));
        QVERIFY(window.editor()->isReadOnly());
        QVERIFY(QTest::qWaitFor([&] { return partlyIn(progress); }, 60'000));
        // The bar shows how far it got, the first screenful of the text is in the editor.
        QVERIFY(window.loadProgress()->progressBar()->maximum() > 0);
        QVERIFY(window.editor()->toPlainText().startsWith(u"---\ntitle: Long"_s));
        // The inserting moves the cursor; the label does not follow it until the file is in.
        QCOMPARE(cursorLabel->text(), u"Ln 5, Col 5"_s);
        saveShot(&window, u"large-file-loading.png"_s, 0);

        QVERIFY(loaded.wait(120'000));
        QVERIFY(window.loadProgress()->isHidden());
        QVERIFY(!window.editor()->isReadOnly());
        QCOMPARE(cursorLabel->text(), u"Ln 1, Col 1"_s);
        const QString expected = QString::fromUtf8(bytes);
        QCOMPARE(document->text(), expected);
        QCOMPARE(document->filePath(), path);
        QVERIFY(!document->isUndoAvailable());
        QVERIFY(!document->isModified());

        // Typing works; undo takes back the typing, not the load.
        window.editor()->setFocus(Qt::OtherFocusReason);
        window.editor()->setCursorPosition(0);
        QTest::keyClicks(window.editor(), u"Hi "_s);
        QVERIFY(document->text().startsWith(u"Hi ---"_s));
        QVERIFY(document->isModified());
        while (document->isUndoAvailable())
            window.editor()->undo();
        QCOMPARE(document->text(), expected);
        QVERIFY(document->save().has_value());
        QCOMPARE(readAll(path), bytes);
    }

    // Over PreviewView::maxLivePreviewCharacters, the preview says why it shows no preview, even
    // while the global pool is taken by other work (the docks' checks of that long post).
    void overTheLimitThePreviewSaysSo()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(u"before.md"_s);
        const QString path = dir.filePath(u"long.md"_s);
        const QByteArray bytes = longPost(7 * 1024 * 1024, false);
        QVERIFY(QString::fromUtf8(bytes).size() > PreviewView::maxLivePreviewCharacters);
        QVERIFY(writeAll(before, previousPost));
        QVERIFY(writeAll(path, bytes));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QSignalSpy updated(window.preview(), &PreviewView::updated);
        QVERIFY(window.openPath(before).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(updated.wait(60'000));
        QVERIFY(pageText(window.preview()).contains(u"The text that was open before."_s));

        const BusyGlobalPool busy;
        QSignalSpy loaded(window.document(), &Document::loaded);
        updated.clear();
        QVERIFY(window.openPath(path).has_value());
        QVERIFY(window.document()->isLoading());
        QVERIFY(loaded.wait(120'000));
        QVERIFY(QTest::qWaitFor([&] { return !updated.isEmpty() && updated.constLast().at(0).toBool(); }, 30'000));
        const QString shown = pageText(window.preview());
        QVERIFY2(shown.contains(u"MB long. Posts over 5 MB are not previewed live"_s), qPrintable(shown.left(300)));
        QVERIFY(!shown.contains(u"Section 1"_s));
        saveShot(&window, u"large-file-not-previewed.png"_s, 0);
    }

    void cancelKeepsThePreviousDocument()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(u"before.md"_s);
        const QString path = dir.filePath(u"long.md"_s);
        QVERIFY(writeAll(before, previousPost));
        QVERIFY(writeAll(path, longPost(10 * 1024 * 1024, false)));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(before).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.editor()->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(window.editor(), u"Unsaved "_s);
        const QString edited = window.document()->text();
        QVERIFY(edited.startsWith(u"Unsaved ---"_s));

        QSignalSpy progress(window.document(), &Document::loadProgress);
        QSignalSpy loaded(window.document(), &Document::loaded);
        QVERIFY(window.openPath(path).has_value());
        QVERIFY(QTest::qWaitFor([&] { return partlyIn(progress); }, 60'000));
        QVERIFY(window.loadProgress()->cancelButton()->isVisible());
        QTest::mouseClick(window.loadProgress()->cancelButton(), Qt::LeftButton);
        QVERIFY(!window.document()->isLoading());
        QVERIFY(window.loadProgress()->isHidden());
        QVERIFY(!window.editor()->isReadOnly());
        QCOMPARE(window.document()->text(), edited);
        QCOMPARE(window.editor()->toPlainText(), edited);
        QCOMPARE(window.document()->filePath(), before);
        QVERIFY(window.document()->isModified());
        QVERIFY(window.windowTitle().contains(u"before.md"_s));
        QTest::qWait(300);
        QVERIFY(loaded.isEmpty());
    }

    void tooLargeIsRefusedWithAMessage()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(u"before.md"_s);
        const QString path = dir.filePath(u"huge.md"_s);
        QVERIFY(writeAll(before, previousPost));
        {
            QFile huge(path); // sparse: no disk space taken
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.resize(80 * 1024 * 1024));
        }
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(before).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto opened = window.openPath(path);
        QVERIFY(!opened.has_value());
        QVERIFY2(opened.error().contains(u"“huge.md” is 80.0 MB; Masthead opens posts up to 64 MB"_s),
                 qPrintable(opened.error()));
        QVERIFY(!window.document()->isLoading());
        QVERIFY(window.loadProgress()->isHidden());
        QCOMPARE(window.document()->text(), QString::fromUtf8(previousPost));
        QCOMPARE(window.document()->filePath(), before);
    }

    void failureFromTheCommandLineIsSaidInTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"latin1.md"_s);
        QVERIFY(writeAll(path, longPost(3 * 1024 * 1024) + "caf\xE9\n"));
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy failed(window.document(), &Document::loadFailed);
        QVERIFY(window.openFromCommandLine(path).has_value());
        QVERIFY(window.loadProgress()->isVisible());
        QVERIFY(failed.wait(60'000));
        QVERIFY(window.loadProgress()->isHidden());
        QVERIFY2(window.openFailure().contains(u"is not UTF-8"_s), qPrintable(window.openFailure()));
        QVERIFY(window.editor()->isReadOnly());
        QVERIFY(window.document()->text().isEmpty());
    }
};

QTEST_MAIN(LargeFileTest)
#include "largefile_test.moc"
