#include "commands.h"
#include "pipeline/capture.h"
#include "pipeline/inputfile.h"
#include "shutdownsignals.h"
#include "sources/configformats/configfilecache.h"
#include "workspace/credentials.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace DriftDeck::CommandLine {

int fail(QLatin1StringView command, const QString &message, int code)
{
    QTextStream(stderr) << "driftdeck " << command << ": " << message << Qt::endl;
    return code;
}

QCommandLineOption asOfOption()
{
    return {QStringLiteral("as-of"), CommandText::tr("Judge rule expiry as of DATE (default: today)."),
            QStringLiteral("YYYY-MM-DD")};
}

QDate asOfDate(const QCommandLineParser &parser, const QCommandLineOption &option, QString *error)
{
    if (!parser.isSet(option))
        return QDate::currentDate();
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date.isValid())
        *error = CommandText::tr("--as-of expects a date like 2027-03-31, got \"%1\"").arg(parser.value(option));
    return date;
}

int interruptedCode()
{
    return ShutdownSignals::exitCode();
}

SnapshotPtr captureNow(const Workspace &workspace, const SecretPolicy &secrets)
{
    if (interruptedCode() != 0)
        return {};
    CompositeCredentialProvider credentials;
    Capture capture(workspace, secrets);
    capture.setCredentialProvider(&credentials);
    SnapshotPtr result;
    QEventLoop loop;
    QObject::connect(&capture, &Capture::finished, &loop, [&](SnapshotPtr snapshot) {
        result = std::move(snapshot);
        loop.quit();
    });
    if (ShutdownSignals *shutdown = ShutdownSignals::instance()) {
        // Sources stop their requests now; the half-assembled snapshot is of no use to anyone.
        QObject::connect(shutdown, &ShutdownSignals::requested, &loop, [&] {
            capture.cancel();
            loop.quit();
        });
    }
    capture.start();
    loop.exec();
    // One capture a process: what the parsed-file cache keeps for a next refresh would only hold
    // memory while the drift is computed and printed (the snapshot shares what it needs).
    ConfigFileCache::instance().clear();
#ifdef __GLIBC__
    // What the reading threads freed (file buffers, parsed lists) stays in their malloc arenas,
    // which the main thread does not reuse for the drift and the report: hand it back first.
    malloc_trim(0);
#endif
    if (interruptedCode() != 0)
        return {};
    keepUntilExit(result);
    return result;
}

void keepUntilExit(const SnapshotPtr &snapshot)
{
    static auto *kept = new QList<SnapshotPtr>;
    if (snapshot)
        kept->append(snapshot);
}

CommandInput loadInput(const QString &path, bool allowWorkspace)
{
    CommandInput input;
    // A damaged snapshot may have lost its format marker: judge .json files as snapshots too,
    // so the error speaks of the snapshot, not of a workspace's YAML.
    const bool snapshotOnly = !allowWorkspace || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    OpenedInput opened = openInput(path, snapshotOnly ? InputExpected::Snapshot : InputExpected::Any);
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
    input.snapshot = captureNow(*opened.workspace, *secrets);
    input.interrupted = !input.snapshot && interruptedCode() != 0;
    input.captured = true;
    input.workspacePath = opened.workspace->filePath;
    input.history = opened.workspace->history;
    return input;
}

int CommandInput::failure(QLatin1StringView command) const
{
    if (interrupted)
        return interruptedCode();
    return snapshot ? 0 : fail(command, errorString);
}

QStringList failedSources(const Snapshot &snapshot)
{
    QStringList failed;
    for (const EnvironmentCapture &env : snapshot.environments) {
        for (const SourceStatus &source : env.sources) {
            if (source.state == SourceState::Failed || source.state == SourceState::Cancelled)
                failed.append(QStringLiteral("%1 / %2: %3")
                                  .arg(env.name, source.label.isEmpty() ? source.id : source.label, source.error));
        }
    }
    return failed;
}

} // namespace DriftDeck::CommandLine
