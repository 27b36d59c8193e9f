// The request machinery of HttpSource: dispatch, size cap, redirects, retries, completion.
#include "httppending.h"
#include "httpsource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <limits>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

bool isRetryStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

// Errors of the transfer itself, as opposed to those Qt derives from an HTTP error status
// (ContentNotFoundError for 404 and the like), which the connector explains from the status.
// Qt derives none below 400, and its decompression refusal is an UnknownContentError there.
bool isTransferFailure(QNetworkReply::NetworkError error, int status)
{
    if (error == QNetworkReply::NoError)
        return false;
    return status < 400 || error < QNetworkReply::ProxyConnectionRefusedError
        || error == QNetworkReply::ProtocolFailure;
}

} // namespace

void HttpSource::dispatchQueued()
{
    while (!m_finished && !m_queue.empty() && m_active.size() < MaxConcurrentRequests) {
        std::shared_ptr<Pending> pending = std::move(m_queue.front());
        m_queue.pop_front();
        m_active.append(pending);
        dispatch(pending);
    }
}

void HttpSource::dispatch(const std::shared_ptr<Pending> &pending)
{
    if (m_finished)
        return;
    pending->body.clear();
    pending->abortReason.clear();
    pending->sslErrors.clear();
    std::weak_ptr<Pending> weak = pending;
    const qint64 remaining = remainingMs();
    if (remaining <= 0) {
        // The source's time is used up (a redirect, a retry or a queued request after a slow one).
        // Reported from the event loop, never from inside send(): connectors do not expect that.
        QMetaObject::invokeMethod(
            this,
            [this, weak] {
                if (auto p = weak.lock())
                    failRequest(p, tr("not sent: the %1 timeout of this source ran out").arg(timeoutText()));
            },
            Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(pending->url);
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Qt refuses on its own a compressed body that expands far more than real answers do, once it
    // passes this size; below our own cap that check would only refuse honest repetitive answers.
    request.setDecompressedSafetyCheckThreshold(std::max<qint64>(m_maxResponseSize, 10 * 1024 * 1024));
    for (const auto &[name, value] : std::as_const(pending->request.headers)) {
        // A credential meant for one server never follows a redirect to another.
        if (pending->crossedOrigin && name.compare("Authorization", Qt::CaseInsensitive) == 0)
            continue;
        request.setRawHeader(name, value);
    }

    const QByteArray &method = pending->request.method;
    QNetworkReply *reply = method == "GET" ? m_network->get(request)
        : method == "HEAD"                 ? m_network->head(request)
                                           : m_network->sendCustomRequest(request, method, pending->request.body);
    // Unbounded, Qt's network thread buffers whatever the server sends (an endless body filled
    // gigabytes before readyRead could count it). Bounded, it stops reading the socket until we
    // take the bytes: memory stays at this bound plus the body we keep (at most the size cap).
    reply->setReadBufferSize(ReadBufferSize);
    pending->reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, weak] {
        if (auto p = weak.lock())
            onReadyRead(p);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, weak, reply] {
        auto p = weak.lock();
        if (!p || !reply->rawHeader("Content-Encoding").isEmpty())
            return;
        // An honest Content-Length over the cap is refused before a byte of the body arrives.
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_maxResponseSize && p->request.method != "HEAD")
            abortWith(p,
                      tr("the response is larger than the %1 limit (Content-Length: %2)")
                          .arg(sizeText(m_maxResponseSize), QString::number(length)));
    });
    pending->encrypted = false;
    connect(reply, &QNetworkReply::encrypted, this, [weak] {
        if (auto p = weak.lock())
            p->encrypted = true;
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, weak, reply](const QList<QSslError> &errors) {
        if (auto p = weak.lock())
            p->sslErrors = errors;
        if (m_insecure)
            reply->ignoreSslErrors();
    });
    connect(reply, &QNetworkReply::finished, this, [this, weak] {
        if (auto p = weak.lock())
            onFinished(p);
    });
    pending->deadline.start(int(std::min<qint64>(remaining, std::numeric_limits<int>::max())));
}

void HttpSource::onReadyRead(const std::shared_ptr<Pending> &pending)
{
    QNetworkReply *reply = pending->reply;
    if (!reply || !pending->abortReason.isEmpty())
        return;
    // Bytes arrive decompressed, so the cap also stops a compressed bomb early. Taking what is
    // there (at most ReadBufferSize) lets Qt read on.
    while (reply->bytesAvailable() > 0) {
        pending->body += reply->read(m_maxResponseSize + 1 - pending->body.size());
        if (pending->body.size() > m_maxResponseSize) {
            abortWith(pending, tr("the response is larger than the %1 limit").arg(sizeText(m_maxResponseSize)));
            return;
        }
    }
}

void HttpSource::abortWith(const std::shared_ptr<Pending> &pending, const QString &reason)
{
    if (!pending->abortReason.isEmpty())
        return;
    pending->abortReason = reason;
    if (pending->reply)
        pending->reply->abort(); // finished() follows, and onFinished() reports the reason
}

void HttpSource::failRequest(const std::shared_ptr<Pending> &pending, const QString &reason)
{
    HttpResponse response;
    response.url = QUrl(safeUrl(pending->url));
    response.attempts = pending->attempt;
    response.errorString = safeUrl(pending->url) + u": "_s + reason;
    complete(pending, std::move(response));
}

void HttpSource::onFinished(const std::shared_ptr<Pending> &pending)
{
    QNetworkReply *reply = pending->reply;
    pending->deadline.stop();
    if (!reply)
        return;
    reply->deleteLater();
    pending->reply = nullptr;
    if (m_finished)
        return;
    if (pending->abortReason.isEmpty() && pending->body.size() <= m_maxResponseSize) {
        pending->body += reply->read(m_maxResponseSize + 1 - pending->body.size());
        if (pending->body.size() > m_maxResponseSize)
            pending->abortReason = tr("the response is larger than the %1 limit").arg(sizeText(m_maxResponseSize));
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!pending->abortReason.isEmpty())
        return failRequest(pending, pending->abortReason);
    if (!status.isValid())
        return failRequest(pending, transportError(*pending, reply));
    // A status line arrived, but the body may not have: cut short, broken chunks, a compressed
    // body Qt refused to expand. Never hand a part of a body to a parser as if it were whole.
    if (isTransferFailure(reply->error(), status.toInt()))
        return failRequest(pending, bodyError(*pending, reply));

    HttpResponse response;
    response.url = QUrl(safeUrl(pending->url));
    response.attempts = pending->attempt;
    response.status = status.toInt();
    response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    response.headers = reply->headers();
    response.body = std::move(pending->body);

    const QByteArray location = reply->rawHeader("Location");
    if (response.status >= 300 && response.status < 400 && response.status != 304 && !location.isEmpty()) {
        const QUrl target = pending->url.resolved(QUrl::fromEncoded(location));
        if (++pending->redirects > MaxRedirects) {
            response.errorString = safeUrl(pending->request.url) + u": "_s
                + tr("more than %1 redirects (last to %2)").arg(MaxRedirects).arg(safeUrl(target));
        } else if (pending->url.scheme() == u"https" && target.scheme() != u"https") {
            response.errorString
                = safeUrl(pending->url) + u": "_s + tr("refused a redirect from https to %1").arg(safeUrl(target));
        } else if (!sameOrigin(pending->url, target) && !m_crossOriginRedirects) {
            response.errorString = safeUrl(pending->url) + u": "_s
                + tr("refused a redirect to another server (%1); set crossOriginRedirects: true to follow it")
                      .arg(safeUrl(target));
        } else {
            pending->crossedOrigin = pending->crossedOrigin || !sameOrigin(pending->request.url, target);
            if (response.status == 303 && pending->request.method != "HEAD") {
                pending->request.method = "GET";
                pending->request.body.clear();
            }
            pending->url = target;
            dispatch(pending); // within what is left of the source's timeout
            return;
        }
        complete(pending, std::move(response));
        return;
    }

    const bool idempotent
        = pending->request.idempotent.value_or(pending->request.method == "GET" || pending->request.method == "HEAD");
    if (isRetryStatus(response.status) && idempotent && pending->attempt <= m_retries) {
        const qint64 asked = retryAfterMs(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
        // Exponential backoff unless the server says when. A wait that would not leave the next
        // attempt time to answer within the source's timeout is not worth it: the answer is
        // reported as it is, with the server's Retry-After in the message.
        const qint64 wait = asked >= 0 ? asked : qint64(250) << (pending->attempt - 1);
        const qint64 reserve = std::min<qint64>(1000, m_timeoutMs / 4);
        if (wait <= MaxRetryWaitMs && wait + reserve <= remainingMs()) {
            ++pending->attempt;
            pending->retryWait.start(int(wait));
            return;
        }
    }
    complete(pending, std::move(response));
}

void HttpSource::complete(const std::shared_ptr<Pending> &pending, HttpResponse response)
{
    m_active.removeOne(pending);
    if (m_finished)
        return;
    response.errorString = redact(response.errorString);
    const ResponseHandler done = std::move(pending->done);
    done(response);
    dispatchQueued();
}

} // namespace DriftDeck
