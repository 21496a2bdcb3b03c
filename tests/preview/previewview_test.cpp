// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document.h"
#include "preview/previewview.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QWebEnginePage>
#include <QWebEngineScript>

using namespace Masthead;

namespace
{
QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10'000))
        qWarning() << "script did not finish:" << script;
    return result;
}

bool waitForUpdate(QSignalSpy &spy)
{
    if (!spy.wait(30'000))
        return false;
    return spy.takeLast().value(0).toBool();
}
} // namespace

class PreviewViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void styleSheetResourceIsLinked()
    {
        // The stylesheet is a resource of the static masthead_preview library.
        QFile css(QStringLiteral(":/masthead/preview/preview.css"));
        QVERIFY(css.open(QIODevice::ReadOnly));
        QVERIFY(css.readAll().contains(".mh-title-card"));
    }

    void showsTheExampleDraftWithItsImages()
    {
        Document doc;
        QVERIFY(
            doc.load(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly/_drafts/2023-10-09-draft.md")).has_value());
        PreviewView view;
        view.resize(900, 700);
        view.show();
        QSignalSpy updated(&view, &PreviewView::updated);
        view.setMarkdownDocument(&doc);
        QVERIFY(waitForUpdate(updated));

        QCOMPARE(evaluate(view.page(), QStringLiteral("document.querySelector('.mh-title').textContent")).toString(),
                 QStringLiteral("Featured story title here!"));
        QCOMPARE(evaluate(view.page(), QStringLiteral("document.querySelectorAll('h2').length")).toInt(), 21);
        // The front matter is a card, never text.
        QVERIFY(!evaluate(view.page(), QStringLiteral("document.body.innerText"))
                     .toString()
                     .contains(QStringLiteral("layout: post")));

        // ../assets/20231009/... resolves beside the post, from the site's assets folder.
        const QString image
            = QStringLiteral("document.querySelector('img[src=\"../assets/20231009/20231009p312.jpg\"]')");
        QVERIFY(QTest::qWaitFor([&] { return evaluate(view.page(), image + QStringLiteral(".complete")).toBool(); },
                                10'000));
        QVERIFY(evaluate(view.page(), image + QStringLiteral(".naturalWidth")).toInt() > 0);
    }

    void scriptsInAPostNeverRun()
    {
        Document doc;
        doc.setPlainText(QStringLiteral("# Hi\n\n<script>document.title = 'ran';</script>\n\n"
                                        "<img src=\"missing.png\" onerror=\"document.title = 'onerror ran'\">\n\n"
                                        "<a id=\"js\" href=\"javascript:document.title='link ran'\">x</a>\n"));
        PreviewView view;
        view.resize(600, 400);
        view.show();
        QSignalSpy updated(&view, &PreviewView::updated);
        view.setMarkdownDocument(&doc);
        QVERIFY(waitForUpdate(updated));
        evaluate(view.page(), QStringLiteral("document.getElementById('js').click()"));
        QTest::qWait(300);
        QCOMPARE(evaluate(view.page(), QStringLiteral("document.title")).toString(), QString());
    }

    void typingUpdatesThePreviewAndKeepsTheScrollPosition()
    {
        Document doc;
        QVERIFY(doc.load(QStringLiteral(MASTHEAD_SOURCE_DIR "/tests/data/seeds/weekly-newsletter-draft-template.md"))
                    .has_value());
        PreviewView view;
        view.resize(900, 600);
        view.show();
        QSignalSpy updated(&view, &PreviewView::updated);
        view.setMarkdownDocument(&doc);
        QVERIFY(waitForUpdate(updated));
        evaluate(view.page(), QStringLiteral("window.scrollTo(0, 1500)"));
        QTRY_VERIFY(evaluate(view.page(), QStringLiteral("window.scrollY")).toInt() >= 1400);

        QTextCursor cursor(&doc);
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("\n## Typed just now\n"));
        QVERIFY(waitForUpdate(updated));
        QCOMPARE(evaluate(view.page(), QStringLiteral("document.querySelectorAll('h2').length")).toInt(), 22);
        QTRY_VERIFY(evaluate(view.page(), QStringLiteral("window.scrollY")).toInt() >= 1400);
    }
};

QTEST_MAIN(PreviewViewTest)
#include "previewview_test.moc"
