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

// A code block's characters (entities decoded, tags dropped) and the Rouge class of each, from the
// innermost <span class>; whitespace is not counted, as its class cannot be seen.
struct ColouredCode {
    QString language;
    QString text;
    QStringList classes; // one per character of text
};

QList<ColouredCode> colouredCode(const QString &html)
{
    static const QRegularExpression block(
        QStringLiteral(
            R"re(<div class="language-(\S+)[^"]*"><div class="highlight"><pre class="highlight"><code>(.*?)</code>)re"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression token(QStringLiteral(R"re(<span class="([^"]*)">|</span>|[^<]+)re"));
    QList<ColouredCode> out;
    for (auto it = block.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        ColouredCode code;
        code.language = m.captured(1);
        QStringList stack;
        for (auto t = token.globalMatch(m.captured(2)); t.hasNext();) {
            const auto tm = t.next();
            if (tm.captured(0).startsWith(QLatin1String("<span")))
                stack.append(tm.captured(1));
            else if (tm.captured(0) == u"</span>")
                stack.removeLast();
            else {
                const QString text = decodeEntities(tm.captured(0));
                code.text += text;
                for (qsizetype i = 0; i < text.size(); ++i)
                    code.classes.append(stack.isEmpty() ? QString() : stack.last());
            }
        }
        out.append(code);
    }
    return out;
}

// The fixtures (NAME) and the corpus of whole posts (real/NAME), without ".md".
QStringList fixtureNames()
{
    QStringList names;
    for (const QString &name : QDir(fixtures).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        if (name != u"README.md")
            names.append(name.chopped(3));
    }
    for (const QString &name :
         QDir(fixtures + QStringLiteral("/real")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        names.append(QStringLiteral("real/") + name.chopped(3));
    return names;
}

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
        const QStringList names = fixtureNames();
        QVERIFY(names.size() >= 28);
        QVERIFY(std::count_if(names.cbegin(), names.cend(), [](const QString &n) { return n.startsWith(u"real/"); })
                >= 20);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
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

    // The colouring of code blocks: KSyntaxHighlighting's tokens given Rouge's classes cannot be
    // Rouge's own everywhere. The text and structure are compared exactly above; here the share of
    // visible characters whose class equals Rouge's is measured per language over all fixtures, and
    // must not fall below what it is now (tests/data/render/README.md has the figures).
    void codeColoursAgreeWithRouge()
    {
        QHash<QString, std::pair<qsizetype, qsizetype>> byLanguage; // language -> (equal, all)
        const bool details = qEnvironmentVariableIsSet("MASTHEAD_TOKEN_DIFF");
        for (const QString &name : fixtureNames()) {
            const QString source = readText(fixtures + u'/' + name + QStringLiteral(".md"));
            RenderOptions options;
            options.liquid = std::make_shared<const LiquidContext>(liquidSiteContext(*Site::find(fixtures)));
            options.documentPath = fixtures + u'/' + name + QStringLiteral(".md");
            const QList<ColouredCode> ours = colouredCode(renderPost(source, options).bodyHtml);
            const QList<ColouredCode> rouge
                = colouredCode(readText(references + u'/' + name + QStringLiteral(".html")));
            QCOMPARE(ours.size(), rouge.size());
            for (qsizetype b = 0; b < ours.size(); ++b) {
                QCOMPARE(ours[b].text, rouge[b].text);
                auto &[equal, all] = byLanguage[rouge[b].language];
                QString diff;
                for (qsizetype i = 0; i < ours[b].text.size(); ++i) {
                    if (ours[b].text[i].isSpace())
                        continue;
                    ++all;
                    if (ours[b].classes[i] == rouge[b].classes[i])
                        ++equal;
                    else if (details)
                        diff += QStringLiteral("%1[%2/%3] ")
                                    .arg(ours[b].text[i])
                                    .arg(ours[b].classes[i], rouge[b].classes[i]);
                }
                if (details && !diff.isEmpty())
                    qInfo().noquote() << name << rouge[b].language << "ours/rouge:" << diff;
            }
        }
        qsizetype equal = 0, all = 0;
        QStringList languages = byLanguage.keys();
        languages.sort();
        for (const QString &language : std::as_const(languages)) {
            const auto [e, a] = byLanguage.value(language);
            qInfo("%-12s %5.1f %% of %lld characters", qPrintable(language), a ? 100.0 * double(e) / double(a) : 100.0,
                  qlonglong(a));
            equal += e;
            all += a;
        }
        const double share = all ? double(equal) / double(all) : 1.0;
        qInfo("all          %5.1f %% of %lld characters", 100.0 * share, qlonglong(all));
        QVERIFY(all > 2000);
        QVERIFY2(share >= 0.55, "fewer code characters coloured as Rouge colours them than before (55.3 %)");
        // Where Rouge writes no tokens, neither does the preview.
        QCOMPARE(byLanguage.value(QStringLiteral("plaintext")).first,
                 byLanguage.value(QStringLiteral("plaintext")).second);
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
