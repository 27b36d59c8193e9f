#pragma once

#include "sources/http/httpsource.h"
#include "sources/sourcefactory.h"

#include <QPointer>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace DriftDeck {

// What an environment's public endpoint shows the world: the certificate (issuer, subject, days
// to expiry as a state against limits, self-signed), whether it verifies, the TLS version, HSTS
// and Server/Via headers. A plain http:// URL reads as protocol "no TLS".
// Rows tls/<name>/… where name defaults to the URL's host (`name: api` lines environments up).
// A certificate that does not verify is a finding, not a failure: the rows show it. Only a
// connection that cannot be made (refused, silent, not TLS) fails the source.
class TlsProbeSource : public HttpSource
{
    Q_OBJECT
public:
    using HttpSource::HttpSource;
    ~TlsProbeSource() override;

    static constexpr QLatin1StringView TypeName{"tls"};

    void start() override;
    void cancel() override;

private:
    void onEncrypted();
    void onHttpData();
    void report(bool httpAnswered);
    void failWith(const QString &reason);
    void addRow(const QString &field, const Value &value);

    QPointer<QSslSocket> m_socket;
    QTimer m_deadline;
    QString m_where; // host:port, for messages
    QString m_name;
    QList<QSslError> m_errors;
    QByteArray m_http;
    bool m_encrypted = false;
    SourceResult m_result;
};

// When a certificate's remaining days turn into a warning or a critical state.
struct CertificateExpiryLimits {
    int warningDays = 30;
    int criticalDays = 14;
};
CertificateExpiryLimits expiryLimits(const QVariantMap &options);
// The daysToExpiry row: compared by state (ok, warning, critical), shown with the days and date.
Value expiryValue(const QDateTime &expiry, const QDateTime &now, const CertificateExpiryLimits &limits);

SourceType tlsProbeSourceType();

} // namespace DriftDeck
