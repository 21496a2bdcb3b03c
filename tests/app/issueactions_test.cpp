// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/issueactions.h"
#include "app/issuedatedialog.h"
#include "app/maileractions.h"
#include "app/mainwindow.h"
#include "app/recentmenu.h"
#include "app/shortcutsdialog.h"
#include "core/document.h"
#include "core/issue/issuelifecycle.h"
#include "core/preferences.h"
#include "core/site/site.h"
#include "editor/sourceeditor.h"
#include "support/sitefixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Masthead;
using namespace MastheadTest;

namespace
{
// Answers the next modal dialog as a user would: the issue date dialog with a date (or Cancel when the
// date is invalid), a message box by clicking the button with the given object name or role.
class ModalAnswer : public QObject
{
public:
    explicit ModalAnswer(QDate date, QString button = {})
        : m_date(date)
        , m_button(std::move(button))
    {
        m_poll.setInterval(20);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<IssueDateDialog *>(modal)) {
                ++shown;
                initialDate = dialog->date();
                if (!m_date.isValid()) {
                    dialog->reject();
                    return;
                }
                dialog->setDate(m_date);
                description = dialog->findChild<QLabel *>(QStringLiteral("issue_date_description"))->text();
                auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("issue_date_ok"));
                okEnabled = ok->isEnabled();
                if (ok->isEnabled())
                    ok->click();
                else
                    dialog->reject();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                ++shown;
                boxes.append(box->objectName());
                if (auto *b = box->findChild<QAbstractButton *>(m_button))
                    b->click();
                else if (QAbstractButton *save = box->button(QMessageBox::Save))
                    save->click();
                else
                    box->reject();
            }
        });
        m_poll.start();
    }
    int shown = 0;
    QDate initialDate;
    QString description;
    bool okEnabled = false;
    QStringList boxes;

private:
    QDate m_date;
    QString m_button;
    QTimer m_poll;
};

const QString draft = QStringLiteral("_drafts/2023-10-09-draft.md");
} // namespace

class IssueActionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newIssueOpensTheNewDraft()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        MainWindow window;
        QVERIFY(window.openPath(site.path(draft)).has_value());
        QAction *create = window.action(QStringLiteral("issue_new"));
        QVERIFY(create);
        QVERIFY(create->isEnabled());
        const QDate next = Site::find(site.root())->nextIssueDate();
        {
            ModalAnswer answer(QDate(2023, 10, 16));
            create->trigger();
            QCOMPARE(answer.shown, 1);
            QCOMPARE(answer.initialDate, next);
            QVERIFY2(answer.description.contains(u"_drafts/2023-10-16-draft.md"), qPrintable(answer.description));
        }
        const QString created = site.path(QStringLiteral("_drafts/2023-10-16-draft.md"));
        QVERIFY(QFile::exists(created));
        QCOMPARE(window.document()->filePath(), created);
        QVERIFY(window.document()->text().contains(u"2023-10-16"));

        // A day that already has an issue cannot be chosen.
        {
            ModalAnswer answer(QDate(2023, 10, 9));
            QVERIFY(!window.findChild<IssueActions *>()->newIssue());
            QVERIFY(!answer.okEnabled);
        }
        QCOMPARE(window.document()->filePath(), created);
    }

    void redateFollowsTheFileAndSavingKeepsItThere()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        MainWindow window;
        QVERIFY(window.openPath(site.path(draft)).has_value());
        QAction *redate = window.action(QStringLiteral("issue_redate"));
        QVERIFY(redate && redate->isEnabled());
        // Unsaved changes are saved first (the answer is Save).
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(QStringLiteral("\nAdded before re-dating.\n"));
        QVERIFY(window.document()->isModified());
        {
            ModalAnswer answer(QDate(2023, 10, 10));
            redate->trigger();
            QCOMPARE(answer.shown, 2); // save first, then the date
            QVERIFY2(answer.description.contains(u"2023-10-10-draft.md"), qPrintable(answer.description));
        }
        const QString moved = site.path(QStringLiteral("_drafts/2023-10-10-draft.md"));
        QVERIFY(!QFile::exists(site.path(draft)));
        QVERIFY(QFile::exists(moved));
        QVERIFY(QDir(site.path(QStringLiteral("assets/20231010"))).exists());
        QCOMPARE(window.document()->filePath(), moved);
        QVERIFY(window.document()->text().contains(u"Added before re-dating."));
        QVERIFY(window.document()->text().contains(u"date: 2023-10-10"));

        // Saving after the re-date writes the new file and never brings the old draft back.
        window.editor()->insertPlainText(QStringLiteral("More.\n"));
        window.action(QStringLiteral("file_save"))->trigger();
        QVERIFY(!window.document()->isModified());
        QVERIFY(!QFile::exists(site.path(draft)));
        QVERIFY(readText(moved).contains(u"More."));
    }

    void cancellingChangesNothing()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        MainWindow window;
        QVERIFY(window.openPath(site.path(draft)).has_value());
        const auto before = snapshot(site.root());
        {
            ModalAnswer cancel {QDate()};
            window.action(QStringLiteral("issue_redate"))->trigger();
            window.action(QStringLiteral("issue_new"))->trigger();
            QCOMPARE(cancel.shown, 2);
        }
        QCOMPARE(snapshot(site.root()), before);
        QCOMPARE(window.document()->filePath(), site.path(draft));
    }

    void unpublishIsForPostsAndAsksFirst()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        MainWindow window;
        QVERIFY(window.openPath(site.path(draft)).has_value());
        QAction *unpublish = window.action(QStringLiteral("issue_unpublish"));
        QVERIFY(unpublish);
        QVERIFY(!unpublish->isEnabled());
        const auto post = publish(*Site::find(site.root()), site.path(draft));
        QVERIFY2(post.has_value(), qPrintable(errorText(post)));
        QVERIFY(window.openPath(post->postPath).has_value());
        QVERIFY(unpublish->isEnabled());
        {
            ModalAnswer no(QDate(), QStringLiteral("no_such_button"));
            unpublish->trigger();
            QCOMPARE(no.boxes, QStringList {QStringLiteral("unpublish_confirmation")});
        }
        QVERIFY(QFile::exists(post->postPath));
        {
            ModalAnswer yes(QDate(), QStringLiteral("unpublish_yes"));
            unpublish->trigger();
            QCOMPARE(yes.shown, 1);
        }
        const QString back = site.path(QStringLiteral("_drafts/featured-story-title-here.md"));
        QVERIFY(!QFile::exists(post->postPath));
        QVERIFY(QFile::exists(back));
        QCOMPARE(window.document()->filePath(), back);
        QVERIFY(!unpublish->isEnabled());
    }

    // Copy for Mailer: HTML and text on the clipboard, every image absolute, and the HTML renders in a
    // browser engine with each image resolving to the image host.
    void copyForMailerRendersInWebEngine()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        const QString path = site.path(QStringLiteral("_drafts/2023-10-16-mail.md"));
        QVERIFY(writeAll(path,
                         "---\ntitle: \"Mail\"\ndate: 2023-10-16 07:00:00 -0800\n---\n\n## One\n\n"
                         "[![Blinka](../assets/20231009/blinka.png)](https://example.com)\n\n"
                         "![mp](../assets/20231009/20231009mp.png) [jp](../assets/20231009/20231009jp.jpg)\n"));
        MainWindow window;
        QVERIFY(window.openPath(path).has_value());
        QAction *copy = window.action(QStringLiteral("issue_copy_for_mailer"));
        QVERIFY(copy && window.action(QStringLiteral("issue_export_email")));
        QApplication::clipboard()->clear();
        copy->trigger();
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime && mime->hasHtml() && mime->hasText());
        const QString html = mime->html();
        QVERIFY(html.contains(u"https://newsletter.example.org/assets/20231009/blinka.png"));
        QVERIFY(mime->text().contains(u"One"));

        // Saved to a file, byte for byte the same HTML.
        const QString out = site.path(QStringLiteral("mail.html"));
        QVERIFY(window.findChild<MailerActions *>()->exportToFile(out));
        QCOMPARE(readText(out), html);

        QWebEngineView view;
        view.resize(700, 600);
        QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
        view.setHtml(html, QUrl(QStringLiteral("about:blank")));
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.first().first().toBool());
        QVariant result;
        bool done = false;
        view.page()->runJavaScript(QStringLiteral("JSON.stringify({images: Array.from(document.images).map(i => i.src),"
                                                  " links: Array.from(document.links).map(a => a.href),"
                                                  " h1: document.querySelector('h1').textContent,"
                                                  " styled: document.querySelector('h2').style.fontWeight})"),
                                   [&](const QVariant &value) {
                                       result = value;
                                       done = true;
                                   });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        const QJsonObject page = QJsonDocument::fromJson(result.toString().toUtf8()).object();
        const QJsonArray images = page.value(QStringLiteral("images")).toArray();
        QCOMPARE(images.size(), 2);
        for (const auto &image : images)
            QVERIFY2(image.toString().startsWith(u"https://newsletter.example.org/assets/20231009/"),
                     qPrintable(image.toString()));
        for (const auto &link : page.value(QStringLiteral("links")).toArray())
            QVERIFY2(link.toString().startsWith(u"https://"), qPrintable(link.toString()));
        QCOMPARE(page.value(QStringLiteral("h1")).toString(), QStringLiteral("Mail"));
        QCOMPARE(page.value(QStringLiteral("styled")).toString(), QStringLiteral("bold"));
    }

    void recentFilesAndSites()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        QTemporaryDir dir;
        Preferences preferences(dir.filePath(QStringLiteral("masthead.ini")));
        const QString other = site.path(QStringLiteral("_drafts/template.md"));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(site.path(draft)).has_value());
        QVERIFY(window.openPath(other).has_value());
        QCOMPARE(preferences.recentFiles(), (QStringList {other, site.path(draft)}));
        QCOMPARE(preferences.recentSites(), QStringList {site.root()});

        auto *menu = window.findChild<RecentMenu *>(QStringLiteral("file_recent"));
        QVERIFY(menu);
        menu->rebuild();
        QList<QAction *> files;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == u"recent_file")
                files.append(action);
        }
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(1)->data().toString(), site.path(draft));
        files.at(1)->trigger();
        QCOMPARE(window.document()->filePath(), site.path(draft));
    }

    void shortcutsAreConfigurableAndKept()
    {
        QTemporaryDir dir;
        Preferences preferences(dir.filePath(QStringLiteral("masthead.ini")));
        const QKeySequence chosen(Qt::CTRL | Qt::SHIFT | Qt::Key_Y);
        {
            MainWindow window(&preferences);
            QVERIFY(window.action(QStringLiteral("settings_shortcuts")));
            ShortcutsDialog dialog(
                {window.action(QStringLiteral("issue_new")), window.action(QStringLiteral("file_save"))}, &preferences,
                &window);
            QCOMPARE(dialog.list()->topLevelItemCount(), 2);
            // Taken by another action: refused, saying by which.
            QVERIFY(!dialog.setShortcut(QStringLiteral("issue_new"), QKeySequence(QKeySequence::Save)));
            QVERIFY2(dialog.conflict().contains(u"Save"), qPrintable(dialog.conflict()));
            QVERIFY(dialog.setShortcut(QStringLiteral("issue_new"), chosen));
            dialog.accept();
            QCOMPARE(window.action(QStringLiteral("issue_new"))->shortcut(), chosen);
            QCOMPARE(preferences.shortcuts().size(), 1);
        }
        // The next window has it too; the others keep their defaults.
        MainWindow again(&preferences);
        QCOMPARE(again.action(QStringLiteral("issue_new"))->shortcut(), chosen);
        QCOMPARE(again.action(QStringLiteral("file_save"))->shortcut(), QKeySequence(QKeySequence::Save));
        // Reset to the default: nothing is kept.
        ShortcutsDialog dialog({again.action(QStringLiteral("issue_new"))}, &preferences, &again);
        QVERIFY(dialog.setShortcut(QStringLiteral("issue_new"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)));
        dialog.accept();
        QVERIFY(preferences.shortcuts().isEmpty());
    }

    void editMenuComforts()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        MainWindow window;
        QVERIFY(window.openPath(site.path(draft)).has_value());
        for (const char *id : {"edit_cut", "edit_copy", "edit_paste", "edit_select_all"})
            QVERIFY2(window.action(QString::fromLatin1(id)), id);
        QVERIFY(window.action(QStringLiteral("edit_redo"))->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));

        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.editor()->setFocus();
        const QString original = window.document()->text();
        window.action(QStringLiteral("edit_select_all"))->trigger();
        QCOMPARE(window.editor()->textCursor().selectedText().size(), original.size());
        QVERIFY(window.action(QStringLiteral("edit_cut"))->isEnabled());
        window.action(QStringLiteral("edit_cut"))->trigger();
        QVERIFY(window.document()->text().isEmpty());
        QTRY_COMPARE(QApplication::clipboard()->text(), original);
        window.action(QStringLiteral("edit_paste"))->trigger();
        QTRY_COMPARE(window.document()->text(), original);
        // Undo the paste, then redo it with Ctrl+Y.
        window.action(QStringLiteral("edit_undo"))->trigger();
        QVERIFY(window.document()->text().isEmpty());
        QTest::keyClick(window.editor(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(window.document()->text(), original);
        window.document()->setModified(false);
    }
};

QTEST_MAIN(IssueActionsTest)
#include "issueactions_test.moc"
