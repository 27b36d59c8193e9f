#include "commands.h"

#include "output/checkreport.h"
#include "pipeline/inputfile.h"
#include "snapshot/snapshotfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace DriftDeck::CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DriftDeck::CommandLine", text);
}

int fail(const QString &message, int code = ExitInvalid)
{
    QTextStream(stderr) << "driftdeck snapshot: " << message << Qt::endl;
    return code;
}

} // namespace

int runSnapshot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Capture every environment of a workspace and write a snapshot file.\n"
                                        "Exit codes: 0 written; 2 invalid arguments or workspace; 3 written, but a "
                                        "source failed (its keys are unknown in the snapshot)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("workspace"), tr("A workspace file."), QStringLiteral("WORKSPACE"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The snapshot file to write (*.driftsnap.json)."), QStringLiteral("FILE"));
    parser.addOption(outputOption);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("[options] WORKSPACE"),
                                                         QStringLiteral("snapshot [options] WORKSPACE"));
        return ExitNoDrift;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("expected one WORKSPACE file (see driftdeck snapshot --help)"));
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return fail(tr("say where to write the snapshot with -o FILE"));
    if (looksLikeSnapshot(positional.first()))
        return fail(tr("%1 is already a snapshot; give a workspace file to capture").arg(positional.first()));

    const CommandInput input = loadInput(positional.first(), true);
    if (input.interrupted)
        return interruptedCode(); // nothing written: the previous file at -o stays as it was
    if (!input.snapshot)
        return fail(input.errorString);
    if (!input.captured) // a snapshot that came through a pipe
        return fail(tr("%1 is already a snapshot; give a workspace file to capture").arg(positional.first()));
    const QString path = parser.value(outputOption);
    QString error;
    if (!SnapshotFile::write(*input.snapshot, path, &error))
        return fail(error);
    QTextStream(stdout) << QFileInfo(path).absoluteFilePath() << Qt::endl;
    const QStringList failed = failedSources(*input.snapshot);
    for (const QString &source : failed)
        QTextStream(stderr) << "driftdeck snapshot: " << tr("source failed: %1").arg(source) << Qt::endl;
    return failed.isEmpty() ? int(ExitNoDrift) : int(ExitIncomplete);
}

} // namespace DriftDeck::CommandLine
