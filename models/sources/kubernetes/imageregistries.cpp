#include "imageregistries.h"

#include "sources/metrics/optioncheck.h"

#include <QCoreApplication>
#include <QHash>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

class ImageRegistryText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ImageRegistries)
};

const QStringList &entryKeys()
{
    static const QStringList keys{u"url"_s,      u"credentials"_s,       u"caFile"_s,
                                  u"insecure"_s, u"clientCertificate"_s, u"clientKey"_s};
    return keys;
}

bool isDockerHub(const QString &host)
{
    return host == u"docker.io" || host == u"index.docker.io" || host == u"registry-1.docker.io";
}

QList<ImageRegistry> readItems(OptionCheck &check, const QVariant &option)
{
    QList<ImageRegistry> items;
    if (!check.expectList(option, {}))
        return items;
    const QVariantList list = option.toList();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QVariantList at{int(i)};
        QVariantMap map;
        if (list[i].typeId() == QMetaType::QString) {
            map.insert(u"url"_s, list[i]); // "- https://registry.example.com"
        } else if (check.expectMap(list[i], at)) {
            map = list[i].toMap();
            check.checkKeys(map, at, entryKeys(), {u"url"_s});
        } else {
            continue;
        }
        ImageRegistry registry;
        const QVariantList urlAt = OptionCheck::append(at, u"url"_s);
        const auto text = check.text(map.value(u"url"_s), urlAt);
        if (!text)
            continue;
        QString probe = *text;
        registry.url = QUrl(probe.replace(u"{env}"_s, u"env"_s), QUrl::StrictMode);
        if (!registry.url.isValid() || registry.url.host().isEmpty()
            || (registry.url.scheme() != u"http" && registry.url.scheme() != u"https")
            || !registry.url.userInfo().isEmpty()) {
            check.problem(urlAt,
                          ImageRegistryText::tr("expected an http or https URL without credentials, e.g. "
                                                "https://registry.example.com"));
            continue;
        }
        registry.url = QUrl(*text);
        registry.host = registry.url.authority().toLower();
        if (map.contains(u"credentials"_s)) {
            const QVariantList credAt = OptionCheck::append(at, u"credentials"_s);
            if (check.expectMap(map.value(u"credentials"_s), credAt)) {
                const QVariantMap credentials = map.value(u"credentials"_s).toMap();
                check.checkKeys(credentials, credAt, {u"env"_s, u"keychain"_s});
                if (credentials.size() != 1) {
                    check.problem(credAt,
                                  ImageRegistryText::tr("name either an environment variable (env) or a "
                                                        "keychain entry (keychain)"));
                } else if (const auto name
                           = check.text(credentials.first(), OptionCheck::append(credAt, credentials.firstKey()))) {
                    registry.credentials.kind = credentials.firstKey() == u"env"
                        ? CredentialRef::Kind::EnvironmentVariable
                        : CredentialRef::Kind::Keychain;
                    registry.credentials.name = *name;
                }
            }
        }
        for (const QString &key : entryKeys()) {
            if (key != u"credentials" && map.contains(key))
                registry.options.insert(key, map.value(key));
        }
        for (const auto &name : {u"caFile"_s, u"clientCertificate"_s, u"clientKey"_s}) {
            if (map.contains(name))
                check.text(map.value(name), OptionCheck::append(at, name));
        }
        if (map.contains(u"clientCertificate"_s) != map.contains(u"clientKey"_s))
            check.problem(at, ImageRegistryText::tr("clientCertificate and clientKey go together"));
        items.append(registry);
    }
    return items;
}

} // namespace

ImageRegistries readImageRegistries(const QVariant &option)
{
    OptionCheck check;
    ImageRegistries result;
    result.items = readItems(check, option);
    if (!check.problems().isEmpty())
        result.errorString = check.firstError(u"registries"_s);
    return result;
}

QList<OptionProblem> checkImageRegistries(const QVariant &option, const QStringList *)
{
    OptionCheck check;
    readItems(check, option);
    return check.problems();
}

SourceOption imageRegistriesOption()
{
    return {
        u"registries"_s, SourceOption::Kind::Any, false,
        ImageRegistryText::tr("Registries whose images are looked up: the digest each workload's tag names there now "
                              "(row image/<kind>/<name>/<container>/registryDigest). A list of URLs, or of {url, "
                              "credentials, caFile, insecure, clientCertificate, clientKey}."),
        checkImageRegistries};
}

QList<QList<RegistryLookup>> registryLookups(const SourceResult &result, const QList<ImageRegistry> &registries)
{
    QList<QList<RegistryLookup>> lookups(registries.size());
    QList<QHash<QString, qsizetype>> seen(registries.size()); // "path:tag" -> index in lookups
    static constexpr QStringView Suffix = u"/repository";
    for (auto it = result.entries.cbegin(); it != result.entries.cend(); ++it) {
        if (!it.key().startsWith(u"image/") || !it.key().endsWith(Suffix))
            continue;
        const QString imageKey = it.key().chopped(Suffix.size());
        const auto tagEntry = result.entries.constFind(imageKey);
        if (tagEntry == result.entries.cend())
            continue;
        const QString tag = tagEntry->value.display();
        if (tag.isEmpty() || tag.startsWith(u"sha256:"))
            continue; // pinned by digest: no tag to move
        const QString repository = it->value.display();
        // "registry:5000/team/app": a first segment with a dot, a colon or "localhost" is a host;
        // anything else is Docker Hub's ("nginx" is docker.io/library/nginx).
        const qsizetype slash = repository.indexOf(u'/');
        const QString first = slash < 0 ? QString() : repository.left(slash);
        const bool hasHost
            = !first.isEmpty() && (first.contains(u'.') || first.contains(u':') || first == u"localhost");
        const QString host = hasHost ? first.toLower() : u"docker.io"_s;
        QString path = hasHost ? repository.mid(slash + 1) : repository;
        for (qsizetype r = 0; r < registries.size(); ++r) {
            const QString &wanted = registries[r].host;
            if (wanted != host && !(isDockerHub(wanted) && isDockerHub(host)))
                continue;
            if (isDockerHub(host) && !path.contains(u'/'))
                path = u"library/"_s + path;
            const QString id = path + u':' + tag;
            if (const auto known = seen[r].constFind(id); known != seen[r].cend()) {
                lookups[r][*known].imageKeys.append(imageKey);
            } else {
                seen[r].insert(id, lookups[r].size());
                lookups[r].append({path, tag, {imageKey}});
            }
            break;
        }
    }
    // Hash order is arbitrary; requests and messages should not be.
    for (auto &list : lookups) {
        std::sort(list.begin(), list.end(), [](const RegistryLookup &a, const RegistryLookup &b) {
            return std::tie(a.path, a.tag) < std::tie(b.path, b.tag);
        });
        for (auto &lookup : list)
            lookup.imageKeys.sort();
    }
    return lookups;
}

} // namespace DriftDeck
