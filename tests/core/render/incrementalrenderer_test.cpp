// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/incrementalrenderer.h"
#include "support/sitefixture.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;

namespace
{
QString blockLines(const RenderedPost &post)
{
    QString out;
    for (const RenderedBlock &b : post.blocks)
        out += QStringLiteral("%1-%2: %3").arg(b.firstLine).arg(b.lastLine).arg(b.html);
    return out;
}

// The incremental result must be exactly the full rendering of the same text.
bool sameAsFull(const RenderedPost &post, const QString &text, const RenderOptions &options, QString *why)
{
    const RenderedPost full = renderPost(text, options);
    if (post.blocks.size() != full.blocks.size()) {
        *why = QStringLiteral("%1 blocks instead of %2:\n%3\nvs\n%4")
                   .arg(post.blocks.size())
                   .arg(full.blocks.size())
                   .arg(blockLines(post), blockLines(full));
        return false;
    }
    for (qsizetype i = 0; i < full.blocks.size(); ++i) {
        if (!(post.blocks[i] == full.blocks[i])) {
            *why = QStringLiteral("block %1 differs: lines %2-%3 vs %4-%5\n%6\nvs\n%7")
                       .arg(i)
                       .arg(post.blocks[i].firstLine)
                       .arg(post.blocks[i].lastLine)
                       .arg(full.blocks[i].firstLine)
                       .arg(full.blocks[i].lastLine)
                       .arg(post.blocks[i].html, full.blocks[i].html);
            return false;
        }
    }
    if (post.bodyHtml != full.bodyHtml || post.titleCardHtml != full.titleCardHtml) {
        *why = QStringLiteral("body or title card differ");
        return false;
    }
    return true;
}
} // namespace

class IncrementalRendererTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingInAParagraphRendersOnlyItsNeighbourhood()
    {
        RenderOptions options;
        options.relativeLines = true;
        IncrementalRenderer renderer(options);
        QString text = seedText(weeklyTemplateSeed);
        renderer.render(text);
        QVERIFY(!renderer.lastWasIncremental());
        // Beside a "## Feature" heading, below two others: its id must stay "feature-1".
        const qsizetype at = text.indexOf(QStringLiteral("text - [site](url).\n\n## lgpio"));
        QVERIFY(at > 0);
        for (const QChar c : QStringLiteral("Typed words. ")) {
            text.insert(at, c);
            const RenderedPost post = renderer.render(text);
            QVERIFY(renderer.lastWasIncremental());
            QString why;
            QVERIFY2(sameAsFull(post, text, options, &why), qPrintable(why));
        }
    }

    void farReachingChangesRenderEverything_data()
    {
        QTest::addColumn<QString>("insert");
        QTest::newRow("a heading") << QStringLiteral("\n## New section\n");
        QTest::newRow("a fence") << QStringLiteral("\n```\n");
        QTest::newRow("a reference definition") << QStringLiteral("\n[ref]: https://example.org\n");
        QTest::newRow("Liquid") << QStringLiteral("{{ page.title }}");
        QTest::newRow("an HTML block") << QStringLiteral("\n<div>\n");
        QTest::newRow("a setext underline") << QStringLiteral("\n===\n");
    }

    void farReachingChangesRenderEverything()
    {
        QFETCH(QString, insert);
        IncrementalRenderer renderer;
        QString text = seedText(weeklyTemplateSeed);
        renderer.render(text);
        text.insert(text.indexOf(QStringLiteral("lgpio is a module")), insert);
        const RenderedPost post = renderer.render(text);
        QVERIFY(!renderer.lastWasIncremental());
        QString why;
        QVERIFY2(sameAsFull(post, text, {}, &why), qPrintable(why));
    }

    // Random edits anywhere in both seeds: the result always equals a full render.
    void randomEditsMatchAFullRender_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint32>("seedValue");
        for (quint32 s = 1; s <= 6; ++s) {
            QTest::addRow("newsletter, run %u", s) << seedText(weeklyTemplateSeed) << s;
            QTest::addRow("blog, run %u", s) << seedText(blogArticleSeed) << s;
        }
    }

    void randomEditsMatchAFullRender()
    {
        QFETCH(QString, text);
        QFETCH(quint32, seedValue);
        QRandomGenerator random(seedValue);
        RenderOptions options;
        options.relativeLines = true;
        IncrementalRenderer renderer(options);
        renderer.render(text);
        const QStringList pieces {QStringLiteral("a"),
                                  QStringLiteral(" "),
                                  QStringLiteral("\n"),
                                  QStringLiteral("\n\n"),
                                  QStringLiteral("- "),
                                  QStringLiteral("* item\n"),
                                  QStringLiteral("1. "),
                                  QStringLiteral("**"),
                                  QStringLiteral("_"),
                                  QStringLiteral("> "),
                                  QStringLiteral("    "),
                                  QStringLiteral("[x](y)"),
                                  QStringLiteral("|a|b|\n|-|-|\n")};
        int incremental = 0;
        for (int step = 0; step < 150; ++step) {
            const qsizetype at = random.bounded(int(text.size()));
            if (random.bounded(3) == 0 && at + 3 < text.size())
                text.remove(at, random.bounded(1, 4));
            else
                text.insert(at, pieces.at(random.bounded(int(pieces.size()))));
            const RenderedPost post = renderer.render(text);
            incremental += renderer.lastWasIncremental() ? 1 : 0;
            QString why;
            QVERIFY2(sameAsFull(post, text, options, &why),
                     qPrintable(QStringLiteral("step %1: %2").arg(step).arg(why)));
        }
        qInfo("%d of 150 edits rendered incrementally", incremental);
    }

    // Random edits, kramdown's own syntax among them, on every render fixture and corpus post.
    void randomEditsOnTheRenderFixturesMatchAFullRender_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint32>("seedValue");
        const QString root = QStringLiteral(MASTHEAD_SOURCE_DIR "/tests/data/render");
        QStringList files;
        for (const QString &name : QDir(root).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
            files.append(root + u'/' + name);
        for (const QString &name :
             QDir(root + QStringLiteral("/real")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
            files.append(root + QStringLiteral("/real/") + name);
        QVERIFY(files.size() > 40);
        quint32 seedValue = 100;
        for (const QString &file : std::as_const(files))
            QTest::newRow(qPrintable(QDir(root).relativeFilePath(file))) << readText(file) << ++seedValue;
    }

    void randomEditsOnTheRenderFixturesMatchAFullRender()
    {
        QFETCH(QString, text);
        QFETCH(quint32, seedValue);
        QVERIFY(!text.isEmpty());
        QRandomGenerator random(seedValue);
        RenderOptions options;
        options.relativeLines = true;
        IncrementalRenderer renderer(options);
        renderer.render(text);
        const QStringList pieces {QStringLiteral("a"),
                                  QStringLiteral(" "),
                                  QStringLiteral("\n"),
                                  QStringLiteral("\n\n"),
                                  QStringLiteral("- "),
                                  QStringLiteral("**"),
                                  QStringLiteral("> "),
                                  QStringLiteral("    "),
                                  QStringLiteral(": "),
                                  QStringLiteral("Term\n: definition\n"),
                                  QStringLiteral("[^1]"),
                                  QStringLiteral("[^1]: note\n"),
                                  QStringLiteral("$$"),
                                  QStringLiteral("<div markdown=\"1\">\n"),
                                  QStringLiteral("</div>\n"),
                                  QStringLiteral("{: .x}\n"),
                                  QStringLiteral("*[HTML]: H\n"),
                                  QStringLiteral("```python\n"),
                                  QStringLiteral("![a'b...](x)"),
                                  QStringLiteral("\\^"),
                                  QStringLiteral("\""),
                                  QStringLiteral("'")};
        for (int step = 0; step < 40; ++step) {
            const QString before = text;
            const qsizetype at = random.bounded(int(text.size()));
            if (random.bounded(3) == 0 && at + 3 < text.size())
                text.remove(at, random.bounded(1, 4));
            else
                text.insert(at, pieces.at(random.bounded(int(pieces.size()))));
            const RenderedPost post = renderer.render(text);
            QString why;
            QVERIFY2(sameAsFull(post, text, options, &why),
                     qPrintable(QStringLiteral("step %1: %2\n--- text before:\n%3\n--- after:\n%4")
                                    .arg(step)
                                    .arg(why, before, text)));
        }
    }
};

QTEST_GUILESS_MAIN(IncrementalRendererTest)
#include "incrementalrenderer_test.moc"
