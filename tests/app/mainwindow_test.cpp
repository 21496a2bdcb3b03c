// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../preview/webpagetesting.h"
#include "app/mainwindow.h"
#include "app/preferencesdialog.h"
#include "core/document.h"
#include "core/preferences.h"
#include "editor/findbar.h"
#include "editor/sourceeditor.h"
#include "editor/spellchecker.h"
#include "preview/previewview.h"
#include "support/mainwindowfixture.h"
#include "support/screenshots.h"
#include "support/sitefixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTranslator>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// Answers the next modal message box with the given button, and records its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, qApp, [button, text] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        *text = box->text();
        box->button(button)->click();
    });
}

QString copyOfTheSeed(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("2023-10-09-draft.md"));
    QFile::copy(seedPath(), path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QString labelText(const MainWindow &window, const QString &name)
{
    const auto *label = window.findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

// Counts the events of one type that reach the objects it watches.
class EventCounter : public QObject
{
public:
    EventCounter(QEvent::Type type, int *count)
        : m_type(type)
        , m_count(count)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == m_type)
            ++*m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    QEvent::Type m_type;
    int *m_count;
};
} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Windows made without preferences of their own use the user's settings: in test mode those
        // live under ~/.qttest, never in the real configuration.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void opensASiteAtItsNewestDraft()
    {
        MainWindow window;
        QVERIFY(window.openPath(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly")).has_value());
        QVERIFY(window.document()->filePath().endsWith(QStringLiteral("examples/weekly/_drafts/2023-10-09-draft.md")));
        QCOMPARE(window.windowTitle(), QStringLiteral("2023-10-09-draft.md[*] — Masthead"));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.splitter()->widget(0)->isAncestorOf(window.editor()));
        QVERIFY(window.splitter()->widget(0)->isAncestorOf(window.findBar()));
        QCOMPARE(window.splitter()->widget(1), window.preview());
    }

    // Chromium starts only once the window has been painted: the editor, with its text, comes first
    // and takes typing at once; the preview arrives afterwards, with what was typed.
    void thePreviewStartsAfterTheWindowIsPainted()
    {
        QTemporaryDir dir;
        const QString path = copyOfTheSeed(dir);
        MainWindow window;
        QSignalSpy updated(window.preview(), &PreviewView::updated);
        QVERIFY(window.openPath(path).has_value());
        window.show();
        QVERIFY(!window.preview()->isStarted());

        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral(" Typed before the preview started."));
        QVERIFY(window.document()->toPlainText().contains(QStringLiteral("Typed before the preview started.")));
        QVERIFY(!window.preview()->isStarted());

        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.preview()->isStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() && updated.last().value(0).toBool(), 30'000);
        QTRY_VERIFY(MastheadTest::evaluate(window.preview()->page(), QStringLiteral("document.body.innerText"))
                        .toString()
                        .contains(QStringLiteral("Typed before the preview started.")));
    }

    void refusesAFolderThatIsNoSite()
    {
        QTemporaryDir dir;
        MainWindow window;
        const auto result = window.openPath(dir.path());
        QVERIFY(!result.has_value());
        QVERIFY2(result.error().contains(QStringLiteral("_config.yml")), qPrintable(result.error()));
    }

    void typingMarksModifiedAndSaveWritesTheFile()
    {
        QTemporaryDir dir;
        const QString path = copyOfTheSeed(dir);
        const QByteArray original = readAll(path);
        MainWindow window;
        QVERIFY(window.openPath(path).has_value());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("Typed in a test."));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.document()->isModified());

        QSignalSpy saved(window.document(), &Document::saved);
        QTest::keySequence(window.editor(), QKeySequence::Save);
        QCOMPARE(saved.count(), 1);
        QVERIFY(!window.isWindowModified());
        QCOMPARE(readAll(path), original + "Typed in a test.");
    }

    void closingWithUnsavedChangesAsks()
    {
        QTemporaryDir dir;
        const QString path = copyOfTheSeed(dir);
        const QByteArray original = readAll(path);
        MainWindow window;
        QVERIFY(window.openPath(path).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClicks(window.editor(), QStringLiteral("unsaved "));

        QString question;
        answerNextMessageBox(QMessageBox::Cancel, &question);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY2(question.contains(QStringLiteral("2023-10-09-draft.md")), qPrintable(question));

        answerNextMessageBox(QMessageBox::Discard, &question);
        QVERIFY(window.close());
        QCOMPARE(readAll(path), original);
    }

    void restoresItsStateAfterARestart()
    {
        QTemporaryDir dir;
        const QString path = copyOfTheSeed(dir);
        const QString settings = dir.filePath(u"masthead.ini"_s);
        int cursorPosition = 0;
        QList<int> splitterSizes;
        QSize size;
        {
            Preferences preferences(settings);
            MainWindow window(&preferences);
            QVERIFY(!window.restoreSession()); // nothing to restore yet
            QVERIFY(window.openPath(path).has_value());
            window.resize(1100, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.splitter()->setSizes({400, 700});
            window.editor()->goToLine(120);
            window.editor()->moveCursor(QTextCursor::EndOfLine);
            cursorPosition = window.editor()->textCursor().position();
            window.action(u"view_zoom_in"_s)->trigger();
            window.action(u"view_wrap"_s)->trigger();
            QTest::qWait(50);
            splitterSizes = window.splitter()->sizes();
            size = window.size();
            QVERIFY(window.close());
        }
        // The next run: another Preferences on the same file, another window.
        Preferences preferences(settings);
        MainWindow window(&preferences);
        QVERIFY(window.restoreSession());
        QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.editor()->textCursor().position(), cursorPosition);
        QCOMPARE(window.editor()->zoom(), 1);
        QVERIFY(!window.editor()->wrapsLines());
        QVERIFY(!window.action(u"view_wrap"_s)->isChecked());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), size);
        QCOMPARE(window.splitter()->sizes(), splitterSizes);
        // The cursor's line is on screen.
        QTRY_VERIFY(window.editor()->cursorRect().top() >= 0);
        QVERIFY(window.editor()->cursorRect().bottom() <= window.editor()->viewport()->height());

        // A file opened before keeps its own cursor position when opened again.
        QVERIFY(window.openPath(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly")).has_value());
        QCOMPARE(window.editor()->textCursor().position(), 0);
        QVERIFY(window.openPath(path).has_value());
        QCOMPARE(window.editor()->textCursor().position(), cursorPosition);

        // A last file that is gone is not restored.
        window.close();
        QFile::remove(path);
        MainWindow third(&preferences);
        QVERIFY(!third.restoreSession());
    }

    void showsPositionAndStatisticsInTheStatusBar()
    {
        QTemporaryDir dir;
        MainWindowFixture fixture(dir.filePath(u"masthead.ini"_s));
        QVERIFY(fixture.open(copyOfTheSeed(dir)));
        MainWindow &window = fixture.window;
        QCOMPARE(labelText(window, u"status_cursor"_s), u"Ln 1, Col 1"_s);
        QTRY_COMPARE(labelText(window, u"status_words"_s), u"Words: 2,269"_s);
        QCOMPARE(labelText(window, u"status_characters"_s), u"Characters: 23,322"_s);
        QCOMPARE(labelText(window, u"status_reading_time"_s), u"Reading time: 10 min"_s);

        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), u"Four more words here"_s);
        QCOMPARE(labelText(window, u"status_cursor"_s), u"Ln %1, Col 21"_s.arg(window.document()->blockCount()));
        QTRY_COMPARE(labelText(window, u"status_words"_s), u"Words: 2,273"_s);
        saveShot(&window, u"mainwindow.png"_s);
        window.document()->setModified(false);
    }

    void typingLaysNothingOutAgain()
    {
        // Issue 14: a keystroke repaints the line and the cursor's position, nothing else. A status
        // label changing size would lay out the window again after every key, repainting the whole
        // status bar and the docks' separators.
        QTemporaryDir dir;
        MainWindowFixture fixture(dir.filePath(u"masthead.ini"_s));
        QVERIFY(fixture.open(copyOfTheSeed(dir)));
        MainWindow &window = fixture.window;
        auto *cursorLabel = window.findChild<QLabel *>(u"status_cursor"_s);
        QVERIFY(cursorLabel);
        window.editor()->setFocus();
        QTextCursor cursor(window.document()->findBlockByNumber(120));
        cursor.movePosition(QTextCursor::EndOfBlock);
        window.editor()->setTextCursor(cursor);

        int layouts = 0;
        EventCounter counter(QEvent::LayoutRequest, &layouts);
        window.statusBar()->installEventFilter(&counter);
        window.installEventFilter(&counter);
        // What the opening started (the docks' first readings, the word count) is over once nothing
        // has been laid out for a while.
        for (int tries = 0; tries < 20; ++tries) {
            layouts = 0;
            QTest::qWait(2 * Document::settleDelayMs);
            if (layouts == 0)
                break;
        }
        QCOMPARE(layouts, 0);
        // Columns from one digit to two and back: "Col 9", "Col 10", ...
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(window.editor(), 'x');
            QCoreApplication::processEvents();
        }
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(window.editor(), Qt::Key_Backspace);
            QCoreApplication::processEvents();
        }
        // Before, every key laid the window out again (47 for these 24 keys). On a busy machine a
        // dock's late reading may still change a size once or twice.
        QVERIFY2(layouts <= 2, qPrintable(QString::number(layouts)));
        // The label shows its whole text all the same, and grows when it needs to.
        QVERIFY(cursorLabel->width() >= cursorLabel->sizeHint().width());
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QString(120, u'y'));
        QVERIFY(cursorLabel->text().endsWith(u"Col 121"_s));
        QTRY_VERIFY(cursorLabel->width() >= cursorLabel->sizeHint().width());
        window.document()->setModified(false);
    }

    void formatsWithShortcuts()
    {
        QTemporaryDir dir;
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.editor()->setFocus();
        QTest::keyClicks(window.editor(), u"news"_s);
        window.editor()->selectAll();
        QTest::keySequence(window.editor(), QKeySequence::Bold);
        QCOMPARE(window.document()->text(), u"**news**"_s);
        QTest::keySequence(window.editor(), QKeySequence::Italic);
        QCOMPARE(window.document()->text(), u"***news***"_s);
        QTest::keySequence(window.editor(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QCOMPARE(window.document()->text(), u"***[news]()***"_s);
        QTest::keySequence(window.editor(), QKeySequence::Undo);
        QTest::keySequence(window.editor(), QKeySequence::Undo);
        QTest::keySequence(window.editor(), QKeySequence::Undo);
        QCOMPARE(window.document()->text(), u"news"_s);

        // Zoom with the keyboard, and back.
        const int zoom = window.editor()->zoom();
        QTest::keySequence(window.editor(), QKeySequence::ZoomIn);
        QCOMPARE(window.editor()->zoom(), zoom + 1);
        QTest::keySequence(window.editor(), QKeySequence(Qt::CTRL | Qt::Key_0));
        QCOMPARE(window.editor()->zoom(), 0);
        window.document()->setModified(false);
    }

    void findsAndGoesToLines()
    {
        QTemporaryDir dir;
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(copyOfTheSeed(dir)).has_value());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.editor()->setFocus();

        QTest::keySequence(window.editor(), QKeySequence::Find);
        QVERIFY(window.findBar()->isVisible());
        auto *field = window.findBar()->findChild<QLineEdit *>(u"find_field"_s);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, u"CircuitPython"_s);
        QVERIFY(window.findBar()->matchCount() > 10);
        QCOMPARE(window.editor()->textCursor().selectedText(), u"CircuitPython"_s);
        saveShot(&window, u"findbar.png"_s);
        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(window.findBar()->currentMatch(), 2);
        // Options persist.
        window.findBar()->findChild<QAction *>(u"find_whole_words"_s)->trigger();
        QVERIFY(preferences.searchOptions().wholeWords);
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!window.findBar()->isVisible());

        QTimer::singleShot(0, &window, [] {
            QTRY_VERIFY(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            dialog->setIntValue(40);
            dialog->accept();
        });
        window.action(u"edit_goto_line"_s)->trigger();
        QCOMPARE(window.editor()->textCursor().blockNumber(), 39);
    }

    void insertsTheSitesImageSnippet()
    {
        QTemporaryDir dir;
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly")).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(u"Blinka"_s);
        window.editor()->moveCursor(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        window.action(u"insert_image_snippet"_s)->trigger();
        // The dated assets folder of the draft, relative to it, and the cursor ready for the name.
        QVERIFY2(window.document()->text().endsWith(u"[![Blinka](../assets/20231009/)]()"_s),
                 qPrintable(window.document()->text().right(60)));
        QTest::keyClicks(window.editor(), u"20231009blinka.png"_s);
        QVERIFY(window.document()->text().endsWith(u"[![Blinka](../assets/20231009/20231009blinka.png)]()"_s));
        window.document()->setModified(false); // never write into the example
    }

    void preferencesDialogChangesTheEditor()
    {
        QTemporaryDir dir;
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QVERIFY(window.openPath(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly")).has_value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.editor()->isSpellCheckEnabled());
        const QString automaticTheme = window.editor()->themeName();

        PreferencesDialog dialog(&preferences, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *theme = dialog.findChild<QComboBox *>(u"preferences_theme"_s);
        auto *language = dialog.findChild<QComboBox *>(u"preferences_spell_language"_s);
        auto *spellCheck = dialog.findChild<QCheckBox *>(u"preferences_spell_check"_s);
        QVERIFY(theme && language && spellCheck);
        QVERIFY(theme->findData(u"Breeze Dark"_s) > 0);
        for (const QString &code : {u"en_US"_s, u"de_DE"_s, u"fr_FR"_s, u"es_ES"_s})
            QVERIFY2(language->findData(code) > 0, qPrintable(code));
        theme->setCurrentIndex(theme->findData(u"Breeze Dark"_s));
        language->setCurrentIndex(language->findData(u"de_DE"_s));
        saveShot(&dialog, u"preferences.png"_s);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(window.editor()->themeName(), u"Breeze Dark"_s);
        QVERIFY(window.editor()->palette().color(QPalette::Base).lightness() < 128);
        QCOMPARE(window.editor()->spellChecker()->language(), u"de_DE"_s);
        QCOMPARE(preferences.editor().themeName, u"Breeze Dark"_s);
        QCOMPARE(preferences.editor().spellLanguage, u"de_DE"_s);
        QTRY_VERIFY(window.editor()->isHighlightingComplete());
        // English words are German spelling mistakes now.
        const QTextBlock checklist = window.document()->findBlockByNumber(7);
        QCOMPARE(checklist.text(), u"- [ ] Library and info updates"_s);
        const QList<QTextLayout::FormatRange> formats = checklist.layout()->formats();
        QVERIFY(std::any_of(formats.begin(), formats.end(), [](const QTextLayout::FormatRange &range) {
            return range.start == 6 && range.length == 7
                && range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
        }));
        saveShot(&window, u"mainwindow-dark.png"_s);

        // Automatic again, and spell checking off.
        PreferencesDialog again(&preferences, &window);
        again.findChild<QComboBox *>(u"preferences_theme"_s)->setCurrentIndex(0);
        again.findChild<QCheckBox *>(u"preferences_spell_check"_s)->setChecked(false);
        again.accept();
        QCOMPARE(window.editor()->themeName(), automaticTheme);
        QVERIFY(!window.editor()->isSpellCheckEnabled());
    }

    void germanTranslationIsLinkedAndLoads()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("masthead"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate("Masthead::MainWindow", "&File"), QStringLiteral("&Datei"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
