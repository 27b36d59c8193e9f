#include "commands.h"
#include "output/checkreport.h"
#include "pipeline/historykeeper.h"
#include "pipeline/inputfile.h"
#include "snapshot/snapshotfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace DriftDeck::CommandLine {

namespace {

constexpr QLatin1StringView Command("snapshot");

// Saves into the history the way the window does (same file names, same retention), so runs
// from cron or CI and the window can share one folder. Returns the path, or empty on failure.
QString keepInHistory(const Snapshot &snapshot, const CommandInput &input, const QString &folder)
{
    const QString directory = !folder.isEmpty() ? folder : input.history.folder;
    const HistoryStore store = !directory.isEmpty() ? HistoryStore::inFolder(QFileInfo(directory).absoluteFilePath())
                                                    : HistoryStore(snapshot.workspaceName, input.workspacePath);
    const HistorySaveResult saved = store.save(snapshot);
    if (!saved.ok()) {
        fail(Command, saved.errorString);
        return {};
    }
    const HistorySettings limits = historySettingsFor(input.history, HistoryKeeper::readSettings());
    store.applyRetention(limits.keepCount, limits.keepDays, QDateTime::currentDateTimeUtc());
    return saved.path;
}

} // namespace

int runSnapshot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandText::tr("Capture every environment of a workspace and write a snapshot file, or "
                        "keep it in the workspace's history (the folder the window's History view "
                        "reads; the workspace's `history: folder:` when it names one).\n"
                        "Exit codes: 0 written; 2 invalid arguments or workspace; 3 written, but a "
                        "source failed (its keys are unknown in the snapshot)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("workspace"), CommandText::tr("A workspace file."),
                                 QStringLiteral("WORKSPACE"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          CommandText::tr("The snapshot file to write (*.driftsnap.json)."),
                                          QStringLiteral("FILE"));
    parser.addOption(outputOption);
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        CommandText::tr("Keep the snapshot in the workspace's history, with its retention."));
    parser.addOption(historyOption);
    const QCommandLineOption historyFolderOption(
        QStringLiteral("history-folder"),
        CommandText::tr("Keep the snapshot in this history folder (a shared volume, a synced folder) instead of the "
                        "workspace's; implies --history."),
        QStringLiteral("DIR"));
    parser.addOption(historyFolderOption);
    if (!parser.parse(arguments))
        return fail(Command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("[options] WORKSPACE"),
                                                         QStringLiteral("snapshot [options] WORKSPACE"));
        return ExitNoDrift;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(Command, CommandText::tr("expected one WORKSPACE file (see driftdeck snapshot --help)"));
    const bool toFile = parser.isSet(outputOption);
    const bool toHistory = parser.isSet(historyOption) || parser.isSet(historyFolderOption);
    if ((toFile && parser.value(outputOption).isEmpty())
        || (parser.isSet(historyFolderOption) && parser.value(historyFolderOption).isEmpty())
        || (!toFile && !toHistory))
        return fail(Command,
                    CommandText::tr("say where to write the snapshot with -o FILE, --history or --history-folder DIR"));
    if (looksLikeSnapshot(positional.first()))
        return fail(
            Command,
            CommandText::tr("%1 is already a snapshot; give a workspace file to capture").arg(positional.first()));

    const CommandInput input = loadInput(positional.first(), true);
    if (const int code = input.failure(Command))
        return code; // nothing written: the previous file at -o stays as it was
    if (!input.captured) // a snapshot that came through a pipe
        return fail(
            Command,
            CommandText::tr("%1 is already a snapshot; give a workspace file to capture").arg(positional.first()));
    if (toFile) {
        const QString path = parser.value(outputOption);
        QString error;
        if (!SnapshotFile::write(*input.snapshot, path, &error))
            return fail(Command, error);
        QTextStream(stdout) << QFileInfo(path).absoluteFilePath() << Qt::endl;
    }
    if (toHistory) {
        const QString kept = keepInHistory(*input.snapshot, input, parser.value(historyFolderOption));
        if (kept.isEmpty())
            return ExitInvalid;
        QTextStream(stdout) << kept << Qt::endl;
    }
    const QStringList failed = failedSources(*input.snapshot);
    for (const QString &source : failed)
        QTextStream(stderr) << "driftdeck snapshot: " << CommandText::tr("source failed: %1").arg(source) << Qt::endl;
    return failed.isEmpty() ? int(ExitNoDrift) : int(ExitIncomplete);
}

} // namespace DriftDeck::CommandLine
