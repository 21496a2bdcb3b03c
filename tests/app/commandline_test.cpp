// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/sitefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace MastheadTest;

namespace
{
struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs the real masthead binary with no display at all.
Run masthead(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(MASTHEAD_BINARY), arguments);
    if (!process.waitForFinished(30'000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

// Runs masthead while this thread's event loop keeps running (for a local server the program talks to).
Run mastheadServed(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1"));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(MASTHEAD_BINARY), arguments);
    if (!finished.wait(30'000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

// An issue without problems, like the checks test's clean fixture.
const char *const cleanIssue = R"(---
layout: post
title: "A clean issue"
date: 2023-10-16 07:00:00 -0800
categories: weekly
---

- [x] change date

## Story

[![Blinka]({{ site.baseurl }}/assets/20231009/blinka.png)](LINK)

text - [example.org](LINK).
)";

QByteArray issueLinkingTo(const QByteArray &link)
{
    return QByteArray(cleanIssue).replace("LINK", link);
}

QStringList problemCodes(const QJsonObject &result)
{
    QStringList codes;
    for (const auto &p : result.value(QStringLiteral("problems")).toArray())
        codes.append(p.toObject().value(QStringLiteral("code")).toString());
    return codes;
}

// Text of a man page as a reader sees it: roff requests dropped, font changes removed, escaped
// hyphens plain, all on one line with single spaces.
QString manAsText(const QString &roff)
{
    QStringList lines;
    for (const QString &line : roff.split(u'\n')) {
        if (line.startsWith(u'.') && !line.startsWith(QLatin1String(".SS")))
            continue;
        lines.append(line);
    }
    QString text = lines.join(u' ');
    text.remove(QStringLiteral("\\fB")).remove(QStringLiteral("\\fI")).remove(QStringLiteral("\\fR"));
    text.replace(QStringLiteral("\\-"), QStringLiteral("-")).replace(QStringLiteral("\\&"), QString());
    return text.simplified();
}

// The descriptions in the Arguments: and Options: tables of --help, each joined from its wrapped lines.
QStringList tableDescriptions(const QString &help)
{
    QStringList descriptions;
    bool inTable = false;
    for (const QString &line : help.split(u'\n')) {
        if (line.endsWith(u':') && !line.startsWith(u' ')) {
            inTable = true;
            continue;
        }
        if (!inTable || line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1String("    ")) && !descriptions.isEmpty()) {
            descriptions.last() += u' ' + line.trimmed();
            continue;
        }
        const qsizetype gap = line.indexOf(QLatin1String("  "), 2);
        descriptions.append(gap < 0 ? QString() : line.mid(gap).trimmed());
    }
    for (QString &description : descriptions)
        description = description.simplified();
    descriptions.removeAll(QString());
    return descriptions;
}
} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each command's --help names the command, says what it does and lists its options; the man
    // page, made by "masthead --man", carries the same text.
    void helpOfEachCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QStringList>("options");
        const QString help = QStringLiteral("-h, --help");
        const QString json = QStringLiteral("--json");
        QTest::newRow("new") << QStringLiteral("new") << QStringLiteral("masthead new [options]")
                             << QStringList {QStringLiteral("--site DIR"), QStringLiteral("--date YYYY-MM-DD"), json,
                                             help};
        QTest::newRow("publish") << QStringLiteral("publish") << QStringLiteral("masthead publish [options] file")
                                 << QStringList {QStringLiteral("--date YYYY-MM-DD"), QStringLiteral("--slug SLUG"),
                                                 QStringLiteral("--force"), json, help};
        QTest::newRow("unpublish") << QStringLiteral("unpublish") << QStringLiteral("masthead unpublish [options] file")
                                   << QStringList {json, help};
        QTest::newRow("export") << QStringLiteral("export") << QStringLiteral("masthead export [options] file")
                                << QStringList {QStringLiteral("--email"), QStringLiteral("--text"),
                                                QStringLiteral("-o, --output FILE"), json, help};
        QTest::newRow("redate") << QStringLiteral("redate") << QStringLiteral("masthead redate [options] file date")
                                << QStringList {json, help};
        QTest::newRow("render") << QStringLiteral("render") << QStringLiteral("masthead render [options] file")
                                << QStringList {QStringLiteral("--source-positions"), help};
        QTest::newRow("info") << QStringLiteral("info") << QStringLiteral("masthead info [options] file")
                              << QStringList {json, help};
        QTest::newRow("check") << QStringLiteral("check") << QStringLiteral("masthead check [options] file")
                               << QStringList {QStringLiteral("--links"), QStringLiteral("--link-timeout SECONDS"),
                                               json, help};
    }

    void helpOfEachCommand()
    {
        QFETCH(QString, command);
        QFETCH(QString, usage);
        QFETCH(QStringList, options);
        const Run run = masthead({command, QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        const QString help = QString::fromUtf8(run.out);
        const QStringList lines = help.split(u'\n');
        QCOMPARE(lines.value(0), QStringLiteral("Usage: ") + usage);
        QVERIFY2(lines.value(1).size() > 20, qPrintable(help));
        for (const QString &option : std::as_const(options))
            QVERIFY2(help.contains(QStringLiteral("\n  ") + option + QStringLiteral("  ")), qPrintable(option));
        // -? too, as Qt's own help option has it.
        QCOMPARE(masthead({command, QStringLiteral("-?")}).out, run.out);

        const Run man = masthead({QStringLiteral("--man")});
        QCOMPARE(man.exitCode, 0);
        const QString manText = manAsText(QString::fromUtf8(man.out));
        QVERIFY(manText.contains(QStringLiteral("masthead ") + command + QStringLiteral(" [options]")));
        const QStringList descriptions = tableDescriptions(help);
        QCOMPARE(descriptions.size(), options.size() + (usage.count(u' ') - 2));
        for (const QString &description : descriptions)
            QVERIFY2(manText.contains(description), qPrintable(description));
        QString summary;
        for (const QString &line : lines.mid(1)) {
            if (line.isEmpty())
                break;
            summary += u' ' + line;
        }
        QVERIFY2(manText.contains(summary.simplified()), qPrintable(summary));
    }

    // masthead --help lists every command with its summary; the man page has a section for each.
    void programHelpListsTheCommands()
    {
        const Run run = masthead({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        const QString help = QString::fromUtf8(run.out);
        QVERIFY(help.startsWith(QStringLiteral("Usage: masthead [options] [PATH]\n")));
        QVERIFY(help.contains(QStringLiteral("\nCommands:\n")));
        QVERIFY(!help.contains(QStringLiteral("--man")));
        const QString man = QString::fromUtf8(masthead({QStringLiteral("--man")}).out);
        QVERIFY(man.contains(QStringLiteral("\n.TH MASTHEAD 1 ")));
        for (const char *command : {"new", "publish", "unpublish", "redate", "render", "info", "check"}) {
            const QString name = QString::fromLatin1(command);
            QVERIFY2(help.contains(QStringLiteral("\n  ") + name + u' '), command);
            QVERIFY2(man.contains(QStringLiteral(".SS \"\\fBmasthead ") + name + QStringLiteral("\\fR")), command);
        }
        for (const QString &description : tableDescriptions(help))
            QVERIFY2(manAsText(man).contains(description), qPrintable(description));
    }
    void newPublishRedateInfo()
    {
        ExampleSite example;
        QVERIFY(example.isValid());

        const Run created = masthead({QStringLiteral("new"), QStringLiteral("--json")}, example.root());
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QCOMPARE(json(created).value(QStringLiteral("draft")).toString(),
                 example.path(QStringLiteral("_drafts/2023-10-16-draft.md")));
        QCOMPARE(json(created).value(QStringLiteral("date")).toString(), QStringLiteral("2023-10-16"));

        const Run info = masthead({QStringLiteral("info"), example.path(QStringLiteral("_drafts/2023-10-16-draft.md")),
                                   QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject facts = json(info);
        QCOMPARE(facts.value(QStringLiteral("site_root")).toString(), example.root());
        QCOMPARE(facts.value(QStringLiteral("kind")).toString(), QStringLiteral("draft"));
        QCOMPARE(facts.value(QStringLiteral("issue_date")).toString(), QStringLiteral("2023-10-16"));
        QCOMPARE(facts.value(QStringLiteral("assets_folder")).toString(),
                 example.path(QStringLiteral("assets/20231016/")));
        QVERIFY(facts.value(QStringLiteral("assets_folder_exists")).toBool());
        QCOMPARE(facts.value(QStringLiteral("front_matter")).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Featured story title here!"));
        const QJsonArray images = facts.value(QStringLiteral("images")).toArray();
        QVERIFY(images.size() > 30);
        bool sawReused = false;
        for (const auto &image : images) {
            if (image.toObject().value(QStringLiteral("reference")).toString() == u"../assets/20231016/blinka.png") {
                sawReused = true;
                QVERIFY(image.toObject().value(QStringLiteral("exists")).toBool());
            }
        }
        QVERIFY(sawReused);

        // A fresh issue is full of the template's placeholders: publish refuses and says why.
        const QString fresh = example.path(QStringLiteral("_drafts/2023-10-16-draft.md"));
        const QByteArray freshBytes = readAll(fresh);
        const Run refused = masthead({QStringLiteral("publish"), fresh});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"not published") && refused.err.contains(u"--force"), qPrintable(refused.err));
        QVERIFY2(refused.out.contains(QByteArray(fresh.toUtf8() + ":")), refused.out.left(300).constData());
        QVERIFY(refused.out.contains(": error: "));
        QVERIFY(!refused.out.contains(": warning: "));
        QCOMPARE(readAll(fresh), freshBytes);
        QVERIFY(!QFile::exists(example.path(QStringLiteral("_posts/2023-10-16-featured-story-title-here.md"))));

        const Run published = masthead({QStringLiteral("publish"), QStringLiteral("--force"), fresh});
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        QVERIFY(published.err.contains(u"--force"));
        QCOMPARE(QString::fromUtf8(published.out).trimmed(),
                 example.path(QStringLiteral("_posts/2023-10-16-featured-story-title-here.md")));

        const Run redated = masthead({QStringLiteral("redate"),
                                      example.path(QStringLiteral("_posts/2023-10-16-featured-story-title-here.md")),
                                      QStringLiteral("2023-10-17"), QStringLiteral("--json")});
        QVERIFY2(redated.exitCode == 0, qPrintable(redated.err));
        QCOMPARE(json(redated).value(QStringLiteral("file")).toString(),
                 example.path(QStringLiteral("_posts/2023-10-17-featured-story-title-here.md")));
        QVERIFY(QFile::exists(example.path(QStringLiteral("assets/20231017/blinka.png"))));

        const Run unpublished
            = masthead({QStringLiteral("unpublish"),
                        example.path(QStringLiteral("_posts/2023-10-17-featured-story-title-here.md"))});
        QVERIFY2(unpublished.exitCode == 0, qPrintable(unpublished.err));
        QCOMPARE(QString::fromUtf8(unpublished.out).trimmed(),
                 example.path(QStringLiteral("_drafts/featured-story-title-here.md")));
        QVERIFY(!QFile::exists(example.path(QStringLiteral("_posts/2023-10-17-featured-story-title-here.md"))));
    }

    void exportEmailForTheMailer()
    {
        ExampleSite example;
        QVERIFY(example.isValid());
        const QString draft = example.path(QStringLiteral("_drafts/2023-10-16-draft.md"));
        QVERIFY(writeAll(draft,
                         issueLinkingTo("https://example.org/story") + "\n![mp](../assets/20231009/20231009mp.png)\n"));
        const Run run = masthead({QStringLiteral("export"), QStringLiteral("--email"), draft});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(run.out.contains("src=\"https://newsletter.example.org/assets/20231009/20231009mp.png\""));
        QVERIFY(run.out.contains("src=\"https://newsletter.example.org/assets/20231009/blinka.png\""));
        QVERIFY(!run.out.contains("src=\"../"));
        QVERIFY(!run.out.contains("{{"));
        // In English (the test runs under the C locale) with its plural, from masthead_en.ts.
        QVERIFY2(run.err.contains(u"2 images rewritten to https://newsletter.example.org/"), qPrintable(run.err));

        const QString out = example.path(QStringLiteral("email.html"));
        const Run saved
            = masthead({QStringLiteral("export"), QStringLiteral("--email"), QStringLiteral("-o"), out, draft});
        QCOMPARE(saved.exitCode, 0);
        QVERIFY(saved.out.isEmpty());
        QCOMPARE(readAll(out), run.out);

        // A missing image: reported, exit status 1.
        QVERIFY(writeAll(draft,
                         readAll(draft)
                             + "\n![gone](../assets/20231009/gone.jpg) "
                               "![gone](../assets/20231009/gone.jpg)\n"));
        const Run missing = masthead({QStringLiteral("export"), QStringLiteral("--email"), draft});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"missing: ../assets/20231009/gone.jpg (×2)"), qPrintable(missing.err));
        // Without --email there is nothing to export.
        QCOMPARE(masthead({QStringLiteral("export"), draft}).exitCode, 2);
    }

    void renderPrintsTheBody()
    {
        const Run run = masthead({QStringLiteral("render"), seedPath(blogArticleSeed)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("<img src=\"esp32-devkits.jpg\" alt=\"ESP32 DevKits\" />"));
        QVERIFY(!run.out.contains("layout: article"));
        QVERIFY(!run.out.contains("data-sourcepos"));
        const Run positions
            = masthead({QStringLiteral("render"), QStringLiteral("--source-positions"), seedPath(blogArticleSeed)});
        QVERIFY(positions.out.contains("<h1 id=\"micropython-sprints-at-pyconau\" data-sourcepos=\"13:1-"));
    }

    // Untrusted posts must not crash the program or take it forever: the renderer has a nesting limit.
    void renderSurvivesDeepNesting_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("20,000 emphasis markers on each side")
            << QByteArray(20000, '*') + "x" + QByteArray(20000, '*') + "\n";
        QByteArray lists;
        for (int i = 0; i < 10000; ++i)
            lists += "- ";
        QTest::newRow("10,000 nested list items on one line") << lists + "x\n";
        QByteArray indented;
        for (int i = 0; i < 10000; ++i)
            indented += QByteArray(qMin(i, 40) * 2, ' ') + "- x\n";
        QTest::newRow("10,000 list items, ever more indented") << indented;
        QTest::newRow("10,000 nested block quotes") << QByteArray(10000, '>') + " x\n";
        QByteArray quotes;
        for (int i = 0; i < 10000; ++i)
            quotes += "> ";
        QTest::newRow("10,000 nested block quotes with spaces") << quotes + "x\n";
        QByteArray brackets = QByteArray(10000, '[') + "x" + QByteArray(10000, ']') + "\n";
        QTest::newRow("10,000 nested brackets") << brackets;
        QByteArray divs;
        for (int i = 0; i < 2000; ++i)
            divs += "<div markdown=\"1\">\n";
        divs += "x\n";
        for (int i = 0; i < 2000; ++i)
            divs += "</div>\n";
        QTest::newRow("2,000 nested markdown=1 elements") << divs;
        QByteArray unclosed;
        for (int i = 0; i < 20000; ++i)
            unclosed += "<div markdown=\"1\">\n\n";
        QTest::newRow("20,000 elements never closed") << unclosed + "x\n";
    }

    void renderSurvivesDeepNesting()
    {
        QFETCH(QByteArray, body);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("deep.md"));
        QVERIFY(writeAll(file, "---\ntitle: Deep\n---\n" + body));
        const Run run = masthead({QStringLiteral("render"), file});
        QCOMPARE(run.exitCode, 0); // -1 when it crashed or did not finish within 30 s
        QVERIFY(run.out.contains("x"));
    }

    void exitStatusesAndMessages_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expectedInError");

        QTest::newRow("unparseable date")
            << QStringList {QStringLiteral("new"), QStringLiteral("--date"), QStringLiteral("9/10/23")} << 2
            << QStringLiteral("is not a date");
        QTest::newRow("unparseable --date of publish")
            << QStringList {QStringLiteral("publish"), QStringLiteral("--date"), QStringLiteral("2023-10-32"),
                            QStringLiteral("x.md")}
            << 2 << QStringLiteral("“2023-10-32” is not a date");
        QTest::newRow("unparseable date of redate")
            << QStringList {QStringLiteral("redate"), QStringLiteral("x.md"), QStringLiteral("2023-1-9")} << 2
            << QStringLiteral("“2023-1-9” is not a date");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("publish"), QStringLiteral("--frobnicate")} << 2
                                        << QStringLiteral("frobnicate");
        QTest::newRow("missing argument") << QStringList {QStringLiteral("redate"), QStringLiteral("x.md")} << 2
                                          << QStringLiteral("wrong number of arguments");
        QTest::newRow("outside any site")
            << QStringList {QStringLiteral("publish"), QStringLiteral(MASTHEAD_SOURCE_DIR "/README.md")} << 1
            << QStringLiteral("not inside a Jekyll site");
        QTest::newRow("missing file") << QStringList {QStringLiteral("render"), QStringLiteral("/nonexistent/post.md")}
                                      << 1 << QStringLiteral("does not exist");
    }

    void exitStatusesAndMessages()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expectedInError);
        const Run run = masthead(arguments, QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly"));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(expectedInError), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void checkExitsWithOneOnErrors()
    {
        ExampleSite example;
        QVERIFY(example.isValid());
        // The example draft is the template as it is: placeholders are errors, one per line; its
        // "../assets/" paths break once published (warnings, as the site has not chosen).
        const QString draft = example.path(QStringLiteral("_drafts/2023-10-09-draft.md"));
        const Run text = masthead({QStringLiteral("check"), draft});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.err.contains(QStringLiteral("2023-10-09-draft.md: errors: 59, warnings: 26, notes: 0")),
                 qPrintable(text.err));
        const QString firstLine = QString::fromUtf8(text.out).section(u'\n', 0, 0);
        QCOMPARE(firstLine,
                 draft
                     + QStringLiteral(":8:1: warning: The checklist item “Library and info updates” is not "
                                      "ticked. [unticked-item]"));

        const Run asJson = masthead({QStringLiteral("check"), draft, QStringLiteral("--json")});
        QCOMPARE(asJson.exitCode, 1);
        const QJsonObject result = json(asJson);
        QCOMPARE(result.value(QStringLiteral("file")).toString(), draft);
        QCOMPARE(result.value(QStringLiteral("errors")).toInt(), 59);
        QCOMPARE(result.value(QStringLiteral("warnings")).toInt(), 26);
        QCOMPARE(result.value(QStringLiteral("links_checked")).toBool(), false);
        const QJsonObject first = result.value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("unticked-item"));
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 8);
        QCOMPARE(first.value(QStringLiteral("file")).toString(), draft);
        QVERIFY(problemCodes(result).contains(QStringLiteral("placeholder")));
        QVERIFY(problemCodes(result).contains(QStringLiteral("relative-path-breaks-when-published")));

        // The same issue done: no problems, exit 0, nothing on stdout.
        const QString done = example.path(QStringLiteral("_drafts/2023-10-16-draft.md"));
        QVERIFY(writeAll(
            done, issueLinkingTo("https://example.org/story").replace("20231009/blinka.png", "20231016/blinka.png")));
        QVERIFY(QDir().mkpath(example.path(QStringLiteral("assets/20231016"))));
        QVERIFY(QFile::copy(example.path(QStringLiteral("assets/20231009/blinka.png")),
                            example.path(QStringLiteral("assets/20231016/blinka.png"))));
        const Run clean = masthead({QStringLiteral("check"), done});
        QVERIFY2(clean.exitCode == 0, clean.out.constData());
        QVERIFY(clean.out.isEmpty());
        QVERIFY2(clean.err.contains(QStringLiteral("errors: 0, warnings: 0")), qPrintable(clean.err));

        // Warnings alone do not fail the check.
        QVERIFY(writeAll(done,
                         QString::fromUtf8(readAll(done))
                             .replace(QStringLiteral("[x] change"), QStringLiteral("[ ] change"))
                             .toUtf8()));
        const Run warned = masthead({QStringLiteral("check"), done, QStringLiteral("--json")});
        QCOMPARE(warned.exitCode, 0);
        QCOMPARE(problemCodes(json(warned)), QStringList {QStringLiteral("unticked-item")});

        const Run missing
            = masthead({QStringLiteral("check"), QStringLiteral("/nonexistent/post.md"), QStringLiteral("--json")});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(problemCodes(json(missing)), QStringList {QStringLiteral("unreadable-file")});

        const Run usage
            = masthead({QStringLiteral("check"), done, QStringLiteral("--link-timeout"), QStringLiteral("soon")});
        QCOMPARE(usage.exitCode, 2);
    }

    // --links asks a local server: a 404 is an error; a refused connection is only a note.
    void checkLinksAgainstALocalServer()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    const QByteArray request = socket->readAll();
                    const bool gone = request.contains(" /gone ");
                    socket->write(gone ? "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                       : "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 refusedPort = closed.serverPort();
        closed.close();

        ExampleSite example;
        QVERIFY(example.isValid());
        const QString issue = example.path(QStringLiteral("_drafts/2023-10-09-issue.md"));
        const QByteArray base = "http://127.0.0.1:" + QByteArray::number(server.serverPort());
        QString content = QString::fromUtf8(issueLinkingTo(base + "/fine"))
                              .replace(QStringLiteral("2023-10-16"), QStringLiteral("2023-10-09"));
        content += QStringLiteral("\n## More\n\n[gone](%1/gone) and [down](http://127.0.0.1:%2/x).\n")
                       .arg(QString::fromLatin1(base))
                       .arg(refusedPort);
        QVERIFY(writeAll(issue, content.toUtf8()));

        const Run offline = masthead({QStringLiteral("check"), issue, QStringLiteral("--json")});
        QVERIFY2(offline.exitCode == 0, offline.out.constData());
        QVERIFY(problemCodes(json(offline)).isEmpty());

        const Run run
            = mastheadServed({QStringLiteral("check"), issue, QStringLiteral("--links"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.err));
        const QJsonObject result = json(run);
        QCOMPARE(result.value(QStringLiteral("links_checked")).toBool(), true);
        QCOMPARE(problemCodes(result),
                 (QStringList {QStringLiteral("broken-link"), QStringLiteral("link-not-checked")}));
        const QJsonObject broken = result.value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(broken.value(QStringLiteral("line")).toInt(), 18);
        QCOMPARE(broken.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    }

    void newRefusesAnExistingIssue()
    {
        ExampleSite example;
        QVERIFY(writeAll(example.path(QStringLiteral("_drafts/2023-10-16-draft.md")), "mine"));
        const auto before = snapshot(example.root());
        const Run run = masthead({QStringLiteral("new"), QStringLiteral("--site"), example.root(),
                                  QStringLiteral("--date"), QStringLiteral("2023-10-16")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
        QCOMPARE(snapshot(example.root()), before);
    }

    // Issue 13: `masthead new` with a hostile _masthead.yml wrote an autostart file outside the
    // site with a secret's content. Now it refuses, names the settings, and writes nothing.
    void newRefusesSettingsOutsideTheSite()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly"), dir.filePath(QStringLiteral("site"))));
        QVERIFY(writeAll(dir.filePath(QStringLiteral("victim-home/secret-notes.txt")), "secret\n"));
        QVERIFY(writeAll(dir.filePath(QStringLiteral("site/_masthead.yml")),
                         "draft_file: \"../victim-home/.config/autostart/{date}-evil.desktop\"\n"
                         "template: \"../victim-home/secret-notes.txt\"\n"));
        const auto before = snapshot(dir.path());
        const Run run = masthead({QStringLiteral("new"), QStringLiteral("--site"), dir.filePath(QStringLiteral("site")),
                                  QStringLiteral("--date"), QStringLiteral("2023-10-16")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("“draft_file”")) && run.err.contains(QStringLiteral("“template”"))
                     && run.err.contains(QStringLiteral("outside the site")),
                 qPrintable(run.err));
        QCOMPARE(snapshot(dir.path()), before);
    }

    // `masthead render` of a post whose include and image lead outside through symbolic links.
    void renderDoesNotFollowLinksOutside()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly"), dir.filePath(QStringLiteral("site"))));
        QVERIFY(writeAll(dir.filePath(QStringLiteral("outside/secret.html")), "TOP-SECRET-INCLUDE\n"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("site/_includes"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("outside/secret.html")),
                            dir.filePath(QStringLiteral("site/_includes/x.html"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("outside/secret.html")),
                            dir.filePath(QStringLiteral("site/_drafts/rel.html"))));
        const QString post = dir.filePath(QStringLiteral("site/_drafts/2023-10-20-links.md"));
        QVERIFY(writeAll(post, "---\ntitle: Links\n---\n\n{% include x.html %}\n\n{% include_relative rel.html %}\n"));
        const Run run = masthead({QStringLiteral("render"), post});
        QVERIFY2(!run.out.contains("TOP-SECRET-INCLUDE"), run.out.constData());
        QVERIFY2(run.out.contains("mh-liquid-unsupported") || run.err.contains(QStringLiteral("outside")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "commandline_test.moc"
