#include "registryauth.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

struct CachedToken {
    QByteArray token;
    QDateTime expires;
};

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QByteArray, CachedToken> &cache()
{
    static QHash<QByteArray, CachedToken> tokens;
    return tokens;
}

QHash<QByteArray, QByteArray> &registries()
{
    static QHash<QByteArray, QByteArray> keys;
    return keys;
}

} // namespace

AuthChallenge AuthChallenge::parse(const QByteArray &header)
{
    AuthChallenge challenge;
    const QByteArray text = header.trimmed();
    const qsizetype space = text.indexOf(' ');
    challenge.scheme = QString::fromLatin1(space < 0 ? text : text.left(space)).toLower();
    if (space < 0)
        return challenge;
    // name="value" pairs separated by commas; quoted values may contain commas and \" escapes.
    qsizetype i = space + 1;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ','))
            ++i;
        const qsizetype equals = text.indexOf('=', i);
        if (equals < 0)
            break;
        const QString name = QString::fromLatin1(text.mid(i, equals - i)).trimmed().toLower();
        i = equals + 1;
        QByteArray value;
        if (i < text.size() && text[i] == '"') {
            ++i;
            while (i < text.size() && text[i] != '"') {
                if (text[i] == '\\' && i + 1 < text.size())
                    ++i;
                value += text[i++];
            }
            ++i; // closing quote
        } else {
            const qsizetype comma = text.indexOf(',', i);
            value = text.mid(i, comma < 0 ? -1 : comma - i).trimmed();
            i = comma < 0 ? text.size() : comma;
        }
        challenge.parameters.insert(name, QString::fromUtf8(value));
    }
    return challenge;
}

RegistryToken RegistryToken::parse(const QByteArray &body, const QDateTime &now)
{
    RegistryToken result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        result.errorString = QStringLiteral("the token endpoint did not answer with a JSON object");
        return result;
    }
    const QJsonObject object = document.object();
    QString token = object.value(u"token"_s).toString();
    if (token.isEmpty())
        token = object.value(u"access_token"_s).toString();
    if (token.isEmpty()) {
        result.errorString = QStringLiteral("the token endpoint answered without a token");
        return result;
    }
    const int expiresIn = object.value(u"expires_in"_s).toInt(60);
    result.token = token.toUtf8();
    result.expires = now.addSecs(std::max(expiresIn, 1));
    return result;
}

QByteArray RegistryTokenCache::cacheKey(const QString &realm, const QString &service, const QString &scope,
                                        const QString &credential)
{
    const QByteArray who = QCryptographicHash::hash(credential.toUtf8(), QCryptographicHash::Sha256).toHex();
    return (realm + u'\n' + service + u'\n' + scope + u'\n').toUtf8() + who;
}

QByteArray RegistryTokenCache::find(const QByteArray &key, const QDateTime &now)
{
    QMutexLocker lock(&cacheMutex());
    const auto it = cache().constFind(key);
    // A few seconds of margin: a token that expires in flight gets a needless 401.
    if (it == cache().cend() || it->expires <= now.addSecs(5))
        return {};
    return it->token;
}

void RegistryTokenCache::store(const QByteArray &key, const RegistryToken &token)
{
    QMutexLocker lock(&cacheMutex());
    cache().insert(key, {token.token, token.expires});
}

void RegistryTokenCache::forget(const QByteArray &key)
{
    QMutexLocker lock(&cacheMutex());
    cache().remove(key);
}

void RegistryTokenCache::clear()
{
    QMutexLocker lock(&cacheMutex());
    cache().clear();
    registries().clear();
}

void RegistryTokenCache::remember(const QByteArray &registryKey, const QByteArray &key)
{
    QMutexLocker lock(&cacheMutex());
    registries().insert(registryKey, key);
}

QByteArray RegistryTokenCache::keyForRegistry(const QByteArray &registryKey)
{
    QMutexLocker lock(&cacheMutex());
    return registries().value(registryKey);
}

QByteArray RegistryTokenCache::findForRegistry(const QByteArray &registryKey, const QDateTime &now)
{
    const QByteArray key = keyForRegistry(registryKey);
    return key.isEmpty() ? QByteArray() : find(key, now);
}

QString registryScope(const AuthChallenge &challenge, const QString &repository)
{
    const QString scope = challenge.parameters.value(u"scope"_s);
    return scope.isEmpty() ? u"repository:%1:pull"_s.arg(repository) : scope;
}

} // namespace DriftDeck
