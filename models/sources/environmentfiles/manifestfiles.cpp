#include "manifestfiles.h"

#include "filetree.h"
#include "kustomization.h"
#include "workspace/localfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

class ManifestFileText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::KubernetesManifestsSource)
};

// kustomize's own limit on nested kustomizations is cycles; this one also bounds a runaway tree.
constexpr int MaxDepth = 16;

const QStringList &kustomizationNames()
{
    static const QStringList names{u"kustomization.yaml"_s, u"kustomization.yml"_s, u"Kustomization"_s};
    return names;
}

bool readFile(const ManifestPath &path, ManifestFiles *out)
{
    const LocalFile::Read read = LocalFile::readRegular(path.absolute, MaxManifestFileSize);
    if (!read.ok()) {
        out->errorString = fileErrorAt(path.label, 0, 0, read.errorString);
        return false;
    }
    out->files.append(path.label);
    out->errorString = readManifestDocuments(read.bytes, path.label, &out->documents);
    return out->errorString.isEmpty();
}

ManifestPath child(const ManifestPath &parent, const QString &name)
{
    return {QDir::cleanPath(parent.label + u'/' + name), QDir(parent.absolute).filePath(name)};
}

QString kustomizationIn(const QString &folder)
{
    for (const QString &name : kustomizationNames()) {
        if (QFileInfo(QDir(folder).filePath(name)).isFile())
            return name;
    }
    return {};
}

bool readPath(const ManifestPath &path, bool recursive, int depth, const CancelFlag &cancelled, ManifestFiles *out);

bool readKustomizationAt(const ManifestPath &folder, const QString &fileName, int depth, const CancelFlag &cancelled,
                         ManifestFiles *out)
{
    const ManifestPath file = child(folder, fileName);
    QFile in;
    QString openError;
    if (!LocalFile::openRegular(in, file.absolute, &openError)) {
        out->errorString = fileErrorAt(file.label, 0, 0, openError);
        return false;
    }
    out->files.append(file.label);
    const Kustomization kustomization
        = readKustomization(LocalFile::readAtMost(in, YamlDocument::MaxBytes), file.label);
    if (!kustomization.errorString.isEmpty()) {
        out->errorString = kustomization.errorString;
        return false;
    }
    out->warnings += kustomization.warnings;
    const qsizetype first = out->documents.size();
    for (const auto &[resource, line] : kustomization.resources) {
        if (resource.contains("://"_L1) || resource.startsWith("github.com/"_L1)) {
            out->errorString = fileErrorAt(file.label, line, 0,
                                           ManifestFileText::tr("remote resource %1: Drift Deck reads local files "
                                                                "only; save `kubectl kustomize` output instead")
                                               .arg(resource));
            return false;
        }
        const ManifestPath target = child(folder, resource);
        if (!QFileInfo::exists(target.absolute)) {
            out->errorString
                = fileErrorAt(file.label, line, 0, ManifestFileText::tr("%1: no such file or folder").arg(resource));
            return false;
        }
        if (!readPath(target, false, depth + 1, cancelled, out))
            return false;
    }
    QList<ManifestDocument> own = out->documents.mid(first);
    applyKustomization(kustomization, own);
    out->documents.remove(first, out->documents.size() - first);
    out->documents += own;
    return true;
}

bool readPath(const ManifestPath &path, bool recursive, int depth, const CancelFlag &cancelled, ManifestFiles *out)
{
    if (cancelled.load()) {
        out->errorString = ManifestFileText::tr("Cancelled");
        return false;
    }
    if (depth > MaxDepth) {
        out->errorString = fileErrorAt(
            path.label, 0, 0, ManifestFileText::tr("kustomizations nested more than %1 deep (a cycle?)").arg(MaxDepth));
        return false;
    }
    const QFileInfo info(path.absolute);
    if (info.isFile()) {
        if (kustomizationNames().contains(info.fileName())) {
            const ManifestPath folder{QFileInfo(path.label).path(), info.absolutePath()};
            return readKustomizationAt(folder, info.fileName(), depth, cancelled, out);
        }
        return readFile(path, out);
    }
    if (!info.isDir()) {
        // A FIFO or a device goes to the reader, which refuses it and says what it is.
        if (info.exists())
            return readFile(path, out);
        out->errorString = fileErrorAt(path.label, 0, 0, ManifestFileText::tr("no such file or folder"));
        return false;
    }
    if (const QString name = kustomizationIn(path.absolute); !name.isEmpty())
        return readKustomizationAt(path, name, depth, cancelled, out);
    const QDir dir(path.absolute);
    const QStringList files = dir.entryList({u"*.yaml"_s, u"*.yml"_s, u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (!readPath(child(path, name), recursive, depth, cancelled, out))
            return false;
    }
    if (recursive) {
        for (const auto names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
             const QString &name : names) {
            if (!readPath(child(path, name), recursive, depth + 1, cancelled, out))
                return false;
        }
    }
    return true;
}

} // namespace

ManifestFiles readManifestPath(const ManifestPath &path, bool recursive, const CancelFlag &cancelled)
{
    ManifestFiles out;
    if (!readPath(path, recursive, 0, cancelled, &out))
        out.documents.clear();
    return out;
}

} // namespace DriftDeck
