#pragma once

#include "sources/source.h"
#include "sources/sourcefactory.h"
#include "workspace/workspace.h"

#include <QList>
#include <QUrl>

namespace DriftDeck {

// One entry of a cluster source's `registries:` option: a registry whose images get their tag
// resolved to the digest it names now.
//   registries:
//     - url: https://registry.example.com        # images registry.example.com/… are looked up
//       credentials: {env: REGISTRY_TOKEN}       # or {keychain: …}; "user:password" for Basic
//       caFile: certs/registry-ca.pem            # and insecure, clientCertificate, clientKey
struct ImageRegistry {
    QUrl url;
    QString host; // what image references start with: "registry.example.com", "127.0.0.1:5000"
    QVariantMap options; // for the registry lookup: url, caFile, insecure, clientCertificate, clientKey
    CredentialRef credentials;
};

struct ImageRegistries {
    QList<ImageRegistry> items;
    QString errorString;
};

ImageRegistries readImageRegistries(const QVariant &option);
QList<OptionProblem> checkImageRegistries(const QVariant &option, const QStringList *environments);
// The `registries` option as the kubernetes and kubectl-json source types declare it.
SourceOption imageRegistriesOption();

// One repository:tag to resolve in one registry, and the image rows (image/<kind>/<name>/
// <container>) that run it.
struct RegistryLookup {
    QString path; // the repository within the registry: "staging/checkout-api"
    QString tag;
    QStringList imageKeys;
};

// The lookups for each registry (same index as registries), from a cluster result's rows
// <image key> (the tag) and <image key>/repository. Images pinned by digest alone, and images of
// registries not listed, are left out. Docker Hub's short names ("nginx") belong to docker.io.
QList<QList<RegistryLookup>> registryLookups(const SourceResult &result, const QList<ImageRegistry> &registries);

} // namespace DriftDeck
