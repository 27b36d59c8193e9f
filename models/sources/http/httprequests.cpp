// The request machinery of HttpSource: dispatch, size cap, redirects, retries, completion.
#include "httpsource.h"
#include "httppending.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimer>

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

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return HttpSource::tr("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return HttpSource::tr("%1 KiB").arg(bytes / 1024);
    return HttpSource::tr("%1 bytes").arg(bytes);
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
    QNetworkRequest request(pending->url);
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    for (const auto &[name, value] : std::as_const(pending->request.headers)) {
        // A credential meant for one server never follows a redirect to another.
        if (pending->crossedOrigin && name.compare("Authorization", Qt::CaseInsensitive) == 0)
            continue;
        request.setRawHeader(name, value);
    }
    pending->body.clear();
    pending->abortReason.clear();

    const QByteArray &method = pending->request.method;
    QNetworkReply *reply = method == "GET" ? m_network->get(request)
        : method == "HEAD"                ? m_network->head(request)
                                          : m_network->sendCustomRequest(request, method, pending->request.body);
    pending->reply = reply;
    std::weak_ptr<Pending> weak = pending;
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
            abortWith(p, tr("the response is larger than the %1 limit").arg(sizeText(m_maxResponseSize)));
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &) {
        if (m_insecure)
            reply->ignoreSslErrors();
    });
    connect(reply, &QNetworkReply::finished, this, [this, weak] {
        if (auto p = weak.lock())
            onFinished(p);
    });
    pending->deadline.start(m_timeoutMs);
}

void HttpSource::onReadyRead(const std::shared_ptr<Pending> &pending)
{
    QNetworkReply *reply = pending->reply;
    if (!reply || !pending->abortReason.isEmpty())
        return;
    // Bytes arrive decompressed, so the cap also stops a small compressed bomb early.
    pending->body += reply->read(m_maxResponseSize + 1 - pending->body.size());
    if (pending->body.size() > m_maxResponseSize)
        abortWith(pending, tr("the response is larger than the %1 limit").arg(sizeText(m_maxResponseSize)));
}

void HttpSource::abortWith(const std::shared_ptr<Pending> &pending, const QString &reason)
{
    if (!pending->abortReason.isEmpty())
        return;
    pending->abortReason = reason;
    if (pending->reply)
        pending->reply->abort(); // finished() follows, and onFinished() reports the reason
}

QString HttpSource::transportError(const Pending &pending, QNetworkReply *reply) const
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return tr("host not found");
    case QNetworkReply::RemoteHostClosedError:
        return tr("the server closed the connection without an answer");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("no answer within %1 s").arg(QString::number(m_timeoutMs / 1000.0, 'g', 3));
    case QNetworkReply::SslHandshakeFailedError:
        return tr("TLS handshake failed: %1").arg(reply->errorString());
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("proxy problem: %1").arg(reply->errorString());
    default:
        break;
    }
    // Qt's own text may quote the URL with its credentials: take it out.
    QString text = reply->errorString();
    text.replace(pending.url.toString(), safeUrl(pending.url));
    return text;
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

    HttpResponse response;
    response.url = QUrl(safeUrl(pending->url));
    response.attempts = pending->attempt;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!pending->abortReason.isEmpty()) {
        response.errorString = safeUrl(pending->url) + u": "_s + pending->abortReason;
        complete(pending, std::move(response));
        return;
    }
    if (!status.isValid()) {
        response.errorString = safeUrl(pending->url) + u": "_s + transportError(*pending, reply);
        complete(pending, std::move(response));
        return;
    }
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
            response.errorString = safeUrl(pending->url) + u": "_s
                + tr("refused a redirect from https to %1").arg(safeUrl(target));
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
            dispatch(pending);
            return;
        }
        complete(pending, std::move(response));
        return;
    }

    const bool idempotent = pending->request.idempotent.value_or(pending->request.method == "GET"
                                                                 || pending->request.method == "HEAD");
    if (isRetryStatus(response.status) && idempotent && pending->attempt <= m_retries) {
        const qint64 asked = retryAfterMs(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
        // Exponential backoff unless the server says when; a wait longer than the cap is not
        // worth holding the refresh for, so the answer is reported as it is.
        const qint64 wait = asked >= 0 ? asked : qint64(250) << (pending->attempt - 1);
        if (wait <= MaxRetryWaitMs) {
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
