// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewview.h"

#include "core/document.h"
#include "core/markdownrenderer.h"
#include "preview/previewpage_p.h"

#include <QFile>
#include <QFileInfo>
#include <QWebEngineProfile>
#include <QWebEngineScript>

namespace Masthead
{
namespace
{
QString previewStyleSheet()
{
    QFile css(QStringLiteral(":/masthead/preview/preview.css"));
    if (!css.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(css.readAll());
}
} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    // An off-the-record profile of our own: nothing from a preview is stored on disk.
    auto *profile = new QWebEngineProfile(this);
    m_page = new PreviewPage(profile, this);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAccessibleName(tr("Preview"));

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(typingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &PreviewView::refresh);
    connect(this, &QWebEngineView::loadFinished, this, &PreviewView::onLoadFinished);
}

PreviewView::~PreviewView()
{
    // The page must go before the profile it uses.
    setPage(nullptr);
    delete m_page;
}

void PreviewView::setMarkdownDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &QTextDocument::contentsChanged, this, [this] { m_typingPause.start(); });
        connect(document, &Document::loaded, this, &PreviewView::refresh);
        if (!document->isEmpty())
            refresh();
    }
}

void PreviewView::refresh()
{
    m_typingPause.stop();
    m_scrollToRestore = m_page->scrollPosition();
    m_pageHtml = buildPage();
    QUrl base;
    if (m_document && !m_document->filePath().isEmpty())
        base = QUrl::fromLocalFile(QFileInfo(m_document->filePath()).absolutePath() + QLatin1Char('/'));
    m_page->setHtml(m_pageHtml, base);
}

QString PreviewView::buildPage() const
{
    const RenderedPost post = m_document ? renderPost(m_document->text()) : RenderedPost {};
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    static const QString css = previewStyleSheet();
    return QStringLiteral("<!DOCTYPE html><html class=\"%1\"><head><meta charset=\"utf-8\">"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "img-src file: data:; style-src 'unsafe-inline'; font-src file: data:; "
                          "media-src file:\">"
                          "<style>%2</style></head><body><article class=\"mh-post\">%3%4</article></body></html>")
        .arg(dark ? QStringLiteral("mh-dark") : QStringLiteral("mh-light"), css, post.titleCardHtml, post.bodyHtml);
}

void PreviewView::onLoadFinished(bool ok)
{
    if (!ok && m_page->isLoading())
        return; // a newer update superseded this one; its own loadFinished follows
    if (ok && !m_scrollToRestore.isNull()) {
        m_page->runJavaScript(
            QStringLiteral("window.scrollTo(%1, %2)").arg(m_scrollToRestore.x()).arg(m_scrollToRestore.y()),
            QWebEngineScript::ApplicationWorld);
    }
    Q_EMIT updated(ok);
}

} // namespace Masthead
