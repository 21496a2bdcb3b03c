// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"
#include "app/preferencesdialog.h"
#include "app/problemsdock.h"
#include "app/sitedock.h"
#include "core/preferences.h"
#include "preview/previewview.h"
#include "support/sitefixture.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QFontComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

using namespace Masthead;
using namespace MastheadTest;

namespace
{
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// The class the preview page's root element has: mh-dark or mh-light.
QString pageTheme(PreviewView *preview)
{
    QString result;
    bool done = false;
    // The page's own scripts are off; the preview's run in the application world.
    preview->page()->runJavaScript(QStringLiteral("document.documentElement.className"),
                                   QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
                                       result = value.toString();
                                       done = true;
                                   });
    QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(20);
    return result;
}
} // namespace

// The window's comforts that are not one action: the Preferences dialog's labels, the full dark theme.
class ComfortsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // "&Font:" labels a layout, which QFormLayout gives no buddy: the ampersand showed.
    void theFontLabelHasItsMnemonic()
    {
        QTemporaryDir dir;
        Preferences preferences(dir.filePath(QStringLiteral("masthead.ini")));
        PreferencesDialog dialog(&preferences);
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("preferences_font_label"));
        QVERIFY(label);
        QVERIFY(qobject_cast<QFontComboBox *>(label->buddy()));
        for (QLabel *other : dialog.findChildren<QLabel *>()) {
            if (other->text().contains(u'&'))
                QVERIFY2(other->buddy(), qPrintable(other->text()));
        }
    }

    void aDarkEditorThemeDarkensTheWholeWindow()
    {
        QVERIFY(!isDark(QApplication::palette())); // the test's system palette is light
        ExampleSite site;
        QVERIFY(site.isValid());
        QTemporaryDir dir;
        Preferences preferences(dir.filePath(QStringLiteral("masthead.ini")));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(site.path(QStringLiteral("_drafts/2023-10-09-draft.md"))).has_value());
        QSignalSpy updated(window.preview(), &PreviewView::updated);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 30000);
        QCOMPARE(pageTheme(window.preview()), QStringLiteral("mh-light"));

        EditorPreferences editor = preferences.editor();
        editor.themeName = QStringLiteral("Breeze Dark");
        preferences.setEditor(editor);
        QVERIFY(isDark(QApplication::palette()));
        QTRY_VERIFY(isDark(window.problemsDock()->palette()));
        QTRY_VERIFY(isDark(window.siteDock()->palette()));
        QTRY_COMPARE(pageTheme(window.preview()), QStringLiteral("mh-dark"));

        // Automatic: the system's light palette again.
        editor.themeName.clear();
        preferences.setEditor(editor);
        QVERIFY(!isDark(QApplication::palette()));
        QTRY_COMPARE(pageTheme(window.preview()), QStringLiteral("mh-light"));
    }
};

QTEST_MAIN(ComfortsTest)
#include "comforts_test.moc"
