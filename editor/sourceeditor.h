// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting
{
class SyntaxHighlighter;
class Theme;
} // namespace KSyntaxHighlighting

namespace Masthead
{
class Document;
class LineNumberArea;

// The Markdown source pane: a QPlainTextEdit over a Document, highlighted by KSyntaxHighlighting's
// Markdown definition (front matter and fenced code included), with line numbers and the current
// line marked. The theme follows the palette: dark palettes get the repository's dark theme.
class SourceEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceEditor)

public:
    explicit SourceEditor(QWidget *parent = nullptr);
    ~SourceEditor() override;

    // Shows and edits document; the editor does not take ownership.
    void setMarkdownDocument(Document *document);
    Document *markdownDocument() const { return m_document; }

    // The name of the KSyntaxHighlighting theme in use.
    QString themeName() const;
    // Chooses a theme by name; an empty name follows the palette again.
    void setThemeName(const QString &name);

    int lineNumberAreaWidth() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void applyTheme();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateLineNumberAreaWidth();
    void highlightCurrentLine();

    Document *m_document = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    LineNumberArea *m_lineNumberArea = nullptr;
    QString m_chosenTheme;
    bool m_applyingTheme = false;
};

} // namespace Masthead
