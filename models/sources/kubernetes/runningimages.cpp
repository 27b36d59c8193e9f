#include "runningimages.h"

#include <QHash>

#include <algorithm>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

QString workloadId(QStringView kind, QStringView ns, QStringView name)
{
    return kind.toString().toLower() + u'/' + ns + u'/' + name;
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// The workload a pod's controller leads to: "deployment/ns/name", or empty.
QString ownerWorkload(const PodRecord &pod, const QHash<QString, std::pair<QString, QString>> &links,
                      const QHash<QString, qsizetype> &index)
{
    if (pod.ownerKind.isEmpty())
        return {};
    if (pod.ownerKind == u"StatefulSet" || pod.ownerKind == u"DaemonSet")
        return workloadId(pod.ownerKind, pod.ns, pod.ownerName);
    const auto link = links.constFind(pod.ownerKind + u'/' + pod.ns + u'/' + pod.ownerName);
    if (link != links.cend())
        return workloadId(link->first, pod.ns, link->second);
    if (pod.ownerKind == u"ReplicaSet") {
        const QString hash = pod.labels.value(u"pod-template-hash"_s);
        if (!hash.isEmpty() && pod.ownerName.endsWith(u'-' + hash))
            return workloadId(u"deployment", pod.ns, pod.ownerName.chopped(hash.size() + 1));
    } else if (pod.ownerKind == u"Job") {
        const qsizetype dash = pod.ownerName.lastIndexOf(u'-');
        if (dash > 0 && allDigits(QStringView(pod.ownerName).mid(dash + 1))) {
            const QString id = workloadId(u"cronjob", pod.ns, pod.ownerName.left(dash));
            if (index.contains(id))
                return id;
        }
    }
    return {};
}

// "2.9.0" before "2.10.0": digit runs compare as numbers (QCollator's numeric mode needs ICU
// locale data that a C locale does not carry).
bool naturalLess(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a[i].isDigit())
                ++i;
            while (j < b.size() && b[j].isDigit())
                ++j;
            QStringView numberA = a.sliced(startA, i - startA);
            QStringView numberB = b.sliced(startB, j - startB);
            while (numberA.size() > 1 && numberA.front() == u'0')
                numberA = numberA.sliced(1);
            while (numberB.size() > 1 && numberB.front() == u'0')
                numberB = numberB.sliced(1);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size();
            if (const int order = numberA.compare(numberB); order != 0)
                return order < 0;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace

QString ImageReference::version() const
{
    if (!tag.isEmpty())
        return tag;
    if (!digest.isEmpty())
        return digest;
    return u"latest"_s;
}

ImageReference parseImageReference(QStringView reference)
{
    ImageReference image;
    const qsizetype at = reference.indexOf(u'@');
    if (at >= 0) {
        image.digest = reference.mid(at + 1).toString();
        reference = reference.left(at);
    }
    // A colon after the last slash starts the tag; one before it is a registry's port.
    const qsizetype slash = reference.lastIndexOf(u'/');
    const qsizetype colon = reference.lastIndexOf(u':');
    if (colon > slash) {
        image.tag = reference.mid(colon + 1).toString();
        reference = reference.left(colon);
    }
    image.repository = reference.toString();
    return image;
}

QString digestOfImageId(QStringView imageId)
{
    const qsizetype at = imageId.lastIndexOf(u'@');
    if (at >= 0)
        return imageId.mid(at + 1).toString();
    const qsizetype scheme = imageId.indexOf(u"://");
    if (scheme >= 0)
        imageId = imageId.mid(scheme + 3);
    return imageId.startsWith(u"sha256:") ? imageId.toString() : QString();
}

QString countedValues(const QStringList &values, int *distinct)
{
    QList<std::pair<QString, int>> counts;
    for (const QString &value : values) {
        if (value.isEmpty())
            continue;
        const auto it = std::find_if(counts.begin(), counts.end(), [&](const auto &c) { return c.first == value; });
        if (it == counts.end())
            counts.append({value, 1});
        else
            ++it->second;
    }
    if (distinct)
        *distinct = int(counts.size());
    if (counts.size() <= 1)
        return counts.isEmpty() ? QString() : counts.first().first;
    // Most pods first; equal counts newest version first, so the order never depends on pod order.
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : naturalLess(b.first, a.first);
    });
    QStringList parts;
    for (const auto &[value, count] : std::as_const(counts))
        parts.append(u"%1 ×%2"_s.arg(value).arg(count));
    return parts.join(u", "_s);
}

QList<QList<const PodRecord *>> podsByWorkload(const KubernetesWorkloads &read)
{
    QList<QList<const PodRecord *>> result(read.workloads.size());
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < read.workloads.size(); ++i) {
        const Workload &workload = read.workloads.at(i);
        index.insert(workloadId(workload.kind, workload.ns, workload.name), i);
    }
    QHash<QString, std::pair<QString, QString>> links;
    for (const OwnerLink &link : read.owners)
        links.insert(link.kind + u'/' + link.ns + u'/' + link.name, {link.ownerKind, link.ownerName});
    for (const PodRecord &pod : read.pods) {
        if (pod.phase == u"Failed")
            continue;
        const QString owner = ownerWorkload(pod, links, index);
        if (!owner.isEmpty()) {
            if (const auto it = index.constFind(owner); it != index.cend())
                result[*it].append(&pod);
            continue;
        }
        if (!pod.ownerKind.isEmpty())
            continue; // owned by something not listed
        for (qsizetype i = 0; i < read.workloads.size(); ++i) {
            const Workload &workload = read.workloads.at(i);
            if (workload.ns != pod.ns || workload.matchLabels.isEmpty())
                continue;
            const bool matches = std::all_of(
                workload.matchLabels.keyValueBegin(), workload.matchLabels.keyValueEnd(), [&](const auto &label) {
                    return pod.labels.value(label.first) == label.second && pod.labels.contains(label.first);
                });
            if (matches) {
                result[i].append(&pod);
                break;
            }
        }
    }
    return result;
}

} // namespace DriftDeck
