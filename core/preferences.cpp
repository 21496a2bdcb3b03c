// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/preferences.h"

#include "core/journal.h"

#include <QFileInfo>
#include <QList>
#include <QSettings>

namespace Masthead
{
namespace
{
// Every key in one place. Renaming one loses the users' value: add a migration instead.
namespace Key
{
constexpr auto themeName = "editor/theme";
constexpr auto fontFamily = "editor/fontFamily";
constexpr auto fontPointSize = "editor/fontPointSize";
constexpr auto zoomSteps = "editor/zoom";
constexpr auto wrapLines = "editor/wrapLines";
constexpr auto spellCheck = "spelling/enabled";
constexpr auto spellLanguage = "spelling/language";
constexpr auto uiLanguage = "interface/language";
constexpr auto caseSensitive = "find/caseSensitive";
constexpr auto wholeWords = "find/wholeWords";
constexpr auto regularExpression = "find/regularExpression";
constexpr auto windowGeometry = "window/geometry";
constexpr auto windowState = "window/state";
constexpr auto splitterState = "window/splitter";
constexpr auto lastFile = "session/lastFile";
constexpr auto recentFiles = "session/recentFiles";
constexpr auto recentSites = "session/recentSites";
constexpr auto shortcuts = "shortcuts";
constexpr auto files = "session/files";
constexpr auto path = "path";
constexpr auto position = "cursor";
} // namespace Key

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

struct RememberedFile {
    QString path;
    int position = 0;
};

QList<RememberedFile> readFiles(QSettings &settings)
{
    QList<RememberedFile> files;
    const int size = settings.beginReadArray(key(Key::files));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        files.append({settings.value(key(Key::path)).toString(), settings.value(key(Key::position)).toInt()});
    }
    settings.endArray();
    return files;
}

void writeFiles(QSettings &settings, const QList<RememberedFile> &files)
{
    settings.remove(key(Key::files));
    settings.beginWriteArray(key(Key::files), int(files.size()));
    for (int i = 0; i < files.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(key(Key::path), files[i].path);
        settings.setValue(key(Key::position), files[i].position);
    }
    settings.endArray();
}
} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_journalFolder(Journal::defaultFolder())
{
}

Preferences::Preferences(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
    , m_journalFolder(QFileInfo(fileName).absolutePath() + QStringLiteral("/journal"))
{
}

Preferences::~Preferences() = default;

EditorPreferences Preferences::editor() const
{
    const EditorPreferences defaults;
    EditorPreferences editor;
    editor.themeName = m_settings->value(key(Key::themeName), defaults.themeName).toString();
    editor.fontFamily = m_settings->value(key(Key::fontFamily), defaults.fontFamily).toString();
    editor.fontPointSize = qMax(0, m_settings->value(key(Key::fontPointSize), defaults.fontPointSize).toInt());
    editor.zoomSteps = qBound(EditorPreferences::minZoomSteps, m_settings->value(key(Key::zoomSteps), 0).toInt(),
                              EditorPreferences::maxZoomSteps);
    editor.wrapLines = m_settings->value(key(Key::wrapLines), defaults.wrapLines).toBool();
    editor.spellCheck = m_settings->value(key(Key::spellCheck), defaults.spellCheck).toBool();
    editor.spellLanguage = m_settings->value(key(Key::spellLanguage), defaults.spellLanguage).toString();
    return editor;
}

void Preferences::setEditor(const EditorPreferences &editor)
{
    if (editor == this->editor())
        return;
    m_settings->setValue(key(Key::themeName), editor.themeName);
    m_settings->setValue(key(Key::fontFamily), editor.fontFamily);
    m_settings->setValue(key(Key::fontPointSize), editor.fontPointSize);
    m_settings->setValue(key(Key::zoomSteps),
                         qBound(EditorPreferences::minZoomSteps, editor.zoomSteps, EditorPreferences::maxZoomSteps));
    m_settings->setValue(key(Key::wrapLines), editor.wrapLines);
    m_settings->setValue(key(Key::spellCheck), editor.spellCheck);
    m_settings->setValue(key(Key::spellLanguage), editor.spellLanguage);
    Q_EMIT editorChanged();
}

QString Preferences::uiLanguage() const
{
    return m_settings->value(key(Key::uiLanguage)).toString();
}

void Preferences::setUiLanguage(const QString &language)
{
    m_settings->setValue(key(Key::uiLanguage), language);
}

SearchOptions Preferences::searchOptions() const
{
    SearchOptions options;
    options.caseSensitive = m_settings->value(key(Key::caseSensitive), false).toBool();
    options.wholeWords = m_settings->value(key(Key::wholeWords), false).toBool();
    options.regularExpression = m_settings->value(key(Key::regularExpression), false).toBool();
    return options;
}

void Preferences::setSearchOptions(const SearchOptions &options)
{
    m_settings->setValue(key(Key::caseSensitive), options.caseSensitive);
    m_settings->setValue(key(Key::wholeWords), options.wholeWords);
    m_settings->setValue(key(Key::regularExpression), options.regularExpression);
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings->value(key(Key::windowGeometry)).toByteArray();
}

void Preferences::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(key(Key::windowGeometry), geometry);
}

QByteArray Preferences::windowState() const
{
    return m_settings->value(key(Key::windowState)).toByteArray();
}

void Preferences::setWindowState(const QByteArray &state)
{
    m_settings->setValue(key(Key::windowState), state);
}

QByteArray Preferences::splitterState() const
{
    return m_settings->value(key(Key::splitterState)).toByteArray();
}

void Preferences::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(key(Key::splitterState), state);
}

QString Preferences::lastFile() const
{
    return m_settings->value(key(Key::lastFile)).toString();
}

void Preferences::setLastFile(const QString &filePath)
{
    m_settings->setValue(key(Key::lastFile), filePath);
}

QStringList Preferences::recentFiles() const
{
    return m_settings->value(key(Key::recentFiles)).toStringList();
}

QStringList Preferences::recentSites() const
{
    return m_settings->value(key(Key::recentSites)).toStringList();
}

void Preferences::addRecent(const QString &filePath, const QString &siteRoot)
{
    auto push = [this](const char *name, const QString &value) {
        if (value.isEmpty())
            return;
        QStringList list = m_settings->value(key(name)).toStringList();
        list.removeAll(value);
        list.prepend(value);
        m_settings->setValue(key(name), list.mid(0, maxRecent));
    };
    push(Key::recentFiles, filePath);
    push(Key::recentSites, siteRoot);
}

void Preferences::clearRecent()
{
    m_settings->remove(key(Key::recentFiles));
    m_settings->remove(key(Key::recentSites));
}

QMap<QString, QString> Preferences::shortcuts() const
{
    QMap<QString, QString> result;
    m_settings->beginGroup(key(Key::shortcuts));
    for (const QString &id : m_settings->childKeys())
        result.insert(id, m_settings->value(id).toString());
    m_settings->endGroup();
    return result;
}

void Preferences::setShortcuts(const QMap<QString, QString> &shortcuts)
{
    m_settings->remove(key(Key::shortcuts));
    m_settings->beginGroup(key(Key::shortcuts));
    for (auto it = shortcuts.cbegin(); it != shortcuts.cend(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_settings->endGroup();
}

std::optional<int> Preferences::cursorPosition(const QString &filePath) const
{
    for (const RememberedFile &file : readFiles(*m_settings)) {
        if (file.path == filePath)
            return file.position;
    }
    return std::nullopt;
}

void Preferences::setCursorPosition(const QString &filePath, int position)
{
    if (filePath.isEmpty())
        return;
    QList<RememberedFile> files = readFiles(*m_settings);
    files.removeIf([&](const RememberedFile &file) { return file.path == filePath; });
    files.prepend({filePath, qMax(0, position)});
    if (files.size() > maxRememberedFiles)
        files.resize(maxRememberedFiles);
    writeFiles(*m_settings, files);
}

void Preferences::sync()
{
    m_settings->sync();
}

} // namespace Masthead
