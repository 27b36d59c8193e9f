#include "kubernetesformat.h"

#include "keyvaluerows.h"
#include "values/glob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace DriftDeck {

namespace {

class KubernetesText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::KubernetesSource)
};

const QLatin1StringView ServiceAccountToken("kubernetes.io/service-account-token");

// Reads one item; false with *error set when it is a ConfigMap or Secret that is malformed.
bool readObject(const QJsonObject &item, KubernetesObject::Kind kind, const QString &where, KubernetesObject *out,
                QString *error)
{
    const QJsonObject metadata = item.value(QLatin1StringView("metadata")).toObject();
    out->kind = kind;
    out->name = metadata.value(QLatin1StringView("name")).toString();
    out->ns = metadata.value(QLatin1StringView("namespace")).toString();
    out->resourceVersion = metadata.value(QLatin1StringView("resourceVersion")).toString();
    out->type = item.value(QLatin1StringView("type")).toString();
    if (out->name.isEmpty()) {
        *error = KubernetesText::tr("%1 has no metadata.name").arg(where);
        return false;
    }
    const bool secret = kind == KubernetesObject::Kind::Secret;
    const auto readMap = [&](QLatin1StringView field, bool base64) {
        const QJsonValue value = item.value(field);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject()) {
            *error = KubernetesText::tr("%1 (%2): \"%3\" must be a map").arg(where, out->name, field);
            return false;
        }
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isString()) {
                *error = KubernetesText::tr("%1 (%2): %3.%4 must be a string").arg(where, out->name, field, it.key());
                return false;
            }
            QByteArray bytes = it.value().toString().toUtf8();
            if (base64) {
                const auto decoded = QByteArray::fromBase64Encoding(bytes, QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded) {
                    // The key only: a Secret's broken value must not end up in a message either.
                    *error = KubernetesText::tr("%1 (%2): %3.%4 is not base64").arg(where, out->name, field, it.key());
                    return false;
                }
                bytes = *decoded;
            }
            out->data.append({it.key(), bytes});
        }
        return true;
    };
    if (secret)
        return readMap(QLatin1StringView("data"), true);
    return readMap(QLatin1StringView("data"), false) && readMap(QLatin1StringView("binaryData"), true);
}

bool kindOf(const QString &text, KubernetesObject::Kind *kind)
{
    if (text == u"ConfigMap")
        *kind = KubernetesObject::Kind::ConfigMap;
    else if (text == u"Secret")
        *kind = KubernetesObject::Kind::Secret;
    else
        return false;
    return true;
}

// Reads one item of the kind named kindText into result: 1 read, 0 a kind no row is made of,
// -1 malformed (result.errorString set).
int readItem(const QJsonObject &item, const QString &kindText, const QString &where, KubernetesObjects *result)
{
    KubernetesObject::Kind kind{};
    if (kindOf(kindText, &kind)) {
        KubernetesObject object;
        if (!readObject(item, kind, where, &object, &result->errorString))
            return -1;
        result->objects.append(object);
        return 1;
    }
    if (isWorkloadKind(kindText))
        return readWorkloadItem(item, kindText, where, &result->workloads, &result->errorString) ? 1 : -1;
    return 0;
}

} // namespace

KubernetesObjects parseKubernetesObjects(const QByteArray &body)
{
    KubernetesObjects result;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errorString
            = KubernetesText::tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    const QJsonObject root = document.object();
    const QString rootKind = root.value(QLatin1StringView("kind")).toString();
    if (!document.isObject() || rootKind.isEmpty()) {
        result.errorString = KubernetesText::tr("not a Kubernetes object: \"kind\" is missing");
        return result;
    }
    if (!rootKind.endsWith(QLatin1StringView("List"))) {
        if (readItem(root, rootKind, rootKind, &result) == 0)
            result.errorString
                = KubernetesText::tr("expected ConfigMaps, Secrets or workloads, got a %1").arg(rootKind);
        return result;
    }
    const QString listKind = rootKind.chopped(4); // "" for kubectl's List
    const QJsonValue items = root.value(QLatin1StringView("items"));
    if (!items.isArray() && !items.isNull()) {
        result.errorString = KubernetesText::tr("%1: \"items\" must be a list").arg(rootKind);
        return result;
    }
    const QJsonArray list = items.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        QString itemKind = item.value(QLatin1StringView("kind")).toString();
        if (itemKind.isEmpty())
            itemKind = listKind;
        const int read = readItem(item, itemKind, QStringLiteral("items[%1]").arg(i), &result);
        if (read < 0) {
            result.objects.clear();
            result.workloads = {};
            return result;
        }
        if (read == 0)
            ++result.otherKinds;
    }
    result.continueToken
        = root.value(QLatin1StringView("metadata")).toObject().value(QLatin1StringView("continue")).toString();
    return result;
}

QString kubernetesStatusMessage(const QByteArray &body)
{
    const QJsonObject status = QJsonDocument::fromJson(body).object();
    if (status.value(QLatin1StringView("kind")).toString() != u"Status")
        return {};
    return status.value(QLatin1StringView("message")).toString().left(300);
}

QStringList defaultKubernetesExcludes()
{
    return {QStringLiteral("kube-root-ca.crt"), QStringLiteral("sh.helm.release.v1.*")};
}

SourceResult kubernetesResult(const QList<KubernetesObject> &objects, const QString &sourceId,
                              const std::function<QString(const KubernetesObject &)> &locationOf,
                              const QStringList &excludedNames, const Normaliser &normaliser)
{
    SourceResult result;
    for (const KubernetesObject &object : objects) {
        const bool secret = object.kind == KubernetesObject::Kind::Secret;
        const bool excluded = std::any_of(excludedNames.cbegin(), excludedNames.cend(),
                                          [&](const QString &glob) { return globMatch(glob, object.name); });
        if (excluded || (secret && object.type == ServiceAccountToken))
            continue;
        const QString kindName = secret ? QStringLiteral("Secret") : QStringLiteral("ConfigMap");
        const QString qualified = object.ns.isEmpty() ? object.name : object.ns + u'/' + object.name;
        QString label = kindName + u' ' + qualified;
        if (!object.resourceVersion.isEmpty())
            label += KubernetesText::tr(" (resourceVersion %1)").arg(object.resourceVersion);
        const auto layer = qint32(result.layers.size());
        result.layers.append({sourceId, label, locationOf(object)});
        const QString prefix = (secret ? QLatin1StringView("config/secret/") : QLatin1StringView("config/configmap/"))
            + object.name + u'/';
        for (const auto &[name, bytes] : object.data) {
            bool binary = false;
            Entry entry;
            entry.value = storedValue(bytes, normaliser, &binary);
            entry.provenance.append({layer, 0, 0, secret ? QString() : entry.value.display()});
            entry.sensitive = secret; // fingerprinted by the pipeline whatever the secret patterns say
            const QString key = prefix + name;
            if (result.entries.contains(key))
                result.warnings.append(KubernetesText::tr("%1 %2 appears more than once (several namespaces?); "
                                                          "the later one is kept")
                                           .arg(kindName, object.name));
            result.entries.insert(key, entry);
        }
    }
    return result;
}

} // namespace DriftDeck
