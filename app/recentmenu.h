// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Masthead
{
class Document;
class Preferences;

// File ▸ Open Recent: the files and the site folders opened last (kept in the Preferences as the
// document loads them), most recent first, and Clear. Files and sites that are gone are left out.
class RecentMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentMenu)

public:
    RecentMenu(Preferences *preferences, Document *document, QWidget *parent = nullptr);

    // Rebuilds the entries (the menu does this each time it opens).
    void rebuild();

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    Preferences *m_preferences;
    Document *m_document;
};

} // namespace Masthead
