// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/apptheme.h"
#include "app/changesdialog.h"
#include "app/checklistdock.h"
#include "app/conflictdialog.h"
#include "app/filedrops.h"
#include "app/imagespanel.h"
#include "app/issueactions.h"
#include "app/issueimages.h"
#include "app/loadprogress.h"
#include "app/maileractions.h"
#include "app/outlinedock.h"
#include "app/preferencesdialog.h"
#include "app/problemsdock.h"
#include "app/publishconfirmation.h"
#include "app/recentmenu.h"
#include "app/recoverydialog.h"
#include "app/scrollsync.h"
#include "app/sectionmode.h"
#include "app/sectionsdock.h"
#include "app/shortcutsdialog.h"
#include "app/sitedock.h"
#include "core/document.h"
#include "core/fileio.h"
#include "core/images/assetimporter.h"
#include "core/issue/issuelifecycle.h"
#include "core/journal.h"
#include "core/preferences.h"
#include "core/site/site.h"
#include "core/text/textstatistics.h"
#include "core/textedit.h"
#include "core/textfile.h"
#include "editor/findbar.h"
#include "editor/sourceeditor.h"
#include "preview/previewview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSessionManager>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Masthead
{
namespace
{
QList<QKeySequence> shortcutsOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys.append(fallback);
    return keys;
}

// Shows text in a status bar label that keeps its size, growing only when the text needs more: a
// label changing size lays out the window again, which repaints the whole status bar and the docks'
// separators a second time after each keystroke.
void setSteadyText(QLabel *label, const QString &text)
{
    const QFontMetrics metrics = label->fontMetrics();
    const QMargins margins = label->contentsMargins();
    const int frame = 2 * label->margin();
    // With room for a digit more, so that counting on from 9 to 10 is no change of size.
    const int needed
        = metrics.horizontalAdvance(text) + metrics.averageCharWidth() + margins.left() + margins.right() + frame;
    const bool fixed = label->minimumSize() == label->maximumSize();
    if (!fixed || needed > label->maximumWidth())
        label->setFixedSize(qMax(needed, fixed ? label->maximumWidth() : 0),
                            metrics.height() + margins.top() + margins.bottom() + frame);
    label->setText(text);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(static_cast<Preferences *>(nullptr), parent)
{
}

MainWindow::MainWindow(Preferences *preferences, QWidget *parent)
    : QMainWindow(parent)
    , m_preferences(preferences ? preferences : new Preferences(this))
    , m_document(new Document(this))
    , m_journal(new DocumentJournal(m_document, m_preferences->journalFolder(), this))
    , m_editor(new SourceEditor(this))
    , m_findBar(new FindBar(m_editor, this))
    , m_preview(new PreviewView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_openFailureBar(new QFrame(this))
    , m_openFailure(new QLabel(m_openFailureBar))
    , m_openFailureReadOnly(new QPushButton(m_openFailureBar))
    , m_readOnlyNotice(new QLabel(this))
    , m_loadProgress(new LoadProgress(m_document, m_editor, this))
    , m_pathLabel(new QLabel(this))
    , m_cursorLabel(new QLabel(this))
    , m_wordsLabel(new QLabel(this))
    , m_charactersLabel(new QLabel(this))
    , m_readingTimeLabel(new QLabel(this))
    , m_statistics(new DocumentStatistics(m_document, this))
{
    m_editor->setMarkdownDocument(m_document);
    m_preview->setMarkdownDocument(m_document);
    (new ScrollSync(m_editor, m_preview, this))->followEdits(m_document);

    auto *editorPane = new QWidget(this);
    editorPane->setObjectName(QStringLiteral("editor_pane"));
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    m_openFailureBar->setObjectName(QStringLiteral("open_failure_bar"));
    m_openFailureBar->setStyleSheet(
        QStringLiteral("QFrame#open_failure_bar { background: #fdecea; border-bottom: 1px solid #f5c2c0; }"
                       "QLabel#open_failure { color: #611a15; }"));
    auto *failureLayout = new QVBoxLayout(m_openFailureBar);
    failureLayout->setContentsMargins(12, 12, 12, 12);
    m_openFailure->setObjectName(QStringLiteral("open_failure"));
    m_openFailure->setWordWrap(true);
    m_openFailure->setTextFormat(Qt::RichText);
    failureLayout->addWidget(m_openFailure);
    m_openFailureReadOnly->setObjectName(QStringLiteral("open_failure_read_only"));
    m_openFailureReadOnly->setText(tr("Open &Read-Only"));
    m_openFailureReadOnly->setToolTip(tr("Read the file as it most likely is encoded, without saving it back"));
    connect(m_openFailureReadOnly, &QPushButton::clicked, this, [this] {
        if (auto opened = openReadOnly(m_openFailurePath); !opened)
            showError(tr("Could not open the file"), opened.error());
    });
    failureLayout->addWidget(m_openFailureReadOnly, 0, Qt::AlignLeft);
    m_openFailureBar->hide();
    editorLayout->addWidget(m_openFailureBar);
    m_readOnlyNotice->setObjectName(QStringLiteral("read_only_notice"));
    m_readOnlyNotice->setWordWrap(true);
    m_readOnlyNotice->setTextFormat(Qt::RichText);
    m_readOnlyNotice->setMargin(10);
    m_readOnlyNotice->setStyleSheet(QStringLiteral(
        "QLabel#read_only_notice { background: #fff4ce; color: #4d3800; border-bottom: 1px solid #f0d98c; }"));
    m_readOnlyNotice->hide();
    editorLayout->addWidget(m_readOnlyNotice);
    editorLayout->addWidget(m_loadProgress);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);

    m_splitter->setObjectName(QStringLiteral("main_splitter"));
    m_splitter->addWidget(editorPane);
    m_splitter->addWidget(m_preview);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    m_images = new IssueImages(this, m_editor, m_document);
    createChecksDocks();
    createActions();
    ShortcutsDialog::applySaved(m_actions.values(), m_preferences);
    createStatusBar();
    applyEditorPreferences();
    m_findBar->setOptions(m_preferences->searchOptions());
    connect(m_findBar, &FindBar::optionsChanged, m_preferences, &Preferences::setSearchOptions);
    connect(m_preferences, &Preferences::editorChanged, this, &MainWindow::applyEditorPreferences);
    connect(m_editor, &SourceEditor::zoomChanged, this, [this](int steps) {
        EditorPreferences editor = m_preferences->editor();
        editor.zoomSteps = steps;
        m_preferences->setEditor(editor);
    });
    connect(m_document, &QTextDocument::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::diskChanged, this, &MainWindow::onDiskChanged);
    connect(m_document, &Document::loaded, this, &MainWindow::clearOpenFailure);
    connect(m_document, &Document::saved, this, &MainWindow::updateReadOnly);
    // Files and folders dropped anywhere on the window open; images dropped on the text are imported
    // (the editor's image drop handler, which the filter installed after it lets through).
    auto *drops = new FileDrops(this);
    drops->watch(this);
    drops->watch(m_editor->viewport());
    drops->watchWithChildren(m_preview);
    connect(drops, &FileDrops::openRequested, this, &MainWindow::openDropped);
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this](QSessionManager &) { commitSessionData(); });
    connect(m_document, &Document::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_document, &Document::loadCancelled, this, [this] {
        m_cursorAfterLoad.reset();
        m_editor->setCursorPosition(m_cursorBeforeLoad);
        updateCursorStatus();
    });
    connect(m_document, &Document::loaded, this, [this] {
        if (const auto cursor = std::exchange(m_cursorAfterLoad, std::nullopt))
            m_editor->setCursorPosition(*cursor);
        updateCursorStatus();
    });
    updateTitle();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::createAction(const QString &id, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(id);
    action->setShortcut(shortcut);
    m_actions.insert(id, action);
    return action;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = createAction(QStringLiteral("file_open"), tr("&Open…"), QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::onOpen);
    file->addAction(open);
    auto *recent = new RecentMenu(m_preferences, m_document, this);
    connect(recent, &RecentMenu::openRequested, this, &MainWindow::openFromList);
    file->addMenu(recent);

    QAction *save = createAction(QStringLiteral("file_save"), tr("&Save"), QKeySequence::Save);
    connect(save, &QAction::triggered, this, &MainWindow::onSave);
    file->addAction(save);

    QAction *saveAs = createAction(QStringLiteral("file_save_as"), tr("Save &As…"), QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, this, &MainWindow::onSaveAs);
    file->addAction(saveAs);

    QAction *recover = createAction(QStringLiteral("file_recover"), tr("Reco&ver Unsaved Text…"), {});
    recover->setToolTip(tr("Texts kept by the journal when Masthead did not close normally"));
    connect(recover, &QAction::triggered, this, [this] {
        if (!offerRecovery())
            QMessageBox::information(this, tr("Recover Unsaved Text"), tr("There is no unsaved text to recover."));
    });
    file->addAction(recover);

    file->addSeparator();
    QAction *quit = createAction(QStringLiteral("file_quit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = createAction(QStringLiteral("edit_undo"), tr("&Undo"), QKeySequence::Undo);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_editor, &QPlainTextEdit::undo);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    edit->addAction(undo);
    QAction *redo = createAction(QStringLiteral("edit_redo"), tr("Re&do"), {});
    // Ctrl+Y as well as the platform's redo (Ctrl+Shift+Z on Linux), as most editors have it.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y); !redoKeys.contains(ctrlY))
        redoKeys.append(ctrlY);
    redo->setShortcuts(redoKeys);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_editor, &QPlainTextEdit::redo);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *cut = createAction(QStringLiteral("edit_cut"), tr("Cu&t"), QKeySequence::Cut);
    cut->setEnabled(false);
    connect(cut, &QAction::triggered, m_editor, &QPlainTextEdit::cut);
    connect(m_editor, &QPlainTextEdit::copyAvailable, cut, &QAction::setEnabled);
    edit->addAction(cut);
    QAction *copy = createAction(QStringLiteral("edit_copy"), tr("&Copy"), QKeySequence::Copy);
    copy->setEnabled(false);
    connect(copy, &QAction::triggered, m_editor, &QPlainTextEdit::copy);
    connect(m_editor, &QPlainTextEdit::copyAvailable, copy, &QAction::setEnabled);
    edit->addAction(copy);
    QAction *paste = createAction(QStringLiteral("edit_paste"), tr("&Paste"), QKeySequence::Paste);
    connect(paste, &QAction::triggered, m_editor, &QPlainTextEdit::paste);
    edit->addAction(paste);
    QAction *selectAll = createAction(QStringLiteral("edit_select_all"), tr("Select &All"), QKeySequence::SelectAll);
    connect(selectAll, &QAction::triggered, m_editor, &QPlainTextEdit::selectAll);
    edit->addAction(selectAll);
    edit->addSeparator();

    QAction *find = createAction(QStringLiteral("edit_find"), tr("&Find…"), QKeySequence::Find);
    connect(find, &QAction::triggered, m_findBar, &FindBar::openFind);
    edit->addAction(find);
    QAction *findNext = createAction(QStringLiteral("edit_find_next"), tr("Find &Next"), QKeySequence(Qt::Key_F3));
    connect(findNext, &QAction::triggered, m_findBar, &FindBar::findNext);
    edit->addAction(findNext);
    QAction *findPrevious = createAction(QStringLiteral("edit_find_previous"), tr("Find Pre&vious"),
                                         QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(findPrevious, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    edit->addAction(findPrevious);
    QAction *replace = createAction(QStringLiteral("edit_replace"), tr("&Replace…"), {});
    replace->setShortcuts(shortcutsOr(QKeySequence::Replace, QKeySequence(Qt::CTRL | Qt::Key_H)));
    connect(replace, &QAction::triggered, m_findBar, &FindBar::openReplace);
    edit->addAction(replace);
    edit->addSeparator();
    QAction *goToLine
        = createAction(QStringLiteral("edit_goto_line"), tr("&Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(goToLine, &QAction::triggered, this, &MainWindow::onGoToLine);
    edit->addAction(goToLine);

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    QAction *bold = createAction(QStringLiteral("format_bold"), tr("&Bold"), QKeySequence::Bold);
    connect(bold, &QAction::triggered, m_editor, &SourceEditor::toggleBold);
    format->addAction(bold);
    QAction *italic = createAction(QStringLiteral("format_italic"), tr("&Italic"), QKeySequence::Italic);
    connect(italic, &QAction::triggered, m_editor, &SourceEditor::toggleItalic);
    format->addAction(italic);
    QAction *link = createAction(QStringLiteral("format_link"), tr("&Link"), QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(link, &QAction::triggered, m_editor, &SourceEditor::makeLink);
    format->addAction(link);

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    QAction *image = createAction(QStringLiteral("insert_image_snippet"), tr("&Image Link"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    image->setToolTip(tr("Insert the site's image-link snippet, with the selection as its text"));
    connect(image, &QAction::triggered, this, &MainWindow::onInsertImageSnippet);
    insert->addAction(image);
    QAction *imageFiles = createAction(QStringLiteral("insert_image"), tr("Image from &File…"), {});
    connect(imageFiles, &QAction::triggered, m_images, &IssueImages::chooseImages);
    insert->addAction(imageFiles);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *wrap = createAction(QStringLiteral("view_wrap"), tr("&Wrap Lines"), QKeySequence(Qt::Key_F10));
    wrap->setCheckable(true);
    connect(wrap, &QAction::toggled, this, [this](bool on) {
        EditorPreferences editor = m_preferences->editor();
        editor.wrapLines = on;
        m_preferences->setEditor(editor);
    });
    view->addAction(wrap);
    QAction *images = createAction(QStringLiteral("view_images"), tr("I&mages"), {});
    images->setCheckable(true);
    connect(images, &QAction::triggered, m_images->panel(), &QWidget::setVisible);
    connect(m_images->panel()->toggleViewAction(), &QAction::toggled, images, &QAction::setChecked);
    view->addAction(images);
    view->addSeparator();
    QAction *zoomIn = createAction(QStringLiteral("view_zoom_in"), tr("Zoom &In"), {});
    zoomIn->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomIn, &QAction::triggered, m_editor, &SourceEditor::zoomIn);
    view->addAction(zoomIn);
    QAction *zoomOut = createAction(QStringLiteral("view_zoom_out"), tr("Zoom &Out"), QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, m_editor, &SourceEditor::zoomOut);
    view->addAction(zoomOut);
    QAction *zoomReset
        = createAction(QStringLiteral("view_zoom_reset"), tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomReset, &QAction::triggered, m_editor, &SourceEditor::resetZoom);
    view->addAction(zoomReset);

    createSectionTools();

    createIssueMenu(view);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = createAction(QStringLiteral("settings_preferences"), tr("&Preferences…"), {});
    preferences->setShortcuts(shortcutsOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::onPreferences);
    QAction *shortcuts = createAction(QStringLiteral("settings_shortcuts"), tr("Configure &Keyboard Shortcuts…"), {});
    connect(shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(m_actions.values(), m_preferences, this);
        dialog.exec();
    });
    settings->addAction(shortcuts);
    settings->addAction(preferences);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = createAction(QStringLiteral("help_about"), tr("&About Masthead"), {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::onAbout);
    help->addAction(about);
}

void MainWindow::createSectionTools()
{
    m_outline = new OutlineDock(m_document, m_editor, this);
    m_sections = new SectionsDock(m_document, m_editor, this);
    m_sectionMode = new SectionMode(m_document, m_editor, m_preview, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_outline);
    addDockWidget(Qt::LeftDockWidgetArea, m_sections);
    // The checklist above; the outline and the section templates share the space below it.
    tabifyDockWidget(m_outline, m_sections);
    m_outline->raise();
    connect(m_outline, &OutlineDock::editSectionRequested, m_sectionMode, &SectionMode::enter);
    connect(m_sectionMode, &SectionMode::changesRequested, this, &MainWindow::onShowChanges);

    QMenu *menu = menuBar()->addMenu(tr("Se&ctions"));
    QAction *edit = createAction(QStringLiteral("section_edit"), tr("&Edit Section…"), {});
    edit->setToolTip(tr("Edit one section of the post, with the rest hidden and left as it is"));
    connect(edit, &QAction::triggered, this, &MainWindow::onEditSection);
    menu->addAction(edit);
    QAction *leave = createAction(QStringLiteral("section_leave"), tr("Show &Whole Post"), {});
    leave->setEnabled(false);
    connect(leave, &QAction::triggered, m_sectionMode, &SectionMode::leave);
    menu->addAction(leave);
    QAction *changes = createAction(QStringLiteral("section_changes"), tr("&Changes Since Opening…"), {});
    connect(changes, &QAction::triggered, this, &MainWindow::onShowChanges);
    menu->addAction(changes);
    connect(m_sectionMode, &SectionMode::activeChanged, this, [this, leave](bool active) {
        leave->setEnabled(active);
        m_outline->setReorderEnabled(!active);
    });
    menu->addSeparator();
    QAction *outline = m_outline->toggleViewAction();
    outline->setObjectName(QStringLiteral("view_outline"));
    m_actions.insert(outline->objectName(), outline);
    menu->addAction(outline);
    QAction *templates = m_sections->toggleViewAction();
    templates->setObjectName(QStringLiteral("view_sections"));
    m_actions.insert(templates->objectName(), templates);
    menu->addAction(templates);
}

void MainWindow::onEditSection()
{
    if (const auto index = SectionMode::chooseSection(m_document->text(), this))
        m_sectionMode->enter(*index);
}

void MainWindow::onShowChanges()
{
    if (!m_changes)
        m_changes = new ChangesDialog(this);
    m_changes->setChanges(m_sectionMode->changes());
    m_changes->show();
    m_changes->raise();
}

void MainWindow::createStatusBar()
{
    m_pathLabel->setObjectName(QStringLiteral("status_path"));
    m_cursorLabel->setObjectName(QStringLiteral("status_cursor"));
    m_wordsLabel->setObjectName(QStringLiteral("status_words"));
    m_charactersLabel->setObjectName(QStringLiteral("status_characters"));
    m_readingTimeLabel->setObjectName(QStringLiteral("status_reading_time"));
    m_cursorLabel->setToolTip(tr("Line and column of the cursor"));
    m_readingTimeLabel->setToolTip(
        tr("At %1 words a minute; the front matter is left out").arg(TextStatistics::wordsPerMinute));
    statusBar()->addWidget(m_pathLabel, 1);
    for (QLabel *label : {m_cursorLabel, m_wordsLabel, m_charactersLabel, m_readingTimeLabel})
        statusBar()->addPermanentWidget(label);

    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::updateCursorStatus);
    // The counts change with every keystroke (line by line, see DocumentStatistics); the labels
    // follow once typing pauses.
    m_statisticsUpdate.setSingleShot(true);
    m_statisticsUpdate.setInterval(Document::settleDelayMs);
    connect(&m_statisticsUpdate, &QTimer::timeout, this, &MainWindow::updateStatistics);
    connect(m_statistics, &DocumentStatistics::changed, this, [this] { m_statisticsUpdate.start(); });
    updateCursorStatus();
    updateStatistics();
}

void MainWindow::updateCursorStatus()
{
    // Where the inserting of a long file leaves the cursor is nowhere the user put it: the label
    // keeps the position from before until the file is in (or the load ends without it).
    if (m_document->isLoading())
        return;
    const QTextCursor cursor = m_editor->textCursor();
    // In section mode the editor shows part of the file; its lines are counted as in the file.
    const int line = cursor.blockNumber() + 1 + m_editor->lineNumberOffset();
    setSteadyText(m_cursorLabel, tr("Ln %1, Col %2").arg(line).arg(cursor.positionInBlock() + 1));
}

void MainWindow::updateStatistics()
{
    const TextStatistics statistics = m_statistics->statistics();
    setSteadyText(m_wordsLabel, tr("Words: %L1").arg(statistics.words));
    setSteadyText(m_charactersLabel, tr("Characters: %L1").arg(statistics.characters));
    setSteadyText(m_readingTimeLabel, tr("Reading time: %1 min").arg(statistics.readingMinutes()));
}

void MainWindow::applyEditorPreferences()
{
    const EditorPreferences preferences = m_preferences->editor();
    // The automatic theme follows the system's palette, not one made from a chosen dark theme.
    if (preferences.themeName.isEmpty())
        AppTheme::restore();
    m_editor->setThemeName(preferences.themeName);
    AppTheme::follow(m_editor->palette());
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!preferences.fontFamily.isEmpty())
        font.setFamily(preferences.fontFamily);
    if (preferences.fontPointSize > 0)
        font.setPointSize(preferences.fontPointSize);
    m_editor->setEditorFont(font);
    m_editor->setZoom(preferences.zoomSteps);
    m_editor->setWrapsLines(preferences.wrapLines);
    {
        const QSignalBlocker blocker(action(QStringLiteral("view_wrap")));
        action(QStringLiteral("view_wrap"))->setChecked(preferences.wrapLines);
    }
    // The language first, so that turning spell checking on loads one dictionary only.
    m_editor->setSpellCheckLanguage(preferences.spellLanguage);
    m_editor->setSpellCheckEnabled(preferences.spellCheck);
}

void MainWindow::restoreWindowState()
{
    resize(1280, 800);
    m_splitter->setSizes({640, 640});
    if (const QByteArray geometry = m_preferences->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = m_preferences->windowState(); !state.isEmpty())
        restoreState(state);
    if (const QByteArray splitter = m_preferences->splitterState(); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void MainWindow::saveSession()
{
    m_preferences->setWindowGeometry(saveGeometry());
    m_preferences->setWindowState(saveState());
    m_preferences->setSplitterState(m_splitter->saveState());
    rememberCursorPosition();
    m_preferences->setLastFile(m_document->filePath());
    m_preferences->sync();
}

std::expected<void, QString> MainWindow::openFromCommandLine(const QString &path)
{
    auto opened = openPath(path);
    if (!opened)
        showOpenFailure(path, opened.error());
    m_loadingFromCommandLine = opened && m_document->isLoading();
    return opened;
}

void MainWindow::onLoadFailed(const QString &path, const QString &message)
{
    m_cursorAfterLoad.reset();
    m_editor->setCursorPosition(m_cursorBeforeLoad);
    updateCursorStatus();
    if (std::exchange(m_loadingFromCommandLine, false))
        showOpenFailure(path, message);
    else
        reportOpenFailure(path, message); // the same message as a file that failed at once
}

QString MainWindow::openFailure() const
{
    return m_openFailureBar->isHidden() ? QString() : m_openFailure->text();
}

namespace
{
// Text that is not UTF-8 can be read in the encoding it most likely has; binary files cannot.
bool canOpenReadOnly(const QString &path)
{
    return QFileInfo(path).isFile() && textKind(fileBytes(path)) == TextKind::NotUtf8;
}
} // namespace

void MainWindow::showOpenFailure(const QString &path, const QString &message)
{
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    const bool readOnly = canOpenReadOnly(path);
    const QString next = readOnly
        ? tr("Nothing was changed. Open it read-only to read it, or use File ▸ Open to open another file.")
        : tr("Nothing was changed. Use File ▸ Open to open another file.");
    m_openFailure->setText(u"<p><b>"_s + tr("Could not open “%1”.").arg(name).toHtmlEscaped() + u"</b></p><p>"_s
                           + message.toHtmlEscaped() + u"</p><p>"_s + next.toHtmlEscaped() + u"</p>"_s);
    m_openFailurePath = QFileInfo(path).absoluteFilePath();
    m_openFailureReadOnly->setVisible(readOnly);
    m_openFailureBar->show();
    // Nothing to type into: the text would belong to no file.
    m_editor->setReadOnly(true);
    setWindowTitle(tr("Could not open %1 — Masthead").arg(name));
    m_pathLabel->setText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

void MainWindow::clearOpenFailure()
{
    if (!m_openFailureBar->isHidden()) {
        m_openFailureBar->hide();
        m_openFailure->clear();
    }
    updateReadOnly();
}

void MainWindow::updateReadOnly()
{
    const bool readOnly = m_document->isReadOnly();
    if (readOnly) {
        const QString encoding = m_document->readOnlyEncoding();
        m_readOnlyNotice->setText(
            u"<b>"_s + tr("Read-only: “%1” is not UTF-8.").arg(m_document->displayName()).toHtmlEscaped() + u"</b> "_s
            + tr("It is shown as %1, the encoding it most likely has (a guess). Masthead does not save it back, "
                 "which would change its encoding. To edit it, use File ▸ Save As to make a UTF-8 copy, or "
                 "convert it, for example with “iconv -f %1 -t utf-8”.")
                  .arg(encoding)
                  .toHtmlEscaped());
    }
    m_readOnlyNotice->setVisible(readOnly);
    m_editor->setReadOnly(readOnly || !m_openFailureBar->isHidden());
    action(QStringLiteral("file_save"))->setEnabled(!readOnly);
    action(QStringLiteral("issue_publish"))->setEnabled(!readOnly);
    updateTitle();
}

void MainWindow::openChosen(const QString &path)
{
    if (auto opened = openPath(path); !opened)
        reportOpenFailure(path, opened.error());
}

void MainWindow::openDropped(const QStringList &paths)
{
    if (paths.isEmpty() || !maybeSave())
        return;
    openChosen(paths.constFirst());
    if (paths.size() > 1) {
        statusBar()->showMessage(tr("Masthead opens one file at a time: opened the first of the %n dropped files.",
                                    nullptr, int(paths.size())),
                                 10'000);
    }
}

QMessageBox *MainWindow::reportOpenFailure(const QString &path, const QString &message)
{
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Could not open the file"), message, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("open_failure_box"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *readOnly = nullptr;
    if (canOpenReadOnly(path)) {
        box->setInformativeText(tr("You can open it read-only instead: it is then shown as the encoding it most "
                                   "likely has, and never saved back."));
        readOnly = box->addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        readOnly->setObjectName(QStringLiteral("open_read_only"));
    }
    QPushButton *close = box->addButton(QMessageBox::Close);
    box->setDefaultButton(close);
    box->setEscapeButton(close);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, readOnly, path = QFileInfo(path).absoluteFilePath()](QAbstractButton *button) {
                if (!readOnly || button != readOnly)
                    return;
                // The box closes first; a message about this file would otherwise stack on it.
                QTimer::singleShot(0, this, [this, path] {
                    if (auto opened = openReadOnly(path); !opened)
                        showError(tr("Could not open the file"), opened.error());
                });
            });
    box->open();
    return box;
}

std::expected<void, QString> MainWindow::openReadOnly(const QString &path)
{
    return openFile(QFileInfo(path).absoluteFilePath(), true);
}

void MainWindow::commitSessionData()
{
    m_journal->flush();
    saveSession();
}

bool MainWindow::restoreSession()
{
    const QString file = m_preferences->lastFile();
    if (file.isEmpty() || !QFileInfo(file).isFile())
        return false;
    return openPath(file).has_value();
}

void MainWindow::rememberCursorPosition()
{
    if (!m_document->filePath().isEmpty())
        m_preferences->setCursorPosition(m_document->filePath(), m_editor->textCursor().position());
}

std::expected<void, QString> MainWindow::openPath(const QString &path)
{
    QString file = path;
    if (QFileInfo(path).isDir()) {
        const auto site = Site::find(path);
        if (!site)
            return std::unexpected(
                tr("“%1” is not a Jekyll site: neither it nor a folder above it has a _config.yml. Open the "
                   "site's folder (the one with _config.yml) or a Markdown file.")
                    .arg(QDir::toNativeSeparators(path)));
        file = site->pathToOpen();
        if (file.isEmpty()) {
            return std::unexpected(tr("The site “%1” has no drafts, posts or template to open yet.")
                                       .arg(QDir::toNativeSeparators(site->rootPath())));
        }
    }
    return openFile(QFileInfo(file).absoluteFilePath(), false);
}

std::expected<void, QString> MainWindow::openFile(const QString &absolute, bool readOnly)
{
    rememberCursorPosition();
    m_loadingFromCommandLine = false;
    if (!m_document->isLoading())
        m_cursorBeforeLoad = m_editor->textCursor().position();
    // A long file loads in steps: the window paints and answers meanwhile (the bar above the editor);
    // decoding and inserting 50 MB at once would stop it for seconds.
    const auto loaded = readOnly ? m_document->beginLoadReadOnly(absolute) : m_document->beginLoad(absolute);
    if (!loaded)
        return loaded;
    const int cursor = m_preferences->cursorPosition(absolute).value_or(0);
    if (m_document->isLoading())
        m_cursorAfterLoad = cursor;
    else
        m_editor->setCursorPosition(cursor);
    return {};
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them before closing?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return onSave();
    if (answer == QMessageBox::Discard) {
        m_journal->discard();
        return true;
    }
    return false;
}

RecoveryDialog *MainWindow::offerRecovery()
{
    const Journal journal(m_journal->folder());
    const QList<JournalEntry> entries = journal.recoverable();
    if (entries.isEmpty())
        return nullptr;
    auto *dialog = new RecoveryDialog(journal, entries, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::recoverRequested, this, [this](const JournalEntry &entry) {
        if (maybeSave())
            recover(entry);
    });
    dialog->open();
    return dialog;
}

void MainWindow::recover(const JournalEntry &entry)
{
    if (!entry.filePath.isEmpty() && QFileInfo(entry.filePath).isFile()) {
        // At once, even a long file (rare here): the recovered text goes on top of it right below.
        rememberCursorPosition();
        if (auto opened = m_document->load(entry.filePath); !opened) {
            showError(tr("Could not open the file"),
                      opened.error() + u'\n' + tr("The recovered text stays in the journal; nothing was lost."));
            return;
        }
    } else {
        // Never saved, or its file is gone: the text comes back untitled, meant for where it was.
        rememberCursorPosition();
        m_document->loadUntitled(entry.filePath.isEmpty() ? entry.intendedPath : entry.filePath);
    }
    m_journal->adopt(entry.id);
    // One undo step away from the file's own text.
    const QTextCursor cursor = applyTextEdit(m_document, minimalTextEdit(m_document->text(), entry.text));
    m_editor->setCursorPosition(cursor.position());
    m_editor->setFocus(Qt::OtherFocusReason);
    statusBar()->showMessage(tr("Recovered the unsaved text of %1; save it to keep it.").arg(entry.displayName()),
                             8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Half a file is nothing to save or journal: what was open before it comes back first.
    m_document->cancelLoad();
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSession();
    event->accept();
}

void MainWindow::openFromList(const QString &path)
{
    if (!maybeSave())
        return;
    openChosen(path);
}

void MainWindow::onOpen()
{
    if (!maybeSave())
        return;
    const QString start
        = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Post"), start,
                                                      tr("Markdown files (*.md *.markdown);;All files (*)"));
    if (path.isEmpty())
        return;
    openChosen(path);
}

bool MainWindow::onSave()
{
    if (m_document->filePath().isEmpty())
        return onSaveAs();
    auto result = m_document->save(SaveMode::Safe);
    if (!result && result.error().kind == SaveError::Kind::ChangedOnDisk) {
        const auto answer = QMessageBox::warning(this, tr("File changed on disk"),
                                                 result.error().message + QLatin1Char('\n')
                                                     + tr("Overwrite the file on disk with your version?"),
                                                 QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
        result = m_document->save(SaveMode::OverwriteChangesOnDisk);
    }
    if (!result) {
        showError(tr("Could not save"), result.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 3000);
    return true;
}

bool MainWindow::onSaveAs()
{
    QString start = m_document->filePath().isEmpty() ? QDir::homePath() : m_document->filePath();
    if (m_document->isReadOnly()) {
        // A UTF-8 copy goes to a new file; the original is never written.
        const QFileInfo info(m_document->filePath());
        start = info.absolutePath() + u'/' + info.completeBaseName() + u"-utf8."_s
            + (info.suffix().isEmpty() ? u"md"_s : info.suffix());
    }
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Post As"), start, tr("Markdown files (*.md *.markdown)"));
    if (path.isEmpty())
        return false;
    if (auto result = m_document->saveAs(path); !result) {
        showError(tr("Could not save"), result.error().message);
        return false;
    }
    return true;
}

void MainWindow::onGoToLine()
{
    bool ok = false;
    const int lines = m_document->blockCount();
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1–%1):").arg(lines),
                                          m_editor->textCursor().blockNumber() + 1, 1, lines, 1, &ok);
    if (ok) {
        m_editor->goToLine(line);
        m_editor->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::onInsertImageSnippet()
{
    const auto site = m_document->site();
    const SiteSettings settings = site ? site->settings() : SiteSettings {};
    // The issue's dated assets folder, as the post refers to it; none for an undated post.
    const auto target = issueAssetTarget(site.get(), m_document->filePath(), m_document->text());
    const QString folder = target ? QDir(target->postFolder).relativeFilePath(target->folder) + u'/' : QString();
    m_editor->insertImageSnippet(settings.imageSnippet, folder);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void MainWindow::onPreferences()
{
    PreferencesDialog dialog(m_preferences, this);
    dialog.exec();
}

void MainWindow::onAbout()
{
    QMessageBox::about(this, tr("About Masthead"),
                       tr("<h3>Masthead %1</h3><p>Write the posts of a Jekyll newsletter or blog: Markdown on "
                          "the left, the published page on the right.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::updateTitle()
{
    if (m_document->isReadOnly()) {
        setWindowTitle(
            tr("%1 (read-only, %2)[*] — Masthead").arg(m_document->displayName(), m_document->readOnlyEncoding()));
    } else {
        setWindowTitle(tr("%1[*] — Masthead").arg(m_document->displayName()));
    }
    setWindowModified(m_document->isModified());
    m_pathLabel->setText(QDir::toNativeSeparators(m_document->filePath()));
}

void MainWindow::createChecksDocks()
{
    m_checklistDock = new ChecklistDock(m_document, m_editor, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_checklistDock);
    m_problemsDock = new ProblemsDock(m_document, m_editor, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    connect(m_checklistDock, &ChecklistDock::problemsRequested, this, [this](const QStringList &codes) {
        m_problemsDock->showKinds(codes);
        m_problemsDock->show();
        m_problemsDock->raise();
    });
    m_siteDock = new SiteDock(m_document, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_siteDock);
    tabifyDockWidget(m_checklistDock, m_siteDock);
    m_checklistDock->raise();
    connect(m_siteDock, &SiteDock::openRequested, this, &MainWindow::openFromList);
    resizeDocks({m_checklistDock}, {280}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {260}, Qt::Vertical);
}

void MainWindow::createIssueMenu(QMenu *view)
{
    QAction *checklist = m_checklistDock->toggleViewAction();
    checklist->setObjectName(QStringLiteral("view_checklist"));
    m_actions.insert(checklist->objectName(), checklist);
    view->addAction(checklist);
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setObjectName(QStringLiteral("view_problems"));
    m_actions.insert(problems->objectName(), problems);
    view->addAction(problems);
    QAction *siteView = m_siteDock->toggleViewAction();
    siteView->setObjectName(QStringLiteral("view_site"));
    m_actions.insert(siteView->objectName(), siteView);
    view->addAction(siteView);

    QMenu *issue = menuBar()->addMenu(tr("Iss&ue"));
    m_issueActions = new IssueActions(this);
    const QList<QAction *> routine = m_issueActions->actions();
    for (QAction *action : routine)
        m_actions.insert(action->objectName(), action);
    issue->addAction(action(QStringLiteral("issue_new")));
    issue->addSeparator();
    QAction *check = createAction(QStringLiteral("issue_check"), tr("&Check Issue"), QKeySequence(Qt::Key_F8));
    check->setToolTip(tr("Run the pre-publish checks, external links included when “Check links” is on"));
    connect(check, &QAction::triggered, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
        m_problemsDock->check();
    });
    issue->addAction(check);
    QAction *publish = createAction(QStringLiteral("issue_publish"), tr("&Publish…"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    publish->setToolTip(tr("Check the draft, then move it to _posts/ and open the published post"));
    connect(publish, &QAction::triggered, this, &MainWindow::onPublish);
    issue->addAction(publish);
    issue->addAction(action(QStringLiteral("issue_unpublish")));
    issue->addAction(action(QStringLiteral("issue_redate")));
    issue->addSeparator();
    auto *mailer = new MailerActions(this);
    for (QAction *action : mailer->actions()) {
        m_actions.insert(action->objectName(), action);
        issue->addAction(action);
    }
}

bool MainWindow::onPublish()
{
    if (m_document->filePath().isEmpty() || m_document->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Publish"),
            tr("“%1” must be saved before it is published. Save it now?").arg(m_document->displayName()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !onSave())
            return false;
    }
    const QString draft = m_document->filePath();
    const auto site = m_document->site();
    if (!site) {
        showError(tr("Could not publish"),
                  tr("“%1” is not inside a Jekyll site.").arg(QDir::toNativeSeparators(draft)));
        return false;
    }
    m_problemsDock->recheck();
    if (!confirmPublishDespiteErrors(this, m_document->displayName(), m_problemsDock->problems())) {
        m_problemsDock->show();
        m_problemsDock->raise();
        return false;
    }
    const auto post = publish(*site, draft);
    if (!post) {
        showError(tr("Could not publish"), post.error());
        return false;
    }
    if (auto opened = openPath(post->postPath); !opened) {
        showError(tr("Could not open the published post"), opened.error());
        return false;
    }
    statusBar()->showMessage(tr("Published as %1").arg(QDir(site->rootPath()).relativeFilePath(post->postPath)), 5000);
    return true;
}

void MainWindow::onDiskChanged(const DiskChange &change)
{
    const QString name = m_document->displayName();
    switch (change.kind) {
    case DiskChange::Kind::Reloaded:
        statusBar()->showMessage(
            tr("%1 changed on disk and was reloaded. Undo shows the text as it was before.").arg(name), 10'000);
        return;
    case DiskChange::Kind::Merged:
        statusBar()->showMessage(tr("%1 changed on disk; the changes were merged into your unsaved text. Undo takes "
                                    "the merge back.")
                                     .arg(name),
                                 15'000);
        return;
    case DiskChange::Kind::Conflict: {
        auto *dialog = new ConflictDialog(name, change.merge, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            m_document->resolveDiskChange(dialog->resolvedText());
            statusBar()->showMessage(
                tr("Merged the changes on disk into %1. Undo takes the merge back.").arg(m_document->displayName()),
                10'000);
        });
        dialog->open();
        return;
    }
    case DiskChange::Kind::Removed: {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("File moved or deleted"), QString(), QMessageBox::NoButton,
                                    this);
        box->setObjectName(QStringLiteral("removed_on_disk"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *follow = nullptr;
        if (!change.followPath.isEmpty()) {
            box->setText(tr("“%1” was moved on disk: it looks re-dated as “%2”. Your text is kept here, unsaved.")
                             .arg(name, QFileInfo(change.followPath).fileName()));
            follow = box->addButton(tr("&Follow It"), QMessageBox::AcceptRole);
            follow->setObjectName(QStringLiteral("removed_follow"));
            follow->setToolTip(tr("Edit %1 from now on; its changes are merged with yours")
                                   .arg(QDir::toNativeSeparators(change.followPath)));
        } else {
            box->setText(tr("“%1” was moved or deleted on disk. Your text is kept here, unsaved; saving it creates "
                            "the file again.")
                             .arg(name));
        }
        QPushButton *saveAgain = box->addButton(tr("&Save It Again"), QMessageBox::ActionRole);
        saveAgain->setObjectName(QStringLiteral("removed_save_again"));
        QPushButton *keep = box->addButton(tr("&Keep Unsaved"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("removed_keep"));
        box->setDefaultButton(follow ? follow : keep);
        connect(box, &QMessageBox::buttonClicked, this,
                [this, follow, saveAgain, path = change.followPath](QAbstractButton *button) {
                    if (follow && button == follow) {
                        m_document->followTo(path);
                        statusBar()->showMessage(tr("Now editing %1").arg(m_document->displayName()), 8000);
                    } else if (button == saveAgain) {
                        if (auto saved = m_document->save(SaveMode::OverwriteChangesOnDisk); !saved)
                            showError(tr("Could not save"), saved.error().message);
                    }
                });
        box->open();
        return;
    }
    case DiskChange::Kind::Unreadable:
        statusBar()->showMessage(
            tr("%1 changed on disk, but cannot be read as text any more: %2 Your text here is unchanged.")
                .arg(name, change.message),
            30'000);
        return;
    }
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace Masthead
