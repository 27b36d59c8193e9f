#include "commands.h"

#include "pipeline/capture.h"
#include "pipeline/inputfile.h"
#include "snapshot/snapshotfile.h"
#include "workspace/credentials.h"

#include <QCoreApplication>
#include <QFile>

namespace DriftDeck::CommandLine {

CommandInput loadInput(const QString &path, bool allowWorkspace)
{
    CommandInput input;
    if (!QFile::exists(path)) {
        input.errorString = QCoreApplication::translate("DriftDeck::InputFile", "%1: no such file").arg(path);
        return input;
    }
    // A damaged snapshot may have lost its format marker: judge .json files as snapshots too,
    // so the error speaks of the snapshot, not of a workspace's YAML.
    if (looksLikeSnapshot(path) || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) || !allowWorkspace) {
        SnapshotReadResult read = SnapshotFile::read(path);
        if (read.snapshot)
            input.snapshot = std::make_shared<const Snapshot>(std::move(*read.snapshot));
        else
            input.errorString = read.errorString;
        return input;
    }
    OpenedInput opened = openInput(path);
    if (!opened.ok()) {
        input.errorString = opened.errorString;
        return input;
    }
    if (opened.snapshot) {
        input.snapshot = opened.snapshot;
        return input;
    }
    const std::optional<SecretPolicy> secrets = secretPolicyFor(*opened.workspace, &input.errorString);
    if (!secrets)
        return input;
    CompositeCredentialProvider credentials;
    input.snapshot = Capture::runBlocking(*opened.workspace, *secrets, &credentials);
    input.captured = true;
    input.workspacePath = opened.workspace->filePath;
    return input;
}

QStringList failedSources(const Snapshot &snapshot)
{
    QStringList failed;
    for (const EnvironmentCapture &env : snapshot.environments) {
        for (const SourceStatus &source : env.sources) {
            if (source.state == SourceState::Failed || source.state == SourceState::Cancelled)
                failed.append(QStringLiteral("%1 / %2: %3").arg(env.name, source.label.isEmpty() ? source.id : source.label,
                                                                source.error));
        }
    }
    return failed;
}

} // namespace DriftDeck::CommandLine
