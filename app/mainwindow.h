// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <expected>
#include <optional>

class QFrame;
class QLabel;
class QMenu;
class QMessageBox;
class QPushButton;
class QSessionManager;
class QSplitter;

namespace Masthead
{
class ChangesDialog;
class ChecklistDock;
class Document;
class DocumentJournal;
struct DiskChange;
struct JournalEntry;
class RecoveryDialog;
class DocumentStatistics;
class FindBar;
class IssueActions;
class IssueImages;
class LoadProgress;
class OutlineDock;
class Preferences;
class PreviewView;
class ProblemsDock;
class SectionMode;
class SectionsDock;
class SiteDock;
class SourceEditor;

// The main window: the Markdown source (with its find bar) on the left, its live preview on the
// right, the cursor position and the text's statistics in the status bar. It owns the one Document
// and wires the editor and the preview to it; they never talk to each other. It applies the
// Preferences to the editor, and keeps the window's state and the cursor position of each file in
// them between runs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // With the user's preferences.
    explicit MainWindow(QWidget *parent = nullptr);
    // With preferences that outlive the window (tests use a settings file of their own).
    explicit MainWindow(Preferences *preferences, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a Markdown file, or a site folder at its newest draft, with the cursor where it was
    // when the file was last closed. Unsaved changes to the current file are not asked about here
    // (see maybeSave()). On failure nothing changes.
    std::expected<void, QString> openPath(const QString &path);
    // Opens a file or folder named on the command line (or by a file manager). When it cannot be
    // opened, the window says why in place of the editor, which stays empty and read-only: no blank
    // Untitled post stands in for the file. Returns what openPath() returned.
    std::expected<void, QString> openFromCommandLine(const QString &path);
    // The message shown when a file could not be opened; empty when there is none.
    QString openFailure() const;
    // Opens a file or folder the user chose (File ▸ Open, Open Recent, the Site dock, a drop); when
    // it cannot be opened, reportOpenFailure() says why. Unsaved changes were asked about before.
    void openChosen(const QString &path);
    // Opens files and folders dropped on the window: the first one, after asking about unsaved changes.
    void openDropped(const QStringList &paths);
    // The one message for a file the user chose that could not be opened (a window-modal box that does
    // not block), with "Open Read-Only" when the file is text that is not UTF-8. Returns the box.
    QMessageBox *reportOpenFailure(const QString &path, const QString &message);
    // Opens a file that is not UTF-8 read-only (Document::loadReadOnly()): a notice above the editor
    // says so, the title marks it, the editor takes no typing and Save is off; Save As makes a UTF-8 copy.
    std::expected<void, QString> openReadOnly(const QString &path);
    // What the window does when the desktop session ends (a logout): the unsaved text goes to the
    // journal before this returns, and the session is saved. Asks nothing: the session manager waits.
    void commitSessionData();
    // Opens the file that was open when Masthead last closed; false when there is none any more.
    bool restoreSession();
    // Keeps the window's geometry, the splitter, the open file and its cursor position for the
    // next run. Closing the window does this.
    void saveSession();

    // Asks what to do with unsaved changes; true when it is fine to go on (saved or discarded).
    bool maybeSave();

    // The journal of the document's unsaved text.
    DocumentJournal *journal() const { return m_journal; }
    // Shows the texts the journal kept from sessions that did not end normally, if there are any;
    // returns the (window-modal) dialog, or nullptr when there is nothing to recover.
    RecoveryDialog *offerRecovery();
    // Opens a recovered text: its file (when it still exists) with the text put in as one undo step,
    // unsaved; the journal entry stays until the text is saved or discarded.
    void recover(const JournalEntry &entry);

    Document *document() const { return m_document; }
    SourceEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    PreviewView *preview() const { return m_preview; }
    // Image drops, the Images panel and downloads.
    IssueImages *images() const { return m_images; }
    QSplitter *splitter() const { return m_splitter; }
    Preferences *preferences() const { return m_preferences; }
    // The sidebar's outline and section templates, and guest contributor mode.
    OutlineDock *outlineDock() const { return m_outline; }
    SectionsDock *sectionsDock() const { return m_sections; }
    SectionMode *sectionMode() const { return m_sectionMode; }
    ChecklistDock *checklistDock() const { return m_checklistDock; }
    ProblemsDock *problemsDock() const { return m_problemsDock; }
    SiteDock *siteDock() const { return m_siteDock; }
    // The bar above the editor while a long file opens.
    LoadProgress *loadProgress() const { return m_loadProgress; }
    // The Publish action: saves (asking first), runs the checks, asks before publishing with errors,
    // publishes the draft to _posts/ and opens the post. True when it was published.
    bool onPublish();
    // The action with the stable id (file_open, file_save, ...), or nullptr.
    QAction *action(const QString &id) const { return m_actions.value(id); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QAction *createAction(const QString &id, const QString &text, const QKeySequence &shortcut);
    void createStatusBar();
    void createChecksDocks();
    void createIssueMenu(QMenu *view);
    // The Outline and Sections docks, and the Sections menu with section mode and the Changes view.
    void createSectionTools();
    void onEditSection();
    void onShowChanges();
    void restoreWindowState();
    void applyEditorPreferences();
    void rememberCursorPosition();
    void onOpen();
    // Opens a file or site chosen in a list (Open Recent, the Site dock), asking about unsaved changes.
    void openFromList(const QString &path);
    bool onSave();
    bool onSaveAs();
    void onGoToLine();
    void onInsertImageSnippet();
    void onPreferences();
    void onAbout();
    void updateTitle();
    void updateCursorStatus();
    void updateStatistics();
    void showError(const QString &title, const QString &message);
    void onDiskChanged(const DiskChange &change);
    void showOpenFailure(const QString &path, const QString &message);
    void clearOpenFailure();
    // openPath() and openReadOnly() of a file: its remembered cursor position, a long file in steps.
    std::expected<void, QString> openFile(const QString &absolute, bool readOnly);
    // The read-only notice, the editor's read-only state, Save and the title, after a load or a save.
    void updateReadOnly();
    // A long file that could not be loaded after all (Document::loadFailed()).
    void onLoadFailed(const QString &path, const QString &message);

    Preferences *m_preferences;
    Document *m_document;
    DocumentJournal *m_journal;
    SourceEditor *m_editor;
    FindBar *m_findBar;
    PreviewView *m_preview;
    IssueImages *m_images = nullptr;
    ChecklistDock *m_checklistDock = nullptr;
    ProblemsDock *m_problemsDock = nullptr;
    SiteDock *m_siteDock = nullptr;
    QSplitter *m_splitter;
    QFrame *m_openFailureBar;
    QLabel *m_openFailure;
    QPushButton *m_openFailureReadOnly;
    QString m_openFailurePath; // the file the open failure is about
    QLabel *m_readOnlyNotice;
    LoadProgress *m_loadProgress;
    // Where the cursor goes once the long file being loaded is in (the load moved it to the end).
    std::optional<int> m_cursorAfterLoad;
    int m_cursorBeforeLoad = 0; // and where it goes back to when the load ends without the file
    // The long file being loaded was named on the command line: a failure is said in the window.
    bool m_loadingFromCommandLine = false;
    QLabel *m_pathLabel;
    QLabel *m_cursorLabel;
    QLabel *m_wordsLabel;
    QLabel *m_charactersLabel;
    QLabel *m_readingTimeLabel;
    DocumentStatistics *m_statistics;
    QTimer m_statisticsUpdate;
    QHash<QString, QAction *> m_actions;
    OutlineDock *m_outline = nullptr;
    SectionsDock *m_sections = nullptr;
    SectionMode *m_sectionMode = nullptr;
    ChangesDialog *m_changes = nullptr;
    IssueActions *m_issueActions = nullptr;
};

} // namespace Masthead
