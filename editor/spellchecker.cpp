// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/spellchecker.h"

#include "editor/logging_p.h"

#include <Sonnet/Speller>

#include <QLocale>

namespace Masthead
{
namespace
{
QString chooseLanguage(const QString &requested, const QStringList &available)
{
    if (available.contains(requested))
        return requested;
    const QString language = requested.section(u'_', 0, 0);
    if (available.contains(language))
        return language;
    // A bare language picks its main variant ("es" es_ES, "pt" pt_BR), not the first in the list.
    if (const QString likely = QLocale(language).name(); available.contains(likely))
        return likely;
    for (const QString &code : available) {
        if (code.section(u'_', 0, 0) == language)
            return code;
    }
    for (const QString &fallback : {QStringLiteral("en_US"), QStringLiteral("en")}) {
        if (available.contains(fallback))
            return fallback;
    }
    return available.value(0);
}
} // namespace

SpellChecker::SpellChecker(QObject *parent)
    : QObject(parent)
{
}

SpellChecker::~SpellChecker() = default;

void SpellChecker::setLanguage(const QString &language)
{
    if (m_speller && language == m_language)
        return;
    m_language = language;
    const QString requested = language.isEmpty() ? QLocale::system().name() : language;
    if (!m_speller)
        m_speller = std::make_unique<Sonnet::Speller>(requested);
    else
        m_speller->setLanguage(requested);
    if (!m_speller->isValid() || m_speller->language() != requested) {
        const QString code = chooseLanguage(requested, m_speller->availableLanguages());
        if (!code.isEmpty() && code != m_speller->language())
            m_speller->setLanguage(code);
    }
    if (m_speller->isValid())
        qCDebug(lcEditor) << "spell checking in" << m_speller->language();
    else
        qCWarning(lcEditor) << "no spell-checking dictionary for" << requested << "could be loaded";
    m_verdicts.clear();
    Q_EMIT changed();
}

QString SpellChecker::language() const
{
    return m_speller ? m_speller->language() : QString();
}

bool SpellChecker::isValid() const
{
    return m_speller && m_speller->isValid();
}

bool SpellChecker::isMisspelled(const QString &word)
{
    if (!isValid())
        return false;
    const auto it = m_verdicts.constFind(word);
    if (it != m_verdicts.constEnd())
        return *it;
    const bool misspelled = m_speller->isMisspelled(word);
    m_verdicts.insert(word, misspelled);
    return misspelled;
}

QStringList SpellChecker::suggestions(const QString &word, int maximum) const
{
    if (!isValid())
        return {};
    return m_speller->suggest(word).mid(0, maximum);
}

void SpellChecker::addToDictionary(const QString &word)
{
    if (!isValid())
        return;
    m_speller->addToPersonal(word);
    m_verdicts.insert(word, false);
    Q_EMIT changed();
}

void SpellChecker::ignore(const QString &word)
{
    if (!isValid())
        return;
    m_speller->addToSession(word);
    m_verdicts.insert(word, false);
    Q_EMIT changed();
}

QMap<QString, QString> SpellChecker::availableLanguages()
{
    // A speller for a language that has no dictionary lists the dictionaries without loading one.
    return Sonnet::Speller(QStringLiteral("none")).availableDictionaries();
}

} // namespace Masthead
