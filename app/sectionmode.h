// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/outline.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QFrame;
class QLabel;
class QWidget;

namespace Masthead
{
class Document;
class PreviewView;
class SourceEditor;

// Guest contributor mode: the editor shows one section of the post and nothing else, so that a
// guest can edit it without touching the rest. The section is a Document of its own in the editor;
// each edit of it is copied into the post's Document at the section's place, and only there, so
// saving the post writes the whole file with only that section changed, and the preview shows it
// live. The preview scrolls to the section and marks it. Other changes to the post outside the
// section (a checklist tick) shift it along; a change inside it from elsewhere ends the mode.
//
// It also keeps the post's text as it was opened, for the Changes view.
class SectionMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionMode)

public:
    SectionMode(Document *document, SourceEditor *editor, PreviewView *preview, QObject *parent = nullptr);
    ~SectionMode() override;

    // Shows only section index (of outlineSections() of the post). False when there is no such section.
    bool enter(int index);
    // Shows the whole post again, with the cursor where it was in the section.
    void leave();
    bool isActive() const { return m_sectionDocument != nullptr; }
    // The document the editor shows in section mode; nullptr otherwise.
    Document *sectionDocument() const { return m_sectionDocument; }
    // The section's place in the post now: its first offset and line, its length.
    qsizetype sectionBegin() const { return m_begin; }
    int sectionFirstLine() const;
    QString sectionTitle() const { return m_title; }

    // The post's text when it was opened (or last reloaded).
    QString originalText() const { return m_originalText; }
    // What changed since, section by section.
    QList<SectionChange> changes() const;

    // Lets the user pick a section of the post; nullopt when cancelled or when it has none.
    static std::optional<int> chooseSection(const QString &text, QWidget *parent);

Q_SIGNALS:
    void activeChanged(bool active);
    // The user asked to see what changed (from the banner).
    void changesRequested();

private:
    void mirror();
    void onPostChange(int position, int removed, int added);
    void markPreview();
    void showBanner(bool show);

    QPointer<Document> m_document;
    QPointer<SourceEditor> m_editor;
    QPointer<PreviewView> m_preview;
    Document *m_sectionDocument = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QString m_originalText;
    QString m_mirrored; // the section's text as last copied into the post
    QString m_title;
    qsizetype m_begin = 0;
    bool m_mirroring = false;
};

} // namespace Masthead
