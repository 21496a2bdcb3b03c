// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/markdownrenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Masthead;

class MarkdownRendererTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersGitHubExtensions_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");

        QTest::newRow("table") << QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n") << QStringLiteral("<td>1</td>");
        QTest::newRow("strikethrough") << QStringLiteral("~~gone~~\n") << QStringLiteral("<del>gone</del>");
        QTest::newRow("task list")
            << QStringLiteral("- [ ] todo\n- [x] done\n")
            << QStringLiteral("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                              "disabled=\"disabled\" checked=\"checked\" />done</li>");
        QTest::newRow("raw HTML passes through")
            << QStringLiteral("<b>(To clarify)</b>\n") << QStringLiteral("<b>(To clarify)</b>");
        QTest::newRow("setext heading") << QStringLiteral("Title\n=====\n")
                                        << QStringLiteral("<h1 id=\"title\">Title</h1>");
        QTest::newRow("image link")
            << QStringLiteral("[![t](../assets/20231009/a.jpg)](https://example.org)\n")
            << QStringLiteral("<a href=\"https://example.org\"><img src=\"../assets/20231009/a.jpg\" alt=\"t\" /></a>");
        QTest::newRow("bare URL stays text")
            << QStringLiteral("see https://example.org now\n") << QStringLiteral("<p>see https://example.org now</p>");
    }

    void rendersGitHubExtensions()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        const QString html = renderMarkdown(markdown);
        QVERIFY2(html.contains(expected), qPrintable(html));
    }
};

QTEST_GUILESS_MAIN(MarkdownRendererTest)
#include "markdownrenderer_test.moc"
