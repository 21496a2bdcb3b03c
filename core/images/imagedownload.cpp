// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/images/imagedownload.h"

#include "core/images/assetimporter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Masthead
{
namespace
{
class ImageDownloadMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::ImageDownload)
};

// Enough of the body to tell an image from a web page (an SVG may start with a long comment).
constexpr qsizetype sniffBytes = 4096;

QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString secondsText(int milliseconds)
{
    return QLocale().toString(milliseconds / 1000.0, 'g', 3);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isWeb(const QUrl &url)
{
    return url.scheme() == u"http"_s || url.scheme() == u"https"_s;
}

// The bytes of a data: URL ("data:image/png;base64,...").
std::optional<QByteArray> dataUrlBytes(const QUrl &url)
{
    const QByteArray text = url.toEncoded(QUrl::FullyEncoded);
    const qsizetype comma = text.indexOf(',');
    if (!text.startsWith("data:") || comma < 0)
        return std::nullopt;
    const QByteArray header = text.sliced(5, comma - 5);
    const QByteArray payload = QByteArray::fromPercentEncoding(text.sliced(comma + 1));
    if (header.endsWith(";base64")) {
        auto decoded = QByteArray::fromBase64Encoding(payload);
        if (!decoded)
            return std::nullopt;
        return decoded.decoded;
    }
    return payload;
}
} // namespace

ImageDownload::ImageDownload(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager ? manager : new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ImageDownload::onTimeout);
}

ImageDownload::~ImageDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ImageDownload::start(const QUrl &url)
{
    Q_ASSERT(!m_running);
    m_url = url;
    m_running = true;
    m_redirects = 0;
    m_visited.clear();
    m_data.clear();
    if (url.scheme() == u"data"_s) {
        // Decoded at once, but reported from the event loop like every other result.
        QTimer::singleShot(0, this, [this] {
            if (!m_running)
                return;
            const auto bytes = dataUrlBytes(m_url);
            if (!bytes) {
                fail(ImageDownloadMessages::tr("The dropped data: address cannot be decoded."));
                return;
            }
            m_data = *bytes;
            m_current = m_url;
            if (sniffImageFormat(m_data) == ImageFormat::Unknown) {
                fail(ImageDownloadMessages::tr("The dropped data is not an image."));
                return;
            }
            finish({m_url, m_url, m_data, {}, {}, false});
        });
        return;
    }
    if (!isWeb(url)) {
        QTimer::singleShot(0, this, [this] {
            if (m_running)
                fail(ImageDownloadMessages::tr("Masthead downloads images over http and https only, not from %1.")
                         .arg(shown(m_url)));
        });
        return;
    }
    request(url);
}

void ImageDownload::request(const QUrl &url)
{
    m_current = url;
    m_visited.insert(url.adjusted(QUrl::NormalizePathSegments));
    m_data.clear();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"Masthead/%1"_s.arg(QCoreApplication::applicationVersion()).toUtf8());
    request.setRawHeader("Accept", "image/avif,image/webp,image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5");
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ImageDownload::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ImageDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ImageDownload::onReplyFinished);
    m_timer.start(m_timeoutMs);
}

void ImageDownload::cancel()
{
    if (!m_running)
        return;
    DownloadedImage result {m_url, m_current, {}, {}, {}, true};
    finish(std::move(result));
}

void ImageDownload::onMetaData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status) || status >= 400)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBytes) {
        fail(ImageDownloadMessages::tr("The image at %1 is %2, larger than the %3 Masthead downloads.")
                 .arg(shown(m_current), sizeText(length.toLongLong()), sizeText(m_maxBytes)));
    }
}

void ImageDownload::onReadyRead()
{
    m_timer.start(m_timeoutMs);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status) || status >= 400) {
        m_reply->readAll(); // the body of a redirect or an error page is not wanted
        return;
    }
    const qsizetype before = m_data.size();
    m_data += m_reply->readAll();
    if (m_data.size() > m_maxBytes) {
        fail(ImageDownloadMessages::tr("The image at %1 is larger than the %2 Masthead downloads.")
                 .arg(shown(m_current), sizeText(m_maxBytes)));
        return;
    }
    if (before < sniffBytes && m_data.size() >= sniffBytes && sniffImageFormat(m_data) == ImageFormat::Unknown) {
        const QString type = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
        fail(type.isEmpty()
                 ? ImageDownloadMessages::tr("%1 is not an image.").arg(shown(m_current))
                 : ImageDownloadMessages::tr("%1 is not an image: the server sent %2.").arg(shown(m_current), type));
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    Q_EMIT progress(m_data.size(), length.isValid() ? length.toLongLong() : -1);
}

void ImageDownload::onReplyFinished()
{
    if (!m_running || !m_reply)
        return;
    m_timer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    reply->disconnect(this);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status)) {
        const QByteArray location = reply->rawHeader("Location");
        if (location.isEmpty()) {
            fail(ImageDownloadMessages::tr("The server redirected %1 without saying where to.").arg(shown(m_current)));
            return;
        }
        const QUrl next = m_current.resolved(QUrl::fromEncoded(location));
        if (m_visited.contains(next.adjusted(QUrl::NormalizePathSegments))) {
            fail(ImageDownloadMessages::tr("The address %1 redirects in a loop.").arg(shown(m_url)));
            return;
        }
        if (++m_redirects > m_maxRedirects) {
            fail(ImageDownloadMessages::tr("The address %1 redirects more than %n times.", nullptr, m_maxRedirects)
                     .arg(shown(m_url)));
            return;
        }
        if (!isWeb(next)) {
            fail(ImageDownloadMessages::tr("The address %1 redirects to %2, which is not a web address.")
                     .arg(shown(m_url), shown(next)));
            return;
        }
        if (m_current.scheme() == u"https"_s && next.scheme() == u"http"_s) {
            fail(ImageDownloadMessages::tr("The address %1 redirects from a secure address to an insecure one (%2).")
                     .arg(shown(m_url), shown(next)));
            return;
        }
        request(next);
        return;
    }
    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        fail(ImageDownloadMessages::tr("The server answered %1 %2 for %3.")
                 .arg(QString::number(status), reason, shown(m_current)));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(ImageDownloadMessages::tr("Could not download %1: %2").arg(shown(m_current), reply->errorString()));
        return;
    }
    m_data += reply->readAll();
    if (m_data.size() > m_maxBytes) {
        fail(ImageDownloadMessages::tr("The image at %1 is larger than the %2 Masthead downloads.")
                 .arg(shown(m_current), sizeText(m_maxBytes)));
        return;
    }
    if (sniffImageFormat(m_data) == ImageFormat::Unknown) {
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        fail(m_data.isEmpty()
                 ? ImageDownloadMessages::tr("%1 is empty: the server sent no image.").arg(shown(m_current))
                 : type.isEmpty()
                 ? ImageDownloadMessages::tr("%1 is not an image.").arg(shown(m_current))
                 : ImageDownloadMessages::tr("%1 is not an image: the server sent %2.").arg(shown(m_current), type));
        return;
    }
    finish({m_url, m_current, m_data, m_current.fileName(), {}, false});
}

void ImageDownload::onTimeout()
{
    if (!m_running)
        return;
    fail(m_data.isEmpty() ? ImageDownloadMessages::tr("The server of %1 did not answer within %2 seconds.")
                                .arg(shown(m_current), secondsText(m_timeoutMs))
                          : ImageDownloadMessages::tr("The download of %1 stalled: no data for %2 seconds.")
                                .arg(shown(m_current), secondsText(m_timeoutMs)));
}

void ImageDownload::fail(const QString &message)
{
    finish({m_url, m_current, {}, {}, message, false});
}

void ImageDownload::finish(DownloadedImage result)
{
    m_running = false;
    m_timer.stop();
    m_data.clear();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    Q_EMIT finished(result);
}

} // namespace Masthead
