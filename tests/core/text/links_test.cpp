// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/links.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Masthead;

class LinksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTargets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QList<bool>>("images");

        QTest::newRow("image link") << QStringLiteral("[![t](../assets/a.jpg)](https://x.org)")
                                    << QStringList {QStringLiteral("../assets/a.jpg"), QStringLiteral("https://x.org")}
                                    << QList<bool> {true, false};
        QTest::newRow("empty targets") << QStringLiteral("Update [![](../assets/20231009/)]() for images")
                                       << QStringList {QStringLiteral("../assets/20231009/"), QString()}
                                       << QList<bool> {true, false};
        QTest::newRow("title and parentheses")
            << QStringLiteral("[a](https://e.org/x_(y) \"T\")") << QStringList {QStringLiteral("https://e.org/x_(y)")}
            << QList<bool> {false};
        QTest::newRow("angle brackets") << QStringLiteral("[a](<my file.md>)")
                                        << QStringList {QStringLiteral("my file.md")} << QList<bool> {false};
        QTest::newRow("reference definition") << QStringLiteral("[id]: ../assets/b.png \"t\"\n")
                                              << QStringList {QStringLiteral("../assets/b.png")} << QList<bool> {false};
        QTest::newRow("HTML") << QStringLiteral("<img src=\"x.jpg\"> <a href='y.html'>")
                              << QStringList {QStringLiteral("x.jpg"), QStringLiteral("y.html")}
                              << QList<bool> {true, false};
        QTest::newRow("fenced code skipped") << QStringLiteral("```\n[a](skip.md)\n```\n[b](keep.md)\n")
                                             << QStringList {QStringLiteral("keep.md")} << QList<bool> {false};
    }

    void findsTargets()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, targets);
        QFETCH(QList<bool>, images);

        QStringList found;
        QList<bool> foundImages;
        for (const LinkTarget &t : linkTargets(text)) {
            found.append(text.sliced(t.begin, t.end - t.begin));
            foundImages.append(t.image);
        }
        QCOMPARE(found, targets);
        QCOMPARE(foundImages, images);
    }

    void movesDatesInLinksOnly()
    {
        const QString text = QStringLiteral(
            "[![x](../assets/20231009/20231009-name.jpg)](url)\n"
            "[notes](https://example.org/2023/10/09/notes) and [day](https://e.org/2023-10-09.md)\n"
            "[20231009](https://github.com/releases) is a release, 2023-10-09 in prose stays, 202310091 too\n");
        const QString moved = replaceDateInLinks(text, QDate(2023, 10, 9), QDate(2023, 10, 16));
        QCOMPARE(moved,
                 QStringLiteral("[![x](../assets/20231016/20231016-name.jpg)](url)\n"
                                "[notes](https://example.org/2023/10/16/notes) and [day](https://e.org/2023-10-16.md)\n"
                                "[20231009](https://github.com/releases) is a release, 2023-10-09 in prose stays, "
                                "202310091 too\n"));
    }

    void rebasesRelativeLinksThatLeadSomewhere()
    {
        QTemporaryDir dir;
        const QString site = dir.path();
        for (const char *folder : {"_drafts", "news/_posts", "_posts", "assets"})
            QDir().mkpath(site + u'/' + QLatin1String(folder));
        for (const char *file : {"assets/x.jpg", "_drafts/pic.jpg"}) {
            QFile f(site + u'/' + QLatin1String(file));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QString text
            = QStringLiteral("![a](../assets/x.jpg) [b](https://e.org) [c](/assets/y.jpg) ![d](pic.jpg#f) "
                             "[e](url) ![f](../assets/)");
        QCOMPARE(rebaseRelativeLinks(text, site + QStringLiteral("/_drafts"), site + QStringLiteral("/news/_posts")),
                 QStringLiteral(
                     "![a](../../assets/x.jpg) [b](https://e.org) [c](/assets/y.jpg) ![d](../../_drafts/pic.jpg#f) "
                     "[e](url) ![f](../../assets/)"));
        QCOMPARE(
            rebaseRelativeLinks(text, site + QStringLiteral("/_drafts"), site + QStringLiteral("/_posts")),
            QStringLiteral("![a](../assets/x.jpg) [b](https://e.org) [c](/assets/y.jpg) ![d](../_drafts/pic.jpg#f) "
                           "[e](url) ![f](../assets/)"));
        QCOMPARE(rebaseRelativeLinks(text, site + QStringLiteral("/_drafts"), site + QStringLiteral("/_drafts/")),
                 text);
    }
};

QTEST_GUILESS_MAIN(LinksTest)
#include "links_test.moc"
