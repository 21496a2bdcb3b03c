// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Masthead
{

struct SiteSettings;

// A language tag as posts and sites write it ("fr", "fr-FR", "pt_br", "de-Latn-DE") as a dictionary
// code ("fr", "fr_FR", "pt_BR", "de_DE"): the language in lower case, the region, if any, in upper
// case; a script subtag is dropped. Empty when tag is not a language tag.
QString dictionaryCode(QStringView tag);

// The language a document is written in, for spell checking: its front matter's "lang", else the
// site's spellcheck_language, as a dictionary code. Empty when neither says: the user's dictionary
// default applies then. The UI's language plays no part: a French post is French in a German UI.
QString documentLanguage(QStringView text, const SiteSettings *settings);

} // namespace Masthead
