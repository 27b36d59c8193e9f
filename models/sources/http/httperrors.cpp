// The messages of HttpSource's transport failures: each says what went wrong in the user's terms
// (which certificate check failed, how much of a body arrived), never Qt's text alone.
#include "httppending.h"
#include "httpsource.h"

#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

QString certificateName(const QSslCertificate &certificate)
{
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? certificate.subjectDisplayName() : names.constFirst();
}

} // namespace

QString HttpSource::sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return tr("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%1 KiB").arg(bytes / 1024);
    return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(bytes);
}

QString HttpSource::timeoutText() const
{
    return tr("%1 s").arg(QString::number(m_timeoutMs / 1000.0, 'g', 7));
}

QString HttpSource::qtErrorText(const Pending &pending, QNetworkReply *reply)
{
    // Qt's own text may quote the URL with its credentials: take it out.
    QString text = reply->errorString();
    text.replace(pending.url.toString(), safeUrl(pending.url));
    return text;
}

QString HttpSource::timeoutError(const Pending &pending) const
{
    const bool answering
        = pending.reply && pending.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    if (!answering && pending.encrypted && !m_clientIdentity)
        // A TLS 1.3 server that wants a client certificate refuses it only after the handshake,
        // and Qt then waits for an answer that never comes.
        return tr("no answer within %1 after the TLS handshake (if the server asks for a TLS client certificate, "
                  "set clientCertificate and clientKey)")
            .arg(timeoutText());
    if (!answering)
        return tr("no answer within %1").arg(timeoutText());
    return tr("the response was still incomplete after %1 (%2 of the body arrived)")
        .arg(timeoutText(), sizeText(pending.body.size()));
}

QString HttpSource::tlsError(const Pending &pending) const
{
    QStringList reasons;
    for (const QSslError &error : pending.sslErrors) {
        const QSslCertificate certificate = error.certificate();
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            reasons.append(tr("it is self-signed (%1)").arg(certificateName(certificate)));
            break;
        case QSslError::CertificateExpired:
            reasons.append(tr("it expired on %1").arg(certificate.expiryDate().toUTC().toString(Qt::ISODate)));
            break;
        case QSslError::CertificateNotYetValid:
            reasons.append(
                tr("it is not valid before %1").arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate)));
            break;
        case QSslError::HostNameMismatch: {
            QString names = certificate.subjectAlternativeNames().values().join(u", "_s);
            if (names.isEmpty())
                names = certificateName(certificate);
            reasons.append(tr("it is for %1, not for %2 (wrong host)").arg(names, pending.url.host()));
            break;
        }
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
            reasons.append(
                tr("its issuer (%1) is not a trusted CA; name it in caFile").arg(certificate.issuerDisplayName()));
            break;
        case QSslError::NoPeerCertificate:
        case QSslError::NoError:
            break;
        default:
            reasons.append(error.errorString());
            break;
        }
    }
    reasons.removeDuplicates();
    if (reasons.isEmpty())
        return {};
    return tr("the server's TLS certificate was refused: %1").arg(reasons.join(u"; "_s));
}

QString HttpSource::transportError(const Pending &pending, QNetworkReply *reply) const
{
    QString message = describeTransportError(pending, reply);
    // Qt checks the client key against its certificate when it builds the TLS context, before
    // anything is sent, and says so in OpenSSL's words.
    if (const QString qtText = qtErrorText(pending, reply); m_clientIdentity
        && (qtText.contains(u"key values mismatch"_s) || qtText.contains(u"does not certify"_s, Qt::CaseInsensitive)))
        message = tr("the client key does not match the client certificate");
    return message;
}

QString HttpSource::describeTransportError(const Pending &pending, QNetworkReply *reply) const
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
        return tr("no answer within %1").arg(timeoutText());
    case QNetworkReply::SslHandshakeFailedError:
        if (const QString refused = tlsError(pending); !refused.isEmpty())
            return refused;
        return tr("TLS handshake failed: %1").arg(qtErrorText(pending, reply));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("proxy problem: %1").arg(qtErrorText(pending, reply));
    default:
        break;
    }
    return qtErrorText(pending, reply);
}

QString HttpSource::bodyError(const Pending &pending, QNetworkReply *reply) const
{
    const QByteArray encoding = reply->rawHeader("Content-Encoding");
    const qint64 arrived = pending.body.size();
    const bool refusedToExpand = reply->error() == QNetworkReply::ProtocolFailure
        || reply->error() == QNetworkReply::UnknownContentError; // what Qt 6.8 reports for its bomb check
    if (!encoding.isEmpty() && refusedToExpand) {
        // Qt names its bomb check only in its message: the ratio of expanded to compressed bytes.
        if (reply->errorString().contains(u"SafetyCheck"_s))
            return tr("the %1-compressed body expands far beyond its size (a decompression bomb?) and was refused "
                      "after %2")
                .arg(QString::fromLatin1(encoding), sizeText(arrived));
        return tr("the %1-compressed body could not be decompressed after %2: %3")
            .arg(QString::fromLatin1(encoding), sizeText(arrived), qtErrorText(pending, reply));
    }
    if (reply->error() == QNetworkReply::RemoteHostClosedError) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (encoding.isEmpty() && length.isValid())
            return tr("the response was cut short: %1 of the %2 announced arrived before the server closed "
                      "the connection")
                .arg(sizeText(arrived), sizeText(length.toLongLong()));
        return tr("the response was cut short: the server closed the connection after %1 of the body")
            .arg(sizeText(arrived));
    }
    return tr("the response broke off after %1 of the body: %2").arg(sizeText(arrived), qtErrorText(pending, reply));
}

} // namespace DriftDeck
