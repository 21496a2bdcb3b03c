// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewpage_p.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QWebEngineSettings>

namespace Masthead
{
Q_LOGGING_CATEGORY(lcPreview, "masthead.preview", QtWarningMsg)

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *s = settings();
    // A post's own scripts never run; Masthead's scripts run in the isolated application world.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
            || url.scheme() == QLatin1String("mailto")) {
            QDesktopServices::openUrl(url);
        }
        return false;
    }
    // Only Masthead's own setHtml() loads reach the main frame; a post cannot redirect or submit.
    return isMainFrame && (type == NavigationTypeTyped || type == NavigationTypeOther || type == NavigationTypeReload);
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message, int line,
                                           const QString &sourceId)
{
    qCDebug(lcPreview) << sourceId << line << message;
}

} // namespace Masthead
