// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Masthead
{
namespace
{
const QString resourceFolder = QStringLiteral(":/i18n");
const QString prefix = QStringLiteral("masthead_");
const QString sourceLanguage = QStringLiteral("en");
} // namespace

QStringList interfaceLanguages()
{
    QStringList codes {sourceLanguage};
    const QStringList files = QDir(resourceFolder).entryList({prefix + u"*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        // masthead_en.qm holds only the plural forms of the source language ("%n image(s)").
        const QString code = file.mid(prefix.size()).chopped(3);
        if (code != sourceLanguage)
            codes.append(code);
    }
    return codes;
}

QString interfaceLanguageName(const QString &code)
{
    // CLDR names a language after its default territory ("American English", "español de España");
    // the languages Masthead ships are named as their speakers name the language itself.
    static const QHash<QString, QString> names {
        {sourceLanguage, QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
    };
    if (const auto it = names.constFind(code); it != names.constEnd())
        return *it;
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(u'_'))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale locale;
    if (!language.isEmpty() && interfaceLanguages().contains(language)) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
    }
    auto *own = new QTranslator(&app);
    // Without a translation for the locale (English, C/POSIX, or a language Masthead does not speak),
    // the window speaks English: its plural forms make "%n image(s)" read "1 image", "3 images".
    if (own->load(locale, QStringLiteral("masthead"), QStringLiteral("_"), resourceFolder)
        || own->load(prefix + sourceLanguage, resourceFolder))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace Masthead
