#include "httpsource.h"

#include "httpnetwork.h"
#include "httppending.h"
#include "workspace/localfile.h"
#include "workspace/sourcetimeout.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrentRun>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {
// A bundle of every public CA is about 200 KiB; anything past this is not a CA file.
constexpr qint64 MaxCaFileBytes = 8 * 1024 * 1024;
} // namespace

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QAnyStringView name) const
{
    return headers.value(name).toByteArray();
}

QString HttpResponse::statusMessage() const
{
    QString message = HttpSource::tr("HTTP %1 %2 from %3")
                          .arg(QString::number(status), QString::fromLatin1(reason), url.toString())
                          .replace(u"  "_s, u" "_s);
    const QByteArray retryAfter = header("Retry-After");
    if ((status == 429 || status == 503) && !retryAfter.isEmpty())
        message += HttpSource::tr(" (the server asks to retry after %1)").arg(QString::fromLatin1(retryAfter));
    return message;
}

HttpSource::HttpSource(SourceContext context, QObject *parent)
    : Source(std::move(context), parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setProxyFactory(new LoopbackBypassProxyFactory);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
    readOptions();
}

HttpSource::~HttpSource()
{
    // Replies are children of the manager; make sure none of their signals reach a half-destroyed us.
    m_finished = true;
    for (const auto &pending : std::as_const(m_active)) {
        if (pending->reply) {
            pending->reply->disconnect(this);
            pending->reply->abort();
        }
    }
}

void HttpSource::readOptions()
{
    const QVariantMap &options = m_context.options;
    // The context's timeout, unless it is unset (or was overflowed by a caller): then the option.
    m_timeoutMs
        = m_context.timeoutMs > 0 ? SourceTimeout::clamped(m_context.timeoutMs) : SourceTimeout::fromOptions(options);

    const QString urlText = options.value(u"url"_s).toString().trimmed();
    QUrl url(urlText, QUrl::StrictMode);
    if (urlText.isEmpty()) {
        m_optionError = tr("No url is set for this source");
    } else if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        url.setUserInfo({});
        m_optionError = tr("Not an http or https URL: %1").arg(safeUrl(url));
    } else {
        if (!url.userName().isEmpty())
            m_urlCredential = url.userName() + u':' + url.password();
        url.setUserInfo({});
        m_baseUrl = url;
    }

    if (options.contains(u"maxResponseSize"_s)) {
        bool ok = false;
        const qint64 size = options.value(u"maxResponseSize"_s).toLongLong(&ok);
        if (ok && size > 0)
            m_maxResponseSize = size;
        else if (m_optionError.isEmpty())
            m_optionError = tr("maxResponseSize must be a positive number of bytes");
    }
    if (options.contains(u"retries"_s))
        m_retries = std::clamp(options.value(u"retries"_s).toInt(), 0, 5);
    m_insecure = options.value(u"insecure"_s).toBool();
    m_crossOriginRedirects = options.value(u"crossOriginRedirects"_s).toBool();

    const QVariantMap headers = options.value(u"headers"_s).toMap();
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        m_extraHeaders.append({it.key().toUtf8(), it.value().toString().toUtf8()});

    m_ssl = QSslConfiguration::defaultConfiguration();
    const QString caFile = options.value(u"caFile"_s).toString();
    if (!caFile.isEmpty()) {
        const QString path = m_context.resolvePath(caFile);
        // The one reader of local files: a FIFO named as caFile must not block the window.
        const LocalFile::Read read = LocalFile::readRegular(path, MaxCaFileBytes);
        QList<QSslCertificate> certificates;
        if (read.ok())
            certificates = QSslCertificate::fromData(read.bytes, path.endsWith(u".der"_s) ? QSsl::Der : QSsl::Pem);
        if (!read.ok() && m_optionError.isEmpty())
            m_optionError = tr("No CA certificate could be read from %1: %2").arg(caFile, read.errorString);
        else if (certificates.isEmpty() && m_optionError.isEmpty())
            m_optionError = tr("No CA certificate could be read from %1").arg(caFile);
        m_ssl.addCaCertificates(certificates);
    }
    if (m_insecure)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);

    const QString certificate = options.value(u"clientCertificate"_s).toString();
    const QString key = options.value(u"clientKey"_s).toString();
    if (!certificate.isEmpty() || !key.isEmpty()) {
        const ClientIdentity identity = certificate.isEmpty() || key.isEmpty()
            ? ClientIdentity::failure(tr("clientCertificate and clientKey go together: set both"))
            : ClientIdentity::fromFiles(m_context.resolvePath(certificate), m_context.resolvePath(key));
        if (!identity.errorString.isEmpty() && m_optionError.isEmpty())
            m_optionError = identity.errorString;
        else if (identity.errorString.isEmpty())
            setClientIdentity(identity);
    }
}

void HttpSource::setClientIdentity(const ClientIdentity &identity)
{
    m_ssl.setLocalCertificateChain(QList<QSslCertificate>{identity.certificate} + identity.chain);
    m_ssl.setPrivateKey(identity.key);
    m_clientIdentity = true;
}

QList<SourceOption> HttpSource::commonOptions()
{
    using Kind = SourceOption::Kind;
    return {
        {u"url"_s, Kind::Url, true, tr("The server's base URL; \"{env}\" is the environment's name.")},
        {u"timeout"_s, Kind::Duration, false,
         tr("How long the source may take, all its requests, redirects and retries together (default 10s, "
            "at most 1h).")},
        {u"caFile"_s, Kind::Path, false, tr("A PEM file of CA certificates trusted in addition to the system's.")},
        {u"insecure"_s, Kind::Boolean, false,
         tr("Skip TLS certificate verification for this source (shown as a warning).")},
        {u"clientCertificate"_s, Kind::Path, false,
         tr("A PEM file with the TLS client certificate to present (with clientKey), for servers that ask for one.")},
        {u"clientKey"_s, Kind::Path, false, tr("The PEM file of the client certificate's private key (unencrypted).")},
        {u"maxResponseSize"_s, Kind::Integer, false, tr("Largest response accepted, in bytes (default 32 MiB).")},
        {u"headers"_s, Kind::Map, false, tr("Extra HTTP headers sent with every request (no secrets here).")},
        {u"retries"_s, Kind::Integer, false, tr("Retries on 429, 502, 503 and 504 (default 2, at most 5).")},
        {u"crossOriginRedirects"_s, Kind::Boolean, false, tr("Follow redirects to another host or port.")},
    };
}

QString HttpSource::safeUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo({});
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto &[name, value] : items) {
            const QString lower = name.toLower();
            if (lower.contains(u"token"_s) || lower.contains(u"key"_s) || lower.contains(u"secret"_s)
                || lower.contains(u"password"_s) || lower.contains(u"sig"_s) || lower == u"auth"_s)
                value = u"***"_s;
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return copy.toString(QUrl::RemoveUserInfo);
}

qint64 HttpSource::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds * 1000 : -1;
    // HTTP dates are IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), always in English and GMT.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    when.setTimeZone(QTimeZone::UTC);
    if (!when.isValid())
        when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, now.msecsTo(when));
}

QByteArray HttpSource::authorizationFor(const QString &credential)
{
    if (credential.isEmpty())
        return {};
    if (credential.contains(u':'))
        return "Basic " + credential.toUtf8().toBase64();
    return "Bearer " + credential.toUtf8();
}

qint64 HttpSource::remainingMs() const
{
    return m_deadline.isForever() ? m_timeoutMs : m_deadline.remainingTime();
}

QString HttpSource::baseCredential() const
{
    return m_context.credential.isEmpty() ? m_urlCredential : m_context.credential;
}

QUrl HttpSource::endpoint(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + (path.startsWith(u'/') ? path : u'/' + path));
    if (!query.isEmpty()) {
        QUrlQuery items;
        for (const auto &[name, value] : query)
            items.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(items.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    return url;
}

QString HttpSource::redact(QString text) const
{
    for (const QString &secret : {m_context.credential, m_urlCredential}) {
        if (secret.isEmpty())
            continue;
        text.replace(secret, u"***"_s);
        const qsizetype colon = secret.indexOf(u':');
        if (colon >= 0 && colon + 1 < secret.size())
            text.replace(secret.mid(colon + 1), u"***"_s);
    }
    return text;
}

void HttpSource::finish(SourceResult result)
{
    if (m_finished)
        return;
    stop();
    if (!result.ok()) {
        Q_EMIT failed(redact(result.errorString));
        return;
    }
    if (m_insecure)
        result.warnings.prepend(tr("TLS verification is off for this source"));
    Q_EMIT valuesAvailable(result);
}

void HttpSource::cancel()
{
    if (m_finished)
        return;
    stop();
    QMetaObject::invokeMethod(this, [this] { Q_EMIT failed(tr("Cancelled")); }, Qt::QueuedConnection);
}

void HttpSource::stop()
{
    m_finished = true;
    m_queue.clear();
    for (QPointer<QFutureWatcherBase> &work : m_pool)
        supersede(work, this);
    m_pool.clear();
    // abort() makes replies finish at once; complete() ignores them now that we are finished.
    const auto active = m_active;
    for (const auto &pending : active) {
        pending->deadline.stop();
        pending->retryWait.stop();
        if (pending->reply)
            pending->reply->abort();
    }
}

void HttpSource::runInPool(std::function<void()> work, std::function<void()> done)
{
    auto *watcher = new QFutureWatcher<void>(this);
    m_pool.append(watcher);
    // stop() lets go of the watcher once the source has ended: then this never runs.
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, done = std::move(done)] {
        watcher->deleteLater();
        m_pool.removeAll(watcher);
        done();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void HttpSource::send(HttpRequest request, ResponseHandler done)
{
    if (m_finished)
        return;
    auto pending = std::make_shared<Pending>();
    pending->url = request.url;
    pending->request = std::move(request);
    pending->done = std::move(done);
    if (m_deadline.isForever())
        m_deadline.setRemainingTime(m_timeoutMs);
    pending->deadline.setSingleShot(true);
    pending->deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    pending->retryWait.setSingleShot(true);
    std::weak_ptr<Pending> weak = pending;
    connect(&pending->deadline, &QTimer::timeout, this, [this, weak] {
        if (auto p = weak.lock())
            abortWith(p, timeoutError(*p));
    });
    connect(&pending->retryWait, &QTimer::timeout, this, [this, weak] {
        if (auto p = weak.lock())
            dispatch(p);
    });
    m_queue.push_back(std::move(pending));
    dispatchQueued();
}

} // namespace DriftDeck
