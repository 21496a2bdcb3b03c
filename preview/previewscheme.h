// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace Masthead
{

// The preview's own URL scheme, "mh-site:". Its paths are paths inside one folder, the root: the
// site root, or the post's folder for a post outside a site. The preview page itself lives at the
// post's place inside the root, so "../assets/x.jpg" resolves beside the post and "/assets/x.jpg"
// from the root, as on the published site. Nothing outside the root is ever served.
class PreviewSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewSchemeHandler)

public:
    static constexpr const char *scheme = "mh-site";

    explicit PreviewSchemeHandler(QObject *parent = nullptr);

    // rootPath: the folder served; baseUrlPath: the site's baseurl ("/blog"), stripped from requests.
    void setRoot(const QString &rootPath, const QString &baseUrlPath = {});
    QString rootPath() const { return m_root; }
    // The URL of the preview page for a document at documentPath (which need not exist yet).
    QUrl pageUrl(const QString &documentPath) const;
    // The page's HTML, served at pageUrl().
    void setPageHtml(const QByteArray &html) { m_pageHtml = html; }
    // The file a scheme URL stands for, or an empty string when it is outside the root.
    QString localPath(const QUrl &url) const;

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QString m_root;
    QString m_baseUrl;
    QByteArray m_pageHtml;
};

// Registers the scheme with Qt WebEngine; must run before the QApplication exists (it does, from a
// static initializer of this library).
void registerPreviewScheme();

} // namespace Masthead
