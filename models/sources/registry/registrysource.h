#pragma once

#include "sources/http/httpsource.h"
#include "sources/sourcefactory.h"

#include <QHash>
#include <QSet>

namespace DriftDeck {

struct AuthChallenge;
struct RegistryRepository;
struct RegistryRepositories;

// Which image tag an environment runs and the digest it resolves to, from an OCI distribution
// registry: `HEAD /v2/<repo>/manifests/<tag>` per repository (all four manifest types accepted,
// so the digest is the one `docker pull` sees). Rows: image/<repo> (the tag),
// image/<repo>/digest and, with listTags, image/<repo>/tags (how many tags exist; the list is
// paged by Link headers). Repositories may be named per environment (registryrepositories.h):
// the row keeps the name the workspace gives. Anonymous, Basic ("user:password" credential) or Bearer token auth
// through the registry's challenge. A tag the registry does not have leaves the rows missing,
// with a warning; the other repositories are still read.
class RegistrySource : public HttpSource
{
    Q_OBJECT
public:
    using HttpSource::HttpSource;

    static constexpr QLatin1StringView TypeName{"registry"};
    static const QByteArray ManifestAccept;

    void start() override;

    // The target of `Link: <…>; rel="next"`, resolved against current; empty when there is none.
    static QUrl nextPage(const QByteArray &link, const QUrl &current);
    // The first error a registry put in its body ({"errors":[{"code","message"}]}), or empty.
    static QString registryError(const QByteArray &body);

private:
    void readRepository(const RegistryRepository &item);
    void readTags(const QString &repository, const QString &name, const QUrl &url, qint64 counted, int page);
    void repositoryDone();
    // Environment discovery: one repository's tags instead of an environment's images.
    void listTags(const RegistryRepositories &repositories);
    // Sends with the repository's credentials; on a 401 answers the challenge once and resends
    // (answered: that happened; refreshed: a refused cached token was replaced by a fresh one). A
    // cached Bearer token the registry refuses (revoked or expired early) is dropped and the
    // challenge answered once more with a fresh token; a fresh token refused is a failure.
    void sendAuthorised(HttpRequest request, const QString &repository, const ResponseHandler &done,
                        bool answered = false, bool refreshed = false);
    void answerChallenge(const AuthChallenge &challenge, const QString &repository, const std::function<void()> &resend,
                         const HttpResponse &unauthorised, const ResponseHandler &done, bool useCache);
    QByteArray registryKey(const QString &repository) const;
    void addRow(const QString &key, const Value &value);
    QString failureFor(const QString &repository, const HttpResponse &response) const;

    QString m_tag;
    int m_outstanding = 0;
    bool m_discovering = false;
    SourceResult m_result;
    QHash<QString, QByteArray> m_authorization; // repository -> Authorization header
    QHash<QString, QByteArray> m_tokenKey; // repository -> cache key of its Bearer token
    QSet<QString> m_tokenFromCache; // repositories whose Bearer token came from the cache
};

SourceType registrySourceType();

} // namespace DriftDeck
