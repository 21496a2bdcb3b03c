// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"
#include "app/problemsdock.h"
#include "core/document.h"
#include "support/sitefixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Masthead;
using namespace MastheadTest;

namespace
{
// Answers the publish confirmation when it comes up by clicking the button named button, and
// counts how often it came up.
class DialogAnswer : public QObject
{
public:
    explicit DialogAnswer(const QString &button)
        : m_button(button)
    {
        m_poll.setInterval(20);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"publish_confirmation")
                return;
            ++shown;
            text = box->text();
            details = box->detailedText();
            if (auto *b = box->findChild<QAbstractButton *>(m_button))
                b->click();
        });
        m_poll.start();
    }
    int shown = 0;
    QString text;
    QString details;

private:
    QString m_button;
    QTimer m_poll;
};

const QString draft = QStringLiteral("_drafts/2023-10-09-draft.md");
const QString post = QStringLiteral("_posts/2023-10-09-featured-story-title-here.md");
} // namespace

class PublishActionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void errorsBlockPublishingUntilOverridden()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        MainWindow window;
        QVERIFY(window.openPath(site.path(draft)).has_value());
        QAction *publish = window.action(QStringLiteral("issue_publish"));
        QVERIFY(publish);
        QVERIFY(window.action(QStringLiteral("issue_check")));
        QVERIFY(window.problemsDock()->isVisibleTo(&window));

        {
            DialogAnswer cancel(QStringLiteral("publish_cancel"));
            publish->trigger();
            QCOMPARE(cancel.shown, 1);
            QVERIFY2(cancel.details.contains(u"placeholders “[![title]”, “-name.jpg”, “](url)”"),
                     qPrintable(cancel.details.left(300)));
            // The count of errors, one a line of the details, said with a plural.
            QCOMPARE(cancel.text,
                     QStringLiteral("The checks found %1 error(s) in “2023-10-09-draft.md”. Published like "
                                    "this, readers will see them.")
                         .arg(cancel.details.split(u'\n').size()));
        }
        QVERIFY(QFile::exists(site.path(draft)));
        QVERIFY(!QFile::exists(site.path(post)));
        QCOMPARE(window.document()->filePath(), site.path(draft));

        {
            DialogAnswer anyway(QStringLiteral("publish_anyway"));
            publish->trigger();
            QCOMPARE(anyway.shown, 1);
        }
        QVERIFY(!QFile::exists(site.path(draft)));
        QVERIFY(QFile::exists(site.path(post)));
        QCOMPARE(window.document()->filePath(), site.path(post));
    }

    void aCleanIssueIsPublishedWithoutAsking()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        const QString clean = QStringLiteral("---\nlayout: post\ntitle: \"A clean issue\"\ndate: 2023-10-16 07:00:00 "
                                             "-0800\n---\n\n- [x] change date\n\n## Story\n\nText.\n");
        QVERIFY(writeAll(site.path(QStringLiteral("_drafts/2023-10-16-draft.md")), clean.toUtf8()));
        MainWindow window;
        QVERIFY(window.openPath(site.path(QStringLiteral("_drafts/2023-10-16-draft.md"))).has_value());
        DialogAnswer never(QStringLiteral("publish_cancel"));
        QVERIFY(window.onPublish());
        QCOMPARE(never.shown, 0);
        QCOMPARE(window.document()->filePath(), site.path(QStringLiteral("_posts/2023-10-16-a-clean-issue.md")));
        QCOMPARE(readAll(window.document()->filePath()), clean.toUtf8());
    }
};

QTEST_MAIN(PublishActionTest)
#include "publishaction_test.moc"
