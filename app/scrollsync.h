// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Masthead
{
class Document;
class PreviewView;
class SourceEditor;

// Keeps the editor and the preview showing the same place, both ways, through source lines: the
// editor's top line scrolls the preview, scrolling the preview scrolls the editor (without moving
// its cursor), and a click in the preview puts the cursor on that line. Editing the document brings
// the edited line into the preview's view when it is out of it.
class ScrollSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrollSync)

public:
    ScrollSync(SourceEditor *editor, PreviewView *preview, QObject *parent = nullptr);

    // The preview follows edits of this document (the whole post, also in section mode).
    void followEdits(Document *document);

    // The editor's top line, fractional, 1-based.
    double editorTopLine() const;

private:
    void onEditorScrolled();
    void onPreviewScrolled(double line);
    void onPreviewClicked(int line);

    SourceEditor *m_editor;
    PreviewView *m_preview;
    bool m_applying = false;
};

} // namespace Masthead
