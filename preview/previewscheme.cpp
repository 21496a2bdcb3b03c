// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewscheme.h"

#include "core/site/sitepath.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace Masthead
{
namespace
{
constexpr QLatin1StringView pageName("__masthead_preview__.html");
} // namespace

void registerPreviewScheme()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    QWebEngineUrlScheme scheme(PreviewSchemeHandler::scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    // Secure like https, and not local: the page loads its own images from the scheme, and Chromium
    // refuses file: URLs to it.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}
Q_CONSTRUCTOR_FUNCTION(registerPreviewScheme)

PreviewSchemeHandler::PreviewSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{
}

void PreviewSchemeHandler::setRoot(const QString &rootPath, const QString &baseUrlPath)
{
    m_root = QDir::cleanPath(QDir(rootPath).absolutePath());
    m_baseUrl = baseUrlPath;
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
    if (!m_baseUrl.isEmpty() && !m_baseUrl.startsWith(u'/'))
        m_baseUrl.prepend(u'/');
}

QUrl PreviewSchemeHandler::pageUrl(const QString &documentPath) const
{
    QString folder = QDir(m_root).relativeFilePath(QFileInfo(documentPath).absolutePath());
    if (folder == u"." || folder.startsWith(QLatin1String("..")))
        folder.clear();
    QUrl url;
    url.setScheme(QLatin1String(scheme));
    url.setPath(u'/' + (folder.isEmpty() ? QString() : folder + u'/') + pageName);
    return url;
}

QString PreviewSchemeHandler::localPath(const QUrl &url) const
{
    if (m_root.isEmpty())
        return {};
    QString path = url.path(QUrl::FullyDecoded);
    if (!m_baseUrl.isEmpty() && (path == m_baseUrl || path.startsWith(m_baseUrl + u'/')))
        path = path.sliced(m_baseUrl.size());
    const QString local = QDir::cleanPath(m_root + u'/' + path);
    if (local != m_root && !local.startsWith(m_root + u'/'))
        return {};
    // Hidden files and folders (.git, .env) are never served.
    const QStringList parts = local.sliced(m_root.size()).split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.startsWith(u'.'))
            return {};
    }
    // The text is inside; what it leads to must be too: assets/ may be a symbolic link to "/".
    if (!isInsideFolder(m_root, local))
        return {};
    return local;
}

void PreviewSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (url.path().endsWith(pageName)) {
        auto *buffer = new QBuffer(job);
        buffer->setData(m_pageHtml);
        job->reply("text/html;charset=utf-8", buffer);
        return;
    }
    const QString path = localPath(url);
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *file = new QFile(path, job);
    if (!file->open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    static const QMimeDatabase mimes;
    job->reply(mimes.mimeTypeForFile(path, QMimeDatabase::MatchExtension).name().toUtf8(), file);
}

} // namespace Masthead
