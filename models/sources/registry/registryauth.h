#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace DriftDeck {

// One WWW-Authenticate challenge: `Bearer realm="…",service="…",scope="…"` or `Basic realm="…"`.
struct AuthChallenge {
    QString scheme; // "bearer", "basic" (lower case); empty when the header could not be read
    QHash<QString, QString> parameters; // names in lower case

    static AuthChallenge parse(const QByteArray &header);
    bool isBearer() const { return scheme == u"bearer"; }
    bool isBasic() const { return scheme == u"basic"; }
};

// What a registry's token endpoint answered: {"token"|"access_token", "expires_in"}.
struct RegistryToken {
    QByteArray token;
    QDateTime expires;
    QString errorString;

    // now: when the token was issued; expires_in defaults to 60 s (the distribution spec).
    static RegistryToken parse(const QByteArray &body, const QDateTime &now);
};

// Bearer tokens of OCI registries, shared by every registry source of the process so a watch
// refresh does not fetch a new token per repository per minute. Keyed by realm, service, scope
// and a hash of the credential; a token is used until shortly before it expires.
class RegistryTokenCache
{
public:
    static QByteArray cacheKey(const QString &realm, const QString &service, const QString &scope,
                               const QString &credential);
    static QByteArray find(const QByteArray &key, const QDateTime &now);
    static void store(const QByteArray &key, const RegistryToken &token);
    // Drops a token the registry refused before its expiry (revoked, or the clock disagrees).
    static void forget(const QByteArray &key);
    static void clear();
    // Which token a registry's repository used last, so the next refresh sends it at once
    // instead of first collecting a 401. registryKey: registry URL, repository and credential.
    static void remember(const QByteArray &registryKey, const QByteArray &key);
    static QByteArray findForRegistry(const QByteArray &registryKey, const QDateTime &now);
    // The cache key remember() noted for a registry's repository, or empty.
    static QByteArray keyForRegistry(const QByteArray &registryKey);
};

// The scope a challenge names, or repository:<name>:pull when it names none.
QString registryScope(const AuthChallenge &challenge, const QString &repository);

} // namespace DriftDeck
