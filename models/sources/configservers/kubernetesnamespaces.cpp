#include "kubernetesnamespaces.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {
class NamespaceText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::KubernetesSource)
};
} // namespace

NamespacePage parseNamespaceList(const QByteArray &body)
{
    NamespacePage page;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        page.errorString = NamespaceText::tr("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset);
        return page;
    }
    const QJsonObject root = document.object();
    const QString kind = root.value(u"kind"_s).toString();
    if (!document.isObject() || (kind != u"NamespaceList" && kind != u"List") || !root.value(u"items"_s).isArray()) {
        page.errorString = NamespaceText::tr("expected a NamespaceList, got %1")
                               .arg(kind.isEmpty() ? NamespaceText::tr("something else") : kind);
        return page;
    }
    const QJsonArray items = root.value(u"items"_s).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject metadata = item.toObject().value(u"metadata"_s).toObject();
        const QString name = metadata.value(u"name"_s).toString();
        if (!name.isEmpty())
            page.namespaces.append({name, metadata.value(u"creationTimestamp"_s).toString()});
    }
    page.continueToken = root.value(u"metadata"_s).toObject().value(u"continue"_s).toString();
    return page;
}

} // namespace DriftDeck
