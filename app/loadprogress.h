// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Masthead
{
class Document;

// The bar above the editor while a long file opens (Document::beginLoad()): which file and how big,
// how far it got, and Cancel, which brings back what was open before. The editor is read-only
// meanwhile; the first screenful of the text shows in it as soon as it is in.
class LoadProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadProgress)

public:
    LoadProgress(Document *document, QPlainTextEdit *editor, QWidget *parent = nullptr);

    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString message() const;

private:
    void onStarted(const QString &filePath, qint64 bytes);
    void onProgress(qint64 done, qint64 total);
    void onEnded();

    Document *m_document;
    QPlainTextEdit *m_editor;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_editorWasReadOnly = false;
};

} // namespace Masthead
