// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/postdate.h"

#include <QTest>

using namespace Masthead;

class PostDateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("time");
        QTest::addColumn<int>("offset"); // seconds, or -1 for none

        QTest::newRow("newsletter") << QStringLiteral("2023-10-09 07:00:00 -0800") << true << QDate(2023, 10, 9)
                                    << QStringLiteral("07:00:00") << -8 * 3600;
        QTest::newRow("day only") << QStringLiteral("2017-07-07") << true << QDate(2017, 7, 7) << QString() << -1;
        QTest::newRow("minutes only") << QStringLiteral("2024-01-02 10:30") << true << QDate(2024, 1, 2)
                                      << QStringLiteral("10:30:00") << -1;
        QTest::newRow("ISO with colon offset") << QStringLiteral("2024-01-02T10:30:00+05:30") << true
                                               << QDate(2024, 1, 2) << QStringLiteral("10:30:00") << 5 * 3600 + 1800;
        QTest::newRow("Z") << QStringLiteral("2024-01-02 10:30:00 Z") << true << QDate(2024, 1, 2)
                           << QStringLiteral("10:30:00") << 0;
        QTest::newRow("not a day") << QStringLiteral("2023-02-30") << false << QDate() << QString() << -1;
        QTest::newRow("words") << QStringLiteral("next monday") << false << QDate() << QString() << -1;
        QTest::newRow("bad time") << QStringLiteral("2023-10-09 25:00") << false << QDate() << QString() << -1;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QDate, day);
        QFETCH(QString, time);
        QFETCH(int, offset);

        const auto date = PostDate::parse(text);
        QCOMPARE(date.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(date->day, day);
        QCOMPARE(date->time ? date->time->toString(QStringLiteral("HH:mm:ss")) : QString(), time);
        QCOMPARE(date->utcOffsetSeconds.value_or(-1), offset);
    }

    void replacesTheDayOnly()
    {
        QCOMPARE(withDay(u"2023-10-09 07:00:00 -0800", QDate(2023, 10, 16)),
                 QStringLiteral("2023-10-16 07:00:00 -0800"));
        QCOMPARE(withDay(u"'2017-07-07'", QDate(2017, 7, 14)), QStringLiteral("'2017-07-14'"));
        QCOMPARE(withDay(u"2024-01-02T10:30:00+05:30", QDate(2024, 2, 1)), QStringLiteral("2024-02-01T10:30:00+05:30"));
    }

    void readsFileNames()
    {
        QCOMPARE(dateOfFileName(u"2023-10-09-draft.md"), std::optional(QDate(2023, 10, 9)));
        QCOMPARE(dateOfFileName(u"template.md"), std::nullopt);
        QCOMPARE(dateOfFileName(u"2023-10-9-x.md"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(PostDateTest)
#include "postdate_test.moc"
