// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QSpinBox;

namespace Masthead
{
class Preferences;

// The Preferences dialog: the editor's theme, font and line wrapping, and spell checking with its
// language, and the language of the interface. Shows the current preferences; OK writes them back (the main window
// applies them).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(Preferences *preferences, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    void updateEnabled();

    Preferences *m_preferences;
    QComboBox *m_theme;
    QCheckBox *m_systemFont;
    QFontComboBox *m_fontFamily;
    QSpinBox *m_fontSize;
    QCheckBox *m_wrapLines;
    QCheckBox *m_spellCheck;
    QComboBox *m_spellLanguage;
    QComboBox *m_uiLanguage = nullptr;
};

} // namespace Masthead
