// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/changesdialog.h"
#include "app/sectionmode.h"
#include "support/sitefixture.h"

#include "core/document.h"
#include "core/text/outline.h"
#include "editor/sourceeditor.h"

#include <QFile>
#include <QFrame>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// The file's bytes as the text the document holds: without a BOM, with \n line breaks.
QString textOf(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    if (copy.startsWith("\xEF\xBB\xBF"))
        copy.remove(0, 3);
    return QString::fromUtf8(copy).replace(u"\r\n"_s, u"\n"_s);
}

// The bytes a piece of document text has in a file of that format.
QByteArray bytesOf(const QString &text, bool crlf)
{
    QString copy = text;
    if (crlf)
        copy.replace(u"\n"_s, u"\r\n"_s);
    return copy.toUtf8();
}
} // namespace

class SectionModeTest : public QObject
{
    Q_OBJECT

private:
    struct Fixture {
        QTemporaryDir dir;
        QString path;
        QByteArray original;
        Document document;
        QWidget pane;
        SourceEditor *editor = new SourceEditor(&pane);
        SectionMode mode {&document, editor, nullptr};
        Fixture(const QByteArray &bytes)
            : original(bytes)
        {
            path = dir.path() + u"/2023-10-09-draft.md"_s;
            writeAll(path, bytes);
            auto *layout = new QVBoxLayout(&pane);
            layout->addWidget(editor);
            editor->setMarkdownDocument(&document);
            const auto loaded = document.load(path);
            Q_ASSERT(loaded);
            pane.resize(800, 600);
            pane.show();
        }
        int indexOf(const QString &title) const
        {
            const auto sections = outlineSections(document.text());
            return int(std::ranges::find(sections, title, &OutlineSection::title) - sections.begin());
        }
    };

private Q_SLOTS:
    void editOneSection_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<bool>("bom");
        QTest::newRow("first section") << u"Headline"_s << false << false;
        QTest::newRow("middle section") << u"Upcoming Events!"_s << false << false;
        QTest::newRow("last section") << u"Contribute!"_s << false << false;
        QTest::newRow("middle, CRLF and BOM") << u"Upcoming Events!"_s << true << true;
        QTest::newRow("last, CRLF") << u"Contribute!"_s << true << false;
    }

    void editOneSection()
    {
        QFETCH(QString, title);
        QFETCH(bool, crlf);
        QFETCH(bool, bom);
        QByteArray bytes = seedBytes();
        QVERIFY(!bytes.isEmpty());
        if (crlf)
            bytes.replace("\n", "\r\n");
        if (bom)
            bytes.prepend("\xEF\xBB\xBF");
        Fixture f(bytes);
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        const QString text = f.document.text();
        const int index = f.indexOf(title);
        const auto sections = outlineSections(text);
        QVERIFY(index < sections.size());
        const OutlineSection section = sections[index];

        QVERIFY(f.mode.enter(index));
        QVERIFY(f.mode.isActive());
        // The editor shows the section and nothing else, numbered as in the file.
        QCOMPARE(f.editor->document(), f.mode.sectionDocument());
        QCOMPARE(f.mode.sectionDocument()->text(), sectionText(text, index));
        QCOMPARE(f.editor->lineNumberOffset(), section.line);
        QCOMPARE(f.editor->document()->firstBlock().text(), u"## "_s + title);
        auto *banner = f.pane.findChild<QFrame *>(u"section_mode_banner"_s);
        QVERIFY(banner && banner->isVisible());

        // Typing at the very start and end cannot reach the text around the section.
        f.editor->setFocus();
        QTest::keyClick(f.editor, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(f.editor, Qt::Key_Backspace);
        QTest::keyClick(f.editor, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(f.editor, Qt::Key_Delete);
        QCOMPARE(f.document.text(), text);
        QVERIFY(!f.document.isModified());

        // A guest's edit: a new paragraph under the heading.
        QTest::keyClick(f.editor, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(f.editor, Qt::Key_End);
        QTest::keyClick(f.editor, Qt::Key_Return);
        QTest::keyClick(f.editor, Qt::Key_Return);
        QTest::keyClicks(f.editor, u"Added by a guest: [Event](https://example.org/)."_s);
        QVERIFY(f.document.isModified());
        const QString newSection = f.mode.sectionDocument()->text();
        QVERIFY(newSection.startsWith(u"## "_s + title + u"\n\nAdded by a guest: [Event](https://example.org/).\n"_s));

        // Saving writes the whole file: every byte outside the section is the original's.
        QVERIFY(f.document.save());
        const QByteArray saved = readAll(f.path);
        const QByteArray prefix
            = (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + bytesOf(text.first(section.begin), crlf);
        const QByteArray suffix = bytesOf(text.sliced(section.end), crlf);
        QVERIFY(saved.startsWith(prefix));
        QVERIFY(saved.endsWith(suffix));
        QCOMPARE(saved.size(), prefix.size() + bytesOf(newSection, crlf).size() + suffix.size());
        QCOMPARE(saved.mid(prefix.size(), saved.size() - prefix.size() - suffix.size()), bytesOf(newSection, crlf));
        QCOMPARE(textOf(saved), replaceSection(text, index, newSection));

        // The Changes view names the one section that changed.
        const QList<SectionChange> changes = f.mode.changes();
        QList<SectionChange> changed;
        std::ranges::copy_if(changes, std::back_inserter(changed),
                             [](const SectionChange &c) { return c.kind != SectionChange::Kind::Unchanged; });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().title, title);
        QCOMPARE(changed.first().kind, SectionChange::Kind::Changed);
        QVERIFY(changed.first().lines.contains(
            DiffLine {DiffLine::Kind::Added, u"Added by a guest: [Event](https://example.org/)."_s}));
        const QString html = ChangesDialog::toHtml(changes);
        QVERIFY(html.contains(u"Added by a guest"_s));

        // Leaving shows the whole post again, as saved.
        f.mode.leave();
        QVERIFY(!f.mode.isActive());
        QCOMPARE(f.editor->document(), &f.document);
        QCOMPARE(f.editor->lineNumberOffset(), 0);
        QVERIFY(!banner->isVisible());
        QCOMPARE(f.document.text(), textOf(saved));
    }

    void selectAllAndTypeReplacesOnlyTheSection()
    {
        Fixture f(seedBytes());
        const QString text = f.document.text();
        const int index = f.indexOf(u"New Boards Supported by CircuitPython"_s);
        QVERIFY(f.mode.enter(index));
        QTest::keyClick(f.editor, Qt::Key_A, Qt::ControlModifier);
        for (const QString &line : {u"## New Boards"_s, QString(), u"None this week."_s, QString()}) {
            QTest::keyClicks(f.editor, line);
            QTest::keyClick(f.editor, Qt::Key_Return);
        }
        QCOMPARE(f.document.text(), replaceSection(text, index, u"## New Boards\n\nNone this week.\n\n"_s));
        // Undo in section mode undoes in the section only: back to the original text.
        while (f.editor->document()->isUndoAvailable())
            f.editor->undo();
        QCOMPARE(f.document.text(), text);
    }

    void changesAboveTheSectionMoveItAlong()
    {
        Fixture f(seedBytes());
        const int index = f.indexOf(u"Upcoming Events!"_s);
        QVERIFY(f.mode.enter(index));
        const int firstLine = f.editor->lineNumberOffset();
        // A tick in the checklist at the top, made by another part of the app.
        QTextCursor tick(&f.document);
        const int box = int(f.document.text().indexOf(u"- [ ] change date"_s)) + 3;
        tick.setPosition(box);
        tick.setPosition(box + 1, QTextCursor::KeepAnchor);
        tick.insertText(u"x"_s);
        QTextCursor line(&f.document);
        line.setPosition(int(f.document.text().indexOf(u"News Sources"_s)));
        line.insertText(u"Sources:\n"_s); // and a line more above the section
        QVERIFY(f.mode.isActive());
        QCOMPARE(f.editor->lineNumberOffset(), firstLine + 1);
        const QString before = f.document.text();
        QTest::keyClick(f.editor, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(f.editor, u"tail"_s);
        const QString sectionNow = f.mode.sectionDocument()->text();
        QCOMPARE(f.document.text(), replaceSection(before, index, sectionNow));
        QVERIFY(f.document.text().contains(u"- [x] change date"_s));
    }

    void changeInsideTheSectionFromElsewhereEndsTheMode()
    {
        Fixture f(seedBytes());
        QVERIFY(f.mode.enter(f.indexOf(u"Upcoming Events!"_s)));
        QTextCursor cursor(&f.document);
        cursor.setPosition(int(f.mode.sectionBegin()) + 5);
        cursor.insertText(u"X"_s);
        QVERIFY(!f.mode.isActive());
        QCOMPARE(f.editor->document(), &f.document);
    }

    void enterRefusesAMissingSection()
    {
        Fixture f(seedBytes());
        QVERIFY(!f.mode.enter(-1));
        QVERIFY(!f.mode.enter(10000));
        QVERIFY(!f.mode.isActive());
        QCOMPARE(f.editor->document(), &f.document);
    }
};

QTEST_MAIN(SectionModeTest)
#include "sectionmode_test.moc"
