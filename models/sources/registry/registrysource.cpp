#include "registrysource.h"

#include "registryauth.h"
#include "registryrepositories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxTagPages = 1000;
constexpr int TagPageSize = 100;

struct TagPage {
    QStringList tags;
    QString errorString;
};

TagPage readTagPage(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {{}, RegistrySource::tr("not a tags list: %1 at byte %2").arg(error.errorString()).arg(error.offset)};
    const QJsonValue tags = document.object().value(u"tags"_s);
    if (!document.isObject() || !(tags.isArray() || tags.isNull()))
        return {{}, RegistrySource::tr("not a tags list: expected {\"name\", \"tags\": [...]}")};
    TagPage page;
    const QJsonArray names = tags.toArray();
    for (const QJsonValue &tag : names)
        page.tags.append(tag.toString());
    return page;
}

} // namespace

// OCI index, OCI manifest, Docker manifest list, Docker v2 manifest: without all four, registries
// answer with different digests (or 404 for OCI images).
const QByteArray RegistrySource::ManifestAccept = "application/vnd.oci.image.index.v1+json, "
                                                  "application/vnd.oci.image.manifest.v1+json, "
                                                  "application/vnd.docker.distribution.manifest.list.v2+json, "
                                                  "application/vnd.docker.distribution.manifest.v2+json";

void RegistrySource::start()
{
    if (!optionError().isEmpty())
        return fail(optionError());
    m_tag = m_context.options.value(u"tag"_s).toString().trimmed();
    if (m_tag.isEmpty())
        m_tag = m_context.environment;
    const RegistryRepositories repositories
        = readRegistryRepositories(m_context.options.value(u"repositories"_s), m_context.environment);
    if (!repositories.errorString.isEmpty())
        return fail(repositories.errorString);
    if (repositories.items.isEmpty())
        return fail(tr("No repositories are listed for this source"));
    if (m_context.options.value(DiscoveryListing::What).toString() == u"tags")
        return listTags(repositories);
    for (const RegistryRepository &repository : repositories.items) {
        if (!isImageTag(repository.tag.isEmpty() ? m_tag : repository.tag))
            return fail(tr("\"%1\" is not a valid image tag").arg(repository.tag.isEmpty() ? m_tag : repository.tag));
        if (!isRepositoryPath(repository.path))
            return fail(tr("\"%1\" is not a repository name, e.g. acme/checkout-api").arg(repository.path));
    }

    m_result.layers.append({m_context.sourceId, tr("registry %1").arg(baseUrl().authority()), safeUrl(baseUrl())});
    m_outstanding = int(repositories.items.size());
    for (const RegistryRepository &repository : repositories.items)
        readRepository(repository);
}

// Requests, authorisation and messages use the repository's path in this registry; rows the name
// the workspace gave it, so per-environment repositories meet in one row.
void RegistrySource::readRepository(const RegistryRepository &item)
{
    const QString repository = item.path;
    const QString name = item.name;
    const QString tag = item.tag.isEmpty() ? m_tag : item.tag;
    HttpRequest request;
    request.method = "HEAD";
    request.url = endpoint(u"/v2/%1/manifests/%2"_s.arg(repository, tag));
    request.headers = extraHeaders();
    request.setHeader("Accept", ManifestAccept);
    sendAuthorised(request, repository, [this, repository, name, tag](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (response.status == 404) {
            m_result.warnings.append(tr("%1: no tag \"%2\" in the registry").arg(repository, tag));
        } else if (response.status == 200) {
            addRow(u"image/"_s + name, Value::string(tag));
            const QString digest = QString::fromLatin1(response.header("Docker-Content-Digest"));
            if (digest.isEmpty())
                m_result.warnings.append(tr("%1: the registry sent no Docker-Content-Digest").arg(repository));
            else
                addRow(u"image/%1/digest"_s.arg(name), Value::string(digest));
        } else {
            return fail(failureFor(repository, response));
        }
        if (m_context.options.value(u"listTags"_s).toBool())
            readTags(repository, name,
                     endpoint(u"/v2/%1/tags/list"_s.arg(repository), {{u"n"_s, QString::number(TagPageSize)}}), 0, 1);
        else
            repositoryDone();
    });
}

void RegistrySource::readTags(const QString &repository, const QString &name, const QUrl &url, qint64 counted, int page)
{
    HttpRequest request;
    request.url = url;
    request.headers = extraHeaders();
    sendAuthorised(request, repository, [this, repository, name, counted, page](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (response.status != 200)
            return fail(failureFor(repository, response));
        const QUrl next = nextPage(response.header("Link"), response.url);
        offThread<TagPage>([body = response.body] { return readTagPage(body); },
                           [this, repository, name, counted, page, next, where = response.url](TagPage &&tags) {
                               if (!tags.errorString.isEmpty())
                                   return fail(safeUrl(where) + u": "_s + tags.errorString);
                               const qint64 total = counted + tags.tags.size();
                               if (m_discovering) {
                                   // A tag's age would cost two requests per tag: discovery
                                   // orders tags by name instead (pr-10 after pr-9).
                                   for (const QString &tag : std::as_const(tags.tags))
                                       m_result.entries.insert(tag, Entry{});
                               }
                               if (!next.isEmpty() && page < MaxTagPages)
                                   return readTags(repository, name, next, total, page + 1);
                               if (!m_discovering)
                                   addRow(u"image/%1/tags"_s.arg(name), Value::number(double(total)));
                               repositoryDone();
                           });
    });
}

void RegistrySource::listTags(const RegistryRepositories &repositories)
{
    // The repository as the workspace names it (its row) or as the registry does; default the first.
    QString repository = m_context.options.value(DiscoveryListing::Repository).toString().trimmed();
    for (const RegistryRepository &item : repositories.items) {
        if (item.name == repository)
            repository = item.path;
    }
    if (repository.isEmpty())
        repository = repositories.items.constFirst().path;
    if (!isRepositoryPath(repository))
        return fail(tr("\"%1\" is not a repository name, e.g. acme/checkout-api").arg(repository));
    m_discovering = true;
    m_outstanding = 1;
    readTags(repository, repository,
             endpoint(u"/v2/%1/tags/list"_s.arg(repository), {{u"n"_s, QString::number(TagPageSize)}}), 0, 1);
}

void RegistrySource::repositoryDone()
{
    if (--m_outstanding == 0)
        finish(std::move(m_result));
}

void RegistrySource::addRow(const QString &key, const Value &value)
{
    Entry entry;
    entry.value = value;
    entry.provenance.append({0, 0, 0, value.display()});
    m_result.entries.insert(key, entry);
}

QUrl RegistrySource::nextPage(const QByteArray &link, const QUrl &current)
{
    // Link: </v2/app/tags/list?last=b&n=2>; rel="next" (possibly among other comma-separated links)
    static const QRegularExpression pattern(uR"(<([^>]*)>\s*;[^,]*\brel="?next"?)"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(link));
    if (!match.hasMatch())
        return {};
    return current.resolved(QUrl(match.captured(1)));
}

QString RegistrySource::registryError(const QByteArray &body)
{
    const QJsonObject first
        = QJsonDocument::fromJson(body.left(64 * 1024)).object().value(u"errors"_s).toArray().first().toObject();
    const QString code = first.value(u"code"_s).toString();
    const QString message = first.value(u"message"_s).toString();
    if (code.isEmpty())
        return message;
    return message.isEmpty() ? code : code + u": "_s + message;
}

QString RegistrySource::failureFor(const QString &repository, const HttpResponse &response) const
{
    const QString detail = registryError(response.body);
    QString message = response.status == 401 || response.status == 403
        ? tr("%1: authentication failed (%2)").arg(repository, response.statusMessage())
        : tr("%1: %2").arg(repository, response.statusMessage());
    if (!detail.isEmpty())
        message += u" — "_s + detail;
    return message;
}

} // namespace DriftDeck
