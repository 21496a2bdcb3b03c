// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Sonnet
{
class Speller;
}

namespace Masthead
{

// Judges words with a KF6 Sonnet speller (Hunspell dictionaries) and remembers every verdict, so
// that highlighting a line costs hash lookups once its words were seen. Words added to the
// dictionary go to Sonnet's personal word list and stay; ignored words only for this run.
class SpellChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellChecker)

public:
    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    // A dictionary code such as "en_US" or "de_DE"; empty picks the system's language. Falls back
    // to a dictionary of the same language ("de" for "de_CH"), then to American English.
    void setLanguage(const QString &language);
    QString language() const;
    // False when no dictionary could be loaded: nothing is then reported as misspelled.
    bool isValid() const;

    bool isMisspelled(const QString &word);
    QStringList suggestions(const QString &word, int maximum = 8) const;
    void addToDictionary(const QString &word);
    void ignore(const QString &word);

    // Installed dictionaries: their names in the user's language, mapped to their codes.
    static QMap<QString, QString> availableLanguages();

Q_SIGNALS:
    // Words are judged differently now (another language, a word added or ignored).
    void changed();

private:
    std::unique_ptr<Sonnet::Speller> m_speller;
    QString m_language;
    QHash<QString, bool> m_verdicts; // word -> misspelled
};

} // namespace Masthead
