// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/documentlanguage.h"
#include "core/site/sitesettings.h"

#include <QTest>

using namespace Masthead;

class DocumentLanguageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dictionaryCodes_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("code");
        QTest::newRow("language") << QStringLiteral("fr") << QStringLiteral("fr");
        QTest::newRow("bcp47 region") << QStringLiteral("fr-FR") << QStringLiteral("fr_FR");
        QTest::newRow("lower-case region") << QStringLiteral("pt-br") << QStringLiteral("pt_BR");
        QTest::newRow("posix") << QStringLiteral("de_DE") << QStringLiteral("de_DE");
        QTest::newRow("posix with encoding") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("es_ES");
        QTest::newRow("upper-case language") << QStringLiteral("EN-us") << QStringLiteral("en_US");
        QTest::newRow("script dropped") << QStringLiteral("sr-Latn-RS") << QStringLiteral("sr_RS");
        QTest::newRow("numeric region") << QStringLiteral("es-419") << QStringLiteral("es_419");
        QTest::newRow("blanks") << QStringLiteral("  es ") << QStringLiteral("es");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("a word") << QStringLiteral("French") << QString();
        QTest::newRow("a path") << QStringLiteral("../../etc/passwd") << QString();
        QTest::newRow("one letter") << QStringLiteral("f") << QString();
    }

    void dictionaryCodes()
    {
        QFETCH(QString, tag);
        QFETCH(QString, code);
        QCOMPARE(dictionaryCode(tag), code);
    }

    void frontMatterFirstThenSiteThenNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("siteLanguage");
        QTest::addColumn<QString>("expected");
        const QString french = QStringLiteral("---\ntitle: Bonjour\nlang: fr-FR\n---\nTexte\n");
        const QString plain = QStringLiteral("---\ntitle: Hello\n---\nText\n");
        QTest::newRow("front matter wins over the site")
            << french << QStringLiteral("pt_BR") << QStringLiteral("fr_FR");
        QTest::newRow("front matter without a site") << french << QString() << QStringLiteral("fr_FR");
        QTest::newRow("the site's without lang") << plain << QStringLiteral("pt_BR") << QStringLiteral("pt_BR");
        QTest::newRow("neither") << plain << QString() << QString();
        QTest::newRow("no front matter") << QStringLiteral("lang: fr\n") << QStringLiteral("es")
                                         << QStringLiteral("es");
        QTest::newRow("invalid lang falls through")
            << QStringLiteral("---\nlang: Français\n---\n") << QStringLiteral("es") << QStringLiteral("es");
        QTest::newRow("a list is not a language")
            << QStringLiteral("---\nlang: [fr, de]\n---\n") << QString() << QString();
        QTest::newRow("invalid yaml falls through")
            << QStringLiteral("---\nlang: fr\ntitle: [open\n---\n") << QStringLiteral("de") << QStringLiteral("de");
    }

    void frontMatterFirstThenSiteThenNothing()
    {
        QFETCH(QString, text);
        QFETCH(QString, siteLanguage);
        QFETCH(QString, expected);
        SiteSettings settings;
        settings.spellcheckLanguage = siteLanguage;
        QCOMPARE(documentLanguage(text, &settings), expected);
        if (siteLanguage.isEmpty())
            QCOMPARE(documentLanguage(text, nullptr), expected);
    }

    void siteSettingIsReadAndChecked_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("problems");
        QTest::newRow("absent") << QByteArray("max_image_width: 600\n") << QString() << 0;
        QTest::newRow("bcp47") << QByteArray("spellcheck_language: pt-BR\n") << QStringLiteral("pt_BR") << 0;
        QTest::newRow("language") << QByteArray("spellcheck_language: fr\n") << QStringLiteral("fr") << 0;
        QTest::newRow("not a language") << QByteArray("spellcheck_language: French\n") << QString() << 1;
        QTest::newRow("a list") << QByteArray("spellcheck_language: [fr]\n") << QString() << 1;
    }

    void siteSettingIsReadAndChecked()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        QFETCH(int, problems);
        QList<Problem> found;
        const SiteSettings settings = SiteSettings::parse(yaml, QStringLiteral("_masthead.yml"), &found);
        QCOMPARE(settings.spellcheckLanguage, expected);
        QCOMPARE(found.size(), problems);
        if (problems > 0) {
            QCOMPARE(found.constFirst().line, 1);
            QVERIFY2(found.constFirst().message.contains(QStringLiteral("spellcheck_language")),
                     qPrintable(found.constFirst().message));
        }
    }

    void previewStyleSheetIsAKnownSetting()
    {
        QList<Problem> found;
        SiteSettings::parse("preview_stylesheet: assets/main.css\n", QStringLiteral("_masthead.yml"), &found);
        QVERIFY(found.isEmpty());
    }
};

QTEST_GUILESS_MAIN(DocumentLanguageTest)
#include "documentlanguage_test.moc"
