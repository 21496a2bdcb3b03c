// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/textmerge.h"

#include <QTest>

using namespace Masthead;
using namespace Qt::StringLiterals;

class TextMergeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanMerges_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("ours");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged");
        const QString base = u"title\n\none\ntwo\nthree\nfour\nfive\n"_s;
        QTest::newRow("different lines") << base << u"title\n\nONE\ntwo\nthree\nfour\nfive\n"_s
                                         << u"title\n\none\ntwo\nthree\nfour\nFIVE\n"_s
                                         << u"title\n\nONE\ntwo\nthree\nfour\nFIVE\n"_s;
        QTest::newRow("only theirs changed")
            << base << base << u"title\n\none\n2\nthree\nfour\nfive\n"_s << u"title\n\none\n2\nthree\nfour\nfive\n"_s;
        QTest::newRow("same change on both sides")
            << base << u"title\n\nsame\ntwo\nthree\nfour\nfive\n"_s << u"title\n\nsame\ntwo\nthree\nfour\nfive\n"_s
            << u"title\n\nsame\ntwo\nthree\nfour\nfive\n"_s;
        QTest::newRow("no final newline") << u"a\nb\nc\nd"_s << u"A\nb\nc\nd"_s << u"a\nb\nc\nD"_s << u"A\nb\nc\nD"_s;
        QTest::newRow("a line of our own that looks like a marker")
            << base << u"title\n<<<<<<< ours\n=======\n>>>>>>> theirs\none\ntwo\nthree\nfour\nfive\n"_s
            << u"title\n\none\ntwo\nthree\nfour\nFIVE\n"_s
            << u"title\n<<<<<<< ours\n=======\n>>>>>>> theirs\none\ntwo\nthree\nfour\nFIVE\n"_s;
        QTest::newRow("non-ASCII") << u"é\nü\nß\nx\ny\n"_s << u"É\nü\nß\nx\ny\n"_s << u"é\nü\nß\nx\nÿ\n"_s
                                   << u"É\nü\nß\nx\nÿ\n"_s;
    }
    void cleanMerges()
    {
        QFETCH(QString, base);
        QFETCH(QString, ours);
        QFETCH(QString, theirs);
        QFETCH(QString, merged);
        const auto merge = mergeText(base, ours, theirs);
        QVERIFY(merge);
        QVERIFY(merge->isClean());
        QCOMPARE(merge->text(), merged);
    }

    void conflictsHoldBothSides()
    {
        const QString base = u"head\none\ntwo\nthree\nfour\nfive\ntail\n"_s;
        const QString ours = u"head\nONE (mine)\ntwo\nthree\nfour\nfive\ntail\n"_s;
        const QString theirs = u"head\nONE (theirs)\ntwo\nthree\nfour\nfive\nTAIL\n"_s;
        const auto merge = mergeText(base, ours, theirs);
        QVERIFY(merge);
        QCOMPARE(merge->conflictCount(), 1);
        const QList<MergeChunk> expected {
            {false, u"head\n"_s, {}, {}},
            {true, {}, u"ONE (mine)\n"_s, u"ONE (theirs)\n"_s},
            {false, u"two\nthree\nfour\nfive\nTAIL\n"_s, {}, {}},
        };
        QCOMPARE(merge->chunks, expected);
        QCOMPARE(merge->text(), ours.chopped(5) + u"TAIL\n"_s);
        QCOMPARE(merge->text({u"ONE (theirs)\n"_s}), theirs);
        QCOMPARE(merge->text({u"both\n"_s}), u"head\nboth\ntwo\nthree\nfour\nfive\nTAIL\n"_s);
    }
};

QTEST_GUILESS_MAIN(TextMergeTest)
#include "textmerge_test.moc"
