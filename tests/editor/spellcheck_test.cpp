// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document.h"
#include "editor/sourceeditor.h"
#include "editor/spellchecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <optional>

using namespace Masthead;
using namespace Qt::StringLiterals;

namespace
{
// The words the editor underlines as misspelled, line by line, as the user sees them.
QStringList underlinedWords(const QTextDocument &document)
{
    QStringList words;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QList<std::pair<int, int>> ranges;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                ranges.append({range.start, range.start + range.length});
        }
        std::sort(ranges.begin(), ranges.end());
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            auto [start, end] = ranges[i];
            while (i + 1 < ranges.size() && ranges[i + 1].first == end)
                end = ranges[++i].second;
            words.append(block.text().mid(start, end - start));
        }
    }
    return words;
}

// Shows document in editor, spell-checked in US English (the document's language may change that).
bool showChecked(SourceEditor &editor, Document &document, std::optional<QSize> size = std::nullopt)
{
    editor.setSpellCheckLanguage(u"en_US"_s);
    editor.setSpellCheckEnabled(true);
    editor.setMarkdownDocument(&document);
    if (size)
        editor.resize(*size);
    editor.show();
    return QTest::qWaitForWindowExposed(&editor);
}

// The point in the viewport over the middle of the first occurrence of word.
QPoint pointOf(SourceEditor &editor, const QString &word)
{
    QTextCursor cursor = editor.document()->find(word);
    cursor.setPosition(cursor.selectionStart() + 2);
    return editor.cursorRect(cursor).center();
}
} // namespace

class SpellCheckTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        // Sonnet's Hunspell plugin keeps the personal dictionary in $HOME; never touch the real one.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(SpellChecker::availableLanguages().values().contains(u"en_US"_s),
                 "the hunspell-en-us dictionary is not installed");
    }

    void underlinesProseButNeverCodeAddressesKeysOrLiquid()
    {
        Document document;
        document.setPlainText(uR"(---
layout: post
titel: "A titlle with a mistake"
---

Welcome to the newsleter, with a speling mistake.

Inline `codde spann` and https://exampel.com/misspelt/pathh and www.exampel.org too.
A [linkk text](https://exampel.com/targett) and ![imaage alt](../assets/mispelled.jpg).
Liquid {{ site.baseurll }} and {% includde footerr.html %} stay; {:widthh="550px"} too.
<span clas="badd">wordz</span> and mail editorr@exampel.com.
Python 3.12 brings f-strings, GPIO, PRs and CircuitPython for Adafruit_Blinka.

```python
def misspeled_functin():  # a commment in code
    pass
```

    indentedd codde blockk
)"_s);
        SourceEditor editor;
        QVERIFY(showChecked(editor, document, QSize(900, 700)));
        QTRY_VERIFY(editor.isHighlightingComplete());
        QCOMPARE(editor.spellChecker()->language(), u"en_US"_s);

        // Front matter values are prose, keys are not.
        QCOMPARE(underlinedWords(document),
                 (QStringList {u"titlle"_s, u"newsleter"_s, u"speling"_s, u"linkk"_s, u"imaage"_s, u"wordz"_s}));
    }

    void checksTheWordBeingTypedOnceTheCursorLeavesIt()
    {
        Document document;
        document.setPlainText(u"We write.\n"_s);
        SourceEditor editor;
        QVERIFY(showChecked(editor, document, QSize(600, 300)));
        QTextCursor cursor(document.firstBlock());
        cursor.movePosition(QTextCursor::EndOfWord); // after "We"
        editor.setTextCursor(cursor);

        // No red line under an unfinished word, letter by letter.
        QTest::keyClicks(&editor, u" recieve"_s);
        QCOMPARE(document.firstBlock().text(), u"We recieve write."_s);
        QCOMPARE(underlinedWords(document), QStringList {});
        // The space ends it.
        QTest::keyClick(&editor, Qt::Key_Space);
        QCOMPARE(underlinedWords(document), QStringList {u"recieve"_s});

        // Back into a word, editing it: left alone until the cursor goes.
        QTest::keyClicks(&editor, u"teh"_s);
        QTest::keyClick(&editor, Qt::Key_Left);
        QCOMPARE(underlinedWords(document), QStringList {u"recieve"_s});
        QTest::keyClick(&editor, Qt::Key_Home);
        QCOMPARE(underlinedWords(document), (QStringList {u"recieve"_s, u"teh"_s}));

        // Leaving by a click (or anything else that moves the cursor) checks it as well.
        QTest::keyClick(&editor, Qt::Key_End);
        QTest::keyClicks(&editor, u" helo"_s);
        QCOMPARE(underlinedWords(document), (QStringList {u"recieve"_s, u"teh"_s}));
        editor.setTextCursor(QTextCursor(document.firstBlock()));
        QCOMPARE(underlinedWords(document), (QStringList {u"recieve"_s, u"teh"_s, u"helo"_s}));
    }

    void offersSuggestionsAndFixesTheWord()
    {
        Document document;
        document.setPlainText(u"We recieve letters.\n"_s);
        SourceEditor editor;
        QVERIFY(showChecked(editor, document, QSize(600, 300)));
        QCOMPARE(underlinedWords(document), QStringList {u"recieve"_s});

        std::unique_ptr<QMenu> menu(editor.createContextMenu(pointOf(editor, u"recieve"_s)));
        QAction *receive = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == u"spelling_suggestion" && action->text() == u"receive")
                receive = action;
        }
        QVERIFY(receive);
        QVERIFY(menu->findChild<QAction *>(u"spelling_add_to_dictionary"_s));
        // The standard editing actions follow.
        QVERIFY(menu->actions().size() > 5);

        receive->trigger();
        QCOMPARE(document.toPlainText(), u"We receive letters.\n"_s);
        QTRY_VERIFY(underlinedWords(document).isEmpty());
        editor.undo();
        QCOMPARE(document.toPlainText(), u"We recieve letters.\n"_s);

        // No spelling entries over a correct word.
        std::unique_ptr<QMenu> plain(editor.createContextMenu(pointOf(editor, u"letters"_s)));
        QVERIFY(!plain->findChild<QAction *>(u"spelling_add_to_dictionary"_s));
    }

    void addsWordsToThePersonalDictionary()
    {
        Document document;
        document.setPlainText(u"Blinka runs on a Raspberry Pi with the Adafruitish board.\n"_s);
        SourceEditor editor;
        QVERIFY(showChecked(editor, document, QSize(700, 300)));
        QVERIFY(underlinedWords(document).contains(u"Adafruitish"_s));

        std::unique_ptr<QMenu> menu(editor.createContextMenu(pointOf(editor, u"Adafruitish"_s)));
        QAction *add = menu->findChild<QAction *>(u"spelling_add_to_dictionary"_s);
        QVERIFY(add);
        QVERIFY(add->text().contains(u"Adafruitish"_s));
        add->trigger();
        QTRY_VERIFY(!underlinedWords(document).contains(u"Adafruitish"_s));

        // It stays: another checker, as after a restart, knows the word.
        SpellChecker later;
        later.setLanguage(u"en_US"_s);
        QVERIFY(!later.isMisspelled(u"Adafruitish"_s));
        QVERIFY(later.isMisspelled(u"Adafruitisch"_s));
    }

    void checksInTheChosenLanguage()
    {
        Document document;
        document.setPlainText(u"Das Haus ist schön.\n"_s);
        SourceEditor editor;
        QVERIFY(showChecked(editor, document));
        QVERIFY(underlinedWords(document).contains(u"schön"_s));

        for (const QString &language : {u"de_DE"_s, u"fr_FR"_s, u"es_ES"_s})
            QVERIFY2(SpellChecker::availableLanguages().values().contains(language), qPrintable(language));
        editor.setSpellCheckLanguage(u"de_DE"_s);
        QCOMPARE(editor.spellChecker()->language(), u"de_DE"_s);
        QTRY_VERIFY(underlinedWords(document).isEmpty());

        editor.setSpellCheckEnabled(false);
        document.setPlainText(u"Teh wrod.\n"_s);
        QTRY_VERIFY(editor.isHighlightingComplete());
        QVERIFY(underlinedWords(document).isEmpty());
    }
    // Spell checking follows the document's language, not the interface's: the front matter's
    // "lang", else the site's spellcheck_language, else the editor's default. Real dictionaries.
    void followsTheDocumentsLanguage()
    {
        for (const QString &language : {u"fr_FR"_s, u"es_ES"_s, u"pt_BR"_s})
            QVERIFY2(SpellChecker::availableLanguages().values().contains(language),
                     qPrintable(language + u" has no dictionary (tools/debian-packages.txt)"_s));
        Document document;
        document.setPlainText(u"---\ntitle: Les nouvelles\nlang: fr-FR\n---\n\n"
                              "Bonjour, voici une phrase française avec une erreurr.\n"_s);
        SourceEditor editor;
        QVERIFY(showChecked(editor, document));
        QCOMPARE(editor.spellChecker()->language(), u"fr_FR"_s);
        QTRY_COMPARE(underlinedWords(document), QStringList {u"erreurr"_s});

        // Editing the front matter's lang switches the dictionary at once.
        QTextCursor cursor(&document);
        cursor.setPosition(int(document.toPlainText().indexOf(u"fr-FR"_s)));
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 5);
        cursor.insertText(u"pt-BR"_s);
        QCOMPARE(editor.spellChecker()->language(), u"pt_BR"_s);
        QTextCursor end(&document);
        end.movePosition(QTextCursor::End);
        end.insertText(u"Olá, esta é uma frase em português com um errro.\n"_s);
        QTRY_VERIFY(editor.isHighlightingComplete());
        QTRY_VERIFY(underlinedWords(document).contains(u"errro"_s));
        QVERIFY(!underlinedWords(document).contains(u"português"_s));

        // Without a lang, the default applies again; typing in the body changes nothing.
        document.setPlainText(u"---\ntitle: News\n---\n\nA sentence in English with a mistaek.\n"_s);
        QCOMPARE(editor.spellChecker()->language(), u"en_US"_s);
        QTRY_COMPARE(underlinedWords(document), QStringList {u"mistaek"_s});

        // The site's spellcheck_language serves posts without a lang of their own.
        QTemporaryDir site;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QDir().mkpath(QFileInfo(site.filePath(name)).absolutePath());
            QFile file(site.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write(u"_config.yml"_s, "title: Noticias\n"));
        QVERIFY(write(u"_masthead.yml"_s, "spellcheck_language: es\n"));
        QVERIFY(
            write(u"_posts/2023-10-09-hola.md"_s, "---\ntitle: Hola\n---\n\nUna frase en español con un errorr.\n"));
        QVERIFY(write(u"_posts/2023-10-16-bonjour.md"_s,
                      "---\ntitle: Bonjour\nlang: fr\n---\n\nUne phrase en français avec une erreurr.\n"));
        QVERIFY(document.load(site.filePath(u"_posts/2023-10-09-hola.md"_s)));
        QVERIFY(document.site());
        QCOMPARE(editor.spellChecker()->language(), u"es_ES"_s);
        QTRY_COMPARE(underlinedWords(document), QStringList {u"errorr"_s});
        QVERIFY(document.load(site.filePath(u"_posts/2023-10-16-bonjour.md"_s)));
        // "fr" is a dictionary of its own (hunspell-fr installs one beside fr_FR).
        QCOMPARE(editor.spellChecker()->language().section(u'_', 0, 0), u"fr"_s);
        QTRY_COMPARE(underlinedWords(document), QStringList {u"erreurr"_s});
    }
};

QTEST_MAIN(SpellCheckTest)
#include "spellcheck_test.moc"
