// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/textsearch.h"

#include <QPlainTextEdit>
#include <QPointer>

#include <limits>

class QMenu;

namespace Masthead
{
class Document;
class ImageDropHandler;
class LineNumberArea;
class MarkdownHighlighter;
class SpellChecker;
struct TextEdit;

// The Markdown source pane: a QPlainTextEdit over a Document, highlighted by KSyntaxHighlighting's
// Markdown definition (front matter and fenced code included), with line numbers, the current line
// marked, Markdown editing helpers and spell checking. The theme follows the application's palette
// (a dark palette gets the repository's dark theme) unless one is chosen.
//
// Every helper edit (list continuation, indenting, emphasis, links, snippets) is computed by the
// pure functions of core/text/markdownedit.h and applied as one undo step.
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
    // The themes of the KSyntaxHighlighting repository, by name, sorted.
    static QStringList availableThemeNames();

    // The font before zooming; the default is the system's fixed-width font.
    QFont editorFont() const { return m_editorFont; }
    void setEditorFont(const QFont &font);
    // Points added to the editor font's size.
    int zoom() const { return m_zoom; }
    void setZoom(int steps);

    bool wrapsLines() const { return lineWrapMode() != NoWrap; }
    void setWrapsLines(bool wrap);

    // Spell checking with KF6 Sonnet in the document's language: its front matter's "lang", else
    // its site's spellcheck_language, else this default (as SpellChecker::setLanguage() takes it;
    // empty: the system's language). Never the interface's language.
    void setSpellCheckEnabled(bool enabled);
    bool isSpellCheckEnabled() const { return m_spellCheckEnabled; }
    void setSpellCheckLanguage(const QString &language);
    // nullptr while spell checking is off.
    SpellChecker *spellChecker() const;

    // Puts the cursor at a position (clamped to the document) and shows it in the middle of the pane.
    void setCursorPosition(int position);
    // 1-based, as the line numbers show.
    void goToLine(int line);

    // Marks the find bar's matches where they are on screen; an empty list clears them.
    void setSearchMatches(const QList<TextMatch> &matches);

    // Drops and pastes of images go to handler (which sets itself here); nullptr: none.
    void setImageDropHandler(ImageDropHandler *handler);

    // False while lines of a large change still wait to be highlighted in the background.
    bool isHighlightingComplete() const;

    // The context menu for a point of the viewport: spelling suggestions for a misspelled word there,
    // then the standard editing actions. The caller owns the menu.
    QMenu *createContextMenu(const QPoint &viewportPosition);

    int lineNumberAreaWidth() const;
    // Added to the line numbers shown, when the editor shows part of a file (section mode) that
    // starts further down.
    void setLineNumberOffset(int lines);
    int lineNumberOffset() const { return m_lineNumberOffset; }
    // The first and last line (0-based) on screen when the editor last painted.
    std::pair<int, int> linesOnScreen() const { return m_linesOnScreen; }
    // The top line on screen, for keeping the preview at the same place.
    using QPlainTextEdit::firstVisibleBlock;

    static constexpr int minZoom = -8;
    static constexpr int maxZoom = 24;

public Q_SLOTS:
    void toggleBold();
    void toggleItalic();
    void makeLink();
    // Inserts snippet (the site's image-link pattern) with the selection as its text and path for
    // {path}, and leaves the cursor after the path.
    void insertImageSnippet(const QString &snippet, const QString &path);
    void zoomIn();
    void zoomOut();
    void resetZoom();

Q_SIGNALS:
    void zoomChanged(int steps);
    void highlightingCompleted();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void applyTheme();
    void applyFont();
    void rehighlightAll();
    // Gives the spell checker the document's language; on edits only while they touch the front matter.
    void updateSpellLanguage();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateLineNumberAreaWidth();
    // The current line and the search matches on screen.
    void updateExtraSelections();
    // Applies edit, computed on the document's text from offset on, as one undo step.
    void applyEdit(int offset, const TextEdit &edit);
    bool continueList();
    bool indentListItems(bool outdent);
    // The text of the lines the selection touches (and `context` lines before them), and where it
    // starts in the document.
    std::pair<QString, int> selectedLines(int context = 0) const;

    Document *m_document = nullptr;
    QPointer<ImageDropHandler> m_imageDropHandler;
    MarkdownHighlighter *m_highlighter = nullptr;
    SpellChecker *m_spellChecker = nullptr;
    LineNumberArea *m_lineNumberArea = nullptr;
    QList<TextMatch> m_searchMatches; // sorted
    std::pair<int, int> m_linesOnScreen {0, std::numeric_limits<int>::max()};
    QString m_chosenTheme;
    QString m_spellLanguage; // the default, for documents that do not say
    int m_frontMatterEnd = 0; // past the text that decides the document's language
    QFont m_editorFont;
    int m_zoom = 0;
    int m_lineNumberOffset = 0;
    bool m_spellCheckEnabled = false;
    bool m_applyingTheme = false;
    bool m_applyingFont = false;
    bool m_centerCursorWhenShown = false;
};

} // namespace Masthead
