// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sectionsdock.h"
#include "core/document.h"
#include "editor/snippetsession.h"
#include "editor/sourceeditor.h"
#include "support/sitefixture.h"

#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

class SectionsDockTest : public QObject
{
    Q_OBJECT

private:
    struct Fixture {
        ExampleSite site;
        Document document;
        SourceEditor editor;
        std::unique_ptr<SectionsDock> dock;
        Fixture()
        {
            const auto loaded = document.load(site.path(u"_drafts/2023-10-09-draft.md"_s));
            Q_ASSERT(loaded);
            editor.setMarkdownDocument(&document);
            dock = std::make_unique<SectionsDock>(&document, &editor);
            editor.resize(700, 500);
            editor.show();
            dock->show();
        }
        int row(const QString &heading) const
        {
            const auto &templates = dock->templates();
            const auto it = std::ranges::find(templates, heading, &SectionTemplate::heading);
            return it == templates.end() ? -1 : int(it - templates.begin());
        }
    };

private Q_SLOTS:
    void listsTheTemplatesSections()
    {
        Fixture f;
        QVERIFY(f.dock->list()->count() > 10);
        QCOMPARE(f.dock->list()->count(), f.dock->templates().size());
        QVERIFY(f.row(u"News from around the web!"_s) >= 0);
        QCOMPARE(f.dock->issueDate(), QDate(2023, 10, 9));
    }

    void insertAtCursorStartsTheFields()
    {
        Fixture f;
        const int row = f.row(u"New Boards Supported by CircuitPython"_s);
        QVERIFY(row >= 0);
        const QString before = f.document.text();
        f.editor.setCursorPosition(0);
        QVERIFY(f.dock->insertAtCursor(row));
        QVERIFY(f.document.text().startsWith(u"- [Board name](url)---"_s));
        QCOMPARE(f.editor.textCursor().selectedText(), u"Board name"_s);
        QTest::keyClicks(&f.editor, u"Feather"_s);
        QTest::keyClick(&f.editor, Qt::Key_Tab);
        QCOMPARE(f.editor.textCursor().selectedText(), u"url"_s);
        f.dock->snippetSession()->end();
        // Typing in fields were undo steps of their own; the insertion is one more.
        while (f.document.isUndoAvailable())
            f.document.undo();
        QCOMPARE(f.document.text(), before);
    }

    void addToItsSection()
    {
        Fixture f;
        const int row = f.row(u"New Boards Supported by CircuitPython"_s);
        f.editor.setCursorPosition(0);
        QVERIFY(f.dock->addToSection(row));
        // After the last board, before the note: not at the cursor.
        const QString text = f.document.text();
        QVERIFY(text.contains(u"- [Board name](url)\n- [Board name](url)\n- [Board name](url)\n- [Board name](url)\n\n"
                              "*Note: For non-Adafruit boards"_s));
        QCOMPARE(f.editor.textCursor().selectedText(), u"Board name"_s);
        QVERIFY(f.editor.textCursor().block().text().startsWith(u"- [Board name]"_s));
        QVERIFY(f.dock->snippetSession()->isActive());
        f.document.undo();
        QVERIFY(!f.document.isModified());
    }

    void addToAMissingSection()
    {
        Fixture f;
        const int row = f.row(u"Upcoming Events!"_s);
        // Without that section in the post, nothing changes and the dock says why.
        QTextCursor cursor(&f.document);
        const QString text = f.document.text();
        const int heading = int(text.indexOf(u"## Upcoming Events!"_s));
        cursor.setPosition(heading + 3);
        cursor.setPosition(heading + 11, QTextCursor::KeepAnchor);
        cursor.insertText(u"Past"_s);
        const QString renamed = f.document.text();
        QVERIFY(!f.dock->addToSection(row));
        QCOMPARE(f.document.text(), renamed);
        QVERIFY(f.dock->message().contains(u"Upcoming Events!"_s));
    }

    void saveSelectionAsTemplate()
    {
        Fixture f;
        const QString text = f.document.text();
        const int begin = int(text.indexOf(u"[![MicroPython Meetup]"_s));
        const int end = int(text.indexOf(u"[![Hackaday Supercon 2023]"_s));
        QTextCursor cursor(&f.document);
        cursor.setPosition(begin);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        f.editor.setTextCursor(cursor);
        QVERIFY(f.dock->findChild<QPushButton *>(u"sections_save_selection"_s)->isEnabled());

        const auto saved = f.dock->saveSelectionAsTemplate(u"Meetup"_s);
        QVERIFY2(saved, qPrintable(errorText(saved)));
        QCOMPARE(*saved, f.site.path(u"_masthead/sections/meetup.md"_s));
        QFile file(*saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.startsWith("<!-- section: Upcoming Events! -->\n[![MicroPython Meetup]"));
        // The site has a template folder now: the dock lists it instead of the derived ones.
        QCOMPARE(f.dock->templates().size(), 1);
        QCOMPARE(f.dock->templates().first().heading, u"Upcoming Events!"_s);

        // Saving again never replaces the first file.
        const auto again = f.dock->saveSelectionAsTemplate(u"Meetup"_s);
        QVERIFY(again);
        QCOMPARE(*again, f.site.path(u"_masthead/sections/meetup-2.md"_s));
        QFile first(*saved);
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), written);
        // The post itself did not change.
        QCOMPARE(f.document.text(), text);
    }

    void noSelectionNoTemplate()
    {
        Fixture f;
        QVERIFY(!f.dock->findChild<QPushButton *>(u"sections_save_selection"_s)->isEnabled());
        QVERIFY(!f.dock->saveSelectionAsTemplate(u"x"_s));
    }
};

QTEST_MAIN(SectionsDockTest)
#include "sectionsdock_test.moc"
