// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The journal end to end: the real masthead is started, types, and is killed (SIGKILL) or asked to
// terminate (SIGTERM); what it typed is then recovered through the recovery dialog of a new window.
#include "app/mainwindow.h"
#include "app/recoverydialog.h"
#include "core/document.h"
#include "core/journal.h"
#include "core/preferences.h"
#include "support/mainwindowfixture.h"
#include "support/screenshots.h"
#include "support/sitefixture.h"

#include <QDirIterator>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <csignal>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// The real program, with its settings and state in folders of the test's own.
struct Program {
    explicit Program(const QTemporaryDir &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_STATE_HOME"_s, home.filePath(u"state"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.remove(u"QT_QPA_PLATFORM"_s);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    ~Program()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
    Q_DISABLE_COPY_MOVE(Program)

    bool startAndType(const QString &file, const QString &text)
    {
        process.start(QStringLiteral(MASTHEAD_BINARY), {file, u"--test-type"_s, text});
        if (!process.waitForStarted())
            return false;
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains("masthead: typed") && timer.elapsed() < 120'000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(1000);
            out += process.readAllStandardOutput();
        }
        return out.contains("masthead: typed");
    }

    QProcess process;
};

// The journal folder under the XDG state home, once it holds an entry.
QString findJournalFolder(const QString &stateHome)
{
    QDirIterator it(stateHome, {u"*.journal"_s}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? QFileInfo(it.next()).absolutePath() : QString();
}

std::optional<JournalEntry> waitForEntryHolding(const QString &stateHome, const QString &needle)
{
    for (int i = 0; i < 300; ++i) {
        if (const QString folder = findJournalFolder(stateHome); !folder.isEmpty()) {
            const QDir dir(folder);
            for (const QString &name : dir.entryList({u"*.journal"_s})) {
                const auto entry = Journal(folder).read(name.chopped(8));
                if (entry && entry->text.contains(needle))
                    return entry;
            }
        }
        QTest::qWait(100);
    }
    return std::nullopt;
}
} // namespace

class RecoveryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedProgramIsRecovered()
    {
        QTemporaryDir home;
        const QString post = home.filePath(u"post.md"_s);
        QVERIFY(writeAll(post, "---\ntitle: Kept\n---\n\nFirst paragraph.\n"));
        const QString state = home.filePath(u"state"_s);
        {
            Program program(home);
            QVERIFY(program.startAndType(post, u"Words typed before the crash"_s));
            // Written by the journal on its own, within its delay; then the process dies at once.
            QVERIFY(waitForEntryHolding(state, u"Words typed before the crash"_s));
            ::kill(static_cast<pid_t>(program.process.processId()), SIGKILL);
            QVERIFY(program.process.waitForFinished());
            QCOMPARE(program.process.exitStatus(), QProcess::CrashExit);
        }
        QCOMPARE(readAll(post), QByteArray("---\ntitle: Kept\n---\n\nFirst paragraph.\n"));
        const QString folder = findJournalFolder(state);
        const QList<JournalEntry> entries = Journal(folder).recoverable();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].filePath, QFileInfo(post).absoluteFilePath());

        // The next start: a window on the same journal offers it, shows the difference, recovers it.
        MainWindowFixture f(QFileInfo(folder).absolutePath() + u"/masthead.ini"_s);
        QCOMPARE(f.preferences.journalFolder(), folder);
        QVERIFY(f.open());
        RecoveryDialog *dialog = f.window.offerRecovery();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QListWidget *>(u"recovery_list"_s)->count(), 1);
        const QString difference = dialog->findChild<QTextBrowser *>(u"recovery_difference"_s)->toPlainText();
        QVERIFY2(difference.contains(u"+ "_s) && difference.contains(u"Words typed before the crash"_s),
                 qPrintable(difference));
        // With the file's own lines around the change.
        QVERIFY2(difference.contains(u"title: Kept"_s), qPrintable(difference));
        saveShot(dialog, u"recovery-dialog.png"_s);
        dialog->findChild<QPushButton *>(u"recovery_recover"_s)->click();

        QCOMPARE(f.window.document()->filePath(), QFileInfo(post).absoluteFilePath());
        QVERIFY(f.window.document()->isModified());
        QVERIFY(f.window.document()->text().contains(u"Words typed before the crash"_s));
        QVERIFY(f.window.document()->text().contains(u"First paragraph."_s));
        // Undo gives the file's own text back in one step.
        f.window.document()->undo();
        QCOMPARE(f.window.document()->text(), u"---\ntitle: Kept\n---\n\nFirst paragraph.\n"_s);
        f.window.document()->redo();
        // Still in the journal (held by this window now) until it is saved.
        QCOMPARE(QDir(folder).entryList({u"*.journal"_s}).size(), 1);
        QVERIFY(Journal(folder).recoverable().isEmpty());
        QVERIFY(f.window.document()->save().has_value());
        f.window.journal()->waitForWrites();
        QVERIFY(QDir(folder).entryList({u"*.journal"_s}).isEmpty());
        QVERIFY(readText(post).contains(u"Words typed before the crash"_s));
    }

    void terminatedProgramLeavesItsTextInTheJournal()
    {
        QTemporaryDir home;
        const QString post = home.filePath(u"post.md"_s);
        QVERIFY(writeAll(post, "# Title\n"));
        Program program(home);
        QVERIFY(program.startAndType(post, u"Typed just before logout"_s));
        // At once, before the journal's own delay: the signal handler must write it.
        ::kill(static_cast<pid_t>(program.process.processId()), SIGTERM);
        QVERIFY(program.process.waitForFinished(60'000));
        QCOMPARE(program.process.exitStatus(), QProcess::NormalExit);
        const auto entry = waitForEntryHolding(home.filePath(u"state"_s), u"Typed just before logout"_s);
        QVERIFY(entry);
        QCOMPARE(entry->filePath, QFileInfo(post).absoluteFilePath());
        QCOMPARE(Journal(findJournalFolder(home.filePath(u"state"_s))).recoverable().size(), 1);
        QCOMPARE(readAll(post), QByteArray("# Title\n"));
    }

    void discardAndKeepForLater()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"journal"_s);
        const Journal journal(folder);
        const QString post = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(post, "Disk\n"));
        const JournalEntry older {u"a"_s, post, {}, QDateTime::currentDateTimeUtc().addSecs(-60), u"Disk\nolder"_s};
        const JournalEntry newer {
            u"b"_s, {}, dir.filePath(u"_drafts/x.md"_s), QDateTime::currentDateTimeUtc(), u"An untitled text"_s};
        QVERIFY(journal.write(older).has_value());
        QVERIFY(journal.write(newer).has_value());
        {
            MainWindowFixture f(dir.filePath(u"masthead.ini"_s));
            QVERIFY(f.open());
            RecoveryDialog *dialog = f.window.offerRecovery();
            QVERIFY(dialog);
            QCOMPARE(dialog->entries().size(), 2);
            // Newest first: the untitled one.
            QCOMPARE(dialog->entries()[0].id, u"b"_s);
            QVERIFY(dialog->differenceHtml().contains(u"never saved"_s));
            dialog->findChild<QPushButton *>(u"recovery_discard"_s)->click();
            QCOMPARE(dialog->entries().size(), 1);
            QVERIFY(!QFileInfo::exists(journal.entryPath(u"b"_s)));
            dialog->findChild<QPushButton *>(u"recovery_later"_s)->click();
            QVERIFY(!f.window.document()->isModified());
        }
        // Kept: offered again next time.
        QCOMPARE(journal.recoverable().size(), 1);
        QCOMPARE(journal.recoverable()[0].id, u"a"_s);
    }

    void differenceShowsTheChangesWithTwoLinesAround_data()
    {
        QTest::addColumn<QString>("disk");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QStringList numbered;
        for (int i = 1; i <= 20; ++i)
            numbered.append(QString::number(i));
        const QString twenty = numbered.join(u'\n') + u'\n';
        QTest::newRow("one line changed") << twenty << QString(twenty).replace(u"\n10\n"_s, u"\nten\n"_s)
                                          << u"  …\n  8\n  9\n- 10\n+ ten\n  11\n  12\n  …"_s;
        QTest::newRow("first line changed")
            << twenty << QString(twenty).replace(u"1\n2\n"_s, u"one\n2\n"_s) << u"- 1\n+ one\n  2\n  3\n  …"_s;
        QTest::newRow("line added at the end") << twenty << twenty + u"21\n"_s << u"  …\n  19\n  20\n+ 21\n  "_s;
        QTest::newRow("blank line removed")
            << u"a\nb\n\nc\nd\n"_s << u"a\nb\nc\nd\n"_s << u"  a\n  b\n- \n  c\n  d\n  …"_s;
        QTest::newRow("markup escaped") << u"<b>&amp;\n"_s << u"<i>&amp;\n"_s << u"- <b>&amp;\n+ <i>&amp;\n  "_s;
    }
    void differenceShowsTheChangesWithTwoLinesAround()
    {
        QFETCH(QString, disk);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString post = dir.filePath(u"post.md"_s);
        QVERIFY(writeAll(post, disk.toUtf8()));
        QTextDocument shown;
        shown.setHtml(RecoveryDialog::differenceFromDisk({u"e"_s, post, {}, QDateTime::currentDateTimeUtc(), text}));
        // The first paragraph says what the colours mean; the difference follows.
        const QString difference = shown.toPlainText().section(u'\n', 1).replace(QChar::Nbsp, u' ');
        QCOMPARE(difference, expected);
    }

    void untitledTextIsRecoveredUntitled()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"journal"_s);
        const JournalEntry untitled {u"u"_s,
                                     {},
                                     dir.filePath(u"_drafts/2026-12-07-draft.md"_s),
                                     QDateTime::currentDateTimeUtc(),
                                     u"Never saved text"_s};
        QVERIFY(Journal(folder).write(untitled).has_value());
        MainWindowFixture f(dir.filePath(u"masthead.ini"_s));
        const QString other = dir.filePath(u"other.md"_s);
        QVERIFY(writeAll(other, "Other\n"));
        QVERIFY(f.open(other));
        RecoveryDialog *dialog = f.window.offerRecovery();
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(u"recovery_recover"_s)->click();
        QVERIFY(f.window.document()->filePath().isEmpty());
        QCOMPARE(f.window.document()->intendedPath(), dir.filePath(u"_drafts/2026-12-07-draft.md"_s));
        QCOMPARE(f.window.document()->text(), u"Never saved text"_s);
        QVERIFY(f.window.document()->isModified());
        QCOMPARE(f.window.journal()->entryId(), u"u"_s);
    }
};

QTEST_MAIN(RecoveryTest)
#include "recovery_test.moc"
