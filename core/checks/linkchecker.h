// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/checks.h"
#include "core/problem.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace Masthead
{

// What checking one external link found.
struct LinkResult {
    enum class Status {
        Ok, // 2xx (after redirects)
        Broken, // 404 or 410: the page is gone
        ServerError, // 5xx
        NotChecked, // no answer worth a verdict: no network, unknown host, refused, 401/403/429, ...
        Timeout, // no answer within the timeout
    };
    Status status = Status::NotChecked;
    int httpStatus = 0; // 0 when no HTTP answer came
    QUrl finalUrl; // after redirects
    QString detail; // translated reason, for NotChecked and Timeout

    bool operator==(const LinkResult &) const = default;
};

// Checks external links over HTTP with Qt Network: HEAD first, GET when HEAD is refused (405, 501)
// or fails; redirects followed; at most maxInFlight requests at a time; each request aborted after
// the timeout. Results are cached for the life of the checker (one run of the checks), so a link
// that appears twice, or in a second run, is asked for once. With no network every link ends
// NotChecked, never Broken. Lives in the thread it was made in; all work is asynchronous.
class LinkChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkChecker)

public:
    explicit LinkChecker(QObject *parent = nullptr);
    ~LinkChecker() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxInFlight(int count) { m_maxInFlight = std::max(1, count); }
    int maxInFlight() const { return m_maxInFlight; }

    // Queues the links not yet known; emits progress() as they finish and finished() when none is
    // left (at once, through the event loop, when every link is already known).
    void check(const QList<QUrl> &urls);
    // Aborts what is in flight and forgets the queue; finished() is emitted. Known results stay.
    void cancel();
    bool isRunning() const { return !m_queue.isEmpty() || !m_inFlight.isEmpty(); }

    // The result of url, once known.
    std::optional<LinkResult> result(const QUrl &url) const;
    QHash<QUrl, LinkResult> results() const { return m_results; }
    // The greatest number of requests that were in flight at once (for tests).
    int peakInFlight() const { return m_peak; }

    // The problems of the links whose results are known and not Ok, for the issue at file.
    QList<Problem> problems(const QList<ExternalLink> &links, const QString &file) const;

    static QUrl normalized(const QUrl &url);

Q_SIGNALS:
    void resultReady(const QUrl &url, const Masthead::LinkResult &result);
    void progress(int done, int total);
    void finished();

private:
    struct Request;
    void startNext();
    void send(const QUrl &url, bool head);
    void onReplyFinished(QNetworkReply *reply);
    void settle(const QUrl &url, const LinkResult &result);
    void maybeFinish();

    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(15)};
    int m_maxInFlight = 8;
    QList<QUrl> m_queue;
    QHash<QNetworkReply *, Request *> m_inFlight;
    QHash<QUrl, LinkResult> m_results;
    int m_total = 0;
    int m_done = 0;
    int m_peak = 0;
    bool m_finishPending = false;
};

} // namespace Masthead
