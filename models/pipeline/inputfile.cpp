#include "inputfile.h"

#include "snapshot/snapshotfile.h"
#include "workspace/localfile.h"
#include "workspace/workspaceloader.h"
#include "workspace/yamltree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace DriftDeck {

namespace {

struct InputText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::InputFile)
};

constexpr qsizetype SniffBytes = 4096;

OpenedInput fromSnapshotResult(SnapshotReadResult read)
{
    OpenedInput input;
    if (read.snapshot)
        input.snapshot = std::make_shared<const Snapshot>(std::move(*read.snapshot));
    else
        input.errorString = read.errorString;
    return input;
}

OpenedInput fromWorkspaceResult(WorkspaceLoadResult loaded)
{
    OpenedInput input;
    if (loaded.ok())
        input.workspace = std::move(loaded.workspace);
    else
        input.errorString = loaded.errorString();
    return input;
}

// A pipe is read once: the sniff and the parser both work on the bytes in memory.
OpenedInput openPipe(const QString &path, InputExpected expected)
{
    const QString name = QDir::toNativeSeparators(path);
    // Snapshots may be large; a workspace is small. Read up to the larger bound only for a snapshot.
    LocalFile::Read read = LocalFile::readFileOrPipe(path, SnapshotFile::MaximumFileSize);
    OpenedInput input;
    if (!read.ok()) {
        input.errorString = InputText::tr("%1: %2").arg(name, read.errorString);
        return input;
    }
    if (read.bytes.isEmpty()) {
        input.errorString
            = InputText::tr("%1: nothing to read (the pipe was empty, or no program writes to it)").arg(name);
        return input;
    }
    if (expected == InputExpected::Snapshot
        || looksLikeSnapshot(QByteArrayView(read.bytes).first(std::min(read.bytes.size(), SniffBytes)))) {
        if (read.bytes.size() > SnapshotFile::MaximumFileSize) {
            input.errorString = InputText::tr("%1: more than 1 GiB; snapshots larger than that are not read").arg(name);
            return input;
        }
        return fromSnapshotResult(SnapshotFile::fromJson(read.bytes, name));
    }
    if (read.bytes.size() > YamlDocument::MaxBytes)
        read.bytes.truncate(YamlDocument::MaxBytes + 1); // the loader reports the size
    OpenedInput opened = fromWorkspaceResult(WorkspaceLoader::loadText(read.bytes, path));
    if (opened.workspace) {
        // /dev/stdin's folder means nothing to the user: relative paths start where they are.
        opened.workspace->filePath = QDir::current().absoluteFilePath(QFileInfo(path).fileName());
    }
    return opened;
}

} // namespace

bool looksLikeSnapshot(QByteArrayView head)
{
    // The format marker sits in the first few hundred bytes of every snapshot we write.
    const QByteArrayView trimmed = head.trimmed();
    return trimmed.startsWith('{') && trimmed.contains(QByteArrayView("\"driftdeck-snapshot\""));
}

bool looksLikeSnapshot(const QString &path)
{
    QFile file;
    QString error;
    if (!LocalFile::openRegular(file, path, &error))
        return false;
    return looksLikeSnapshot(QByteArrayView(file.read(SniffBytes)));
}

OpenedInput openInput(const QString &path, InputExpected expected)
{
    OpenedInput input;
    const LocalFile::Kind kind = LocalFile::kindOf(path);
    switch (kind) {
    case LocalFile::Kind::Missing:
        input.errorString = InputText::tr("%1: no such file").arg(path);
        return input;
    case LocalFile::Kind::Pipe:
        return openPipe(path, expected);
    case LocalFile::Kind::Other:
        input.errorString = InputText::tr("%1: %2").arg(path, LocalFile::notRegularReason(kind));
        return input;
    case LocalFile::Kind::Folder:
        if (expected == InputExpected::Snapshot) {
            input.errorString = InputText::tr("%1: %2").arg(path, LocalFile::notRegularReason(kind));
            return input;
        }
        break; // the workspace loader says it in its words
    case LocalFile::Kind::Regular:
        break;
    }
    if (expected == InputExpected::Snapshot || looksLikeSnapshot(path))
        return fromSnapshotResult(SnapshotFile::read(path));
    return fromWorkspaceResult(WorkspaceLoader::loadFile(path));
}

std::optional<SecretPolicy> secretPolicyFor(const Workspace &workspace, QString *error)
{
    const QByteArray salt = SaltStore().saltFor(workspace.filePath, error);
    if (salt.isEmpty())
        return std::nullopt;
    return SecretPolicy(workspace.policy.secrets, salt);
}

} // namespace DriftDeck
