// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/textsearch.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace Masthead
{

// How the source editor looks and checks spelling. A value type; empty strings and zeros mean
// "the system's choice".
struct EditorPreferences {
    QString themeName; // a KSyntaxHighlighting theme; empty follows the palette (light or dark)
    QString fontFamily; // empty: the system's fixed-width font
    int fontPointSize = 0; // 0: the system's size
    int zoomSteps = 0; // points added to the font size by zooming
    bool wrapLines = true;
    bool spellCheck = true;
    QString spellLanguage; // a dictionary such as "en_US"; empty: the system's language

    static constexpr int minZoomSteps = -8;
    static constexpr int maxZoomSteps = 24;

    bool operator==(const EditorPreferences &) const = default;
};

// The user's preferences and the state restored between runs: the one typed wrapper over QSettings.
// Every key and default lives here; widgets never read QSettings themselves. Writes go to the
// settings file at once (QSettings saves them shortly after, and on destruction). GUI thread only.
class Preferences final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preferences)

public:
    // The user's settings (QSettings with the application's organisation and name).
    explicit Preferences(QObject *parent = nullptr);
    // An INI file of its own, for tests and for running without touching the user's settings.
    explicit Preferences(const QString &fileName, QObject *parent = nullptr);
    ~Preferences() override;

    EditorPreferences editor() const;
    void setEditor(const EditorPreferences &editor);

    // The language of the menus and messages, as a translation's code ("fr", "pt_BR"); empty follows
    // the system. Read once at start-up: a change takes effect when Masthead starts again.
    QString uiLanguage() const;
    void setUiLanguage(const QString &language);

    SearchOptions searchOptions() const;
    void setSearchOptions(const SearchOptions &options);

    // Window geometry, QMainWindow state and QSplitter state, as the widgets save them.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    // The file open when Masthead last closed; empty when none was.
    QString lastFile() const;
    void setLastFile(const QString &filePath);

    // The files and site folders opened last, most recent first, at most maxRecent of each.
    static constexpr int maxRecent = 10;
    QStringList recentFiles() const;
    QStringList recentSites() const;
    // Puts filePath first among the recent files, and its site root (empty: none) among the sites.
    void addRecent(const QString &filePath, const QString &siteRoot);
    void clearRecent();

    // Keyboard shortcuts the user changed, by action id: the portable text of each sequence
    // ("Ctrl+Alt+N"), several separated by "; ", empty for none. Actions not named keep their defaults.
    QMap<QString, QString> shortcuts() const;
    void setShortcuts(const QMap<QString, QString> &shortcuts);

    // Where the cursor was when filePath was last closed. The newest maxRememberedFiles files are kept.
    std::optional<int> cursorPosition(const QString &filePath) const;
    void setCursorPosition(const QString &filePath, int position);
    static constexpr int maxRememberedFiles = 50;

    // Writes pending changes to disk now.
    void sync();

    // Where the journal of unsaved text lives: the user's state folder, or beside a settings file of
    // its own (tests and the self-test write nothing into the user's folders).
    QString journalFolder() const { return m_journalFolder; }

Q_SIGNALS:
    void editorChanged();

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_journalFolder;
};

} // namespace Masthead
