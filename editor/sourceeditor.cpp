// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/sourceeditor.h"

#include "core/document.h"
#include "editor/linenumberarea_p.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>

namespace Masthead
{
namespace
{
// Loading the repository reads every definition's header; do it once per process.
KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

QColor editorColor(const KSyntaxHighlighting::Theme &theme, KSyntaxHighlighting::Theme::EditorColorRole role)
{
    return QColor::fromRgba(theme.editorColor(role));
}
} // namespace

SourceEditor::SourceEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    setAccessibleName(tr("Markdown source"));

    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &SourceEditor::highlightCurrentLine);
    updateLineNumberAreaWidth();
}

SourceEditor::~SourceEditor() = default;

void SourceEditor::setMarkdownDocument(Document *document)
{
    if (m_document == document)
        return;
    delete m_highlighter;
    m_highlighter = nullptr;
    m_document = document;
    if (!document->documentLayout() || !qobject_cast<QPlainTextDocumentLayout *>(document->documentLayout()))
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    document->setDefaultFont(font());
    setDocument(document);

    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    m_highlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("Markdown")));
    applyTheme();
    updateLineNumberAreaWidth();
    highlightCurrentLine();
}

QString SourceEditor::themeName() const
{
    return m_highlighter ? m_highlighter->theme().name() : QString();
}

void SourceEditor::setThemeName(const QString &name)
{
    m_chosenTheme = name;
    applyTheme();
}

void SourceEditor::applyTheme()
{
    using KSyntaxHighlighting::Theme;
    auto &repository = syntaxRepository();
    Theme theme = m_chosenTheme.isEmpty() ? Theme() : repository.theme(m_chosenTheme);
    if (!theme.isValid()) {
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        theme = repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                             : KSyntaxHighlighting::Repository::LightTheme);
    }
    if (m_highlighter) {
        m_highlighter->setTheme(theme);
        m_highlighter->rehighlight();
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
    highlightCurrentLine();
    m_lineNumberArea->update();
}

void SourceEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingTheme && m_chosenTheme.isEmpty())
        applyTheme();
    if (event->type() == QEvent::FontChange)
        updateLineNumberAreaWidth();
}

int SourceEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 3);
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void SourceEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
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
    const QRect cr = contentsRect();
    m_lineNumberArea->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void SourceEditor::highlightCurrentLine()
{
    using KSyntaxHighlighting::Theme;
    QList<QTextEdit::ExtraSelection> selections;
    if (m_highlighter) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(editorColor(m_highlighter->theme(), Theme::CurrentLine));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = textCursor();
        line.cursor.clearSelection();
        selections.append(line);
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
            painter.drawText(0, top, width, lineHeight, Qt::AlignRight, QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
    }
}

} // namespace Masthead
