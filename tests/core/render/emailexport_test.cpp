// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/emailexport.h"
#include "core/site/site.h"
#include "support/sitefixture.h"
#include "support/testimages.h"

#include <QRegularExpression>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;

namespace
{
const QString post
    = QStringLiteral("---\n"
                     "layout: post\n"
                     "title: \"Issue & news\"\n"
                     "date: 2023-10-09 07:00:00 -0800\n"
                     "---\n\n"
                     "## Headline\n\n"
                     "[![Blinka](../assets/20231009/blinka.png)](https://example.com/story)\n\n"
                     "Reused: ![logo](/assets/20231009/37kdiscord.jpg) and a missing "
                     "![gone](../assets/20231009/gone.jpg), a wide ![wide](../assets/20231009/wide.png), "
                     "a remote ![r](https://cdn.example.com/r.png).\n\n"
                     "See [the last issue](../assets/20231009/20231009mp.png#top) and [above](#headline).\n");

QStringList attributeValues(const QString &html, const QString &attribute)
{
    QStringList values;
    const QRegularExpression re(QStringLiteral("\\s%1=\"([^\"]*)\"").arg(attribute));
    for (auto it = re.globalMatch(html); it.hasNext();)
        values.append(it.next().captured(1));
    return values;
}
} // namespace

class EmailExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageHost_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("host");
        QTest::newRow("url") << QByteArray("url: \"https://news.example.org\"\n") << QByteArray()
                             << QStringLiteral("https://news.example.org/");
        QTest::newRow("url and baseurl") << QByteArray("url: https://x.org/\nbaseurl: /weekly\n") << QByteArray()
                                         << QStringLiteral("https://x.org/weekly/");
        QTest::newRow("image_host_url wins")
            << QByteArray("url: https://x.org\n") << QByteArray("image_host_url: https://cdn.x.org/img\n")
            << QStringLiteral("https://cdn.x.org/img/");
        QTest::newRow("nothing") << QByteArray("title: x\n") << QByteArray() << QString();
    }

    void imageHost()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, settings);
        QFETCH(QString, host);
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(QStringLiteral("_config.yml")), config));
        if (!settings.isEmpty())
            QVERIFY(writeAll(dir.filePath(QStringLiteral("_masthead.yml")), settings));
        const auto site = Site::find(dir.path());
        QVERIFY(site);
        QVERIFY(site->problems().isEmpty());
        QCOMPARE(imageHostUrl(*site), host);
    }

    void everyLocalImageBecomesAbsolute()
    {
        ExampleSite example;
        QVERIFY(example.isValid());
        QVERIFY(writeAll(example.path(QStringLiteral("assets/20231009/wide.png")),
                         encodedImage(cornerImage(900, 20), "PNG")));
        const QString path = example.path(QStringLiteral("_drafts/2023-10-09-draft.md"));
        const auto site = Site::find(path);
        const EmailExport email = exportEmail(post, path, &*site);
        QVERIFY2(email.error.isEmpty(), qPrintable(email.error));
        QCOMPARE(email.hostUrl, QStringLiteral("https://newsletter.example.org/"));

        // Every <img> is absolute; no relative link is left (a fragment stays).
        const QStringList sources = attributeValues(email.html, QStringLiteral("src"));
        QCOMPARE(sources.size(), 5);
        for (const QString &src : sources)
            QVERIFY2(src.startsWith(u"https://"), qPrintable(src));
        QVERIFY(sources.contains(u"https://newsletter.example.org/assets/20231009/blinka.png"));
        QVERIFY(sources.contains(u"https://newsletter.example.org/assets/20231009/37kdiscord.jpg"));
        QVERIFY(sources.contains(u"https://cdn.example.com/r.png"));
        for (const QString &href : attributeValues(email.html, QStringLiteral("href")))
            QVERIFY2(href.startsWith(u"https://") || href.startsWith(u'#'), qPrintable(href));
        QVERIFY(email.html.contains(u"href=\"https://newsletter.example.org/assets/20231009/20231009mp.png#top\""));
        QCOMPARE(email.rewrittenLinks, 1);

        // The report: four local images rewritten, one missing, one too wide, one remote.
        QCOMPARE(email.count(EmailImage::Status::Rewritten), 2);
        QCOMPARE(email.count(EmailImage::Status::Missing), 1);
        QCOMPARE(email.count(EmailImage::Status::TooLarge), 1);
        QCOMPARE(email.count(EmailImage::Status::Remote), 1);
        const QString report = emailReport(email);
        QVERIFY2(report.contains(u"4 image"), qPrintable(report));
        QVERIFY2(report.contains(u"1 missing: ../assets/20231009/gone.jpg"), qPrintable(report));
        QVERIFY2(report.contains(u"900 px"), qPrintable(report));

        // Standalone, with inline styles and no stylesheet; the title is escaped.
        QVERIFY(email.html.startsWith(u"<!DOCTYPE html>"));
        QVERIFY(email.html.contains(u"<title>Issue &amp; news</title>"));
        QVERIFY(!email.html.contains(u"<style"));
        QVERIFY(!email.html.contains(u"<link"));
        QVERIFY(email.html.contains(u"<h2 style=\""));
        QVERIFY(email.html.contains(u"<img style=\"max-width:100%"));
        QVERIFY(!email.html.contains(u"layout: post"));
        QVERIFY(email.plainText.contains(u"Headline"));
        QVERIFY(!email.plainText.contains(u'<'));
    }

    void noAddressNoExport()
    {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(QStringLiteral("_config.yml")), "title: x\n"));
        const QString path = dir.filePath(QStringLiteral("_drafts/a.md"));
        const auto site = Site::find(dir.path());
        const EmailExport email = exportEmail(QStringLiteral("![a](../x.png)\n"), path, &*site);
        QVERIFY(email.html.isEmpty());
        QVERIFY2(email.error.contains(u"image_host_url"), qPrintable(email.error));
        // Only remote images need no site at all.
        const EmailExport remote = exportEmail(QStringLiteral("![a](https://x.org/a.png)\n"), path, nullptr);
        QVERIFY2(remote.error.isEmpty(), qPrintable(remote.error));
        QCOMPARE(remote.count(EmailImage::Status::Remote), 1);
    }
};

QTEST_GUILESS_MAIN(EmailExportTest)
#include "emailexport_test.moc"
