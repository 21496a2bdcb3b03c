// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"
#include "app/preferencesdialog.h"
#include "app/uilanguage.h"
#include "core/preferences.h"
#include "editor/sourceeditor.h"
#include "editor/spellchecker.h"
#include "support/screenshots.h"
#include "support/sitefixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// The accelerator of a menu or button text ("Save &As…" → 'a'); a null QChar without one. "&&" is a
// literal ampersand.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Fails, naming them, when two entries of one menu (or the menu bar) share an accelerator.
void verifyUniqueAccelerators(const QList<QAction *> &actions, const QString &where)
{
    QHash<QChar, QString> seen;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = accelerator(action->text());
        if (key.isNull())
            continue;
        QVERIFY2(!seen.contains(key),
                 qPrintable(u"%1: “%2” and “%3” share the accelerator %4"_s.arg(where, seen.value(key), action->text(),
                                                                                QString(key))));
        seen.insert(key, action->text());
    }
}

QString shownText(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (const auto *group = qobject_cast<const QGroupBox *>(widget))
        return group->title();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->currentText();
    return widget->objectName();
}

// The first label, button, group title or combo box of parent that is narrower than its text needs
// (cut off or elided), or word-wrapped label that is shorter than its lines; empty when none is.
QString firstCutOff(QWidget *parent)
{
    for (QWidget *widget : parent->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        const QString name = QLatin1String(widget->metaObject()->className()) + u" “"_s + shownText(widget) + u'”';
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->wordWrap()) {
            if (label->height() < label->heightForWidth(label->width()))
                return u"%1 is cut off at the bottom"_s.arg(name);
            continue;
        }
        if ((qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget)
             || qobject_cast<QGroupBox *>(widget) || qobject_cast<QComboBox *>(widget))
            && widget->width() < widget->sizeHint().width()) {
            return u"%1 is %2 px wide and needs %3"_s.arg(name).arg(widget->width()).arg(widget->sizeHint().width());
        }
    }
    return {};
}
} // namespace

class UiLanguageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyTranslationIsBuiltIn()
    {
        QCOMPARE(interfaceLanguages(), (QStringList {u"en"_s, u"de"_s, u"es"_s, u"fr"_s, u"pt_BR"_s}));
        QCOMPARE(interfaceLanguageName(u"en"_s), u"English"_s);
        QCOMPARE(interfaceLanguageName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(interfaceLanguageName(u"es"_s), u"Español"_s);
        QCOMPARE(interfaceLanguageName(u"fr"_s), u"Français"_s);
        QCOMPARE(interfaceLanguageName(u"pt_BR"_s), u"Português (Brasil)"_s);
        // English's plural forms are built in too, without a second "English" in the list above.
        QVERIFY(QFile::exists(u":/i18n/masthead_en.qm"_s));
    }

    void pluralsFollowTheInterfaceLanguage_data()
    {
        QTest::addColumn<QLocale>("systemLocale");
        QTest::addColumn<QString>("chosen"); // Preferences → Language; empty: System default
        QTest::addColumn<QStringList>("expected"); // for 1 and 3: errors, rewritten images, checked widths
        const QStringList english {u"1 error"_s,
                                   u"3 errors"_s,
                                   u"1 image rewritten to https://x.org/"_s,
                                   u"3 images rewritten to https://x.org/"_s,
                                   u"The image is at most 600 px wide."_s,
                                   u"All 3 images are at most 600 px wide."_s};
        const QStringList german {u"1 Fehler"_s,
                                  u"3 Fehler"_s,
                                  u"1 Bild auf https://x.org/ umgeschrieben"_s,
                                  u"3 Bilder auf https://x.org/ umgeschrieben"_s,
                                  u"1 Bild ist höchstens 600 px breit."_s,
                                  u"Alle 3 Bilder sind höchstens 600 px breit."_s};
        QTest::newRow("C locale") << QLocale::c() << QString() << english;
        QTest::newRow("en_US") << QLocale(u"en_US"_s) << QString() << english;
        QTest::newRow("en_GB") << QLocale(u"en_GB"_s) << QString() << english;
        // Masthead speaks no Italian: the window falls back to English, with its plurals.
        QTest::newRow("it_IT, no translation") << QLocale(u"it_IT"_s) << QString() << english;
        QTest::newRow("English chosen on German") << QLocale(u"de_DE"_s) << u"en"_s << english;
        QTest::newRow("de_DE") << QLocale(u"de_DE"_s) << QString() << german;
        QTest::newRow("German chosen on C") << QLocale::c() << u"de"_s << german;
    }

    // Counts read as English does ("1 error", "3 errors"), not "%n error(s)", whenever the window speaks
    // English; a translation keeps its own plural forms. Real strings of the app, through the
    // translators installTranslations() installs, as at start-up.
    void pluralsFollowTheInterfaceLanguage()
    {
        QFETCH(QLocale, systemLocale);
        QFETCH(QString, chosen);
        QFETCH(QStringList, expected);
        QLocale::setDefault(systemLocale);
        const auto restore = qScopeGuard([] {
            qDeleteAll(qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
            QLocale::setDefault(QLocale::system());
        });
        QVERIFY(qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly).isEmpty());
        installTranslations(*qApp, chosen);

        QStringList shown;
        for (const int n : {1, 3})
            shown << QCoreApplication::translate("Masthead::SiteDock", "%n error(s)", nullptr, n);
        for (const int n : {1, 3}) {
            shown << QCoreApplication::translate("Masthead::EmailExport", "%n image(s) rewritten to %1", nullptr, n)
                         .arg(u"https://x.org/"_s);
        }
        for (const int n : {1, 3}) {
            shown << QCoreApplication::translate("Masthead::Checklist", "All %n image(s) are at most %1 px wide.",
                                                 nullptr, n)
                         .arg(600);
        }
        QCOMPARE(shown, expected);
    }

    void menusAndPreferencesInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("preferencesTitle");
        QTest::newRow("en") << u"en"_s << u"&File"_s << u"Preferences"_s;
        QTest::newRow("de") << u"de"_s << u"&Datei"_s << u"Einstellungen"_s;
        QTest::newRow("es") << u"es"_s << u"&Archivo"_s << u"Preferencias"_s;
        QTest::newRow("fr") << u"fr"_s << u"&Fichier"_s << u"Préférences"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"&Arquivo"_s << u"Preferências"_s;
    }

    // The real window and the Preferences in each language: translated, every accelerator unique
    // within its menu, nothing cut off. Screenshots land in the build tree's shots/.
    void menusAndPreferencesInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, preferencesTitle);
        QTranslator translator;
        // English too: its file holds the plural forms.
        QVERIFY(translator.load(QLocale(language), u"masthead"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&translator);
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

        QTemporaryDir dir;
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        ExampleSite site;
        QVERIFY(site.isValid());
        MainWindow window(&preferences);
        QVERIFY(window.openPath(site.root()).has_value());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 8);
        QCOMPARE(menus.constFirst()->text(), fileMenu);
        verifyUniqueAccelerators(menus, u"the menu bar"_s);
        for (QAction *menu : menus) {
            QVERIFY(menu->menu());
            verifyUniqueAccelerators(menu->menu()->actions(), menu->text());
        }
        // The menu bar holds every menu on one row at the window's default size.
        const QRect first = window.menuBar()->actionGeometry(menus.constFirst());
        const QRect last = window.menuBar()->actionGeometry(menus.constLast());
        QCOMPARE(last.top(), first.top());
        QVERIFY(last.right() < window.menuBar()->width());
        QTRY_VERIFY(window.findChild<QLabel *>(u"status_words"_s)->text().contains(u"2"_s));
        // Labels take their new size once the status bar's layout has run.
        QTRY_COMPARE(firstCutOff(window.statusBar()), QString());
        saveShot(&window, u"mainwindow-%1.png"_s.arg(language));

        PreferencesDialog dialog(&preferences, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), preferencesTitle);
        QVERIFY(dialog.frameGeometry().width() <= dialog.screen()->availableGeometry().width());
        QTRY_COMPARE(firstCutOff(&dialog), QString());
        QList<QAction *> labels;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->buddy())
                labels.append(new QAction(label->text(), label));
        }
        for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
            labels.append(new QAction(button->text(), button));
        verifyUniqueAccelerators(labels, language + u" Preferences"_s);
        saveShot(&dialog, u"preferences-%1.png"_s.arg(language));
    }

    // The choice is kept in the preferences and applied when Masthead starts: the menus speak it,
    // the spell checker does not follow it.
    void chosenLanguageAppliesAtTheNextStart()
    {
        QTemporaryDir dir;
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        {
            MainWindow window(&preferences);
            PreferencesDialog dialog(&preferences, &window);
            auto *combo = dialog.findChild<QComboBox *>(u"preferences_ui_language"_s);
            QVERIFY(combo);
            QCOMPARE(combo->count(), 6);
            QCOMPARE(combo->itemData(0).toString(), QString());
            QCOMPARE(combo->currentIndex(), 0);
            QCOMPARE(combo->itemText(combo->findData(u"pt_BR"_s)), u"Português (Brasil)"_s);
            combo->setCurrentIndex(combo->findData(u"fr"_s));
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            // Not at once: the open window keeps its language.
            QCOMPARE(window.menuBar()->actions().constFirst()->text(), u"&File"_s);
        }
        QCOMPARE(Preferences(dir.filePath(u"masthead.ini"_s)).uiLanguage(), u"fr"_s);

        // What runApplication() does at start-up. Installed for the rest of this process: last test.
        installTranslations(*qApp, preferences.uiLanguage());
        QCOMPARE(QLocale().name(), u"fr_FR"_s);
        MainWindow window(&preferences);
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), u"&Fichier"_s);
        PreferencesDialog dialog(&preferences, &window);
        QCOMPARE(dialog.findChild<QComboBox *>(u"preferences_ui_language"_s)->currentData().toString(), u"fr"_s);
        EditorPreferences editor = preferences.editor();
        editor.spellLanguage = u"en_US"_s;
        preferences.setEditor(editor);
        QCOMPARE(window.editor()->spellChecker()->language(), u"en_US"_s);
    }
};

QTEST_MAIN(UiLanguageTest)
#include "uilanguage_test.moc"
