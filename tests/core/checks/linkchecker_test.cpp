// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/linkchecker.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Masthead;
using Status = LinkResult::Status;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Masthead::LinkResult::Status)

namespace
{
// A small HTTP/1.1 server on 127.0.0.1, one request per connection:
//   /ok 200, /moved 301 to /ok, /gone 404, /removed 410, /error 503, /forbidden 403,
//   /nohead 405 to HEAD and 200 to GET, /slow never answers.
class TestServer : public QObject
{
public:
    TestServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    // "HEAD /ok", "GET /nohead", ... in the order they came.
    QStringList requests;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> words = buffer.left(buffer.indexOf("\r\n")).split(' ');
        const QByteArray method = words.value(0);
        const QByteArray path = words.value(1);
        requests.append(QString::fromLatin1(method + ' ' + path));
        QByteArray status = "200 OK";
        QByteArray headers;
        const QByteArray body = "<html>hello</html>";
        if (path == "/slow")
            return; // never answers
        if (path == "/moved") {
            status = "301 Moved Permanently";
            headers = "Location: /ok\r\n";
        } else if (path == "/gone") {
            status = "404 Not Found";
        } else if (path == "/removed") {
            status = "410 Gone";
        } else if (path == "/error") {
            status = "503 Service Unavailable";
        } else if (path == "/forbidden") {
            status = "403 Forbidden";
        } else if (path == "/nohead" && method == "HEAD") {
            status = "405 Method Not Allowed";
        }
        QByteArray response = "HTTP/1.1 " + status + "\r\n" + headers + "Content-Type: text/html\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        if (method != "HEAD")
            response += body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A port that was just bound and released: connecting to it is refused.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

bool runToEnd(LinkChecker &checker)
{
    if (!checker.isRunning())
        return true;
    QSignalSpy finished(&checker, &LinkChecker::finished);
    return finished.wait(20'000);
}
} // namespace

class LinkCheckerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The checks must never reach out through a proxy of the test machine.
        qputenv("no_proxy", "127.0.0.1,localhost");
        qputenv("NO_PROXY", "127.0.0.1,localhost");
    }

    void answers_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Status>("status");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QStringList>("requests");

        QTest::newRow("200") << QStringLiteral("/ok") << Status::Ok << 200 << QStringList {QStringLiteral("HEAD /ok")};
        QTest::newRow("301 then 200") << QStringLiteral("/moved") << Status::Ok << 200
                                      << QStringList {QStringLiteral("HEAD /moved"), QStringLiteral("HEAD /ok")};
        QTest::newRow("404") << QStringLiteral("/gone") << Status::Broken << 404
                             << QStringList {QStringLiteral("HEAD /gone"), QStringLiteral("GET /gone")};
        QTest::newRow("410") << QStringLiteral("/removed") << Status::Broken << 410
                             << QStringList {QStringLiteral("HEAD /removed"), QStringLiteral("GET /removed")};
        QTest::newRow("503") << QStringLiteral("/error") << Status::ServerError << 503
                             << QStringList {QStringLiteral("HEAD /error"), QStringLiteral("GET /error")};
        QTest::newRow("403 is no verdict")
            << QStringLiteral("/forbidden") << Status::NotChecked << 403
            << QStringList {QStringLiteral("HEAD /forbidden"), QStringLiteral("GET /forbidden")};
        QTest::newRow("HEAD 405 then GET 200")
            << QStringLiteral("/nohead") << Status::Ok << 200
            << QStringList {QStringLiteral("HEAD /nohead"), QStringLiteral("GET /nohead")};
    }

    void answers()
    {
        QFETCH(QString, path);
        QFETCH(Status, status);
        QFETCH(int, httpStatus);
        QFETCH(QStringList, requests);

        TestServer server;
        QVERIFY(server.isListening());
        LinkChecker checker;
        QSignalSpy results(&checker, &LinkChecker::resultReady);
        checker.check({server.url(path)});
        QVERIFY(runToEnd(checker));
        QCOMPARE(results.size(), 1);
        const auto result = checker.result(server.url(path));
        QVERIFY(result);
        QCOMPARE(result->status, status);
        QCOMPARE(result->httpStatus, httpStatus);
        QCOMPARE(server.requests, requests);
    }

    void aTimeoutIsNotBroken()
    {
        TestServer server;
        LinkChecker checker;
        checker.setTimeout(300ms);
        checker.check({server.url(QStringLiteral("/slow"))});
        QVERIFY(runToEnd(checker));
        const auto result = checker.result(server.url(QStringLiteral("/slow")));
        QVERIFY(result);
        QCOMPARE(result->status, Status::Timeout);
        // No second try with GET after a timeout: that would only double the wait.
        QCOMPARE(server.requests, QStringList {QStringLiteral("HEAD /slow")});

        const QList<Problem> problems
            = checker.problems({{server.url(QStringLiteral("/slow")), 7, 3}}, QStringLiteral("/site/x.md"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("link-timeout"));
        QCOMPARE(problems.first().severity, Problem::Severity::Warning);
        QCOMPARE(problems.first().line, 7);
    }

    void aRefusedConnectionIsNotChecked()
    {
        const quint16 port = closedPort();
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/page").arg(port));
        LinkChecker checker;
        checker.check({url});
        QVERIFY(runToEnd(checker));
        const auto result = checker.result(url);
        QVERIFY(result);
        QCOMPARE(result->status, Status::NotChecked);
        QVERIFY2(result->detail.contains(u"refused"), qPrintable(result->detail));
        const QList<Problem> problems = checker.problems({{url, 3, 1}}, QStringLiteral("/site/x.md"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("link-not-checked"));
        QCOMPARE(problems.first().severity, Problem::Severity::Info);
    }

    void problemsOfTheResults()
    {
        TestServer server;
        LinkChecker checker;
        const QList<ExternalLink> links {{server.url(QStringLiteral("/ok")), 1, 1},
                                         {server.url(QStringLiteral("/gone")), 2, 5},
                                         {server.url(QStringLiteral("/error")), 3, 1}};
        checker.check({links.at(0).url, links.at(1).url, links.at(2).url});
        QVERIFY(runToEnd(checker));
        const QList<Problem> problems = checker.problems(links, QStringLiteral("/site/x.md"));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).code, QStringLiteral("broken-link"));
        QCOMPARE(problems.at(0).severity, Problem::Severity::Error);
        QCOMPARE(problems.at(0).line, 2);
        QCOMPARE(problems.at(0).column, 5);
        QCOMPARE(problems.at(0).file, QStringLiteral("/site/x.md"));
        QVERIFY(problems.at(0).message.contains(u"404"));
        QCOMPARE(problems.at(1).code, QStringLiteral("link-server-error"));
        QCOMPARE(problems.at(1).severity, Problem::Severity::Warning);
    }

    void resultsAreCachedForTheRun()
    {
        TestServer server;
        LinkChecker checker;
        QSignalSpy progress(&checker, &LinkChecker::progress);
        // The same page twice, once with a fragment: asked for once.
        checker.check({server.url(QStringLiteral("/ok")), server.url(QStringLiteral("/ok#top"))});
        QVERIFY(runToEnd(checker));
        QCOMPARE(server.requests, QStringList {QStringLiteral("HEAD /ok")});
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().at(1).toInt(), 1);
        // A second run asks for nothing it knows, and still reports finished.
        QSignalSpy finished(&checker, &LinkChecker::finished);
        checker.check({server.url(QStringLiteral("/ok"))});
        QVERIFY(finished.wait(5000));
        QCOMPARE(server.requests.size(), 1);
    }

    void atMostEightAtATime()
    {
        TestServer server;
        LinkChecker checker;
        QList<QUrl> urls;
        for (int i = 0; i < 20; ++i)
            urls.append(server.url(QStringLiteral("/ok?n=%1").arg(i)));
        QSignalSpy progress(&checker, &LinkChecker::progress);
        checker.check(urls);
        QCOMPARE(checker.peakInFlight(), 8);
        QVERIFY(runToEnd(checker));
        QCOMPARE(checker.peakInFlight(), 8);
        QCOMPARE(progress.size(), 20);
        QCOMPARE(progress.last().at(0).toInt(), 20);
        QCOMPARE(checker.results().size(), 20);
        for (const auto &result : checker.results())
            QCOMPARE(result.status, Status::Ok);
    }

    void cancelStopsEverything()
    {
        TestServer server;
        LinkChecker checker;
        checker.setTimeout(60s);
        QSignalSpy finished(&checker, &LinkChecker::finished);
        checker.check({server.url(QStringLiteral("/slow")), server.url(QStringLiteral("/slow?2"))});
        QVERIFY(checker.isRunning());
        checker.cancel();
        QVERIFY(!checker.isRunning());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!checker.result(server.url(QStringLiteral("/slow"))));
    }
};

QTEST_GUILESS_MAIN(LinkCheckerTest)
#include "linkchecker_test.moc"
