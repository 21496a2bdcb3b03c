// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preferencesdialog.h"

#include "app/uilanguage.h"
#include "core/preferences.h"
#include "editor/sourceeditor.h"
#include "editor/spellchecker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Masthead
{

PreferencesDialog::PreferencesDialog(Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_theme(new QComboBox(this))
    , m_systemFont(new QCheckBox(tr("Use the system's fixed-width font"), this))
    , m_fontFamily(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_wrapLines(new QCheckBox(tr("Wrap long lines at the window's edge"), this))
    , m_spellCheck(new QCheckBox(tr("Underline misspelled words"), this))
    , m_spellLanguage(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferences_dialog"));
    m_theme->setObjectName(QStringLiteral("preferences_theme"));
    m_systemFont->setObjectName(QStringLiteral("preferences_system_font"));
    m_fontFamily->setObjectName(QStringLiteral("preferences_font_family"));
    m_fontSize->setObjectName(QStringLiteral("preferences_font_size"));
    m_wrapLines->setObjectName(QStringLiteral("preferences_wrap_lines"));
    m_spellCheck->setObjectName(QStringLiteral("preferences_spell_check"));
    m_spellLanguage->setObjectName(QStringLiteral("preferences_spell_language"));

    const EditorPreferences editor = m_preferences->editor();
    const QFont systemFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_theme->addItem(tr("Automatic (light or dark, as the system colours are)"), QString());
    for (const QString &name : SourceEditor::availableThemeNames())
        m_theme->addItem(name, name);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(editor.themeName)));

    m_systemFont->setChecked(editor.fontFamily.isEmpty());
    m_fontFamily->setCurrentFont(editor.fontFamily.isEmpty() ? systemFont : QFont(editor.fontFamily));
    m_fontSize->setRange(6, 72);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(editor.fontPointSize > 0 ? editor.fontPointSize : qMax(6, systemFont.pointSize()));
    m_wrapLines->setChecked(editor.wrapLines);

    m_spellCheck->setChecked(editor.spellCheck);
    m_spellLanguage->addItem(tr("The system's language"), QString());
    const QMap<QString, QString> languages = SpellChecker::availableLanguages();
    for (auto it = languages.cbegin(); it != languages.cend(); ++it)
        m_spellLanguage->addItem(it.key(), it.value());
    m_spellLanguage->setCurrentIndex(qMax(0, m_spellLanguage->findData(editor.spellLanguage)));
    m_spellLanguage->setToolTip(tr("For posts that do not name their language: a post's “lang” in its front matter, "
                                   "else its site's “spellcheck_language”, comes first."));

    auto *appearance = new QGroupBox(tr("Editor"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Colour theme:"), m_theme);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_fontFamily, 1);
    fontRow->addWidget(m_fontSize);
    appearanceForm->addRow(QString(), m_systemFont);
    // A layout gets no buddy from addRow(), and a label without a buddy shows its "&" literally.
    auto *fontLabel = new QLabel(tr("&Font:"), this);
    fontLabel->setObjectName(QStringLiteral("preferences_font_label"));
    fontLabel->setBuddy(m_fontFamily);
    appearanceForm->addRow(fontLabel, fontRow);
    appearanceForm->addRow(QString(), m_wrapLines);

    auto *spelling = new QGroupBox(tr("Spelling"), this);
    auto *spellingForm = new QFormLayout(spelling);
    spellingForm->addRow(QString(), m_spellCheck);
    spellingForm->addRow(tr("&Language:"), m_spellLanguage);

    // The interface's language is read once at start-up (every window, menu and dock takes its
    // texts when it is made), so a change applies when Masthead starts again, and the dialog says so.
    auto *interfaceBox = new QGroupBox(tr("User interface"), this);
    auto *interfaceForm = new QFormLayout(interfaceBox);
    m_uiLanguage = new QComboBox(interfaceBox);
    m_uiLanguage->setObjectName(QStringLiteral("preferences_ui_language"));
    m_uiLanguage->addItem(tr("System default"), QString());
    for (const QString &code : interfaceLanguages())
        m_uiLanguage->addItem(interfaceLanguageName(code), code);
    m_uiLanguage->setCurrentIndex(qMax(0, m_uiLanguage->findData(m_preferences->uiLanguage())));
    interfaceForm->addRow(tr("Lan&guage:"), m_uiLanguage);
    auto *restartNote = new QLabel(tr("Masthead uses the new language when it starts again."), interfaceBox);
    restartNote->setWordWrap(true);
    interfaceForm->addRow(QString(), restartNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(appearance);
    layout->addWidget(spelling);
    layout->addWidget(interfaceBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_systemFont, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    connect(m_spellCheck, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    updateEnabled();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::updateEnabled()
{
    m_fontFamily->setEnabled(!m_systemFont->isChecked());
    m_fontSize->setEnabled(!m_systemFont->isChecked());
    m_spellLanguage->setEnabled(m_spellCheck->isChecked());
}

void PreferencesDialog::accept()
{
    EditorPreferences editor = m_preferences->editor();
    editor.themeName = m_theme->currentData().toString();
    editor.fontFamily = m_systemFont->isChecked() ? QString() : m_fontFamily->currentFont().family();
    editor.fontPointSize = m_systemFont->isChecked() ? 0 : m_fontSize->value();
    editor.wrapLines = m_wrapLines->isChecked();
    editor.spellCheck = m_spellCheck->isChecked();
    editor.spellLanguage = m_spellLanguage->currentData().toString();
    m_preferences->setEditor(editor);
    m_preferences->setUiLanguage(m_uiLanguage->currentData().toString());
    QDialog::accept();
}

} // namespace Masthead
