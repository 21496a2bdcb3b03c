// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document.h"
#include "editor/sourceeditor.h"

#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Masthead;

namespace
{
// The foreground colours the highlighter gave to the characters of one line.
QSet<QRgb> lineColours(const QTextDocument &doc, int line)
{
    QSet<QRgb> colours;
    const QTextBlock block = doc.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        colours.insert(range.format.foreground().color().rgb());
    return colours;
}
} // namespace

class SourceEditorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlightsMarkdownAndFrontMatter()
    {
        Document doc;
        QVERIFY(doc.load(QStringLiteral(MASTHEAD_SOURCE_DIR "/tests/data/seeds/weekly-newsletter-draft-template.md"))
                    .has_value());
        SourceEditor editor;
        editor.setMarkdownDocument(&doc);
        editor.resize(800, 600);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        // Line 0 "---" opens the front matter, line 1 is "layout: post": the key is coloured.
        QVERIFY(!lineColours(doc, 1).isEmpty());
        // "## Headline" is a heading.
        int headline = -1;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.text() == QStringLiteral("## Headline")) {
                headline = b.blockNumber();
                break;
            }
        }
        QVERIFY(headline > 0);
        QVERIFY(!lineColours(doc, headline).isEmpty());
        // A plain paragraph line is left in the normal colour: headings differ from it.
        QVERIFY(lineColours(doc, headline) != lineColours(doc, headline + 4));
        QVERIFY(editor.lineNumberAreaWidth() > editor.fontMetrics().horizontalAdvance(QStringLiteral("999")));
    }

    void themeFollowsThePalette()
    {
        Document doc;
        doc.setPlainText(QStringLiteral("# Title\n"));
        SourceEditor editor;
        editor.setMarkdownDocument(&doc);

        QPalette light = editor.palette();
        light.setColor(QPalette::Base, Qt::white);
        editor.setPalette(light);
        const QString lightTheme = editor.themeName();
        QVERIFY(editor.palette().color(QPalette::Base).lightness() >= 128);

        QPalette dark = editor.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        editor.setPalette(dark);
        const QString darkTheme = editor.themeName();
        QVERIFY2(darkTheme != lightTheme, qPrintable(darkTheme));
        QVERIFY(editor.palette().color(QPalette::Base).lightness() < 128);

        editor.setThemeName(QStringLiteral("Solarized Light"));
        QCOMPARE(editor.themeName(), QStringLiteral("Solarized Light"));
    }
};

QTEST_MAIN(SourceEditorTest)
#include "sourceeditor_test.moc"
