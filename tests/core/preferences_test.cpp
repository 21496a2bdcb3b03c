// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/preferences.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Masthead;
using namespace Qt::StringLiterals;

class PreferencesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasDefaults()
    {
        QTemporaryDir dir;
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        QCOMPARE(preferences.editor(), EditorPreferences {});
        QVERIFY(preferences.editor().wrapLines);
        QVERIFY(preferences.editor().spellCheck);
        QCOMPARE(preferences.searchOptions(), SearchOptions {});
        QVERIFY(preferences.windowGeometry().isEmpty());
        QVERIFY(preferences.lastFile().isEmpty());
        QVERIFY(preferences.uiLanguage().isEmpty());
        QVERIFY(!preferences.cursorPosition(u"/nowhere.md"_s));
    }

    void keepsValuesAcrossInstances()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"masthead.ini"_s);
        EditorPreferences editor;
        editor.themeName = u"Breeze Dark"_s;
        editor.fontFamily = u"DejaVu Sans Mono"_s;
        editor.fontPointSize = 13;
        editor.zoomSteps = 2;
        editor.wrapLines = false;
        editor.spellCheck = false;
        editor.spellLanguage = u"de_DE"_s;
        {
            Preferences preferences(file);
            QSignalSpy changed(&preferences, &Preferences::editorChanged);
            preferences.setEditor(editor);
            QCOMPARE(changed.count(), 1);
            preferences.setEditor(editor); // no change, no signal
            QCOMPARE(changed.count(), 1);
            preferences.setSearchOptions({true, true, true});
            preferences.setWindowGeometry("geometry");
            preferences.setSplitterState("splitter");
            preferences.setLastFile(u"/site/_drafts/a.md"_s);
            preferences.setUiLanguage(u"pt_BR"_s);
            preferences.setCursorPosition(u"/site/_drafts/a.md"_s, 1234);
        }
        Preferences again(file);
        QCOMPARE(again.editor(), editor);
        QCOMPARE(again.searchOptions(), (SearchOptions {true, true, true}));
        QCOMPARE(again.windowGeometry(), "geometry");
        QCOMPARE(again.splitterState(), "splitter");
        QCOMPARE(again.lastFile(), u"/site/_drafts/a.md"_s);
        QCOMPARE(again.uiLanguage(), u"pt_BR"_s);
        QCOMPARE(again.cursorPosition(u"/site/_drafts/a.md"_s), 1234);
    }

    void clampsZoom()
    {
        QTemporaryDir dir;
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        EditorPreferences editor;
        editor.zoomSteps = 1000;
        preferences.setEditor(editor);
        QCOMPARE(preferences.editor().zoomSteps, EditorPreferences::maxZoomSteps);
    }

    void remembersTheNewestFilesOnly()
    {
        QTemporaryDir dir;
        Preferences preferences(dir.filePath(u"masthead.ini"_s));
        for (int i = 0; i < Preferences::maxRememberedFiles + 5; ++i)
            preferences.setCursorPosition(u"/posts/%1.md"_s.arg(i), i * 10);
        QVERIFY(!preferences.cursorPosition(u"/posts/0.md"_s));
        QVERIFY(!preferences.cursorPosition(u"/posts/4.md"_s));
        QCOMPARE(preferences.cursorPosition(u"/posts/5.md"_s), 50);
        // Opening an old file again makes it the newest.
        preferences.setCursorPosition(u"/posts/5.md"_s, 7);
        preferences.setCursorPosition(u"/posts/new.md"_s, 1);
        QCOMPARE(preferences.cursorPosition(u"/posts/5.md"_s), 7);
        QVERIFY(!preferences.cursorPosition(u"/posts/6.md"_s));
    }
};

QTEST_GUILESS_MAIN(PreferencesTest)
#include "preferences_test.moc"
