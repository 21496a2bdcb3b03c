// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMainWindow>

#include <expected>

class QLabel;
class QSplitter;

namespace Masthead
{
class Document;
class PreviewView;
class SourceEditor;

// The main window: the Markdown source on the left, its live preview on the right. It owns the one
// Document and wires the editor and the preview to it; they never talk to each other.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a Markdown file, or a site folder at its newest draft. Unsaved changes to the current
    // file are not asked about here (see maybeSave()). On failure nothing changes.
    std::expected<void, QString> openPath(const QString &path);

    // Asks what to do with unsaved changes; true when it is fine to go on (saved or discarded).
    bool maybeSave();

    Document *document() const { return m_document; }
    SourceEditor *editor() const { return m_editor; }
    PreviewView *preview() const { return m_preview; }
    QSplitter *splitter() const { return m_splitter; }
    // The action with the stable id (file_open, file_save, ...), or nullptr.
    QAction *action(const QString &id) const { return m_actions.value(id); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QAction *addAction(const QString &id, const QString &text, const QKeySequence &shortcut);
    void onOpen();
    bool onSave();
    bool onSaveAs();
    void onAbout();
    void updateTitle();
    void showError(const QString &title, const QString &message);

    Document *m_document;
    SourceEditor *m_editor;
    PreviewView *m_preview;
    QSplitter *m_splitter;
    QLabel *m_pathLabel;
    QHash<QString, QAction *> m_actions;
};

} // namespace Masthead
