// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWebEngineView>

namespace Masthead
{
class Document;
class PreviewPage;

// The live preview: renders the observed Document's Markdown into a QWebEngineView, again shortly
// after each edit. Keeps the scroll position across updates.
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    void setMarkdownDocument(Document *document);
    // Renders now instead of after the typing pause.
    void refresh();

    // The HTML page last handed to the web view.
    QString pageHtml() const { return m_pageHtml; }

    static constexpr int typingPauseMs = 150;

Q_SIGNALS:
    // The page finished loading an update; ok is false when the load failed.
    void updated(bool ok);

private:
    void onLoadFinished(bool ok);
    QString buildPage() const;

    QPointer<Document> m_document;
    PreviewPage *m_page = nullptr;
    QTimer m_typingPause;
    QString m_pageHtml;
    QPointF m_scrollToRestore;
};

} // namespace Masthead
