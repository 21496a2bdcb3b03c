// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/sourceeditor.h"

#include "core/document.h"
#include "core/site/documentlanguage.h"
#include "core/site/site.h"
#include "core/text/markdownedit.h"
#include "core/textedit.h"
#include "editor/imagedrophandler.h"
#include "editor/linenumberarea_p.h"
#include "editor/markdownhighlighter_p.h"
#include "editor/spellchecker.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>

namespace Masthead
{
namespace
{
QColor editorColor(const KSyntaxHighlighting::Theme &theme, KSyntaxHighlighting::Theme::EditorColorRole role)
{
    return QColor::fromRgba(theme.editorColor(role));
}

// The misspelled word the highlighter underlined at column of block: [start, end), empty if none.
std::pair<int, int> misspelledWordAt(const QTextBlock &block, int column)
{
    QList<std::pair<int, int>> underlined;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            underlined.append({range.start, range.start + range.length});
    }
    std::sort(underlined.begin(), underlined.end());
    // A word in several formats is several adjacent ranges.
    for (qsizetype i = 0; i < underlined.size(); ++i) {
        auto [start, end] = underlined[i];
        while (i + 1 < underlined.size() && underlined[i + 1].first == end)
            end = underlined[++i].second;
        if (column >= start && column <= end)
            return {start, end};
    }
    return {0, 0};
}

// QSyntaxHighlighter's formats reach the layout as a text change spanning the whole line (merged
// with the keystroke's own change, if any). QPlainTextDocumentLayout takes any change that is not a
// plain insertion for one reaching into the following lines: it throws their layouts away and
// repaints the whole viewport, on every keystroke. When the change lies within one line and no line
// came or went, this lays out that line again and repaints only it, unless its height changed (it
// wraps differently now): then the following lines move, and everything is repainted as before.
// Not a QObject of its own: nothing connects to it or casts to it.
class MarkdownDocumentLayout final : public QPlainTextDocumentLayout
{
public:
    MarkdownDocumentLayout(QTextDocument *document, SourceEditor *editor)
        : QPlainTextDocumentLayout(document)
        , m_editor(editor)
        , m_blockCount(document->blockCount())
    {
    }

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override
    {
        const int blockCount = document()->blockCount();
        const bool sameLines = blockCount == m_blockCount;
        m_blockCount = blockCount;
        if (charsRemoved > 0 && charsAdded > 0 && sameLines) {
            QTextBlock block = document()->findBlock(from);
            if (block.isValid() && from + charsAdded <= block.position() + block.length()) {
                // The document's record of the line's height; new formats cleared the layout itself.
                const int linesBefore = block.lineCount();
                block.clearLayout();
                blockBoundingRect(block); // lays the line out again and records its height
                if (block.lineCount() == linesBefore) {
                    // Asking the view to repaint a line off screen costs it a walk over the lines
                    // between; the background highlighting pass does that for thousands of lines.
                    if (isOnScreen(block))
                        Q_EMIT updateBlock(block);
                    return;
                }
            }
        }
        QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
    }

private:
    bool isOnScreen(const QTextBlock &block) const
    {
        if (!m_editor || m_editor->document() != document())
            return true;
        const auto [first, last] = m_editor->linesOnScreen();
        return block.blockNumber() >= first - 1 && block.blockNumber() <= last + 1;
    }

    QPointer<SourceEditor> m_editor;
    int m_blockCount;
};

} // namespace

SourceEditor::SourceEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
    , m_editorFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setAccessibleName(tr("Markdown source"));
    applyFont();

    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &SourceEditor::updateExtraSelections);
    // A click, a find or a dock moved the cursor (a keystroke says so itself, once it is handled).
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_highlighter && !m_highlighter->isTyping())
            m_highlighter->cursorMoved(textCursor());
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_searchMatches.isEmpty())
            updateExtraSelections();
    });
    updateLineNumberAreaWidth();
}

SourceEditor::~SourceEditor()
{
    // The highlighter formats the document, which may outlive the editor.
    delete m_highlighter;
}

void SourceEditor::setMarkdownDocument(Document *document)
{
    if (m_document == document)
        return;
    delete m_highlighter;
    m_highlighter = nullptr;
    m_document = document;
    if (!dynamic_cast<MarkdownDocumentLayout *>(document->documentLayout()))
        document->setDocumentLayout(new MarkdownDocumentLayout(document, this));
    document->setDefaultFont(font());
    setDocument(document);

    // A document is set once per editor; the old one's connections go with it all the same.
    connect(document, &QTextDocument::contentsChange, this, [this, document](int position) {
        if (document == m_document && position <= m_frontMatterEnd)
            updateSpellLanguage();
    });
    connect(document, &Document::siteChanged, this, [this, document] {
        if (document == m_document)
            updateSpellLanguage();
    });
    updateSpellLanguage();

    m_highlighter = new MarkdownHighlighter(document, this);
    m_highlighter->setSpellChecker(m_spellChecker);
    connect(m_highlighter, &MarkdownHighlighter::caughtUp, this, &SourceEditor::highlightingCompleted);
    applyTheme();
    updateLineNumberAreaWidth();
    updateExtraSelections();
}

QString SourceEditor::themeName() const
{
    return m_highlighter ? m_highlighter->theme().name() : QString();
}

void SourceEditor::setThemeName(const QString &name)
{
    if (name == m_chosenTheme)
        return;
    m_chosenTheme = name;
    applyTheme();
}

QStringList SourceEditor::availableThemeNames()
{
    QStringList names;
    for (const KSyntaxHighlighting::Theme &theme : syntaxRepository().themes())
        names.append(theme.name());
    names.sort(Qt::CaseInsensitive);
    return names;
}

void SourceEditor::applyTheme()
{
    using KSyntaxHighlighting::Theme;
    auto &repository = syntaxRepository();
    Theme theme = m_chosenTheme.isEmpty() ? Theme() : repository.theme(m_chosenTheme);
    if (!theme.isValid()) {
        // The editor's own palette carries the theme's colours; the application's says light or dark.
        const bool dark = QApplication::palette(this).color(QPalette::Base).lightness() < 128;
        theme = repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                             : KSyntaxHighlighting::Repository::LightTheme);
    }
    const bool changed = !m_highlighter || m_highlighter->theme().name() != theme.name();
    if (m_highlighter && changed) {
        m_highlighter->setTheme(theme);
        rehighlightAll();
    }

    // Setting the palette sends a PaletteChange event; do not pick a theme from our own colours.
    m_applyingTheme = true;
    QPalette pal = palette();
    pal.setColor(QPalette::Base, editorColor(theme, Theme::BackgroundColor));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(Theme::Normal)));
    pal.setColor(QPalette::Highlight, editorColor(theme, Theme::TextSelection));
    pal.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(Theme::Normal)));
    setPalette(pal);
    m_applyingTheme = false;
    updateExtraSelections();
    m_lineNumberArea->update();
}

void SourceEditor::rehighlightAll()
{
    if (!m_highlighter)
        return;
    const QTextBlock first = firstVisibleBlock();
    QTextBlock last = first;
    qreal top = blockBoundingGeometry(first).translated(contentOffset()).top();
    while (last.isValid() && last.next().isValid() && top < viewport()->height()) {
        top += blockBoundingRect(last).height();
        last = last.next();
    }
    m_highlighter->rehighlightAll(first, last);
}

void SourceEditor::setEditorFont(const QFont &font)
{
    if (font == m_editorFont)
        return;
    m_editorFont = font;
    applyFont();
}

void SourceEditor::setZoom(int steps)
{
    steps = qBound(minZoom, steps, maxZoom);
    if (steps == m_zoom)
        return;
    m_zoom = steps;
    applyFont();
    Q_EMIT zoomChanged(m_zoom);
}

void SourceEditor::zoomIn()
{
    setZoom(m_zoom + 1);
}

void SourceEditor::zoomOut()
{
    setZoom(m_zoom - 1);
}

void SourceEditor::resetZoom()
{
    setZoom(0);
}

void SourceEditor::applyFont()
{
    QFont zoomed = m_editorFont;
    const qreal base = m_editorFont.pointSizeF() > 0 ? m_editorFont.pointSizeF() : 10;
    zoomed.setPointSizeF(qMax<qreal>(4, base + m_zoom));
    m_applyingFont = true;
    setFont(zoomed);
    m_applyingFont = false;
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    updateLineNumberAreaWidth();
}

void SourceEditor::setWrapsLines(bool wrap)
{
    setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

void SourceEditor::setSpellCheckEnabled(bool enabled)
{
    if (enabled == m_spellCheckEnabled)
        return;
    m_spellCheckEnabled = enabled;
    if (enabled) {
        m_spellChecker = new SpellChecker(this);
        updateSpellLanguage();
        connect(m_spellChecker, &SpellChecker::changed, this, &SourceEditor::rehighlightAll);
    } else {
        delete m_spellChecker;
        m_spellChecker = nullptr;
    }
    if (m_highlighter) {
        m_highlighter->setSpellChecker(m_spellChecker);
        rehighlightAll();
    }
}

void SourceEditor::setSpellCheckLanguage(const QString &language)
{
    m_spellLanguage = language;
    updateSpellLanguage();
}

void SourceEditor::updateSpellLanguage()
{
    // The front matter's lines only (Jekyll's rule: a first line "---" up to the next "---" or
    // "..."), so that typing in the body of a long post costs one comparison.
    QString leading;
    QTextBlock block = m_document ? m_document->firstBlock() : QTextBlock();
    const bool hasFrontMatter = block.isValid() && block.text().trimmed() == u"---";
    for (int lines = 0; block.isValid(); block = block.next(), ++lines) {
        leading += block.text() + u'\n';
        m_frontMatterEnd = block.position() + block.length();
        const QString line = block.text().trimmed();
        if (!hasFrontMatter || (lines > 0 && (line == u"---" || line == u"...")) || lines > 500)
            break;
    }
    if (!m_spellChecker)
        return;
    const std::shared_ptr<const Site> site = m_document ? m_document->site() : nullptr;
    const QString language = documentLanguage(leading, site ? &site->settings() : nullptr);
    m_spellChecker->setLanguage(language.isEmpty() ? m_spellLanguage : language);
}

SpellChecker *SourceEditor::spellChecker() const
{
    return m_spellChecker;
}

void SourceEditor::setCursorPosition(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(qBound(0, position, qMax(0, document()->characterCount() - 1)));
    setTextCursor(cursor);
    if (isVisible())
        centerCursor();
    else
        m_centerCursorWhenShown = true;
}

void SourceEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qBound(1, line, document()->blockCount()) - 1);
    setCursorPosition(block.position());
}

bool SourceEditor::isHighlightingComplete() const
{
    return !m_highlighter || !m_highlighter->isCatchingUp();
}

void SourceEditor::showEvent(QShowEvent *event)
{
    QPlainTextEdit::showEvent(event);
    if (m_centerCursorWhenShown) {
        m_centerCursorWhenShown = false;
        // The viewport has its final size only once the window's layout has run.
        QTimer::singleShot(0, this, [this] { centerCursor(); });
    }
}

bool SourceEditor::event(QEvent *event)
{
    const bool handled = QPlainTextEdit::event(event);
    // The system switched between light and dark. This does not reach changeEvent() when none of
    // the roles the editor does not set itself changed.
    if (event->type() == QEvent::ApplicationPaletteChange && m_chosenTheme.isEmpty())
        applyTheme();
    return handled;
}

void SourceEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingTheme && m_chosenTheme.isEmpty())
        applyTheme();
    if (event->type() == QEvent::FontChange && !m_applyingFont)
        updateLineNumberAreaWidth();
}

void SourceEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    // What is on screen now, whatever part was painted: a line outside it needs no repaint until
    // the view moves, and moving it paints what comes into view.
    QTextBlock block = firstVisibleBlock();
    m_linesOnScreen = {block.blockNumber(), block.blockNumber()};
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const int height = viewport()->height();
    while (block.isValid() && top <= height) {
        m_linesOnScreen.second = block.blockNumber();
        top += blockBoundingRect(block).height();
        block = block.next();
    }
}

void SourceEditor::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            zoomIn();
        else if (delta < 0)
            zoomOut();
        event->accept();
        return;
    }
    QPlainTextEdit::wheelEvent(event);
}

void SourceEditor::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && modifiers == Qt::NoModifier && !textCursor().hasSelection() && continueList()) {
        ensureCursorVisible();
        return;
    }
    if (event->matches(QKeySequence::InsertLineSeparator)) {
        // QPlainTextEdit would insert U+2028, which is no line break in a Markdown file.
        textCursor().insertBlock();
        ensureCursorVisible();
        return;
    }
    if (event->key() == Qt::Key_Tab && modifiers == Qt::NoModifier && indentListItems(false))
        return;
    if (event->key() == Qt::Key_Backtab && indentListItems(true))
        return;
    if (m_highlighter)
        m_highlighter->setTypingIn(this);
    QPlainTextEdit::keyPressEvent(event);
    if (m_highlighter) {
        m_highlighter->setTypingIn(nullptr);
        m_highlighter->cursorMoved(textCursor());
    }
}

void SourceEditor::setImageDropHandler(ImageDropHandler *handler)
{
    m_imageDropHandler = handler;
}

bool SourceEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return (m_imageDropHandler && m_imageDropHandler->canHandle(source, true))
        || QPlainTextEdit::canInsertFromMimeData(source);
}

void SourceEditor::insertFromMimeData(const QMimeData *source)
{
    if (m_imageDropHandler && m_imageDropHandler->handle(source, textCursor(), false))
        return;
    const QTextCursor cursor = textCursor();
    if (source->hasText() && cursor.hasSelection()) {
        const QString pasted = source->text().trimmed();
        const QString selected = cursor.selectedText();
        if (isWebAddress(pasted) && !selected.contains(QChar::ParagraphSeparator)
            && !isWebAddress(selected.trimmed())) {
            const auto [text, offset] = selectedLines();
            applyEdit(offset, Masthead::makeLink(text, cursor.anchor() - offset, cursor.position() - offset, pasted));
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

std::pair<QString, int> SourceEditor::selectedLines(int context) const
{
    const QTextCursor cursor = textCursor();
    QTextBlock first = document()->findBlock(cursor.selectionStart());
    for (int i = 0; i < context && first.previous().isValid(); ++i)
        first = first.previous();
    const QTextBlock last = document()->findBlock(cursor.selectionEnd());
    QString text;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        if (block != first)
            text += u'\n';
        text += block.text();
        if (block == last)
            break;
    }
    return {text, first.position()};
}

void SourceEditor::applyEdit(int offset, const TextEdit &edit)
{
    setTextCursor(applyTextEdit(textCursor(), edit, offset));
}

bool SourceEditor::continueList()
{
    const QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    const auto edit = Masthead::continueList(block.text(), cursor.positionInBlock());
    if (!edit)
        return false;
    applyEdit(block.position(), *edit);
    return true;
}

bool SourceEditor::indentListItems(bool outdent)
{
    // Enough lines before the selection to find the item's sibling or parent in any real list.
    constexpr int contextLines = 200;
    const auto [text, offset] = selectedLines(contextLines);
    const QTextCursor cursor = textCursor();
    const auto edit = Masthead::indentListItems(text, cursor.anchor() - offset, cursor.position() - offset,
                                                outdent ? IndentDirection::Outdent : IndentDirection::Indent);
    if (!edit)
        return false;
    applyEdit(offset, *edit);
    return true;
}

void SourceEditor::toggleBold()
{
    const auto [text, offset] = selectedLines();
    const QTextCursor cursor = textCursor();
    applyEdit(offset, toggleEmphasis(text, cursor.anchor() - offset, cursor.position() - offset, Emphasis::Bold));
}

void SourceEditor::toggleItalic()
{
    const auto [text, offset] = selectedLines();
    const QTextCursor cursor = textCursor();
    applyEdit(offset, toggleEmphasis(text, cursor.anchor() - offset, cursor.position() - offset, Emphasis::Italic));
}

void SourceEditor::makeLink()
{
    const auto [text, offset] = selectedLines();
    const QTextCursor cursor = textCursor();
    applyEdit(offset, Masthead::makeLink(text, cursor.anchor() - offset, cursor.position() - offset));
}

void SourceEditor::insertImageSnippet(const QString &snippet, const QString &path)
{
    const auto [text, offset] = selectedLines();
    const QTextCursor cursor = textCursor();
    applyEdit(offset,
              Masthead::insertImageSnippet(text, cursor.anchor() - offset, cursor.position() - offset, snippet, path));
}

QMenu *SourceEditor::createContextMenu(const QPoint &viewportPosition)
{
    QMenu *menu = createStandardContextMenu(viewportPosition);
    if (!m_spellChecker || !m_spellChecker->isValid())
        return menu;
    const QTextCursor at = cursorForPosition(viewportPosition);
    const QTextBlock block = at.block();
    const auto [start, end] = misspelledWordAt(block, at.positionInBlock());
    if (start == end)
        return menu;

    const QString word = block.text().mid(start, end - start);
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = m_spellChecker->suggestions(QString(word).replace(u'\u2019', u'\''));
    for (const QString &suggestion : suggestions) {
        auto *replace = new QAction(suggestion, menu);
        replace->setObjectName(QStringLiteral("spelling_suggestion"));
        connect(replace, &QAction::triggered, this, [this, position = block.position(), start, end, suggestion] {
            applyEdit(position,
                      TextEdit {start, end, suggestion, start + suggestion.size(), start + suggestion.size()});
        });
        menu->insertAction(first, replace);
    }
    if (suggestions.isEmpty()) {
        QAction *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    auto *add = new QAction(tr("Add “%1” to Dictionary").arg(word), menu);
    add->setObjectName(QStringLiteral("spelling_add_to_dictionary"));
    connect(add, &QAction::triggered, this, [this, word] {
        if (m_spellChecker)
            m_spellChecker->addToDictionary(QString(word).replace(u'\u2019', u'\''));
    });
    menu->insertAction(first, add);
    auto *ignore = new QAction(tr("Ignore “%1”").arg(word), menu);
    ignore->setObjectName(QStringLiteral("spelling_ignore"));
    connect(ignore, &QAction::triggered, this, [this, word] {
        if (m_spellChecker)
            m_spellChecker->ignore(QString(word).replace(u'\u2019', u'\''));
    });
    menu->insertAction(first, ignore);
    menu->insertSeparator(first);
    return menu;
}

void SourceEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

int SourceEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount() + m_lineNumberOffset); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 3);
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void SourceEditor::setLineNumberOffset(int lines)
{
    m_lineNumberOffset = lines;
    updateLineNumberAreaWidth();
    viewport()->update();
}

void SourceEditor::updateLineNumberAreaWidth()
{
    // Comes with every repaint of the whole viewport; setting the same margins lays out the
    // scroll area's children again all the same.
    const int width = lineNumberAreaWidth();
    if (viewportMargins() != QMargins(width, 0, 0, 0))
        setViewportMargins(width, 0, 0, 0);
}

void SourceEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void SourceEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    if (!m_searchMatches.isEmpty())
        updateExtraSelections();
    const QRect cr = contentsRect();
    m_lineNumberArea->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void SourceEditor::setSearchMatches(const QList<TextMatch> &matches)
{
    if (matches.isEmpty() && m_searchMatches.isEmpty())
        return;
    m_searchMatches = matches;
    updateExtraSelections();
}

void SourceEditor::updateExtraSelections()
{
    using KSyntaxHighlighting::Theme;
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_highlighter) {
        setExtraSelections(selections);
        return;
    }
    const Theme theme = m_highlighter->theme();
    QTextEdit::ExtraSelection line;
    line.format.setBackground(editorColor(theme, Theme::CurrentLine));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);

    if (!m_searchMatches.isEmpty()) {
        // Only what is on screen: a document can have many thousands of matches.
        const int first = firstVisibleBlock().position();
        const int last = cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
        auto it = std::lower_bound(
            m_searchMatches.cbegin(), m_searchMatches.cend(), first,
            [](const TextMatch &match, int position) { return match.start + match.length < position; });
        QTextCharFormat format;
        format.setBackground(editorColor(theme, Theme::SearchHighlight));
        const int end = document()->characterCount() - 1;
        for (; it != m_searchMatches.cend() && it->start <= last; ++it) {
            QTextEdit::ExtraSelection match;
            match.format = format;
            match.cursor = QTextCursor(document());
            match.cursor.setPosition(qMin(int(it->start), end));
            match.cursor.setPosition(qMin(int(it->start + it->length), end), QTextCursor::KeepAnchor);
            selections.append(match);
        }
    }
    setExtraSelections(selections);
}

void SourceEditor::paintLineNumbers(QPaintEvent *event)
{
    using KSyntaxHighlighting::Theme;
    const Theme theme = m_highlighter ? m_highlighter->theme() : Theme();
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), editorColor(theme, Theme::IconBorder));

    const int currentBlock = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int width = m_lineNumberArea->width() - 6;
    const int lineHeight = fontMetrics().height();
    QFont numberFont = font();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool current = block.blockNumber() == currentBlock;
            numberFont.setBold(current);
            painter.setFont(numberFont);
            painter.setPen(editorColor(theme, current ? Theme::CurrentLineNumber : Theme::LineNumbers));
            painter.drawText(0, top, width, lineHeight, Qt::AlignRight,
                             QString::number(block.blockNumber() + 1 + m_lineNumberOffset));
        }
        block = block.next();
        top = bottom;
    }
}

} // namespace Masthead
