#pragma once

#include "background/cancelflag.h"
#include "clientidentity.h"
#include "sources/source.h"
#include "sources/sourcefactory.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHttpHeaders>
#include <QList>
#include <QSslConfiguration>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace DriftDeck {

// One HTTP request a connector wants made. Headers from the workspace's `headers` option and the
// base URL's credentials are not added automatically: connectors choose what each request carries.
struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Retried on 429/502/503/504; defaults to true for GET and HEAD. A read-only POST (etcd's
    // range) may opt in.
    std::optional<bool> idempotent;

    void setHeader(const QByteArray &name, const QByteArray &value);
};

// What came back. A transport problem (no answer in time, refused, TLS, too large, too many
// redirects) sets errorString; an HTTP error status does not: status and body are there for the
// connector to explain (Prometheus and registries put the reason in the body).
struct HttpResponse {
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray reason; // "Not Found"
    QHttpHeaders headers;
    QByteArray body;
    QUrl url; // after redirects, without credentials
    QString errorString; // never contains credentials
    int attempts = 0;

    bool ok() const { return errorString.isEmpty() && status >= 200 && status < 300; }
    QByteArray header(QAnyStringView name) const;
    // "HTTP 404 Not Found from http://host/path" — for a status the connector did not expect.
    QString statusMessage() const;
};

// The shared part of every network connector: one QNetworkAccessManager per source, one deadline
// for the whole source (requests, redirects and retries together), bounded concurrency, retries
// with backoff honouring Retry-After, a size cap on the decompressed body (enforced while
// downloading, with Qt's read buffer bounded too), bodies that did not arrive whole refused, a
// redirect limit (same origin unless opted in), TLS verification always on and its refusals
// named (an extra CA bundle allowed; `insecure` is an explicit opt-in with a warning), the system
// proxy except for loopback, cancellation, and messages without secrets.
//
// Subclasses implement start(): send requests with send(), parse bodies with offThread() (the
// source lives on the capture's thread, normally the GUI thread), and end with finish().
class HttpSource : public Source
{
    Q_OBJECT
public:
    explicit HttpSource(SourceContext context, QObject *parent = nullptr);
    ~HttpSource() override;

    void cancel() override;

    static constexpr qint64 DefaultMaxResponseSize = 32 * 1024 * 1024;
    static constexpr int MaxRedirects = 5;
    static constexpr int DefaultRetries = 2;
    static constexpr int MaxRetryWaitMs = 10000; // a longer Retry-After fails instead of waiting
    static constexpr int MaxConcurrentRequests = 4;
    // What Qt's network thread may hold of a body we have not read yet (per request).
    static constexpr qint64 ReadBufferSize = 256 * 1024;

    // The options every network connector accepts; connectors append their own.
    static QList<SourceOption> commonOptions();

    // `url` without credentials or token parameters: for messages, layers and provenance.
    static QString safeUrl(const QUrl &url);
    // Parses a Retry-After value (delay seconds or an HTTP date) into milliseconds; -1 if invalid.
    static qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);
    // "user:password" gives Basic, anything else a Bearer token; empty for an empty credential.
    static QByteArray authorizationFor(const QString &credential);
    // "32 MiB", "12 KiB", "517 bytes".
    static QString sizeText(qint64 bytes);

protected:
    // Options read once by the constructor.
    const QUrl &baseUrl() const { return m_baseUrl; } // without userinfo
    QString baseCredential() const; // context credential, else the URL's user:password
    // The workspace's `headers` option, for connectors that send it.
    const QList<std::pair<QByteArray, QByteArray>> &extraHeaders() const { return m_extraHeaders; }
    // An option problem found by the constructor (bad url, unreadable caFile); start() should
    // fail with it before sending anything.
    const QString &optionError() const { return m_optionError; }
    // The source's timeout: one deadline for all its requests, redirects and retries together,
    // counted from the first send().
    int timeoutMs() const { return m_timeoutMs; }
    // What is left of it (the whole timeout before the first send()); 0 once it has passed.
    qint64 remainingMs() const;
    // baseUrl() with path appended ("/api/v1/query") and query items.
    QUrl endpoint(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;

    using ResponseHandler = std::function<void(const HttpResponse &)>;
    // Sends a request; done runs later on this source's thread, never after finish() or cancel().
    void send(HttpRequest request, ResponseHandler done);

    // Runs work on a pool thread and then done(result) on this source's thread, unless the source
    // has finished or been cancelled by then. work must not capture `this`: copy what it needs.
    template<typename T> void offThread(std::function<T()> work, std::function<void(T &&)> done)
    {
        auto slot = std::make_shared<std::optional<T>>();
        runInPool([slot, work = std::move(work)] { slot->emplace(work()); },
                  [slot, done = std::move(done)] { done(std::move(**slot)); });
    }

    // The whole of a connector that reads one document: GETs url with the workspace's headers,
    // the Accept given and the credential, fails with "<what>: HTTP …" on an unexpected status,
    // and otherwise turns the body into the result on a pool thread (parse must not capture
    // `this`; `where` is the URL without secrets, for messages and provenance).
    using DocumentParser = std::function<SourceResult(const QByteArray &body, const QString &where)>;
    void fetchDocument(const QUrl &url, const QByteArray &accept, const QString &what, DocumentParser parse);

    // Ends the source: emits valuesAvailable (adding the TLS warning) or failed. Only the first
    // call counts; later ones, and any after cancel(), are ignored.
    void finish(SourceResult result);
    void fail(const QString &errorString) { finish(SourceResult::failure(errorString)); }
    bool isFinished() const { return m_finished; }

    // Removes the credential (and the URL's password) wherever it appears in text from a server.
    QString redact(QString text) const;

    // The TLS client certificate every request presents from now on (a kubeconfig's inline
    // client-certificate-data, an exec plugin's answer); the clientCertificate/clientKey options
    // set it when the source is built.
    void setClientIdentity(const ClientIdentity &identity);

private:
    struct Pending;

    void stop();
    void runInPool(std::function<void()> work, std::function<void()> done);
    void dispatchQueued();
    void dispatch(const std::shared_ptr<Pending> &pending);
    void onReadyRead(const std::shared_ptr<Pending> &pending);
    void onFinished(const std::shared_ptr<Pending> &pending);
    void complete(const std::shared_ptr<Pending> &pending, HttpResponse response);
    void abortWith(const std::shared_ptr<Pending> &pending, const QString &reason);
    void failRequest(const std::shared_ptr<Pending> &pending, const QString &reason);
    // Messages (httperrors.cpp).
    QString timeoutText() const;
    QString timeoutError(const Pending &pending) const;
    QString transportError(const Pending &pending, QNetworkReply *reply) const;
    QString describeTransportError(const Pending &pending, QNetworkReply *reply) const;
    QString bodyError(const Pending &pending, QNetworkReply *reply) const;
    QString tlsError(const Pending &pending) const;
    static QString qtErrorText(const Pending &pending, QNetworkReply *reply);
    void readOptions();

    QNetworkAccessManager *m_network = nullptr;
    QSslConfiguration m_ssl;
    QUrl m_baseUrl;
    QString m_urlCredential;
    QList<std::pair<QByteArray, QByteArray>> m_extraHeaders;
    QString m_optionError;
    int m_timeoutMs = 10000;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever}; // set by the first send()
    qint64 m_maxResponseSize = DefaultMaxResponseSize;
    int m_retries = DefaultRetries;
    bool m_insecure = false;
    bool m_clientIdentity = false;
    bool m_crossOriginRedirects = false;
    bool m_finished = false;
    std::deque<std::shared_ptr<Pending>> m_queue;
    QList<std::shared_ptr<Pending>> m_active;
    QList<QPointer<QFutureWatcherBase>> m_pool; // offThread() work, let go of when the source ends
};

} // namespace DriftDeck
