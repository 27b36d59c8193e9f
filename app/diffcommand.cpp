#include "commands.h"
#include "output/checkreport.h"
#include "output/diffformats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace DriftDeck::CommandLine {

namespace {

constexpr QLatin1StringView Command("diff");

} // namespace

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandText::tr(
        "Compare two snapshots (the older first): keys added, removed and changed per environment, and drift that "
        "is new or resolved. Either side may be a workspace file, captured now.\n"
        "Exit codes: 0 identical; 1 they differ; 2 invalid arguments or snapshot files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("a"), CommandText::tr("The older snapshot."),
                                 QStringLiteral("SNAPSHOT_A"));
    parser.addPositionalArgument(QStringLiteral("b"), CommandText::tr("The newer snapshot."),
                                 QStringLiteral("SNAPSHOT_B"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          CommandText::tr("Output format: text, json or markdown."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption baselineOption(
        QStringLiteral("baseline"),
        CommandText::tr("Judge drift against ENV (default: the newer snapshot's baseline)."), QStringLiteral("ENV"));
    const QCommandLineOption asOf = asOfOption();
    parser.addOptions({formatOption, baselineOption, asOf});
    if (!parser.parse(arguments))
        return fail(Command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("[options] SNAPSHOT_A"),
                                                         QStringLiteral("diff [options] SNAPSHOT_A"));
        return ExitNoDrift;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(Command,
                    CommandText::tr("expected two snapshot files, the older first (see driftdeck diff --help)"));
    const QString format = parser.value(formatOption);
    if (!QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")}.contains(format))
        return fail(Command, CommandText::tr("unknown format \"%1\": use text, json or markdown").arg(format));
    QString asOfError;
    QDate today = asOfDate(parser, asOf, &asOfError);
    if (!asOfError.isEmpty())
        return fail(Command, asOfError);

    const CommandInput a = loadInput(positional.at(0), true);
    if (const int code = a.failure(Command))
        return code;
    const CommandInput b = loadInput(positional.at(1), true);
    if (const int code = b.failure(Command))
        return code;

    QString baseline = parser.value(baselineOption);
    if (baseline.isEmpty())
        baseline = !b.snapshot->baseline.isEmpty() ? b.snapshot->baseline : a.snapshot->baseline;
    if (!baseline.isEmpty() && b.snapshot->environmentIndex(baseline) < 0 && a.snapshot->environmentIndex(baseline) < 0)
        return fail(Command, CommandText::tr("\"%1\" is an environment of neither snapshot").arg(baseline));

    // The newer snapshot's policy judges both, so only the captured values explain a change.
    const SnapshotDiff diff = diffSnapshots(*a.snapshot, *b.snapshot, baseline, b.snapshot->policy, today);
    DiffSides sides;
    sides.workspaceName = b.snapshot->workspaceName;
    sides.baseline = baseline;
    sides.pathA = positional.at(0);
    sides.pathB = positional.at(1);
    sides.takenAtA = a.snapshot->takenAt;
    sides.takenAtB = b.snapshot->takenAt;

    QTextStream out(stdout);
    if (format == u"json") {
        out << QString::fromUtf8(formatDiffJson(diff, sides));
    } else if (format == u"markdown") {
        out << formatDiffMarkdown(diff, sides);
    } else {
        bool widthOk = false;
        const int columns = qEnvironmentVariableIntValue("COLUMNS", &widthOk);
        out << formatDiffText(diff, sides, widthOk && columns >= 60 ? columns : 80);
    }
    return diff.isEmpty() ? int(ExitNoDrift) : int(ExitDrift);
}

} // namespace DriftDeck::CommandLine
