// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/linediff.h"

#include <QTest>

#include <algorithm>

using namespace Masthead;
using namespace Qt::StringLiterals;

namespace
{
// "=kept", "-removed", "+added" for each line of a diff.
QStringList describe(const QList<DiffLine> &lines)
{
    QStringList result;
    for (const DiffLine &line : lines) {
        const QChar mark = line.kind == DiffLine::Kind::Same ? u'='
            : line.kind == DiffLine::Kind::Removed           ? u'-'
                                                             : u'+';
        result.append(mark + line.text);
    }
    return result;
}

// Lines "prefix0" to "prefix<count - 1>", one a line.
QString numbered(const QString &prefix, int count)
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines.append(prefix + QString::number(i));
    return lines.join(u'\n');
}
} // namespace

class LineDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffLinesTable_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("identical texts") << u"a\nb\nc"_s << u"a\nb\nc"_s << QStringList {u"=a"_s, u"=b"_s, u"=c"_s};
        QTest::newRow("both empty") << QString() << QString() << QStringList();
        QTest::newRow("empty before") << QString() << u"a\nb"_s << QStringList {u"+a"_s, u"+b"_s};
        QTest::newRow("empty after") << u"a\nb"_s << QString() << QStringList {u"-a"_s, u"-b"_s};
        QTest::newRow("change at the start")
            << u"a\nb\nc"_s << u"x\nb\nc"_s << QStringList {u"-a"_s, u"+x"_s, u"=b"_s, u"=c"_s};
        QTest::newRow("change in the middle")
            << u"a\nb\nc"_s << u"a\nx\nc"_s << QStringList {u"=a"_s, u"-b"_s, u"+x"_s, u"=c"_s};
        QTest::newRow("change at the end")
            << u"a\nb\nc"_s << u"a\nb\nx"_s << QStringList {u"=a"_s, u"=b"_s, u"-c"_s, u"+x"_s};
        QTest::newRow("changes in two places")
            << u"a\nb\nc\nd\ne"_s << u"a\nB\nc\nD\ne"_s
            << QStringList {u"=a"_s, u"-b"_s, u"+B"_s, u"=c"_s, u"-d"_s, u"+D"_s, u"=e"_s};
        QTest::newRow("insertion at the start") << u"b\nc"_s << u"a\nb\nc"_s << QStringList {u"+a"_s, u"=b"_s, u"=c"_s};
        QTest::newRow("insertion in the middle")
            << u"a\nc"_s << u"a\nb\nc"_s << QStringList {u"=a"_s, u"+b"_s, u"=c"_s};
        QTest::newRow("insertion at the end") << u"a\nb"_s << u"a\nb\nc"_s << QStringList {u"=a"_s, u"=b"_s, u"+c"_s};
        QTest::newRow("deletion at the start") << u"a\nb\nc"_s << u"b\nc"_s << QStringList {u"-a"_s, u"=b"_s, u"=c"_s};
        QTest::newRow("deletion in the middle") << u"a\nb\nc"_s << u"a\nc"_s << QStringList {u"=a"_s, u"-b"_s, u"=c"_s};
        QTest::newRow("deletion at the end") << u"a\nb\nc"_s << u"a\nb"_s << QStringList {u"=a"_s, u"=b"_s, u"-c"_s};
        // Once lost when only the blank line was left between the common lines.
        QTest::newRow("blank line deleted") << u"a\n\nb"_s << u"a\nb"_s << QStringList {u"=a"_s, u"-"_s, u"=b"_s};
        QTest::newRow("blank line inserted") << u"a\nb"_s << u"a\n\nb"_s << QStringList {u"=a"_s, u"+"_s, u"=b"_s};
        QTest::newRow("final line break added") << u"a"_s << u"a\n"_s << QStringList {u"=a"_s, u"+"_s};
        QTest::newRow("repeated lines, one fewer")
            << u"a\na\na"_s << u"a\na"_s << QStringList {u"=a"_s, u"=a"_s, u"-a"_s};
        QTest::newRow("all different") << u"a\nb"_s << u"x\ny"_s << QStringList {u"-a"_s, u"-b"_s, u"+x"_s, u"+y"_s};
        QTest::newRow("kept, changed and added")
            << u"a\nb\nc"_s << u"a\nx\nc\nd"_s << QStringList {u"=a"_s, u"-b"_s, u"+x"_s, u"=c"_s, u"+d"_s};
    }
    void diffLinesTable()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(diffLines(before, after)), expected);
    }

    // 5,000 lines each side would be 25 million pairs, past what is compared line by line; the common
    // lines around one change leave one pair, so the change is found as it is, not as everything replaced.
    void longTextWithOneChange()
    {
        const QString before = numbered(u"line "_s, 5000);
        QString after = before;
        after.replace(u"line 2500\n"_s, u"line 2500, edited\n"_s);
        const QList<DiffLine> diff = diffLines(before, after);
        QCOMPARE(diff.size(), 5001);
        QCOMPARE(diff[2500], (DiffLine {DiffLine::Kind::Removed, u"line 2500"_s}));
        QCOMPARE(diff[2501], (DiffLine {DiffLine::Kind::Added, u"line 2500, edited"_s}));
        QCOMPARE(std::ranges::count_if(diff, [](const DiffLine &l) { return l.kind != DiffLine::Kind::Same; }), 2);
    }

    // Where what differs is itself huge, it is shown replaced whole rather than compared line by line;
    // the common first and last lines are still kept.
    void hugeDifferenceIsReplacedWhole()
    {
        const QString before
            = u"first\n"_s + numbered(u"old "_s, 2100) + u"\nshared\n"_s + numbered(u"old "_s, 10) + u"\nlast"_s;
        const QString after
            = u"first\n"_s + numbered(u"new "_s, 2100) + u"\nshared\n"_s + numbered(u"new "_s, 10) + u"\nlast"_s;
        const QList<DiffLine> diff = diffLines(before, after);
        QCOMPARE(diff.size(), 2 + 2 * 2111);
        QCOMPARE(diff.first(), (DiffLine {DiffLine::Kind::Same, u"first"_s}));
        QCOMPARE(diff.last(), (DiffLine {DiffLine::Kind::Same, u"last"_s}));
        QVERIFY(diff.contains(DiffLine {DiffLine::Kind::Removed, u"shared"_s}));
        QVERIFY(diff.contains(DiffLine {DiffLine::Kind::Added, u"shared"_s}));
    }
};

QTEST_GUILESS_MAIN(LineDiffTest)
#include "linediff_test.moc"
