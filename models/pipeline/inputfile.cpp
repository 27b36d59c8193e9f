#include "inputfile.h"

#include "snapshot/snapshotfile.h"
#include "workspace/workspaceloader.h"

#include <QCoreApplication>
#include <QFile>

namespace DriftDeck {

bool looksLikeSnapshot(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The format marker sits in the first few hundred bytes of every snapshot we write.
    const QByteArray head = file.read(4096);
    return head.trimmed().startsWith('{') && head.contains("\"driftdeck-snapshot\"");
}

OpenedInput openInput(const QString &path)
{
    OpenedInput input;
    if (!QFile::exists(path)) {
        input.errorString = QCoreApplication::translate("DriftDeck::InputFile", "%1: no such file").arg(path);
        return input;
    }
    if (looksLikeSnapshot(path)) {
        SnapshotReadResult read = SnapshotFile::read(path);
        if (read.snapshot)
            input.snapshot = std::make_shared<const Snapshot>(std::move(*read.snapshot));
        else
            input.errorString = read.errorString;
        return input;
    }
    WorkspaceLoadResult loaded = WorkspaceLoader::loadFile(path);
    if (loaded.ok())
        input.workspace = std::move(loaded.workspace);
    else
        input.errorString = loaded.errorString();
    return input;
}

std::optional<SecretPolicy> secretPolicyFor(const Workspace &workspace, QString *error)
{
    const QByteArray salt = SaltStore().saltFor(workspace.filePath, error);
    if (salt.isEmpty())
        return std::nullopt;
    return SecretPolicy(workspace.policy.secrets, salt);
}

} // namespace DriftDeck
