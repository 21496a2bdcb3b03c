// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sectionsdock.h"

#include "core/document.h"
#include "core/site/frontmatter.h"
#include "core/site/postdate.h"
#include "core/site/site.h"
#include "core/text/outline.h"
#include "editor/snippetsession.h"
#include "editor/sourceeditor.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Masthead
{

SectionsDock::SectionsDock(Document *document, SourceEditor *editor, QWidget *parent)
    : QDockWidget(tr("Sections"), parent)
    , m_document(document)
    , m_editor(editor)
    , m_session(new SnippetSession(editor, this))
    , m_list(new QListWidget(this))
    , m_insert(new QPushButton(tr("&Insert at Cursor"), this))
    , m_addToSection(new QPushButton(tr("&Add to Its Section"), this))
    , m_save(new QPushButton(tr("&Save Selection as Template…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"sections_dock"_s);
    m_list->setObjectName(u"sections_list"_s);
    m_insert->setObjectName(u"sections_insert"_s);
    m_addToSection->setObjectName(u"sections_add_to_section"_s);
    m_save->setObjectName(u"sections_save_selection"_s);
    m_insert->setToolTip(tr("Insert the template at the cursor; Tab moves between its fields"));
    m_addToSection->setToolTip(tr("Add the template after the last item of its section"));
    m_save->setToolTip(tr("Save the selected text as a new section template of the site"));
    m_message->setWordWrap(true);
    m_message->setObjectName(u"sections_message"_s);

    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_insert);
    buttons->addWidget(m_addToSection);
    layout->addLayout(buttons);
    layout->addWidget(m_save);
    layout->addWidget(m_message);
    setWidget(pane);

    connect(m_insert, &QPushButton::clicked, this, [this] { insertAtCursor(m_list->currentRow()); });
    connect(m_addToSection, &QPushButton::clicked, this, [this] { addToSection(m_list->currentRow()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const auto saved = saveSelectionAsTemplate(); !saved && !saved.error().isEmpty())
            showMessage(saved.error());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] { insertAtCursor(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &SectionsDock::updateButtons);
    connect(editor, &QPlainTextEdit::selectionChanged, this, &SectionsDock::updateButtons);
    connect(document, &Document::loaded, this, &SectionsDock::reload);
    connect(document, &Document::filePathChanged, this, &SectionsDock::reload);
    connect(document, &Document::siteChanged, this, &SectionsDock::reload);
    reload();
}

SectionsDock::~SectionsDock() = default;

QString SectionsDock::message() const
{
    return m_message->text();
}

void SectionsDock::showMessage(const QString &text)
{
    m_message->setText(text);
}

void SectionsDock::reload()
{
    m_templates.clear();
    m_siteRoot.clear();
    m_templatesFolder.clear();
    const QString path = m_document ? m_document->filePath() : QString();
    if (const auto site = m_document ? m_document->site() : nullptr) {
        m_siteRoot = site->rootPath();
        m_templatesFolder = QDir(site->rootPath()).filePath(site->settings().sectionTemplatesFolder);
        m_templates = sectionTemplatesOf(*site);
    }
    m_list->clear();
    for (const SectionTemplate &t : std::as_const(m_templates)) {
        auto *item = new QListWidgetItem(t.name, m_list);
        QString tip = t.body.left(400);
        if (!t.heading.isEmpty())
            tip = tr("Section: %1").arg(t.heading) + u"\n\n"_s + tip;
        item->setToolTip(tip);
    }
    if (!m_templates.isEmpty())
        m_list->setCurrentRow(0);
    if (m_siteRoot.isEmpty())
        showMessage(tr("Section templates come from the post's Jekyll site."));
    else if (m_templates.isEmpty())
        showMessage(tr("The site has no section templates and no issue template to take them from."));
    else if (m_templates.first().filePath.isEmpty())
        showMessage(tr("From the sections of the issue template."));
    else
        showMessage(tr("From %1.").arg(QDir::toNativeSeparators(QDir(m_siteRoot).relativeFilePath(m_templatesFolder))));
    updateButtons();
}

void SectionsDock::updateButtons()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_templates.size();
    m_insert->setEnabled(valid);
    m_addToSection->setEnabled(valid && !m_templates[row].heading.isEmpty());
    m_save->setEnabled(!m_siteRoot.isEmpty() && m_editor && m_editor->textCursor().hasSelection());
}

QDate SectionsDock::issueDate() const
{
    if (!m_document)
        return QDate::currentDate();
    if (const auto frontMatter = FrontMatter::parseDocument(m_document->text()); frontMatter && frontMatter->date())
        return frontMatter->date()->day;
    if (const auto day = dateOfFileName(QFileInfo(m_document->filePath()).fileName()))
        return *day;
    return QDate::currentDate();
}

bool SectionsDock::insertAtCursor(int index)
{
    if (index < 0 || index >= m_templates.size() || !m_editor)
        return false;
    m_session->insertAtCursor(expandSnippet(m_templates[index].body, issueDate()));
    m_editor->setFocus(Qt::OtherFocusReason);
    showMessage(m_session->isActive() ? tr("Tab goes to the next field, Esc ends.") : QString());
    return true;
}

bool SectionsDock::addToSection(int index)
{
    if (index < 0 || index >= m_templates.size() || !m_editor)
        return false;
    const SectionTemplate &t = m_templates[index];
    const SnippetText snippet = expandSnippet(t.body, issueDate());
    const auto insertion = insertionIntoSection(plainTextOf(*m_editor->document()), t.heading, snippet.text);
    if (!insertion) {
        showMessage(tr("The post has no section “%1”.").arg(t.heading));
        return false;
    }
    SnippetText placed {insertion->text, snippet.fields};
    for (SnippetField &field : placed.fields)
        field.start += insertion->itemOffset;
    m_session->insert(placed, int(insertion->position));
    m_editor->ensureCursorVisible();
    m_editor->setFocus(Qt::OtherFocusReason);
    showMessage(tr("Added to “%1”. Tab goes to the next field, Esc ends.").arg(t.heading));
    return true;
}

QString SectionsDock::headingAtCursor() const
{
    // The "##" section (or the outermost one above the cursor) the selection is in.
    const QString text = plainTextOf(*m_editor->document());
    const QList<OutlineSection> sections = outlineSections(text);
    int index = sectionAtLine(sections,
                              m_editor->document()->findBlock(m_editor->textCursor().selectionStart()).blockNumber());
    while (index >= 0 && sections[index].level > 2) {
        int parent = index - 1;
        while (parent >= 0 && sections[parent].level >= sections[index].level)
            --parent;
        if (parent < 0)
            break;
        index = parent;
    }
    return index >= 0 ? sections[index].title : QString();
}

std::expected<QString, QString> SectionsDock::saveSelectionAsTemplate(const QString &name)
{
    if (!m_editor || m_siteRoot.isEmpty())
        return std::unexpected(tr("Only a post in a Jekyll site can save section templates."));
    QString body = m_editor->textCursor().selectedText();
    body.replace(QChar::ParagraphSeparator, u'\n');
    if (body.trimmed().isEmpty())
        return std::unexpected(tr("Select the text to save as a template first."));
    const QString heading = headingAtCursor();
    QString chosen = name;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getText(this, tr("Save as Section Template"),
                                       tr("Name of the new template (it is added to the site's “%1” folder):")
                                           .arg(QDir(m_siteRoot).relativeFilePath(m_templatesFolder)),
                                       QLineEdit::Normal, heading, &ok);
        if (!ok || chosen.trimmed().isEmpty())
            return std::unexpected(QString());
    }
    // A literal dollar sign stays one when the template is inserted.
    body.replace(u"$"_s, u"\\$"_s);
    const auto saved = saveSectionTemplate(m_templatesFolder, chosen, heading, body, m_siteRoot);
    if (!saved)
        return saved;
    reload();
    showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(QDir(m_siteRoot).relativeFilePath(*saved))));
    return saved;
}

} // namespace Masthead
