// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfile.h"
#include "support/sitefixture.h"

#include <QTest>

using namespace Masthead;
using namespace MastheadTest;

class TextFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesAndEncodesBack_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("crlf");

        QTest::newRow("plain LF") << QByteArray("a\nb\n") << QStringLiteral("a\nb\n") << false << false;
        QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n") << QStringLiteral("a\nb\n") << false << true;
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF---\n") << QStringLiteral("---\n") << true << false;
        QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFx\r\n") << QStringLiteral("x\n") << true << true;
        QTest::newRow("no final newline") << QByteArray("x") << QStringLiteral("x") << false << false;
        QTest::newRow("empty") << QByteArray() << QString() << false << false;
        QTest::newRow("non-ASCII and no-break space")
            << QByteArray("caf\xC3\xA9\xC2\xA0\xE2\x80\x93 \xF0\x9F\x90\x8D\n")
            << QStringLiteral(u"café\u00A0\u2013 \U0001F40D\n") << false << false;
        QTest::newRow("trailing spaces and tabs")
            << QByteArray("a  \n\tb \t\n") << QStringLiteral("a  \n\tb \t\n") << false << false;
    }

    void decodesAndEncodesBack()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(bool, bom);
        QFETCH(bool, crlf);

        const auto decoded = decodeText(bytes, QStringLiteral("x.md"));
        QVERIFY2(decoded.has_value(), qPrintable(errorText(decoded)));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->format.byteOrderMark, bom);
        QCOMPARE(decoded->format.lineEnding, crlf ? LineEnding::CrLf : LineEnding::Lf);
        QVERIFY(!decoded->format.mixedLineEndings);
        QCOMPARE(encodeText(decoded->text, decoded->format), bytes);
    }

    void mixedLineEndingsAreReported()
    {
        const auto decoded = decodeText("a\r\nb\r\nc\n", QStringLiteral("x.md"));
        QVERIFY(decoded.has_value());
        QVERIFY(decoded->format.mixedLineEndings);
        QCOMPARE(decoded->format.lineEnding, LineEnding::CrLf);
        QCOMPARE(decoded->text, QStringLiteral("a\nb\nc\n"));
    }

    void refusesWhatIsNotUtf8Text_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedInMessage");

        QTest::newRow("Latin-1 e-acute") << QByteArray("title: caf\xE9\n")
                                         << QStringLiteral("0xE9 at line 1, column 11");
        QTest::newRow("Windows-1252 quote on line 3")
            << QByteArray("---\nlayout: post\n\x93quoted\x94\n") << QStringLiteral("0x93 at line 3, column 1");
        QTest::newRow("truncated sequence at the end")
            << QByteArray("ok \xE2\x80") << QStringLiteral("0xE2 at line 1, column 4");
        QTest::newRow("overlong encoding") << QByteArray("\xC0\xAF") << QStringLiteral("0xC0 at line 1, column 1");
        QTest::newRow("UTF-16 surrogate in UTF-8")
            << QByteArray("x\xED\xA0\x80") << QStringLiteral("0xED at line 1, column 2");
        QTest::newRow("binary") << QByteArray("PNG\0\x01", 5) << QStringLiteral("binary file");
    }

    void refusesWhatIsNotUtf8Text()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedInMessage);

        const auto decoded = decodeText(bytes, QStringLiteral("post.md"));
        QVERIFY(!decoded.has_value());
        QVERIFY2(decoded.error().contains(expectedInMessage), qPrintable(decoded.error()));
        QVERIFY2(decoded.error().contains(QStringLiteral("post.md")), qPrintable(decoded.error()));
    }
};

QTEST_GUILESS_MAIN(TextFileTest)
#include "textfile_test.moc"
