#include "clientidentity.h"

#include "workspace/localfile.h"

#include <QCoreApplication>
#include <QFile>

namespace DriftDeck {

namespace {

class IdentityText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::HttpSource)
};

struct FileRead {
    QByteArray bytes;
    QString errorString;
};

FileRead readPem(const QString &path)
{
    QFile file;
    QString error;
    if (!LocalFile::openRegular(file, path, &error))
        return {{}, IdentityText::tr("%1: %2").arg(path, error)};
    FileRead read{LocalFile::readAtMost(file, ClientIdentity::MaxFileSize), {}};
    if (read.bytes.size() > ClientIdentity::MaxFileSize)
        return {{},
                IdentityText::tr("%1: larger than %2 KiB, not a PEM file")
                    .arg(path)
                    .arg(ClientIdentity::MaxFileSize / 1024)};
    return read;
}

QSslKey privateKey(const QByteArray &pem)
{
    // The PEM does not say which algorithm an unencrypted PKCS#8 key uses: try each Qt knows.
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

ClientIdentity ClientIdentity::fromPem(const QByteArray &certificatePem, const QByteArray &keyPem,
                                       const QString &certificateName, const QString &keyName)
{
    ClientIdentity identity;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.constFirst().isNull()) {
        identity.errorString = IdentityText::tr("%1 holds no PEM certificate").arg(certificateName);
        return identity;
    }
    identity.key = privateKey(keyPem);
    if (identity.key.isNull()) {
        // Never quote the bytes: they may be a key in a format we do not read.
        identity.errorString = keyPem.contains("ENCRYPTED")
            ? IdentityText::tr("%1 is an encrypted private key; give one without a passphrase").arg(keyName)
            : IdentityText::tr("%1 holds no PEM private key (RSA, EC or DSA)").arg(keyName);
        return identity;
    }
    identity.certificate = certificates.constFirst();
    identity.chain = certificates.mid(1);
    return identity;
}

ClientIdentity ClientIdentity::fromFiles(const QString &certificatePath, const QString &keyPath)
{
    const FileRead certificate = readPem(certificatePath);
    if (!certificate.errorString.isEmpty())
        return failure(IdentityText::tr("client certificate %1").arg(certificate.errorString));
    const FileRead key = readPem(keyPath);
    if (!key.errorString.isEmpty())
        return failure(IdentityText::tr("client key %1").arg(key.errorString));
    return fromPem(certificate.bytes, key.bytes, certificatePath, keyPath);
}

} // namespace DriftDeck
