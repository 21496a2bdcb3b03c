// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document.h"
#include "editor/sourceeditor.h"
#include "support/sitefixture.h"

#include <QApplication>
#include <QClipboard>
#include <QPaintEvent>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{

// The foreground colours the highlighter gave to the characters of one line.
QSet<QRgb> lineColours(const QTextDocument &doc, int line)
{
    QSet<QRgb> colours;
    const QTextBlock block = doc.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        colours.insert(range.format.foreground().color().rgb());
    return colours;
}

int lineNumberOf(const QTextDocument &doc, const QString &text)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.text() == text)
            return b.blockNumber();
    }
    return -1;
}

// The last line that starts with prefix, searching from the end.
int lastLineStartingWith(const QTextDocument &doc, const QString &prefix)
{
    for (QTextBlock b = doc.lastBlock(); b.isValid(); b = b.previous()) {
        if (b.text().startsWith(prefix))
            return b.blockNumber();
    }
    return -1;
}

// Collects what a widget repaints.
class PaintRecorder final : public QObject
{
public:
    QRegion painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return QObject::eventFilter(watched, event);
    }
};

// What the X server shows of the editor's viewport, compared with what a full repaint shows: equal
// unless some change was never repainted.
bool screenIsUpToDate(SourceEditor &editor)
{
    QWidget *viewport = editor.viewport();
    const auto onScreen = [&] {
        const QPoint at = viewport->mapTo(viewport->window(), QPoint(0, 0));
        return viewport->screen()
            ->grabWindow(viewport->window()->winId(), at.x(), at.y(), viewport->width(), viewport->height())
            .toImage();
    };
    QTest::qWait(100);
    const QImage before = onScreen();
    viewport->repaint();
    QTest::qWait(100);
    return before == onScreen();
}

// An editor shown on a document, with the keyboard focus, as a user has it.
struct ShownEditor {
    Document document;
    SourceEditor editor;

    explicit ShownEditor(const QString &text = {})
    {
        document.setPlainText(text);
        editor.setMarkdownDocument(&document);
        editor.resize(800, 600);
        editor.show();
        editor.activateWindow();
        editor.setFocus();
    }
    bool ready() { return QTest::qWaitForWindowActive(&editor); }
};
} // namespace

class SourceEditorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlightsMarkdownAndFrontMatter()
    {
        Document doc;
        QVERIFY(doc.load(seedPath()).has_value());
        SourceEditor editor;
        editor.setMarkdownDocument(&doc);
        editor.resize(800, 600);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTRY_VERIFY(editor.isHighlightingComplete());

        // Line 0 "---" opens the front matter, line 1 is "layout: post": the key is coloured.
        QVERIFY(!lineColours(doc, 1).isEmpty());
        const int headline = lineNumberOf(doc, u"## Headline"_s);
        QVERIFY(headline > 0);
        QVERIFY(!lineColours(doc, headline).isEmpty());
        // A plain paragraph line is left in the normal colour: headings differ from it.
        QVERIFY(lineColours(doc, headline) != lineColours(doc, headline + 4));
        QVERIFY(editor.lineNumberAreaWidth() > editor.fontMetrics().horizontalAdvance(QStringLiteral("999")));
    }

    void highlightsFencedCodeInItsLanguage()
    {
        ShownEditor shown(u"Text\n\n```python\nimport board\n```\n\n```\nimport board\n```\n"_s);
        QVERIFY(shown.ready());
        const QTextDocument &doc = shown.document;
        // Python colours "import" as a keyword; a fence without a language shows plain code.
        QCOMPARE(doc.findBlockByNumber(3).text(), u"import board"_s);
        QVERIFY(lineColours(doc, 3).size() >= 2);
        QCOMPARE(lineColours(doc, 7).size(), 1);
    }

    void themeFollowsThePalette()
    {
        Document doc;
        doc.setPlainText(QStringLiteral("# Title\n"));
        SourceEditor editor;
        editor.setMarkdownDocument(&doc);
        const QPalette original = QApplication::palette();

        // The system switches between light and dark: the application's palette changes, and the
        // widgets hear about it when the event loop runs.
        QPalette light = original;
        light.setColor(QPalette::Base, Qt::white);
        QApplication::setPalette(light);
        QTRY_VERIFY(editor.palette().color(QPalette::Base).lightness() >= 128);
        const QString lightTheme = editor.themeName();

        QPalette dark = original;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        QApplication::setPalette(dark);
        QTRY_VERIFY(editor.palette().color(QPalette::Base).lightness() < 128);
        const QString darkTheme = editor.themeName();
        QVERIFY2(darkTheme != lightTheme, qPrintable(darkTheme));

        editor.setThemeName(QStringLiteral("Solarized Light"));
        QCOMPARE(editor.themeName(), QStringLiteral("Solarized Light"));
        QVERIFY(editor.palette().color(QPalette::Base).lightness() >= 128);
        // Back to following the palette: dark again, although the editor's own colours were light.
        editor.setThemeName(QString());
        QCOMPARE(editor.themeName(), darkTheme);
        QApplication::setPalette(light);
        QTRY_COMPARE(editor.themeName(), lightTheme);
        QApplication::setPalette(original);
    }

    void switchingThemesRecoloursTheText()
    {
        Document doc;
        QVERIFY(doc.load(seedPath()).has_value());
        SourceEditor editor;
        editor.setMarkdownDocument(&doc);
        editor.resize(800, 600);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTRY_VERIFY(editor.isHighlightingComplete());
        QVERIFY(SourceEditor::availableThemeNames().contains(u"Breeze Dark"_s));

        editor.setThemeName(u"Breeze Light"_s);
        QTRY_VERIFY(editor.isHighlightingComplete());
        const int headline = lineNumberOf(doc, u"## Headline"_s);
        // The last heading, far below the screen: the background pass recolours it.
        const int lastHeading = lastLineStartingWith(doc, u"## "_s);
        QVERIFY(lastHeading > headline + 100);
        const QSet<QRgb> lightHeading = lineColours(doc, headline);
        const QSet<QRgb> lightLast = lineColours(doc, lastHeading);
        QVERIFY(!lightLast.isEmpty());
        const QColor lightBase = editor.palette().color(QPalette::Base);

        QSignalSpy completed(&editor, &SourceEditor::highlightingCompleted);
        editor.setThemeName(u"Breeze Dark"_s);
        QCOMPARE(editor.themeName(), u"Breeze Dark"_s);
        // What is on screen changes at once; the rest of the document shortly after.
        QVERIFY(lineColours(doc, 1) != QSet<QRgb>());
        QVERIFY(completed.wait(5000) || editor.isHighlightingComplete());
        QVERIFY(lineColours(doc, headline) != lightHeading);
        QVERIFY(lineColours(doc, lastHeading) != lightLast);
        QVERIFY(editor.palette().color(QPalette::Base).lightness() < 128);
        QVERIFY(lightBase.lightness() >= 128);
    }

    void continuesLists_data()
    {
        // typed: what the user types, "\n" being the Enter key; text: the document afterwards.
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("text");

        QTest::newRow("bullet") << u"- milk\neggs"_s << u"- milk\n- eggs"_s;
        QTest::newRow("star bullet") << u"* milk\neggs"_s << u"* milk\n* eggs"_s;
        QTest::newRow("numbered") << u"1. one\ntwo\nthree"_s << u"1. one\n2. two\n3. three"_s;
        QTest::newRow("nine to ten") << u"9. nine\nten"_s << u"9. nine\n10. ten"_s;
        QTest::newRow("task") << u"- [ ] change date\nupdate title"_s << u"- [ ] change date\n- [ ] update title"_s;
        QTest::newRow("ticked task continues unticked") << u"- [x] done\nnext"_s << u"- [x] done\n- [ ] next"_s;
        QTest::newRow("nested bullet keeps its indent") << u"  - sub\nsub two"_s << u"  - sub\n  - sub two"_s;
        QTest::newRow("empty item ends the list") << u"- a\n\nafter"_s << u"- a\nafter"_s;
        QTest::newRow("empty numbered item ends the list") << u"1. a\n\nafter"_s << u"1. a\nafter"_s;
        QTest::newRow("empty task ends the list") << u"- [ ] a\n\nafter"_s << u"- [ ] a\nafter"_s;
        QTest::newRow("paragraphs do not continue") << u"Text\nmore"_s << u"Text\nmore"_s;
        QTest::newRow("rules do not continue") << u"***\nx"_s << u"***\nx"_s;
    }

    void continuesLists()
    {
        QFETCH(QString, typed);
        ShownEditor shown;
        QVERIFY(shown.ready());
        const QStringList lines = typed.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(&shown.editor, Qt::Key_Return);
            QTest::keyClicks(&shown.editor, lines[i]);
        }
        QTEST(shown.document.text(), "text");
    }

    void continuingAListIsOneUndoStep()
    {
        ShownEditor shown;
        QVERIFY(shown.ready());
        QTest::keyClicks(&shown.editor, u"- milk"_s);
        QTest::keyClick(&shown.editor, Qt::Key_Return);
        QCOMPARE(shown.document.text(), u"- milk\n- "_s);
        QTest::keySequence(&shown.editor, QKeySequence::Undo);
        QCOMPARE(shown.document.text(), u"- milk"_s);
        QCOMPARE(shown.editor.textCursor().position(), 6);
    }

    void shiftEnterBreaksTheLineInTheFile()
    {
        ShownEditor shown;
        QVERIFY(shown.ready());
        QTest::keyClicks(&shown.editor, u"- a"_s);
        QTest::keyClick(&shown.editor, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(&shown.editor, u"b"_s);
        // A real line break, not U+2028, and no new item.
        QCOMPARE(shown.document.text(), u"- a\nb"_s);
    }

    void tabIndentsAndShiftTabOutdentsListItems()
    {
        ShownEditor shown;
        QVERIFY(shown.ready());
        QTest::keyClicks(&shown.editor, u"- one"_s);
        QTest::keyClick(&shown.editor, Qt::Key_Return);
        QTest::keyClick(&shown.editor, Qt::Key_Tab);
        QTest::keyClicks(&shown.editor, u"sub"_s);
        QCOMPARE(shown.document.text(), u"- one\n  - sub"_s);
        QTest::keyClick(&shown.editor, Qt::Key_Return);
        QTest::keyClicks(&shown.editor, u"sub two"_s);
        QCOMPARE(shown.document.text(), u"- one\n  - sub\n  - sub two"_s);
        QTest::keyClick(&shown.editor, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(shown.document.text(), u"- one\n  - sub\n- sub two"_s);
        QCOMPARE(shown.editor.textCursor().positionInBlock(), 9);
        QTest::keySequence(&shown.editor, QKeySequence::Undo);
        QCOMPARE(shown.document.text(), u"- one\n  - sub\n  - sub two"_s);
        // Outside lists Tab still types a tab.
        QTest::keyClick(&shown.editor, Qt::Key_Return);
        QTest::keyClick(&shown.editor, Qt::Key_Return);
        QTest::keyClick(&shown.editor, Qt::Key_Tab);
        QVERIFY(shown.document.text().endsWith(u"\n\t"_s));
    }

    void wrapsTheSelectionInEmphasisAndLinks()
    {
        ShownEditor shown(u"Python is out"_s);
        QVERIFY(shown.ready());
        QTextCursor cursor = shown.editor.textCursor();
        cursor.setPosition(0);
        cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        shown.editor.setTextCursor(cursor);
        shown.editor.toggleBold();
        QCOMPARE(shown.document.text(), u"**Python** is out"_s);
        QCOMPARE(shown.editor.textCursor().selectedText(), u"Python"_s);
        shown.editor.toggleItalic();
        QCOMPARE(shown.document.text(), u"***Python*** is out"_s);
        shown.editor.toggleBold();
        QCOMPARE(shown.document.text(), u"*Python* is out"_s);
        shown.editor.toggleItalic();
        QCOMPARE(shown.document.text(), u"Python is out"_s);
        shown.editor.makeLink();
        QCOMPARE(shown.document.text(), u"[Python]() is out"_s);
        QTest::keyClicks(&shown.editor, u"https://python.org"_s);
        QCOMPARE(shown.document.text(), u"[Python](https://python.org) is out"_s);
        // Each helper was one undo step.
        QTest::keySequence(&shown.editor, QKeySequence::Undo);
        QTest::keySequence(&shown.editor, QKeySequence::Undo);
        QCOMPARE(shown.document.text(), u"Python is out"_s);
    }

    void pastingAnAddressOverSelectedTextMakesALink()
    {
        ShownEditor shown(u"Read the release notes today."_s);
        QVERIFY(shown.ready());
        QTextCursor cursor = shown.editor.textCursor();
        cursor.setPosition(5);
        cursor.setPosition(22, QTextCursor::KeepAnchor);
        shown.editor.setTextCursor(cursor);
        QCOMPARE(cursor.selectedText(), u"the release notes"_s);
        QApplication::clipboard()->setText(u"https://docs.python.org/3.12/whatsnew/"_s);
        QTest::keySequence(&shown.editor, QKeySequence::Paste);
        QCOMPARE(shown.document.text(), u"Read [the release notes](https://docs.python.org/3.12/whatsnew/) today."_s);
        QTest::keySequence(&shown.editor, QKeySequence::Undo);
        QCOMPARE(shown.document.text(), u"Read the release notes today."_s);

        // Text that is no address replaces the selection as usual.
        cursor.setPosition(5);
        cursor.setPosition(22, QTextCursor::KeepAnchor);
        shown.editor.setTextCursor(cursor);
        QApplication::clipboard()->setText(u"the notes"_s);
        QTest::keySequence(&shown.editor, QKeySequence::Paste);
        QCOMPARE(shown.document.text(), u"Read the notes today."_s);
    }

    void insertsTheImageSnippet()
    {
        ShownEditor shown(u"Blinka"_s);
        QVERIFY(shown.ready());
        QTextCursor cursor = shown.editor.textCursor();
        cursor.select(QTextCursor::Document);
        shown.editor.setTextCursor(cursor);
        shown.editor.insertImageSnippet(u"[![{alt}]({path})]({link})"_s, u"../assets/20231009/"_s);
        QCOMPARE(shown.document.text(), u"[![Blinka](../assets/20231009/)]()"_s);
        QTest::keyClicks(&shown.editor, u"20231009blinka.png"_s);
        QCOMPARE(shown.document.text(), u"[![Blinka](../assets/20231009/20231009blinka.png)]()"_s);
    }

    void wrapsAndZooms()
    {
        ShownEditor shown(u"text"_s);
        QVERIFY(shown.ready());
        QVERIFY(shown.editor.wrapsLines());
        shown.editor.setWrapsLines(false);
        QCOMPARE(shown.editor.lineWrapMode(), QPlainTextEdit::NoWrap);

        const qreal size = shown.editor.font().pointSizeF();
        QSignalSpy zoomed(&shown.editor, &SourceEditor::zoomChanged);
        shown.editor.zoomIn();
        shown.editor.zoomIn();
        QCOMPARE(shown.editor.zoom(), 2);
        QCOMPARE(shown.editor.font().pointSizeF(), size + 2);
        QCOMPARE(shown.document.defaultFont().pointSizeF(), size + 2);
        shown.editor.zoomOut();
        QCOMPARE(shown.editor.font().pointSizeF(), size + 1);
        shown.editor.resetZoom();
        QCOMPARE(shown.editor.font().pointSizeF(), size);
        QCOMPARE(zoomed.count(), 4);
        for (int i = 0; i < 100; ++i)
            shown.editor.zoomOut();
        QCOMPARE(shown.editor.zoom(), SourceEditor::minZoom);

        QFont font(u"DejaVu Sans Mono"_s);
        font.setPointSize(15);
        shown.editor.resetZoom();
        shown.editor.setEditorFont(font);
        QCOMPARE(shown.editor.font().pointSizeF(), 15);
        QCOMPARE(shown.editor.font().family(), u"DejaVu Sans Mono"_s);
    }

    void goesToALine()
    {
        Document doc;
        QVERIFY(doc.load(seedPath()).has_value());
        SourceEditor editor;
        editor.setMarkdownDocument(&doc);
        editor.resize(800, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.goToLine(200);
        QCOMPARE(editor.textCursor().blockNumber(), 199);
        // The line is on screen.
        QVERIFY(editor.cursorRect().top() >= 0 && editor.cursorRect().bottom() <= editor.viewport()->height());
        editor.goToLine(1'000'000);
        QCOMPARE(editor.textCursor().blockNumber(), doc.blockCount() - 1);
    }

    // Opening a large file highlights what is on screen at once and the rest in the background;
    // afterwards a keystroke re-highlights its own line, not the document.
    void highlightsLargeDocumentsIncrementally()
    {
        const QByteArray template_ = seedBytes();
        QByteArray big;
        while (big.size() < 1024 * 1024)
            big += template_;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.md"_s);
        QVERIFY(writeAll(path, big));

        Document doc;
        SourceEditor editor;
        editor.setMarkdownDocument(&doc);
        editor.resize(800, 600);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(doc.load(path).has_value());
        QVERIFY(!lineColours(doc, 1).isEmpty()); // the top is highlighted right away
        QVERIFY(!editor.isHighlightingComplete());
        QTRY_VERIFY_WITH_TIMEOUT(editor.isHighlightingComplete(), 30000);
        // The last heading of the megabyte, reached only by the background pass, is coloured as the
        // same heading at the top of the document.
        const int lastHeading = lastLineStartingWith(doc, u"## "_s);
        QVERIFY(lastHeading > doc.blockCount() - 20);
        const QString heading = doc.findBlockByNumber(lastHeading).text();
        QVERIFY(!lineColours(doc, lastHeading).isEmpty());
        QCOMPARE(lineColours(doc, lastHeading), lineColours(doc, lineNumberOf(doc, heading)));

        editor.setCursorPosition(doc.characterCount() / 2);
        editor.setCursorWidth(0); // a blinking cursor would make the screen differ
        qsizetype formatted = 0;
        connect(&doc, &QTextDocument::contentsChange, &editor,
                [&formatted](int, int removed, int added) { formatted += qMax(removed, added); });
        QTest::keyClicks(&editor, u"x"_s);
        QTest::qWait(50);
        QVERIFY2(formatted < 2000, qPrintable(QString::number(formatted)));

        // And repaints only that line, not the whole pane.
        PaintRecorder recorder;
        editor.viewport()->installEventFilter(&recorder);
        QTest::qWait(50);
        recorder.painted = QRegion();
        QTest::keyClicks(&editor, u"y"_s);
        QTRY_VERIFY(!recorder.painted.isEmpty());
        QTest::qWait(20);
        QVERIFY2(
            recorder.painted.boundingRect().height() < editor.viewport()->height() / 4,
            qPrintable(u"%1 of %2"_s.arg(recorder.painted.boundingRect().height()).arg(editor.viewport()->height())));
        QVERIFY(screenIsUpToDate(editor));

        // Typing until the line wraps onto another: the lines below move down on screen.
        for (int i = 0; i < 120; ++i)
            QTest::keyClick(&editor, i % 7 == 6 ? ' ' : 'w');
        QVERIFY(screenIsUpToDate(editor));
    }

    // Lines on screen that the background pass highlights after they were first painted are
    // painted again.
    void repaintsLinesHighlightedInTheBackground()
    {
        QString big;
        const QString template_ = seedText();
        while (big.size() < 1024 * 1024)
            big += template_;
        Document doc;
        SourceEditor editor;
        editor.setCursorWidth(0);
        editor.setMarkdownDocument(&doc);
        editor.resize(800, 600);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        doc.setPlainText(big);
        // Straight to the middle, which the background pass reaches only later.
        editor.setCursorPosition(doc.characterCount() / 2);
        QVERIFY(!editor.isHighlightingComplete());
        QTRY_VERIFY_WITH_TIMEOUT(editor.isHighlightingComplete(), 30000);
        QVERIFY(screenIsUpToDate(editor));
    }
};

QTEST_MAIN(SourceEditorTest)
#include "sourceeditor_test.moc"
