#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace DriftDeck {

// A TLS client certificate and its private key, for servers that ask for one (a Kubernetes API
// server with client-certificate users, a registry with http.tls.clientcas). The key is never
// shown: messages name the file it came from, or "the kubeconfig's client-key-data".
struct ClientIdentity {
    QSslCertificate certificate;
    QList<QSslCertificate> chain; // intermediates that followed the certificate in its PEM
    QSslKey key;
    QString errorString;

    bool isNull() const { return certificate.isNull(); }

    // From PEM bytes; certificateName and keyName say where they came from, for messages. A key
    // that does not belong to the certificate is refused here, before anything is sent.
    static ClientIdentity fromPem(const QByteArray &certificatePem, const QByteArray &keyPem,
                                  const QString &certificateName, const QString &keyName);
    // From PEM files (regular files only, read with a size bound).
    static ClientIdentity fromFiles(const QString &certificatePath, const QString &keyPath);

    static ClientIdentity failure(const QString &errorString)
    {
        ClientIdentity identity;
        identity.errorString = errorString;
        return identity;
    }

    static constexpr qint64 MaxFileSize = 1024 * 1024;
};

} // namespace DriftDeck
