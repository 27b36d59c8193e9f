// RegistrySource: the 401 challenge flow (Basic, or Bearer through the token realm) and its type.
#include "registryauth.h"
#include "registryrepositories.h"
#include "registrysource.h"

#include <QUrlQuery>

namespace DriftDeck {

using namespace Qt::StringLiterals;

QByteArray RegistrySource::registryKey(const QString &repository) const
{
    return RegistryTokenCache::cacheKey(safeUrl(baseUrl()), {}, repository, baseCredential());
}

void RegistrySource::sendAuthorised(HttpRequest request, const QString &repository, const ResponseHandler &done,
                                    bool answered, bool refreshed)
{
    if (!m_authorization.contains(repository)) {
        const QByteArray known = registryKey(repository);
        if (const QByteArray token = RegistryTokenCache::findForRegistry(known, QDateTime::currentDateTimeUtc());
            !token.isEmpty()) {
            m_authorization.insert(repository, "Bearer " + token);
            m_tokenKey.insert(repository, RegistryTokenCache::keyForRegistry(known));
            m_tokenFromCache.insert(repository);
        }
    }
    if (const QByteArray authorization = m_authorization.value(repository); !authorization.isEmpty())
        request.setHeader("Authorization", authorization);
    send(request, [this, request, repository, done, answered, refreshed](const HttpResponse &response) {
        if (response.status != 401 || !response.errorString.isEmpty())
            return done(response);
        const bool sentBearer = m_authorization.value(repository).startsWith("Bearer ");
        const AuthChallenge challenge = AuthChallenge::parse(response.header("WWW-Authenticate"));
        if (sentBearer && m_tokenFromCache.contains(repository) && !refreshed) {
            // Cached, unexpired and still refused: revoked, or the server's clock runs ahead.
            RegistryTokenCache::forget(m_tokenKey.take(repository));
            m_authorization.remove(repository);
            m_tokenFromCache.remove(repository);
            return answerChallenge(
                challenge, repository,
                [this, request, repository, done] { sendAuthorised(request, repository, done, true, true); }, response,
                done, false);
        }
        if (sentBearer && answered) {
            RegistryTokenCache::forget(m_tokenKey.take(repository));
            return fail(tr("registry refused the credentials for %1").arg(repository));
        }
        if (answered)
            return done(response);
        answerChallenge(
            challenge, repository,
            [this, request, repository, done, refreshed] {
                sendAuthorised(request, repository, done, true, refreshed);
            },
            response, done, true);
    });
}

void RegistrySource::answerChallenge(const AuthChallenge &challenge, const QString &repository,
                                     const std::function<void()> &resend, const HttpResponse &unauthorised,
                                     const ResponseHandler &done, bool useCache)
{
    const QString credential = baseCredential();
    if (challenge.isBasic()) {
        if (credential.isEmpty())
            return done(unauthorised); // reported as an authentication failure
        m_authorization.insert(repository,
                               authorizationFor(credential.contains(u':') ? credential : credential + u':'));
        return resend();
    }
    const QString realm = challenge.parameters.value(u"realm"_s);
    if (!challenge.isBearer() || realm.isEmpty())
        return done(unauthorised);

    const QString service = challenge.parameters.value(u"service"_s);
    const QString scope = registryScope(challenge, repository);
    const QByteArray key = RegistryTokenCache::cacheKey(realm, service, scope, credential);
    if (const QByteArray token
        = useCache ? RegistryTokenCache::find(key, QDateTime::currentDateTimeUtc()) : QByteArray();
        !token.isEmpty()) {
        m_authorization.insert(repository, "Bearer " + token);
        m_tokenKey.insert(repository, key);
        m_tokenFromCache.insert(repository);
        RegistryTokenCache::remember(registryKey(repository), key);
        return resend();
    }

    QUrl tokenUrl = baseUrl().resolved(QUrl(realm));
    if (!tokenUrl.isValid() || (tokenUrl.scheme() != u"https" && tokenUrl.scheme() != u"http"))
        return fail(tr("%1: the registry named an unusable token service").arg(repository));
    // A credential goes to the token service only over https, or to the registry's own host.
    if (tokenUrl.scheme() != u"https" && tokenUrl.host() != baseUrl().host() && !credential.isEmpty())
        return fail(tr("%1: refused to send credentials to the token service %2 over plain http")
                        .arg(repository, safeUrl(tokenUrl)));
    QUrlQuery query(tokenUrl);
    if (!service.isEmpty())
        query.addQueryItem(u"service"_s, service);
    query.addQueryItem(u"scope"_s, scope);
    tokenUrl.setQuery(query);

    HttpRequest request;
    request.url = tokenUrl;
    if (!credential.isEmpty())
        request.setHeader("Authorization",
                          authorizationFor(credential.contains(u':') ? credential : credential + u':'));
    send(request, [this, repository, key, resend](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(tr("%1: no token: %2").arg(repository, response.errorString));
        if (response.status == 401 || response.status == 403)
            return fail(tr("%1: authentication failed (%2)").arg(repository, response.statusMessage()));
        if (!response.ok())
            return fail(tr("%1: no token: %2").arg(repository, response.statusMessage()));
        const RegistryToken token
            = RegistryToken::parse(response.body.left(256 * 1024), QDateTime::currentDateTimeUtc());
        if (!token.errorString.isEmpty())
            return fail(tr("%1: no token: %2").arg(repository, token.errorString));
        RegistryTokenCache::store(key, token);
        RegistryTokenCache::remember(registryKey(repository), key);
        m_authorization.insert(repository, "Bearer " + token.token);
        m_tokenKey.insert(repository, key);
        m_tokenFromCache.remove(repository);
        resend();
    });
}

SourceType registrySourceType()
{
    using Kind = SourceOption::Kind;
    SourceType type;
    type.name = RegistrySource::TypeName;
    type.description = RegistrySource::tr("Deployed image tags and their digests from an OCI container registry.");
    type.keyPrefixes = {u"image/"_s};
    type.options = HttpSource::commonOptions();
    type.options += {
        {u"repositories"_s, Kind::Any, true,
         RegistrySource::tr("Repositories to read, e.g. checkout-api, or {name, path, paths, tag} when the repository "
                            "is named per environment (path may contain \"{env}\", paths maps environments to "
                            "repositories); the row is image/<name>."),
         checkRegistryRepositories},
        {u"tag"_s, Kind::String, false,
         RegistrySource::tr("The tag this environment runs; \"{env}\" is the environment's name (the default).")},
        {u"listTags"_s, Kind::Boolean, false,
         RegistrySource::tr("Also count the repository's tags (row image/<repo>/tags).")},
    };
    type.acceptsCredentials = true;
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<RegistrySource>(context);
    };
    return type;
}

} // namespace DriftDeck
