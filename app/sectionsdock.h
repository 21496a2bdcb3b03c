// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/issue/sectiontemplate.h"

#include <QDockWidget>
#include <QPointer>

#include <expected>

class QLabel;
class QListWidget;
class QPushButton;

namespace Masthead
{
class Document;
class SnippetSession;
class SourceEditor;

// The Sections dock: the site's section templates (its snippet folder, or the issue template's own
// sections). A template is inserted at the cursor or added to the end of its own section's items;
// either way its fields are filled in with Tab (SnippetSession). The selection can be saved as a new
// template of the site. Works on whatever the editor shows, so also on one section in section mode;
// the document gives the site and the issue date for ${date}.
class SectionsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionsDock)

public:
    SectionsDock(Document *document, SourceEditor *editor, QWidget *parent = nullptr);
    ~SectionsDock() override;

    const QList<SectionTemplate> &templates() const { return m_templates; }
    QListWidget *list() const { return m_list; }
    SnippetSession *snippetSession() const { return m_session; }
    // The message under the list (what the last action did or why it could not).
    QString message() const;

    // Reads the templates of the document's site again.
    void reload();
    // The date ${date} stands for: the front matter's date, else the file name's, else today.
    QDate issueDate() const;

    bool insertAtCursor(int index);
    bool addToSection(int index);
    // Saves the editor's selection as a new template of the site named name; asks for a name when
    // name is empty. The file written, or why not.
    std::expected<QString, QString> saveSelectionAsTemplate(const QString &name = {});

private:
    void updateButtons();
    void showMessage(const QString &text);
    QString headingAtCursor() const;

    QPointer<Document> m_document;
    QPointer<SourceEditor> m_editor;
    SnippetSession *m_session;
    QListWidget *m_list;
    QPushButton *m_insert;
    QPushButton *m_addToSection;
    QPushButton *m_save;
    QLabel *m_message;
    QList<SectionTemplate> m_templates;
    QString m_siteRoot;
    QString m_templatesFolder;
};

} // namespace Masthead
