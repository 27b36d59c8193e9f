#include "manifestdocuments.h"

#include "filetree.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

class ManifestText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::KubernetesManifestsSource)
};

bool isReadKind(const QString &kind)
{
    return kind == u"ConfigMap" || kind == u"Secret" || isWorkloadKind(kind);
}

// What the API server does with a Secret written with stringData: each entry is base64-encoded
// into data, stringData winning over data for the same key.
void encodeStringData(QJsonObject &secret)
{
    const QJsonValue stringData = secret.value("stringData"_L1);
    if (!stringData.isObject())
        return;
    QJsonObject data = secret.value("data"_L1).toObject();
    const QJsonObject plain = stringData.toObject();
    for (auto it = plain.begin(); it != plain.end(); ++it) {
        if (it.value().isString())
            data.insert(it.key(), QString::fromLatin1(it.value().toString().toUtf8().toBase64()));
        else
            data.insert(it.key(), it.value()); // the reader reports it as "must be a string"
    }
    secret.insert("data"_L1, data);
    secret.remove("stringData"_L1);
}

} // namespace

QString ManifestDocument::location() const
{
    return line > 0 ? file + u':' + QString::number(line) : file;
}

QString readManifestDocuments(const QByteArray &bytes, const QString &file, QList<ManifestDocument> *out)
{
    const QList<YamlDocument> documents = YamlDocument::parseStream(bytes);
    for (const YamlDocument &document : documents) {
        if (!document.problems.isEmpty()) {
            const YamlProblem &problem = document.problems.constFirst();
            return fileErrorAt(file, problem.line, problem.column, problem.message);
        }
        const YamlNodePtr &root = document.root;
        if (!root || root->isNull())
            continue; // "---" at the start or end of a file, or a document of comments only
        if (!root->isMap())
            return fileErrorAt(file, root->line, root->column,
                               ManifestText::tr("expected a Kubernetes object (a map with \"kind\")"));
        const QJsonObject object = FileTreeNode::fromYaml(*root, 0).toJson().toObject();
        const QString kind = object.value("kind"_L1).toString();
        if (kind.isEmpty())
            return fileErrorAt(file, root->line, root->column, ManifestText::tr("\"kind\" is missing"));
        if (!kind.endsWith("List"_L1)) {
            out->append({object, file, root->line, root->column});
            continue;
        }
        const YamlNode *items = root->value(u"items");
        if (items && !items->isSequence() && !items->isNull())
            return fileErrorAt(file, items->line, items->column,
                               ManifestText::tr("%1: \"items\" must be a list").arg(kind));
        const QString itemKind = kind.chopped(4); // "" for kubectl's List: each item names its kind
        for (const YamlNodePtr &item : items ? items->items : QList<YamlNodePtr>()) {
            if (!item->isMap())
                return fileErrorAt(file, item->line, item->column, ManifestText::tr("a list item must be an object"));
            QJsonObject itemObject = FileTreeNode::fromYaml(*item, 0).toJson().toObject();
            if (itemObject.value("kind"_L1).toString().isEmpty()) {
                if (itemKind.isEmpty())
                    return fileErrorAt(file, item->line, item->column, ManifestText::tr("\"kind\" is missing"));
                itemObject.insert("kind"_L1, itemKind);
            }
            out->append({itemObject, file, item->line, item->column});
        }
    }
    return {};
}

KubernetesObjects manifestObjects(const QList<ManifestDocument> &documents)
{
    KubernetesObjects all;
    for (const ManifestDocument &document : documents) {
        const QString kind = document.kind();
        if (!isReadKind(kind)) {
            ++all.otherKinds;
            continue;
        }
        QJsonObject object = document.object;
        if (kind == u"Secret")
            encodeStringData(object);
        const KubernetesObjects one = parseKubernetesObjects(QJsonDocument(object).toJson(QJsonDocument::Compact));
        if (!one.errorString.isEmpty()) {
            KubernetesObjects failed;
            failed.errorString = fileErrorAt(document.file, document.line, document.column, one.errorString);
            return failed;
        }
        all.objects += one.objects;
        all.workloads.append(one.workloads);
    }
    return all;
}

QString manifestResourceName(const QString &kind)
{
    return kind.toLower() + u's';
}

} // namespace DriftDeck
