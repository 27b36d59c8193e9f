#include "podspecrows.h"

#include "runningimages.h"

#include <QJsonArray>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

void addResources(const RowWriter &writer, const QString &prefix, const QJsonObject &resources,
                  const Normaliser &normaliser)
{
    for (const auto group : {"requests"_L1, "limits"_L1}) {
        const QJsonObject amounts = resources.value(group).toObject();
        for (auto it = amounts.begin(); it != amounts.end(); ++it) {
            const QJsonValue amount = it.value();
            const QString text = amount.isDouble() ? canonicalNumber(amount.toDouble()) : amount.toString();
            writer.add(prefix + group + u'.' + it.key(), quantityValue(text, normaliser));
        }
    }
}

void addEnvironment(const RowWriter &writer, const QString &prefix, const QJsonObject &container,
                    const Normaliser &normaliser)
{
    for (const auto values = container.value("env"_L1).toArray(); const QJsonValue &value : values) {
        const QJsonObject variable = value.toObject();
        const QString name = variable.value("name"_L1).toString();
        if (name.isEmpty())
            continue;
        const QJsonValue valueFrom = variable.value("valueFrom"_L1);
        // A reference stays a reference: the Secret or ConfigMap behind it is never read here.
        const Value entry = valueFrom.isObject() ? Value::string(envReference(valueFrom.toObject()))
                                                 : normaliser.scalar(variable.value("value"_L1).toString(), true);
        writer.add(prefix + u"env/"_s + name, entry);
    }
    QStringList from;
    for (const auto values = container.value("envFrom"_L1).toArray(); const QJsonValue &value : values) {
        const QJsonObject source = value.toObject();
        const QString prefixText = source.value("prefix"_L1).toString();
        for (const auto kind : {"configMapRef"_L1, "secretRef"_L1}) {
            if (source.contains(kind)) {
                QString text = kind + u' ' + source.value(kind).toObject().value("name"_L1).toString();
                if (!prefixText.isEmpty())
                    text += u" prefix "_s + prefixText;
                from.append(text);
            }
        }
    }
    if (!from.isEmpty())
        writer.add(prefix + u"envFrom"_s, Value::string(from.join(u", "_s)));
}

void addContainer(const RowWriter &writer, const WorkloadKeys &keys, const QJsonObject &container,
                  const Normaliser &normaliser)
{
    const QString name = container.value("name"_L1).toString();
    if (name.isEmpty())
        return;
    const ImageReference image = parseImageReference(container.value("image"_L1).toString());
    const QString imageKey = keys.image + u'/' + name;
    writer.add(imageKey, Value::string(image.version()));
    writer.add(imageKey + u"/repository"_s, Value::string(image.repository));
    const QString config = keys.config + u'/' + name + u'/';
    writer.add(config + u"imagePullPolicy"_s,
               Value::string(container.value("imagePullPolicy"_L1)
                                 .toString(image.tag == u"latest" || (image.tag.isEmpty() && image.digest.isEmpty())
                                               ? u"Always"_s // the API's default for a floating tag
                                               : u"IfNotPresent"_s)));
    addResources(writer, keys.infra + u'/' + name + u'/', container.value("resources"_L1).toObject(), normaliser);
    addEnvironment(writer, config, container, normaliser);
    for (const auto probe : {"livenessProbe"_L1, "readinessProbe"_L1, "startupProbe"_L1}) {
        if (container.value(probe).isObject())
            writer.addFlattened(config + probe, container.value(probe).toObject(), normaliser);
    }
    if (container.value("securityContext"_L1).isObject())
        writer.addFlattened(config + u"securityContext"_s, container.value("securityContext"_L1).toObject(),
                            normaliser);
}

} // namespace

void RowWriter::add(const QString &key, const Value &value) const
{
    if (result->entries.contains(key))
        return;
    Entry entry;
    entry.value = value;
    entry.provenance.append({layer, 0, 0, value.display()});
    result->entries.insert(key, entry);
}

void RowWriter::addFlattened(const QString &prefix, const QJsonObject &object, const Normaliser &normaliser,
                             QChar separator) const
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix + separator + it.key();
        if (it.value().isObject())
            addFlattened(key, it.value().toObject(), normaliser);
        else
            add(key, normaliser.fromJson(it.value()));
    }
}

WorkloadKeys::WorkloadKeys(const QString &kind, const QString &name)
    : config(u"config/%1/%2"_s.arg(kind, name))
    , infra(u"infra/%1/%2"_s.arg(kind, name))
    , image(u"image/%1/%2"_s.arg(kind, name))
{
}

QString envReference(const QJsonObject &valueFrom)
{
    for (const auto kind : {"configMapKeyRef"_L1, "secretKeyRef"_L1}) {
        if (valueFrom.contains(kind)) {
            const QJsonObject ref = valueFrom.value(kind).toObject();
            return kind + u' ' + ref.value("name"_L1).toString() + u'/' + ref.value("key"_L1).toString();
        }
    }
    if (valueFrom.contains("fieldRef"_L1))
        return u"fieldRef "_s + valueFrom.value("fieldRef"_L1).toObject().value("fieldPath"_L1).toString();
    if (valueFrom.contains("resourceFieldRef"_L1)) {
        const QJsonObject ref = valueFrom.value("resourceFieldRef"_L1).toObject();
        QString text = u"resourceFieldRef "_s + ref.value("resource"_L1).toString();
        if (ref.contains("containerName"_L1))
            text += u" of "_s + ref.value("containerName"_L1).toString();
        return text;
    }
    return u"valueFrom "_s + valueFrom.keys().join(u", "_s);
}

Value quantityValue(const QString &text, const Normaliser &normaliser)
{
    double amount = 0;
    if (Normaliser::parseQuantity(text, &amount))
        return Value::withCanonical(ValueKind::Number, canonicalNumber(amount), text);
    return normaliser.scalar(text, true);
}

void addPodSpecRows(const RowWriter &writer, const WorkloadKeys &keys, const QJsonObject &podSpec,
                    const Normaliser &normaliser)
{
    for (const auto list : {"initContainers"_L1, "containers"_L1}) {
        for (const auto containers = podSpec.value(list).toArray(); const QJsonValue &container : containers)
            addContainer(writer, keys, container.toObject(), normaliser);
    }
    QString account = podSpec.value("serviceAccountName"_L1).toString();
    if (account.isEmpty())
        account = podSpec.value("serviceAccount"_L1).toString(u"default"_s); // what the pods get
    writer.add(keys.config + u"/serviceAccountName"_s, Value::string(account));
    if (podSpec.value("nodeSelector"_L1).isObject())
        writer.addFlattened(keys.config + u"/nodeSelector"_s, podSpec.value("nodeSelector"_L1).toObject(), normaliser);
    if (podSpec.value("securityContext"_L1).isObject())
        writer.addFlattened(keys.config + u"/securityContext"_s, podSpec.value("securityContext"_L1).toObject(),
                            normaliser);
}

} // namespace DriftDeck
