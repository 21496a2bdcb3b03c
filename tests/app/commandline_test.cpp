// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/sitefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

        const Run published
            = masthead({QStringLiteral("publish"), example.path(QStringLiteral("_drafts/2023-10-16-draft.md"))});
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        QCOMPARE(QString::fromUtf8(published.out).trimmed(),
                 example.path(QStringLiteral("_posts/2023-10-16-featured-story-title-here.md")));

        const Run redated = masthead({QStringLiteral("redate"),
                                      example.path(QStringLiteral("_posts/2023-10-16-featured-story-title-here.md")),
                                      QStringLiteral("2023-10-17"), QStringLiteral("--json")});
        QVERIFY2(redated.exitCode == 0, qPrintable(redated.err));
        QCOMPARE(json(redated).value(QStringLiteral("file")).toString(),
                 example.path(QStringLiteral("_posts/2023-10-17-featured-story-title-here.md")));
        QVERIFY(QFile::exists(example.path(QStringLiteral("assets/20231017/blinka.png"))));
    }

    void renderPrintsTheBody()
    {
        const Run run = masthead({QStringLiteral("render"),
                                  QStringLiteral(MASTHEAD_SOURCE_DIR "/tests/data/seeds/blog-article-example.md")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("<img src=\"esp32-devkits.jpg\" alt=\"ESP32 DevKits\" />"));
        QVERIFY(!run.out.contains("layout: article"));
        QVERIFY(!run.out.contains("data-sourcepos"));
        const Run positions
            = masthead({QStringLiteral("render"), QStringLiteral("--source-positions"),
                        QStringLiteral(MASTHEAD_SOURCE_DIR "/tests/data/seeds/blog-article-example.md")});
        QVERIFY(positions.out.contains("<h1 id=\"micropython-sprints-at-pyconau\" data-sourcepos=\"13:1-"));
    }

    void exitStatusesAndMessages_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expectedInError");

        QTest::newRow("unparseable date")
            << QStringList {QStringLiteral("new"), QStringLiteral("--date"), QStringLiteral("9/10/23")} << 2
            << QStringLiteral("is not a date");
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
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "commandline_test.moc"
