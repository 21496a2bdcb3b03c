// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Masthead
{

// What a download gave: the image's bytes and a name for it, or a message saying exactly why not.
struct DownloadedImage {
    QUrl url; // asked for
    QUrl finalUrl; // after redirects
    QByteArray data; // empty on failure
    QString name; // the last segment of the final URL's path ("photo.jpg"), may be empty
    QString error; // user-readable; empty on success
    bool canceled = false;

    bool ok() const { return error.isEmpty() && !canceled; }
    bool operator==(const DownloadedImage &) const = default;
};

// Downloads one image with Qt Network, for an image dropped from a web browser. Follows redirects
// (http and https only, never from https down to http) up to maxRedirects and stops at a loop; gives
// up after `timeout` without any data; stops as soon as the body passes maxBytes (the Content-Length
// header is checked first); and accepts the body only when its bytes are an image (JPEG, PNG, GIF,
// WebP, SVG). Emits finished() exactly once, also after cancel(). Lives on the GUI thread; the
// network work is asynchronous.
class ImageDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDownload)

public:
    static constexpr qint64 defaultMaxBytes = 20LL * 1024 * 1024;
    static constexpr int defaultTimeoutMs = 30'000;
    static constexpr int defaultMaxRedirects = 10;

    // manager may be shared; one of its own is made when it is nullptr.
    explicit ImageDownload(QNetworkAccessManager *manager = nullptr, QObject *parent = nullptr);
    ~ImageDownload() override;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    // Milliseconds without any data (or before the answer) after which the download fails.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    void setMaxRedirects(int redirects) { m_maxRedirects = redirects; }

    void start(const QUrl &url);
    // Stops the download; finished() follows with canceled set. Nothing happens when it is over.
    void cancel();
    bool isRunning() const { return m_running; }
    QUrl url() const { return m_url; }

Q_SIGNALS:
    // total is -1 while unknown.
    void progress(qint64 received, qint64 total);
    void finished(const Masthead::DownloadedImage &result);

private:
    void request(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void fail(const QString &message);
    void finish(DownloadedImage result);

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QUrl m_url;
    QUrl m_current;
    QSet<QUrl> m_visited;
    QByteArray m_data;
    qint64 m_maxBytes = defaultMaxBytes;
    int m_timeoutMs = defaultTimeoutMs;
    int m_maxRedirects = defaultMaxRedirects;
    int m_redirects = 0;
    bool m_running = false;
};

} // namespace Masthead
