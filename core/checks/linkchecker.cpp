// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/linkchecker.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Masthead
{
namespace
{
class LinkCheckerMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::LinkChecker)
};

// Errors that say the network or the host cannot be reached at all: asking again with GET would
// only take longer, and they say nothing about the page.
bool unreachable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

QString reasonFor(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return LinkCheckerMessages::tr("the server refused the connection");
    case QNetworkReply::HostNotFoundError:
        return LinkCheckerMessages::tr("the host name was not found (is there a network?)");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return LinkCheckerMessages::tr("there is no network");
    default:
        return reply->errorString();
    }
}
} // namespace

struct LinkChecker::Request {
    QUrl url;
    bool head = true;
    bool timedOut = false;
    int earlyStatus = 0; // a GET's status, taken from its headers before the body was aborted
};

LinkChecker::LinkChecker(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

LinkChecker::~LinkChecker()
{
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        it.key()->abort();
        delete it.value();
    }
    m_inFlight.clear();
}

QUrl LinkChecker::normalized(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    if (u.path().isEmpty())
        u.setPath(QStringLiteral("/"));
    return u;
}

void LinkChecker::check(const QList<QUrl> &urls)
{
    if (!isRunning()) {
        m_total = 0;
        m_done = 0;
    }
    for (const QUrl &link : urls) {
        const QUrl url = normalized(link);
        if (m_results.contains(url) || m_queue.contains(url))
            continue;
        bool flying = false;
        for (const Request *request : std::as_const(m_inFlight))
            flying = flying || request->url == url;
        if (flying)
            continue;
        m_queue.append(url);
        ++m_total;
    }
    startNext();
    maybeFinish();
}

void LinkChecker::cancel()
{
    const bool wasRunning = isRunning();
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        it.key()->abort();
        it.key()->deleteLater();
        delete it.value();
    }
    m_inFlight.clear();
    m_queue.clear();
    if (wasRunning)
        Q_EMIT finished();
}

std::optional<LinkResult> LinkChecker::result(const QUrl &url) const
{
    const auto it = m_results.constFind(normalized(url));
    if (it == m_results.cend())
        return std::nullopt;
    return *it;
}

void LinkChecker::startNext()
{
    while (m_inFlight.size() < m_maxInFlight && !m_queue.isEmpty())
        send(m_queue.takeFirst(), true);
    m_peak = std::max(m_peak, static_cast<int>(m_inFlight.size()));
}

void LinkChecker::send(const QUrl &url, bool head)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(10);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Mozilla/5.0 (compatible; Masthead/%1 link checker)")
                          .arg(QCoreApplication::applicationVersion()));
    QNetworkReply *reply = head ? m_network->head(request) : m_network->get(request);
    auto *state = new Request {url, head};
    m_inFlight.insert(reply, state);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    timer->start(m_timeout);
    if (!head) {
        // The status line is all that is wanted: no page is downloaded.
        connect(reply, &QNetworkReply::readyRead, reply, [reply, state] {
            state->earlyStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (state->earlyStatus > 0)
                reply->abort();
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void LinkChecker::onReplyFinished(QNetworkReply *reply)
{
    Request *state = m_inFlight.take(reply);
    reply->deleteLater();
    if (!state)
        return;
    const std::unique_ptr<Request> owned(state);
    const int status = state->earlyStatus > 0 ? state->earlyStatus
                                              : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    LinkResult result;
    result.httpStatus = status;
    result.finalUrl = reply->url();
    if (state->timedOut) {
        result.status = LinkResult::Status::Timeout;
        result.detail = LinkCheckerMessages::tr("no answer within %n second(s)", nullptr,
                                                static_cast<int>((m_timeout.count() + 999) / 1000));
        settle(state->url, result);
        return;
    }
    if (status >= 200 && status < 400) {
        result.status = LinkResult::Status::Ok;
        settle(state->url, result);
        return;
    }
    // Many servers answer HEAD wrongly (405, 501, 404, 403, dropped connections): ask with GET.
    if (state->head && (status >= 400 || (status == 0 && !unreachable(reply->error())))) {
        send(state->url, false);
        return;
    }
    if (status == 404 || status == 410) {
        result.status = LinkResult::Status::Broken;
    } else if (status >= 500) {
        result.status = LinkResult::Status::ServerError;
    } else {
        result.status = LinkResult::Status::NotChecked;
        result.detail = status > 0 ? LinkCheckerMessages::tr("the server answered %1 %2")
                                         .arg(status)
                                         .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                                         .trimmed()
                                   : reasonFor(reply);
    }
    settle(state->url, result);
}

void LinkChecker::settle(const QUrl &url, const LinkResult &result)
{
    m_results.insert(url, result);
    ++m_done;
    Q_EMIT resultReady(url, result);
    Q_EMIT progress(m_done, m_total);
    startNext();
    maybeFinish();
}

void LinkChecker::maybeFinish()
{
    if (isRunning() || m_finishPending)
        return;
    // Queued, so that a caller connecting after check() still hears it.
    m_finishPending = true;
    QTimer::singleShot(0, this, [this] {
        m_finishPending = false;
        if (!isRunning())
            Q_EMIT finished();
    });
}

QList<Problem> LinkChecker::problems(const QList<ExternalLink> &links, const QString &file) const
{
    QList<Problem> list;
    for (const ExternalLink &link : links) {
        const auto known = result(link.url);
        if (!known)
            continue;
        const QString url = link.url.toString();
        switch (known->status) {
        case LinkResult::Status::Ok:
            break;
        case LinkResult::Status::Broken:
            list.append(
                {Problem::Severity::Error, QStringLiteral("broken-link"), file, link.line, link.column,
                 LinkCheckerMessages::tr("The link %1 is broken: the server answered %2, the page is not there.")
                     .arg(url)
                     .arg(known->httpStatus)});
            break;
        case LinkResult::Status::ServerError:
            list.append(
                {Problem::Severity::Warning, QStringLiteral("link-server-error"), file, link.line, link.column,
                 LinkCheckerMessages::tr("The server of %1 answered with an error (%2); it may be down for a while.")
                     .arg(url)
                     .arg(known->httpStatus)});
            break;
        case LinkResult::Status::Timeout:
            list.append({Problem::Severity::Warning, QStringLiteral("link-timeout"), file, link.line, link.column,
                         LinkCheckerMessages::tr("The link %1 was not checked: %2.").arg(url, known->detail)});
            break;
        case LinkResult::Status::NotChecked:
            list.append({Problem::Severity::Info, QStringLiteral("link-not-checked"), file, link.line, link.column,
                         LinkCheckerMessages::tr("The link %1 was not checked: %2.").arg(url, known->detail)});
            break;
        }
    }
    return list;
}

} // namespace Masthead
