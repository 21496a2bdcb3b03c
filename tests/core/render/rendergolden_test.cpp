// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/liquid/liquid.h"
#include "core/render/postrenderer.h"
#include "core/site/site.h"
#include "support/htmlnormalizer.h"
#include "support/sitefixture.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;

namespace
{
const QString fixtures = QStringLiteral(MASTHEAD_SOURCE_DIR "/tests/data/render");
const QString references = QStringLiteral(MASTHEAD_SOURCE_DIR "/tests/data/render-expected");

} // namespace

// Masthead's renderer against reference HTML made by real Jekyll and kramdown
// (tools/regen-render-references), compared after the normalisation of tests/support/htmlnormalizer.h.
class RenderGoldenTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesJekyll_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = QDir(fixtures).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 12);
        for (const QString &name : names) {
            if (name == u"README.md")
                continue;
            QTest::newRow(qPrintable(name)) << name.chopped(3);
        }
    }

    void matchesJekyll()
    {
        QFETCH(QString, name);
        const QString source = readText(fixtures + u'/' + name + QStringLiteral(".md"));
        const QString reference = readText(references + u'/' + name + QStringLiteral(".html"));
        QVERIFY2(!reference.isEmpty(), "no reference HTML; run tools/devenv exec tools/regen-render-references");
        const QString expected = normalizeHtml(reference);
        // The fixtures form a site, as for Jekyll: its _config.yml, _includes and _posts serve Liquid.
        RenderOptions options;
        options.liquid = std::make_shared<const LiquidContext>(liquidSiteContext(*Site::find(fixtures)));
        options.documentPath = fixtures + u'/' + name + QStringLiteral(".md");
        const RenderedPost post = renderPost(source, options);
        QVERIFY2(post.problems.isEmpty(), qPrintable(post.problems.value(0).message));
        const QString actual = normalizeHtml(post.bodyHtml);
        if (expected != actual)
            QFAIL(qPrintable(QStringLiteral("differs from Jekyll's output after normalisation:\n")
                             + lineDiff(expected, actual)));
    }

    void normalisationKeepsWhatMatters()
    {
        // Equal under normalisation...
        QCOMPARE(normalizeHtml(QStringLiteral("<p>it&rsquo;s <img alt='a' src=\"x\"/></p>\n\n")),
                 normalizeHtml(QStringLiteral("<p>it’s <img src=\"x\" alt=\"a\" /></p>")));
        // ...but text, attributes and structure still count.
        QVERIFY(normalizeHtml(QStringLiteral("<p>a b</p>")) != normalizeHtml(QStringLiteral("<p>ab</p>")));
        QVERIFY(normalizeHtml(QStringLiteral("<h2 id=\"a\">x</h2>"))
                != normalizeHtml(QStringLiteral("<h2 id=\"a-1\">x</h2>")));
        QVERIFY(normalizeHtml(QStringLiteral("<ul><li>x</li></ul>"))
                != normalizeHtml(QStringLiteral("<ul><li><p>x</p></li></ul>")));
    }

    void headerIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::newRow("version numbers") << QStringLiteral("Python 3.12.0 Final Released")
                                         << QStringLiteral("python-3120-final-released");
        QTest::newRow("typographic apostrophe") << QStringLiteral("What’s up") << QStringLiteral("whats-up");
        QTest::newRow("unicode letters kept") << QStringLiteral("Ça va — ok_done") << QStringLiteral("ça-va--ok_done");
    }

    void headerIds()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QCOMPARE(kramdownHeaderId(text), id);
    }
};

QTEST_GUILESS_MAIN(RenderGoldenTest)
#include "rendergolden_test.moc"
