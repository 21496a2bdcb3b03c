// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/markdownedit.h"

#include <QTest>

using namespace Masthead;
using namespace Qt::StringLiterals;

namespace
{
// A text with the selection written into it: "^" is the anchor, "|" the cursor; "|" alone is a
// cursor without selection. Returns the plain text and sets anchor and cursor.
QString parseSelection(QString marked, qsizetype *anchor, qsizetype *cursor)
{
    const qsizetype open = marked.indexOf(u'^');
    const qsizetype bar = marked.indexOf(u'|');
    Q_ASSERT(bar >= 0);
    if (open < 0) {
        *anchor = *cursor = bar;
        return marked.remove(bar, 1);
    }
    // Whichever comes first shifts the other.
    if (open < bar) {
        *anchor = open;
        *cursor = bar - 1;
    } else {
        *cursor = bar;
        *anchor = open - 1;
    }
    marked.remove(qMax(open, bar), 1);
    marked.remove(qMin(open, bar), 1);
    return marked;
}

// The text after edit, with the selection marked the same way.
QString markedResult(const QString &text, const TextEdit &edit)
{
    QString result = applyTextEdit(text, edit);
    if (edit.anchor == edit.cursor)
        return result.insert(edit.cursor, u'|');
    result.insert(qMax(edit.anchor, edit.cursor), edit.cursor > edit.anchor ? u'|' : u'^');
    result.insert(qMin(edit.anchor, edit.cursor), edit.cursor > edit.anchor ? u'^' : u'|');
    return result;
}
} // namespace

class MarkdownEditTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesListItems_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isItem");
        QTest::addColumn<int>("indent");
        QTest::addColumn<int>("contentStart");
        QTest::addColumn<bool>("ordered");
        QTest::addColumn<bool>("task");

        QTest::newRow("dash") << u"- item"_s << true << 0 << 2 << false << false;
        QTest::newRow("star") << u"* item"_s << true << 0 << 2 << false << false;
        QTest::newRow("plus, indented") << u"  + item"_s << true << 2 << 4 << false << false;
        QTest::newRow("numbered") << u"12. item"_s << true << 0 << 4 << true << false;
        QTest::newRow("numbered with parenthesis") << u"3) item"_s << true << 0 << 3 << true << false;
        QTest::newRow("task") << u"- [ ] change date"_s << true << 0 << 6 << false << true;
        QTest::newRow("ticked task") << u"- [x] done"_s << true << 0 << 6 << false << true;
        QTest::newRow("empty item") << u"- "_s << true << 0 << 2 << false << false;
        QTest::newRow("bold is no bullet") << u"**Warning**"_s << false << 0 << 0 << false << false;
        QTest::newRow("dash without space") << u"-item"_s << false << 0 << 0 << false << false;
        QTest::newRow("lone dash") << u"-"_s << false << 0 << 0 << false << false;
        QTest::newRow("rule") << u"- - -"_s << false << 0 << 0 << false << false;
        QTest::newRow("star rule") << u"***"_s << false << 0 << 0 << false << false;
        QTest::newRow("front matter fence") << u"---"_s << false << 0 << 0 << false << false;
        QTest::newRow("a year") << u"2023 was good"_s << false << 0 << 0 << false << false;
        QTest::newRow("paragraph") << u"text"_s << false << 0 << 0 << false << false;
    }

    void parsesListItems()
    {
        QFETCH(QString, line);
        QFETCH(bool, isItem);
        const auto item = parseListItem(line);
        QCOMPARE(item.has_value(), isItem);
        if (!item)
            return;
        QTEST(int(item->indent), "indent");
        QTEST(int(item->contentStart), "contentStart");
        QTEST(item->ordered, "ordered");
        QTEST(item->task, "task");
    }

    void continuesLists_data()
    {
        // before: the line with the cursor "|"; after: the text after Enter, or empty for a plain
        // line break.
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");

        QTest::newRow("bullet") << u"- milk|"_s << u"- milk\n- |"_s;
        QTest::newRow("star bullet") << u"* milk|"_s << u"* milk\n* |"_s;
        QTest::newRow("nested bullet keeps its indent") << u"    - milk|"_s << u"    - milk\n    - |"_s;
        QTest::newRow("tab indent") << u"\t- milk|"_s << u"\t- milk\n\t- |"_s;
        QTest::newRow("numbered") << u"1. one|"_s << u"1. one\n2. |"_s;
        QTest::newRow("numbered to two digits") << u"9. nine|"_s << u"9. nine\n10. |"_s;
        QTest::newRow("parenthesis numbering") << u"4) four|"_s << u"4) four\n5) |"_s;
        QTest::newRow("task") << u"- [ ] change date|"_s << u"- [ ] change date\n- [ ] |"_s;
        QTest::newRow("ticked task continues unticked") << u"- [x] done|"_s << u"- [x] done\n- [ ] |"_s;
        QTest::newRow("wide marker spacing") << u"-   wide|"_s << u"-   wide\n-   |"_s;
        QTest::newRow("text after the cursor moves") << u"- milk| eggs"_s << u"- milk\n- |eggs"_s;
        QTest::newRow("empty bullet ends the list") << u"- |"_s << u"|"_s;
        QTest::newRow("empty numbered item ends the list") << u"3. |"_s << u"|"_s;
        QTest::newRow("empty task ends the list") << u"- [ ] |"_s << u"|"_s;
        QTest::newRow("empty nested item ends the list") << u"  - |"_s << u"|"_s;
        QTest::newRow("cursor at line start breaks normally") << u"|- milk"_s << QString();
        QTest::newRow("cursor inside the marker breaks normally") << u"-| milk"_s << QString();
        QTest::newRow("paragraph breaks normally") << u"Some text|"_s << QString();
        QTest::newRow("rule breaks normally") << u"***|"_s << QString();
        QTest::newRow("quote") << u"> Quoted text|"_s << u"> Quoted text\n> |"_s;
        QTest::newRow("quote without a blank") << u">Quoted|"_s << u">Quoted\n>|"_s;
        QTest::newRow("nested quote") << u"> > deeper|"_s << u"> > deeper\n> > |"_s;
        QTest::newRow("quote: text after the cursor moves") << u"> one| two"_s << u"> one\n> |two"_s;
        QTest::newRow("list in a quote") << u"> - milk|"_s << u"> - milk\n> - |"_s;
        QTest::newRow("numbered list in a quote") << u"> 1. one|"_s << u"> 1. one\n> 2. |"_s;
        QTest::newRow("empty item in a quote ends the list") << u"> - |"_s << u"> |"_s;
        QTest::newRow("empty quoted line ends the quote") << u"> |"_s << u"|"_s;
        QTest::newRow("cursor inside the quote marker breaks normally") << u">| text"_s << QString();
    }

    void continuesLists()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        qsizetype anchor = 0;
        qsizetype cursor = 0;
        const QString line = parseSelection(before, &anchor, &cursor);
        const auto edit = continueList(line, cursor);
        if (after.isEmpty()) {
            QVERIFY(!edit);
            return;
        }
        QVERIFY(edit);
        QCOMPARE(markedResult(line, *edit), after);
    }

    void indentsListItems_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<bool>("outdent");
        QTest::addColumn<QString>("after"); // empty: not a list item, Tab does what it always does

        QTest::newRow("second bullet nests under the first") << u"- one\n- tw|o"_s << false << u"- one\n  - tw|o"_s;
        QTest::newRow("numbered item nests at the text") << u"1. one\n2. tw|o"_s << false << u"1. one\n   2. tw|o"_s;
        QTest::newRow("ten. nests at four") << u"10. ten\n11. |x"_s << false << u"10. ten\n    11. |x"_s;
        QTest::newRow("task nests under the task's bullet")
            << u"- [ ] a\n- [ ] |b"_s << false << u"- [ ] a\n  - [ ] |b"_s;
        QTest::newRow("nested twice") << u"- a\n  - b\n  - |c"_s << false << u"- a\n  - b\n    - |c"_s;
        QTest::newRow("a selection of items moves together")
            << u"- a\n- ^b\n- c|"_s << false << u"- a\n  - ^b\n  - c|"_s;
        QTest::newRow("continuation lines move along")
            << u"- a\n- ^b\n  more|"_s << false << u"- a\n  - ^b\n    more|"_s;
        QTest::newRow("outdent to the parent") << u"- a\n  - |b"_s << true << u"- a\n- |b"_s;
        QTest::newRow("outdent from under a number") << u"1. a\n   - |b"_s << true << u"1. a\n- |b"_s;
        QTest::newRow("outdent one level of two") << u"- a\n  - b\n    - |c"_s << true << u"- a\n  - b\n  - |c"_s;
        QTest::newRow("outdent at the margin does nothing") << u"- |a"_s << true << QString();
        QTest::newRow("no list item") << u"some |text"_s << false << QString();
    }

    void indentsListItems()
    {
        QFETCH(QString, before);
        QFETCH(bool, outdent);
        QFETCH(QString, after);
        qsizetype anchor = 0;
        qsizetype cursor = 0;
        const QString text = parseSelection(before, &anchor, &cursor);
        const auto edit
            = indentListItems(text, anchor, cursor, outdent ? IndentDirection::Outdent : IndentDirection::Indent);
        if (after.isEmpty()) {
            QVERIFY(!edit);
            return;
        }
        QVERIFY(edit);
        QCOMPARE(markedResult(text, *edit), after);
    }

    void togglesEmphasis_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<bool>("bold");
        QTest::addColumn<QString>("after");

        QTest::newRow("bold a word") << u"a ^word| here"_s << true << u"a **^word|** here"_s;
        QTest::newRow("italic a word") << u"a ^word| here"_s << false << u"a *^word|* here"_s;
        QTest::newRow("backwards selection stays backwards") << u"a |word^ here"_s << true << u"a **|word^** here"_s;
        QTest::newRow("trailing space stays outside") << u"a ^word |here"_s << true << u"a **^word|** here"_s;
        QTest::newRow("unbold from outside") << u"a **^word|** here"_s << true << u"a ^word| here"_s;
        QTest::newRow("unbold from inside") << u"a ^**word**| here"_s << true << u"a ^word| here"_s;
        QTest::newRow("unitalic") << u"a *^word|* here"_s << false << u"a ^word| here"_s;
        QTest::newRow("underscore italic") << u"a _^word|_ here"_s << false << u"a ^word| here"_s;
        QTest::newRow("italic inside bold") << u"a **^word|** here"_s << false << u"a ***^word|*** here"_s;
        QTest::newRow("unbold bold italic") << u"a ***^word|*** here"_s << true << u"a *^word|* here"_s;
        QTest::newRow("unitalic bold italic") << u"a ***^word|*** here"_s << false << u"a **^word|** here"_s;
        QTest::newRow("no selection inserts a pair") << u"a |"_s << true << u"a **|**"_s;
        QTest::newRow("empty pair is taken away") << u"a **|**"_s << true << u"a |"_s;
        QTest::newRow("italic pair") << u"a |"_s << false << u"a *|*"_s;
        QTest::newRow("across lines") << u"^one\ntwo|"_s << true << u"**^one\ntwo|**"_s;
    }

    void togglesEmphasis()
    {
        QFETCH(QString, before);
        QFETCH(bool, bold);
        QFETCH(QString, after);
        qsizetype anchor = 0;
        qsizetype cursor = 0;
        const QString text = parseSelection(before, &anchor, &cursor);
        const TextEdit edit = toggleEmphasis(text, anchor, cursor, bold ? Emphasis::Bold : Emphasis::Italic);
        QCOMPARE(markedResult(text, edit), after);
    }

    void makesLinks_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("after");

        QTest::newRow("text waits for its target")
            << u"see ^the docs| now"_s << QString() << u"see [the docs](|) now"_s;
        QTest::newRow("a selected address waits for its text")
            << u"^https://python.org|"_s << QString() << u"[|](https://python.org)"_s;
        QTest::newRow("nothing selected") << u"x |"_s << QString() << u"x [|]()"_s;
        QTest::newRow("pasted address") << u"see ^the docs| now"_s << u"https://docs.python.org/3/"_s
                                        << u"see [the docs](https://docs.python.org/3/)| now"_s;
    }

    void makesLinks()
    {
        QFETCH(QString, before);
        QFETCH(QString, url);
        QFETCH(QString, after);
        qsizetype anchor = 0;
        qsizetype cursor = 0;
        const QString text = parseSelection(before, &anchor, &cursor);
        QCOMPARE(markedResult(text, makeLink(text, anchor, cursor, url)), after);
    }

    void recognisesWebAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("address");
        QTest::newRow("https") << u"https://www.python.org/downloads/"_s << true;
        QTest::newRow("http with query") << u"http://example.com/search?q=a&b=c"_s << true;
        QTest::newRow("mailto") << u"mailto:editor@example.com"_s << true;
        QTest::newRow("upper case scheme") << u"HTTPS://EXAMPLE.COM"_s << true;
        QTest::newRow("plain words") << u"the docs"_s << false;
        QTest::newRow("two addresses") << u"https://a.com https://b.com"_s << false;
        QTest::newRow("relative path") << u"../assets/x.jpg"_s << false;
        QTest::newRow("no host") << u"https://"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    }

    void recognisesWebAddresses()
    {
        QFETCH(QString, text);
        QTEST(isWebAddress(text), "address");
    }

    void insertsImageSnippets_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("after");

        const QString weekly = u"[![{alt}]({path})]({link})"_s;
        QTest::newRow("selection becomes the alt text")
            << u"^Blinka|"_s << weekly << u"../assets/20231009/"_s << u"[![Blinka](../assets/20231009/|)]()"_s;
        QTest::newRow("at the cursor") << u"x |"_s << weekly << QString() << u"x [![](|)]()"_s;
        QTest::newRow("a site's own snippet")
            << u"|"_s << u"![{alt}]({path}){:width=\"550px\"}"_s << u"img/"_s << u"![](img/|){:width=\"550px\"}"_s;
        QTest::newRow("no path in the snippet") << u"|"_s << u"{% include image.html alt=\"{alt}\" %}"_s << u"x/"_s
                                                << u"{% include image.html alt=\"\" %}|"_s;
    }

    void insertsImageSnippets()
    {
        QFETCH(QString, before);
        QFETCH(QString, snippet);
        QFETCH(QString, path);
        QFETCH(QString, after);
        qsizetype anchor = 0;
        qsizetype cursor = 0;
        const QString text = parseSelection(before, &anchor, &cursor);
        QCOMPARE(markedResult(text, insertImageSnippet(text, anchor, cursor, snippet, path)), after);
    }

    void insertsDroppedImages_data()
    {
        QTest::addColumn<QString>("before"); // ^ and | mark what the images replace
        QTest::addColumn<QList<ImageLink>>("images");
        QTest::addColumn<QString>("after");
        const ImageLink python {u"Python"_s, u"../assets/20231009/20231009python.jpg"_s, {}};
        const ImageLink blinka {u"Blinka"_s, u"../assets/20231009/20231009blinka.png"_s, u"https://x.org/"_s};
        QTest::newRow("one image without a link: the cursor waits in the empty link target")
            << u"a |b"_s << QList<ImageLink> {python} << u"a [![Python](../assets/20231009/20231009python.jpg)](|)b"_s;
        QTest::newRow("two images, blank line between, the first one's link target")
            << u"|"_s << QList<ImageLink> {python, blinka}
            << u"[![Python](../assets/20231009/20231009python.jpg)](|)\n\n"
               "[![Blinka](../assets/20231009/20231009blinka.png)](https://x.org/)"_s;
        QTest::newRow("over a selection")
            << u"x ^old| y"_s << QList<ImageLink> {blinka}
            << u"x [![^Blinka|](../assets/20231009/20231009blinka.png)](https://x.org/) y"_s;
        QTest::newRow("a linked image: its alt text selected")
            << u"|"_s << QList<ImageLink> {blinka}
            << u"[![^Blinka|](../assets/20231009/20231009blinka.png)](https://x.org/)"_s;
    }

    void insertsDroppedImages()
    {
        QFETCH(QString, before);
        QFETCH(QList<ImageLink>, images);
        QFETCH(QString, after);
        qsizetype anchor = 0;
        qsizetype cursor = 0;
        const QString text = parseSelection(before, &anchor, &cursor);
        const TextEdit edit
            = insertImages(qMin(anchor, cursor), qMax(anchor, cursor), u"[![{alt}]({path})]({link})"_s, images);
        QCOMPARE(markedResult(text, edit), after);
    }
};

QTEST_GUILESS_MAIN(MarkdownEditTest)
#include "markdownedit_test.moc"
