// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The preview against a hostile post (issue 13, docs/security.md): files reached through symbolic
// links never show, and nothing the post contains makes a network connection. Real files, real
// WebEngine, a real listener on 127.0.0.1.
#include "core/document.h"
#include "preview/previewview.h"
#include "support/previewfixture.h"
#include "support/sitefixture.h"
#include "support/testimages.h"
#include "webpagetesting.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace Masthead;
using namespace MastheadTest;

namespace
{
// Counts the connections that reach 127.0.0.1:port.
class Listener
{
public:
    Listener()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->deleteLater();
            }
        });
    }
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

// A page Masthead's preview has laid out, with everything it loads loaded or refused.
bool settle(PreviewView &view)
{
    if (!QTest::qWaitFor(
            [&] { return evaluate(view.page(), QStringLiteral("document.readyState")).toString() == u"complete"; },
            10'000))
        return false;
    // A connection, if one were made, starts as the element is inserted; give Chromium's network
    // service the time to make it.
    QTest::qWait(1500);
    return true;
}
} // namespace

class PreviewSecurityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void symbolicLinksLeadingOutsideAreNotServed()
    {
        ExampleSite example;
        QVERIFY(example.isValid());
        QTemporaryDir outside;
        const QByteArray png = encodedImage(cornerImage(40, 30), "png");
        QVERIFY(writeAll(outside.filePath(QStringLiteral("secret.png")), png));
        QVERIFY(writeAll(example.path(QStringLiteral("assets/inside.png")), png));
        // assets/leak.png -> the outside file; assets/rootlink -> /; assets/outlink -> the outside folder;
        // assets/ownlink.png -> a file inside the site (allowed).
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.png")),
                            example.path(QStringLiteral("assets/leak.png"))));
        QVERIFY(QFile::link(QStringLiteral("/"), example.path(QStringLiteral("assets/rootlink"))));
        QVERIFY(QFile::link(outside.path(), example.path(QStringLiteral("assets/outlink"))));
        QVERIFY(QFile::link(QStringLiteral("inside.png"), example.path(QStringLiteral("assets/ownlink.png"))));
        const QString secretFromRoot
            = QStringLiteral("/assets/rootlink") + outside.filePath(QStringLiteral("secret.png"));
        const QString post = example.path(QStringLiteral("_drafts/2023-10-20-links.md"));
        QVERIFY(writeAll(post,
                         QStringLiteral("---\ntitle: Links\n---\n\n![inside](/assets/inside.png)\n\n"
                                        "![ownlink](../assets/ownlink.png)\n\n![leak](/assets/leak.png)\n\n"
                                        "![rootlink](%1)\n\n![outlink](/assets/outlink/secret.png)\n")
                             .arg(secretFromRoot)
                             .toUtf8()));
        PreviewFixture f;
        QVERIFY(f.doc.load(post).has_value());
        QVERIFY(f.show());

        auto image = [&](const char *alt, const char *property) {
            return imageProperty(f.view.page(), alt, property);
        };
        for (const char *alt : {"inside", "ownlink", "leak", "rootlink", "outlink"})
            QVERIFY2(QTest::qWaitFor([&] { return image(alt, "complete").toBool(); }, 10'000), alt);
        QCOMPARE(image("inside", "naturalWidth").toInt(), 40);
        QCOMPARE(image("ownlink", "naturalWidth").toInt(), 40);
        QCOMPARE(image("leak", "naturalWidth").toInt(), 0);
        QCOMPARE(image("rootlink", "naturalWidth").toInt(), 0);
        QCOMPARE(image("outlink", "naturalWidth").toInt(), 0);
    }

    void noNetworkConnection_data()
    {
        QTest::addColumn<QString>("markdown");
        // %1 is http://127.0.0.1:PORT
        const auto row = [](const char *name, const char *markdown) {
            QTest::newRow(name) << QString::fromUtf8(markdown);
        };
        row("preconnect", "<link rel=\"preconnect\" href=\"%1/\">");
        row("preconnect crossorigin", "<link rel=\"preconnect\" href=\"%1\" crossorigin>");
        row("preconnect upper case", "<LINK REL=PRECONNECT HREF=%1/>");
        row("dns-prefetch", "<link rel=\"dns-prefetch\" href=\"%1/\">");
        row("prefetch", "<link rel=\"prefetch\" href=\"%1/next.html\">");
        row("prerender", "<link rel=\"prerender\" href=\"%1/next.html\">");
        row("preload", "<link rel=\"preload\" as=\"image\" href=\"%1/x.png\">");
        row("modulepreload", "<link rel=\"modulepreload\" href=\"%1/x.js\">");
        row("speculation rules",
            "<script type=\"speculationrules\">{\"prefetch\":[{\"source\":\"list\",\"urls\":[\"%1/a\"]}]}</script>");
        row("markdown image", "![remote](%1/x.png)");
        row("img", "<img src=\"%1/x.png\" alt=\"remote\">");
        row("img srcset", "<img srcset=\"%1/x.png 1x\" alt=\"remote\">");
        row("picture source", "<picture><source srcset=\"%1/x.png\"><img alt=\"remote\"></picture>");
        row("link stylesheet", "<link rel=\"stylesheet\" href=\"%1/x.css\">");
        row("style @import", "<style>@import url(\"%1/x.css\");</style>");
        row("css url()", "<div style=\"background:url('%1/x.png')\">x</div>");
        row("font", "<style>@font-face{font-family:x;src:url(%1/x.woff)}p{font-family:x}</style>\n\ntext");
        row("script src", "<script src=\"%1/x.js\"></script>");
        row("iframe", "<iframe src=\"%1/\"></iframe>");
        row("object", "<object data=\"%1/x.swf\"></object>");
        row("embed", "<embed src=\"%1/x.swf\">");
        row("video poster", "<video poster=\"%1/x.png\" src=\"%1/x.mp4\"></video>");
        row("audio", "<audio src=\"%1/x.mp3\" autoplay></audio>");
        row("svg image", "<svg><image href=\"%1/x.png\" width=\"10\" height=\"10\"/></svg>");
        row("input image", "<input type=\"image\" src=\"%1/x.png\">");
        row("meta refresh", "<meta http-equiv=\"refresh\" content=\"0; url=%1/\">");
        row("form", "<form action=\"%1/\" method=\"post\"><input name=\"a\" value=\"b\"></form>");
        row("a ping", "<a href=\"https://example.invalid/\" ping=\"%1/ping\">x</a>");
        row("base", "<base href=\"%1/\">\n\n![relative](x.png)");
        row("track", "<video><track src=\"%1/x.vtt\"></video>");
        row("body background", "<table background=\"%1/x.png\"><tr><td>x</td></tr></table>");
    }

    void noNetworkConnection()
    {
        QFETCH(QString, markdown);
        Listener listener;
        QVERIFY(listener.isListening());
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(listener.port());
        ExampleSite example;
        QVERIFY(example.isValid());
        const QString post = example.path(QStringLiteral("_drafts/2023-10-20-hostile.md"));
        QVERIFY(
            writeAll(post, (QStringLiteral("---\ntitle: Hostile\n---\n\n") + markdown.arg(origin) + u'\n').toUtf8()));
        PreviewFixture f;
        QVERIFY(f.doc.load(post).has_value());
        QVERIFY(f.show());
        QVERIFY(settle(f.view));
        QCOMPARE(listener.connections(), 0);
    }

    // The listener does see a connection that is made (the test above could fail): Qt Network, not
    // Chromium, connects here.
    void listenerSeesConnections()
    {
        Listener listener;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, listener.port());
        QVERIFY(socket.waitForConnected(5000));
        QTRY_COMPARE(listener.connections(), 1);
    }

    void remoteImagesArePlaceholdersWithTheirAddress()
    {
        ExampleSite example;
        QVERIFY(example.isValid());
        const QString post = example.path(QStringLiteral("_drafts/2023-10-20-remote.md"));
        QVERIFY(writeAll(post,
                         "---\ntitle: Remote\n---\n\nBefore.\n\n"
                         "[![Board photo](https://example.com/board.jpg?w=550&h=300)](https://example.com/)\n\n"
                         "![local](../assets/20231009/blinka.png)\n"));
        PreviewFixture f;
        QVERIFY(f.doc.load(post).has_value());
        QVERIFY(f.show());
        QCOMPARE(evaluate(f.view.page(), QStringLiteral("document.querySelectorAll('img').length")).toInt(), 1);
        QCOMPARE(evaluate(f.view.page(), QStringLiteral("document.querySelector('.mh-remote-image-url').textContent"))
                     .toString(),
                 QStringLiteral("https://example.com/board.jpg?w=550&h=300"));
        QCOMPARE(evaluate(f.view.page(), QStringLiteral("document.querySelector('.mh-remote-image-alt').textContent"))
                     .toString(),
                 QStringLiteral("Board photo"));
        // A box that takes room, inside the link it was in.
        QVERIFY(evaluate(f.view.page(), QStringLiteral("document.querySelector('a > .mh-remote-image').offsetHeight"))
                    .toInt()
                > 20);
        if (qEnvironmentVariableIsSet("MASTHEAD_SHOT_WAIT"))
            QTest::qWait(qEnvironmentVariableIntValue("MASTHEAD_SHOT_WAIT"));
    }
};

QTEST_MAIN(PreviewSecurityTest)
#include "previewsecurity_test.moc"
