#pragma once

#include "output/checkreport.h"
#include "snapshot/snapshot.h"
#include "values/secrets.h"
#include "workspace/workspace.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QCommandLineParser;

namespace DriftDeck::CommandLine {

QStringList commandNames();
// Each takes the program name followed by the command's own arguments.
int runCheck(const QStringList &arguments);
int runSnapshot(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runDiff(const QStringList &arguments);

// What the commands share. Their messages use one translation context.
struct CommandText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::CommandLine)
};
// Prints "driftdeck <command>: <message>" to standard error and returns code.
int fail(QLatin1StringView command, const QString &message, int code = ExitInvalid);
// --as-of DATE, offered by every command that judges rule expiry.
QCommandLineOption asOfOption();
// The date rule expiry is judged by: the option's, or today. An invalid date with error set
// when the option holds something else than a date.
QDate asOfDate(const QCommandLineParser &parser, const QCommandLineOption &option, QString *error);

// A snapshot read from a file, or captured now from a workspace file.
struct CommandInput {
    SnapshotPtr snapshot;
    QString errorString; // empty when interrupted
    bool interrupted = false; // SIGINT or SIGTERM: stop, write nothing, exit with interruptedCode()
    bool captured = false; // from a workspace, just now
    QString workspacePath; // when captured
    HistoryOptions history; // the workspace's `history:` section, when captured

    // 0 when there is a snapshot. Otherwise the command's exit code, after saying why on
    // standard error: interruptedCode() when a signal stopped it, else ExitInvalid.
    int failure(QLatin1StringView command) const;
};
// allowWorkspace false: path must be a snapshot file.
CommandInput loadInput(const QString &path, bool allowWorkspace);
// Captures every environment now. SIGINT or SIGTERM cancels it: then nullptr, and the command
// writes nothing and exits with interruptedCode().
SnapshotPtr captureNow(const Workspace &workspace, const SecretPolicy &secrets);
// A command runs once and the process ends: a snapshot kept here is never freed entry by entry
// (two million entries took half a second of every `check` at 20 × 100,000 keys) but goes with
// the process. Reachable to the end, so leak checkers do not count it.
void keepUntilExit(const SnapshotPtr &snapshot);
// 128 + the signal once SIGINT (130) or SIGTERM (143) arrived; 0 otherwise.
int interruptedCode();
// "staging / Registry: timeout after 10 s" for every source that failed or was cancelled.
QStringList failedSources(const Snapshot &snapshot);

} // namespace DriftDeck::CommandLine
