// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/lineindex.h"

#include <QTest>

using namespace Masthead;

class LineIndexTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesOfOffsets_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("empty") << QString();
        QTest::newRow("one line") << QStringLiteral("no break");
        QTest::newRow("trailing break") << QStringLiteral("a\nbc\n");
        QTest::newRow("empty lines") << QStringLiteral("\n\n\nx\n\n");
        QTest::newRow("front matter") << QStringLiteral("---\ntitle: T\n---\n\n## A\n\n[x](y)\n");
    }

    // The same answer as counting the line breaks before the offset, for every offset and one past
    // the end.
    void linesOfOffsets()
    {
        QFETCH(QString, text);
        const LineIndex index(text);
        QCOMPARE(index.lineCount(), int(text.count(u'\n')) + 1);
        for (qsizetype offset = 0; offset <= text.size(); ++offset)
            QCOMPARE(index.lineOf(offset), int(QStringView(text).first(offset).count(u'\n')));
    }
};

QTEST_GUILESS_MAIN(LineIndexTest)
#include "lineindex_test.moc"
