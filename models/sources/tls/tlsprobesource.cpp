#include "tlsprobesource.h"

#include "sources/http/httpnetwork.h"

#include <QFile>
#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslSocket>

#include <cmath>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;

QString protocolName(const QSslCipher &cipher)
{
    const QString name = cipher.protocolString(); // "TLSv1.3"
    return name.startsWith(u"TLSv"_s) ? u"TLS "_s + name.mid(4) : name;
}

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const auto lines = head.split('\n'); const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

CertificateExpiryLimits expiryLimits(const QVariantMap &options)
{
    CertificateExpiryLimits limits;
    if (options.contains(u"expiryWarningDays"_s))
        limits.warningDays = options.value(u"expiryWarningDays"_s).toInt();
    if (options.contains(u"expiryCriticalDays"_s))
        limits.criticalDays = options.value(u"expiryCriticalDays"_s).toInt();
    return limits;
}

Value expiryValue(const QDateTime &expiry, const QDateTime &now, const CertificateExpiryLimits &limits)
{
    // Rounded down: any negative number means expired, 0 means it expires within a day.
    const int days = int(std::floor(double(now.secsTo(expiry)) / 86400.0));
    const QString date = expiry.toUTC().date().toString(Qt::ISODate);
    // Compared by state, so two certificates renewed on different days agree while both are far
    // from expiry; the number and the date stay in view.
    const QString state = days <= limits.criticalDays ? u"critical"_s
        : days <= limits.warningDays                  ? u"warning"_s
                                                      : u"ok"_s;
    const QString display = days < 0 ? TlsProbeSource::tr("%1 days (expired on %2)").arg(days).arg(date)
        : days == 1                  ? TlsProbeSource::tr("1 day (until %1)").arg(date)
                                     : TlsProbeSource::tr("%1 days (until %2)").arg(days).arg(date);
    return Value::withCanonical(ValueKind::String, state, display);
}

TlsProbeSource::~TlsProbeSource()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void TlsProbeSource::start()
{
    if (!optionError().isEmpty())
        return fail(optionError());
    const QString scheme = baseUrl().scheme(); // http or https: HttpSource checked it
    const int port = baseUrl().port(scheme == u"https" ? 443 : 80);
    m_where = baseUrl().host() + u':' + QString::number(port);
    m_name = m_context.options.value(u"name"_s).toString().trimmed();
    if (m_name.isEmpty())
        m_name = (port == 443 || port == 80) ? baseUrl().host() : m_where;
    m_result.layers.append({m_context.sourceId, tr("TLS %1").arg(m_where), safeUrl(baseUrl())});
    if (scheme == u"http") {
        // An environment served in plain text where others use TLS is a finding, not an unknown:
        // its protocol row says so and differs from the baseline's.
        addRow(u"protocol"_s, Value::string(tr("no TLS")));
        m_result.warnings.append(tr("%1 is plain HTTP: no certificate to read").arg(safeUrl(baseUrl())));
        finish(std::move(m_result));
        return;
    }

    m_socket = new QSslSocket(this);
    if (LoopbackBypassProxyFactory::isLoopbackHost(baseUrl().host()))
        m_socket->setProxy(QNetworkProxy::NoProxy);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    const QString caFile = m_context.options.value(u"caFile"_s).toString();
    if (!caFile.isEmpty())
        ssl.addCaCertificates(m_context.resolvePath(caFile), QSsl::Pem);
    m_socket->setSslConfiguration(ssl);
    m_socket->setPeerVerifyName(baseUrl().host());

    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Collected to be shown as values; the handshake goes on so the certificate can be read.
        m_errors = errors;
        m_socket->ignoreSslErrors();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &TlsProbeSource::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &TlsProbeSource::onHttpData);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_encrypted)
            report(!m_http.isEmpty());
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_encrypted) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                report(!m_http.isEmpty());
            return;
        }
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            return failWith(tr("connection refused"));
        case QAbstractSocket::HostNotFoundError:
            return failWith(tr("host not found"));
        case QAbstractSocket::SslHandshakeFailedError:
        case QAbstractSocket::RemoteHostClosedError:
        case QAbstractSocket::SslInternalError:
            return failWith(tr("no TLS handshake (%1)").arg(m_socket->errorString()));
        default:
            return failWith(m_socket->errorString());
        }
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_encrypted)
            report(!m_http.isEmpty());
        else
            failWith(tr("no TLS answer within %1 s").arg(QString::number(timeoutMs() / 1000.0, 'g', 3)));
    });
    m_deadline.start(timeoutMs());
    m_socket->connectToHostEncrypted(baseUrl().host(), quint16(port));
}

void TlsProbeSource::cancel()
{
    if (m_socket)
        m_socket->disconnect(this);
    m_deadline.stop();
    HttpSource::cancel();
    if (m_socket)
        m_socket->abort();
}

void TlsProbeSource::failWith(const QString &reason)
{
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    fail(m_where + u": "_s + reason);
}

void TlsProbeSource::onEncrypted()
{
    m_encrypted = true;
    // The headers a browser would see: HSTS and who answers (Server, Via).
    const QString path = baseUrl().path(QUrl::FullyEncoded).isEmpty() ? u"/"_s : baseUrl().path(QUrl::FullyEncoded);
    m_socket->write("GET " + path.toLatin1() + " HTTP/1.0\r\nHost: " + baseUrl().host().toLatin1()
                    + "\r\nUser-Agent: DriftDeck\r\nConnection: close\r\n\r\n");
}

void TlsProbeSource::onHttpData()
{
    m_http += m_socket->read(MaxHeaderBytes - m_http.size() + 4);
    if (m_http.contains("\r\n\r\n") || m_http.contains("\n\n") || m_http.size() >= MaxHeaderBytes)
        report(true);
}

void TlsProbeSource::addRow(const QString &field, const Value &value)
{
    Entry entry;
    entry.value = value;
    entry.provenance.append({0, 0, 0, value.display()});
    m_result.entries.insert(u"tls/%1/%2"_s.arg(m_name, field), entry);
}

void TlsProbeSource::report(bool httpAnswered)
{
    if (isFinished() || !m_socket)
        return;
    m_deadline.stop();
    const QSslCertificate certificate = m_socket->peerCertificate();
    const QSslCipher cipher = m_socket->sessionCipher();
    m_socket->disconnect(this);
    m_socket->abort();
    if (certificate.isNull())
        return fail(m_where + u": "_s + tr("the server sent no certificate"));

    addRow(u"issuer"_s, Value::string(certificate.issuerDisplayName()));
    addRow(u"subject"_s, Value::string(certificate.subjectDisplayName()));
    addRow(u"daysToExpiry"_s,
           expiryValue(certificate.expiryDate(), QDateTime::currentDateTimeUtc(), expiryLimits(m_context.options)));
    addRow(u"selfSigned"_s, Value::boolean(certificate.isSelfSigned()));
    addRow(u"protocol"_s, Value::string(protocolName(cipher)));
    QStringList problems;
    for (const QSslError &error : std::as_const(m_errors))
        problems.append(error.errorString());
    problems.removeDuplicates();
    addRow(u"verification"_s, Value::string(problems.isEmpty() ? tr("ok") : problems.join(u"; "_s)));

    const qsizetype end = m_http.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? m_http : m_http.left(end);
    if (!httpAnswered || !head.startsWith("HTTP/")) {
        m_result.warnings.append(tr("%1: no HTTP answer over TLS; hsts and server are unknown").arg(m_where));
    } else {
        const QByteArray hsts = headerValue(head, "Strict-Transport-Security");
        addRow(u"hsts"_s, Value::string(hsts.isEmpty() ? tr("none") : QString::fromLatin1(hsts)));
        QString server = QString::fromLatin1(headerValue(head, "Server"));
        const QString via = QString::fromLatin1(headerValue(head, "Via"));
        if (!via.isEmpty())
            server = server.isEmpty() ? tr("via %1").arg(via) : tr("%1 via %2").arg(server, via);
        if (!server.isEmpty())
            addRow(u"server"_s, Value::string(server));
    }
    finish(std::move(m_result));
}

SourceType tlsProbeSourceType()
{
    using Kind = SourceOption::Kind;
    SourceType type;
    type.name = TlsProbeSource::TypeName;
    type.description = TlsProbeSource::tr("The certificate, TLS version and security headers of an https endpoint.");
    type.keyPrefixes = {u"tls/"_s};
    type.options = {
        {u"url"_s, Kind::Url, true, TlsProbeSource::tr("The endpoint, e.g. https://api.{env}.example.com/.")},
        {u"name"_s, Kind::String, false,
         TlsProbeSource::tr("The row name (tls/<name>/…); defaults to the host. Use the same name in every "
                            "environment to compare them.")},
        {u"timeout"_s, Kind::Duration, false, TlsProbeSource::tr("How long the probe may take (default 10s).")},
        {u"caFile"_s, Kind::Path, false,
         TlsProbeSource::tr("A PEM file of CA certificates trusted in addition to the system's.")},
        {u"expiryWarningDays"_s, Kind::Integer, false,
         TlsProbeSource::tr("Days to expiry at or below which the certificate is a warning (default 30).")},
        {u"expiryCriticalDays"_s, Kind::Integer, false,
         TlsProbeSource::tr("Days to expiry at or below which the certificate is critical (default 14).")},
    };
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<TlsProbeSource>(context);
    };
    return type;
}

} // namespace DriftDeck
