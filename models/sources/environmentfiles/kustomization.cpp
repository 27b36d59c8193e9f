#include "kustomization.h"

#include "filetree.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

class KustomizationText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::KubernetesManifestsSource)
};

// Fields that change objects in ways this reader does not reproduce.
const QStringList &notApplied()
{
    static const QStringList fields{u"patches"_s,
                                    u"patchesStrategicMerge"_s,
                                    u"patchesJson6902"_s,
                                    u"configMapGenerator"_s,
                                    u"secretGenerator"_s,
                                    u"namePrefix"_s,
                                    u"nameSuffix"_s,
                                    u"components"_s,
                                    u"helmCharts"_s,
                                    u"replacements"_s,
                                    u"vars"_s,
                                    u"generators"_s,
                                    u"transformers"_s};
    return fields;
}

QString rewriteImage(const QString &image, const KustomizeImage &rule)
{
    QString name = imageNameOf(image);
    QString rest = image.mid(name.size()); // ":tag", "@digest", ":tag@digest" or ""
    if (!rule.newName.isEmpty())
        name = rule.newName;
    if (!rule.digest.isEmpty())
        return name + u'@' + rule.digest;
    if (!rule.newTag.isEmpty())
        return name + u':' + rule.newTag;
    return name + rest;
}

// Every containers[] and initContainers[] below value: pod templates sit at different depths in
// Deployments, CronJobs and Pods, and kustomize's image transformer looks at all of them.
void rewriteImages(QJsonValueRef value, const QList<KustomizeImage> &rules)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        // Writes through the references. clazy:exclude-next-line=range-loop-detach
        for (QJsonValueRef item : array)
            rewriteImages(item, rules);
        value = array;
        return;
    }
    if (!value.isObject())
        return;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if ((it.key() == u"containers" || it.key() == u"initContainers") && it.value().isArray()) {
            QJsonArray containers = it.value().toArray();
            // Writes through the references. clazy:exclude-next-line=range-loop-detach
            for (QJsonValueRef entry : containers) {
                QJsonObject container = entry.toObject();
                const QString image = container.value("image"_L1).toString();
                for (const KustomizeImage &rule : rules) {
                    if (!image.isEmpty() && imageNameOf(image) == rule.name) {
                        container.insert("image"_L1, rewriteImage(image, rule));
                        break;
                    }
                }
                entry = container;
            }
            it.value() = containers;
        } else {
            rewriteImages(it.value(), rules);
        }
    }
    value = object;
}

} // namespace

QString imageNameOf(const QString &image)
{
    QString name = image.section(u'@', 0, 0);
    const qsizetype slash = name.lastIndexOf(u'/');
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon > slash)
        name.truncate(colon);
    return name;
}

Kustomization readKustomization(const QByteArray &bytes, const QString &file)
{
    Kustomization out;
    const YamlDocument document = YamlDocument::parse(bytes);
    if (!document.problems.isEmpty()) {
        const YamlProblem &problem = document.problems.constFirst();
        out.errorString = fileErrorAt(file, problem.line, problem.column, problem.message);
        return out;
    }
    if (!document.root || !document.root->isMap()) {
        out.errorString = fileErrorAt(file, document.root ? document.root->line : 0, 0,
                                      KustomizationText::tr("expected a kustomization (a map)"));
        return out;
    }
    const YamlNode &root = *document.root;
    for (const auto &field : {u"resources"_s, u"bases"_s}) {
        const YamlNode *list = root.value(field);
        if (!list || list->isNull())
            continue;
        if (!list->isSequence()) {
            out.errorString = fileErrorAt(file, list->line, list->column,
                                          KustomizationText::tr("\"%1\" must be a list").arg(field));
            return out;
        }
        for (const YamlNodePtr &item : list->items) {
            if (!item->isScalar()) {
                out.errorString = fileErrorAt(file, item->line, item->column, KustomizationText::tr("expected a path"));
                return out;
            }
            out.resources.append({item->text, item->line});
        }
    }
    if (const YamlNode *ns = root.value(u"namespace"); ns && ns->isScalar())
        out.ns = ns->text;
    const QJsonObject json = FileTreeNode::fromYaml(root, 0).toJson().toObject();
    for (const auto values = json.value("images"_L1).toArray(); const QJsonValue &value : values) {
        const QJsonObject image = value.toObject();
        KustomizeImage rule{image.value("name"_L1).toString(), image.value("newName"_L1).toString(),
                            image.value("newTag"_L1).toVariant().toString(), image.value("digest"_L1).toString()};
        if (!rule.name.isEmpty())
            out.images.append(rule);
    }
    for (const auto values = json.value("replicas"_L1).toArray(); const QJsonValue &value : values) {
        const QJsonObject replicas = value.toObject();
        if (replicas.value("count"_L1).isDouble())
            out.replicas.append({replicas.value("name"_L1).toString(), qint64(replicas.value("count"_L1).toDouble())});
    }
    QStringList skipped;
    for (const QString &field : notApplied()) {
        if (root.value(field))
            skipped.append(field);
    }
    if (!skipped.isEmpty())
        out.warnings.append(KustomizationText::tr("%1: %2 not applied; for kustomize's full output point the source at "
                                                  "a file saved from `kubectl kustomize`")
                                .arg(file, skipped.join(u", "_s)));
    return out;
}

void applyKustomization(const Kustomization &kustomization, QList<ManifestDocument> &documents)
{
    for (ManifestDocument &document : documents) {
        QJsonObject &object = document.object;
        if (!kustomization.ns.isEmpty()) {
            QJsonObject metadata = object.value("metadata"_L1).toObject();
            metadata.insert("namespace"_L1, kustomization.ns);
            object.insert("metadata"_L1, metadata);
        }
        if (!kustomization.images.isEmpty() && object.contains("spec"_L1)) {
            QJsonValueRef spec = object["spec"_L1];
            rewriteImages(spec, kustomization.images);
        }
        const QString name = object.value("metadata"_L1).toObject().value("name"_L1).toString();
        for (const auto &[target, count] : kustomization.replicas) {
            if (target != name || !object.value("spec"_L1).isObject())
                continue;
            QJsonObject spec = object.value("spec"_L1).toObject();
            spec.insert("replicas"_L1, double(count));
            object.insert("spec"_L1, spec);
        }
    }
}

} // namespace DriftDeck
