// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/issuedatedialog.h"
#include "app/maileractions.h"
#include "app/mainwindow.h"
#include "app/problemsdock.h"
#include "app/shortcutsdialog.h"
#include "app/sitedock.h"
#include "core/document.h"
#include "core/preferences.h"
#include "core/site/site.h"
#include "preview/previewview.h"
#include "support/sitefixture.h"

#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QWebEngineView>

using namespace Masthead;
using namespace MastheadTest;

// Screenshots of the weekly routine's windows, light and dark, of the whole X screen (the preview
// is drawn by WebEngine, which QWidget::grab() does not capture), into the build tree's shots/.
// Only with MASTHEAD_SHOTS set: they prove nothing by themselves, they are for people to look at.
class ScreenshotsTest : public QObject
{
    Q_OBJECT

private:
    static void shot(const QString &name)
    {
        QTest::qWait(600);
        QDir().mkpath(QStringLiteral(MASTHEAD_BINARY_DIR "/shots"));
        const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
        QVERIFY(!screen.isNull());
        QVERIFY(screen.save(QStringLiteral(MASTHEAD_BINARY_DIR "/shots/") + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("MASTHEAD_SHOTS"))
            QSKIP("set MASTHEAD_SHOTS=1 to take the screenshots");
        QStandardPaths::setTestModeEnabled(true);
    }

    void routine_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QString();
        QTest::newRow("dark") << QStringLiteral("Breeze Dark");
    }

    void routine()
    {
        QFETCH(QString, theme);
        const QString suffix = theme.isEmpty() ? QStringLiteral("light") : QStringLiteral("dark");
        ExampleSite site;
        QVERIFY(site.isValid());
        QVERIFY(writeAll(site.path(QStringLiteral("_posts/2023-10-02-last-week.md")),
                         "---\ntitle: \"Python on Microcontrollers: last week\"\ndate: 2023-10-02 07:00:00 "
                         "-0800\n---\nText.\n"));
        QTemporaryDir dir;
        Preferences preferences(dir.filePath(QStringLiteral("masthead.ini")));
        EditorPreferences editor = preferences.editor();
        editor.themeName = theme;
        preferences.setEditor(editor);
        MainWindow window(&preferences);
        window.setGeometry(0, 0, 1600, 1000);
        QSignalSpy updated(window.preview(), &PreviewView::updated);
        QVERIFY(window.openPath(site.path(QStringLiteral("_drafts/2023-10-09-draft.md"))).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 30000);
        window.siteDock()->raise();
        QTreeWidget *problems = window.problemsDock()->table();
        problems->topLevelItem(0)->setExpanded(true);
        problems->topLevelItem(0)->child(1)->setExpanded(true);
        shot(QStringLiteral("routine-window-%1.png").arg(suffix));

        // The Issue menu, open.
        QMenu *issue = nullptr;
        for (QAction *action : window.menuBar()->actions()) {
            if (action->text() == u"&Issue")
                issue = action->menu();
        }
        QVERIFY(issue);
        issue->popup(window.mapToGlobal(window.menuBar()->actionGeometry(issue->menuAction()).bottomLeft()));
        shot(QStringLiteral("routine-issue-menu-%1.png").arg(suffix));
        issue->hide();

        // New Issue's date dialog.
        const auto found = Site::find(site.root());
        IssueDateDialog dialog(
            QStringLiteral("New Issue"), QStringLiteral("&Create"), found->nextIssueDate(),
            [&](QDate date) {
                return QStringLiteral("Creates _drafts/%1-draft.md from the template "
                                      "_drafts/template.md, and the assets folder assets/%2/.")
                    .arg(date.toString(Qt::ISODate), date.toString(QStringLiteral("yyyyMMdd")));
            },
            &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shot(QStringLiteral("routine-new-issue-%1.png").arg(suffix));
        dialog.hide();

        QList<QAction *> actions = window.findChildren<QAction *>();
        actions.removeIf([&window](QAction *a) { return window.action(a->objectName()) != a; });
        ShortcutsDialog shortcuts(actions, &preferences, &window);
        shortcuts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
        shot(QStringLiteral("routine-shortcuts-%1.png").arg(suffix));
        shortcuts.hide();

        // The email for the mailer, as a browser shows it.
        const EmailExport email = window.findChild<MailerActions *>()->currentEmail();
        QWebEngineView view;
        view.setGeometry(100, 50, 760, 900);
        QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
        view.setHtml(email.html);
        view.show();
        QVERIFY(loaded.wait(20000));
        shot(QStringLiteral("routine-email-%1.png").arg(suffix));
        window.document()->setModified(false);
    }
};

QTEST_MAIN(ScreenshotsTest)
#include "screenshots_test.moc"
