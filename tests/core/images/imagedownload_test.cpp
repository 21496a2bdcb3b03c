// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/images/imagedownload.h"
#include "support/testimages.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// A tiny HTTP/1.0 server on 127.0.0.1 with one answer per path.
class TestServer final : public QTcpServer
{
public:
    TestServer()
    {
        m_png = encodedImage(cornerImage(64, 32), "png");
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onRequest(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }

    QUrl url(const QString &path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(serverPort()).arg(path)); }
    QByteArray png() const { return m_png; }
    int requests = 0;

private:
    void onRequest(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        ++requests;
        const QByteArray path = buffer.split(' ').value(1);
        buffer.clear();
        if (path == "/image.png") {
            answer(socket, "200 OK", "image/png", m_png);
        } else if (path == "/missing.png") {
            answer(socket, "404 Not Found", "text/html", "<html><body>Not here</body></html>");
        } else if (path == "/slow.png") {
            // Never answers.
        } else if (path == "/big-declared.png") {
            answer(socket, "200 OK", "image/png", m_png + QByteArray(200'000, 'x'));
        } else if (path == "/big-streamed.png") {
            answer(socket, "200 OK", "image/png", m_png + QByteArray(200'000, 'x'), false);
        } else if (path == "/loop-a") {
            redirect(socket, "/loop-b");
        } else if (path == "/loop-b") {
            redirect(socket, "/loop-a");
        } else if (path.startsWith("/hop")) {
            redirect(socket, "/hop" + QByteArray::number(path.sliced(4).toInt() + 1));
        } else if (path == "/moved.png") {
            redirect(socket, "/image.png");
        } else if (path == "/page.jpg") {
            answer(socket, "200 OK", "text/html; charset=utf-8",
                   "<!DOCTYPE html><html><head><title>A page</title></head><body>Hello</body></html>");
        } else {
            answer(socket, "500 Internal Server Error", "text/plain", "unexpected");
        }
    }

    static void answer(QTcpSocket *socket, const QByteArray &status, const QByteArray &type, const QByteArray &body,
                       bool withLength = true)
    {
        QByteArray head = "HTTP/1.0 " + status + "\r\nContent-Type: " + type + "\r\n";
        if (withLength)
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head + body);
        socket->disconnectFromHost();
    }

    static void redirect(QTcpSocket *socket, const QByteArray &location)
    {
        socket->write("HTTP/1.0 302 Found\r\nLocation: " + location
                      + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QByteArray m_png;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

DownloadedImage download(ImageDownload &download, const QUrl &url)
{
    QSignalSpy finished(&download, &ImageDownload::finished);
    download.start(url);
    if (!finished.wait(10'000))
        return {url, {}, {}, {}, u"no result"_s, false};
    return finished.at(0).at(0).value<DownloadedImage>();
}
} // namespace

class ImageDownloadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<DownloadedImage>();
        QVERIFY(m_server.isListening());
    }

    void success()
    {
        ImageDownload downloader;
        QSignalSpy progress(&downloader, &ImageDownload::progress);
        const DownloadedImage result = download(downloader, m_server.url(u"/image.png"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.data, m_server.png());
        QCOMPARE(result.name, u"image.png"_s);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(m_server.png().size()));
        QVERIFY(!downloader.isRunning());
    }

    void followsARedirect()
    {
        ImageDownload downloader;
        const DownloadedImage result = download(downloader, m_server.url(u"/moved.png"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.data, m_server.png());
        QCOMPARE(result.finalUrl, m_server.url(u"/image.png"_s));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("404") << u"/missing.png"_s << u"The server answered 404 Not Found for"_s;
        QTest::newRow("slow server") << u"/slow.png"_s << u"did not answer within 0.3 seconds"_s;
        QTest::newRow("oversize, declared") << u"/big-declared.png"_s << u"larger than the 64"_s;
        QTest::newRow("oversize, streamed") << u"/big-streamed.png"_s << u"larger than the 64"_s;
        QTest::newRow("redirect loop") << u"/loop-a"_s << u"redirects in a loop"_s;
        QTest::newRow("too many redirects") << u"/hop0"_s << u"redirects more than 3 times"_s;
        QTest::newRow("html instead of an image") << u"/page.jpg"_s << u"is not an image: the server sent text/html"_s;
    }
    void failures()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        ImageDownload downloader;
        downloader.setTimeout(300);
        downloader.setMaxBytes(64 * 1024);
        downloader.setMaxRedirects(3);
        const DownloadedImage result = download(downloader, m_server.url(path));
        QVERIFY(!result.ok());
        QVERIFY(!result.canceled);
        QVERIFY(result.data.isEmpty());
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
    }

    void defaults()
    {
        ImageDownload downloader;
        QCOMPARE(downloader.maxBytes(), 20LL * 1024 * 1024);
        QVERIFY(downloader.timeout() > 0);
    }

    void cancel()
    {
        ImageDownload downloader;
        QSignalSpy finished(&downloader, &ImageDownload::finished);
        downloader.start(m_server.url(u"/slow.png"_s));
        QVERIFY(downloader.isRunning());
        QTest::qWait(50);
        downloader.cancel();
        QCOMPARE(finished.size(), 1);
        const auto result = finished.at(0).at(0).value<DownloadedImage>();
        QVERIFY(result.canceled);
        QVERIFY(!result.ok());
        QVERIFY(!downloader.isRunning());
        QTest::qWait(400); // no second finished(), no timeout after the cancel
        QCOMPARE(finished.size(), 1);
    }

    void dataUrl()
    {
        ImageDownload downloader;
        const QUrl url(u"data:image/png;base64,"_s + QString::fromLatin1(m_server.png().toBase64()));
        const DownloadedImage result = download(downloader, url);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.data, m_server.png());

        const DownloadedImage text = download(downloader, QUrl(u"data:text/plain,hello"_s));
        QVERIFY(!text.ok());
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(ImageDownloadTest)
#include "imagedownload_test.moc"
