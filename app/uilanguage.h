// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Masthead
{

// The languages of Masthead's menus and messages, as translation codes: "en" (the language the
// sources are written in) and every translation built into the program (:/i18n/masthead_<code>.qm).
// A language added under translations/ shows up here without another change.
QStringList interfaceLanguages();

// The language's name in itself, as the Preferences list it: "Deutsch", "Português (Brasil)".
QString interfaceLanguageName(const QString &code);

// Installs Masthead's and Qt's translations: for language ("fr", "pt_BR") when it is one of
// interfaceLanguages(), else for the system's languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
// A chosen language also becomes the default locale, so that numbers and sizes read the same way.
// English (the source language, and the fallback when no translation fits, as under LANG=C) gets
// its plural forms from masthead_en.qm: "1 image", "3 images" instead of "%n image(s)".
void installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace Masthead
