#include "commands.h"
#include "output/checkreport.h"
#include "output/diffformats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace DriftDeck::CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DriftDeck::CommandLine", text);
}

int fail(const QString &message, int code = ExitInvalid)
{
    QTextStream(stderr) << "driftdeck diff: " << message << Qt::endl;
    return code;
}

} // namespace

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compare two snapshots (the older first): keys added, removed and changed per environment, and drift that "
           "is new or resolved. Either side may be a workspace file, captured now.\n"
           "Exit codes: 0 identical; 1 they differ; 2 invalid arguments or snapshot files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("a"), tr("The older snapshot."), QStringLiteral("SNAPSHOT_A"));
    parser.addPositionalArgument(QStringLiteral("b"), tr("The newer snapshot."), QStringLiteral("SNAPSHOT_B"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: text, json or markdown."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"),
                                            tr("Judge drift against ENV (default: the newer snapshot's baseline)."),
                                            QStringLiteral("ENV"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), tr("Judge rule expiry as of DATE (default: today)."),
                                        QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({formatOption, baselineOption, asOfOption});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("[options] SNAPSHOT_A"),
                                                         QStringLiteral("diff [options] SNAPSHOT_A"));
        return ExitNoDrift;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(tr("expected two snapshot files, the older first (see driftdeck diff --help)"));
    const QString format = parser.value(formatOption);
    if (!QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")}.contains(format))
        return fail(tr("unknown format \"%1\": use text, json or markdown").arg(format));
    QDate today = QDate::currentDate();
    if (parser.isSet(asOfOption)) {
        today = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!today.isValid())
            return fail(tr("--as-of expects a date like 2027-03-31, got \"%1\"").arg(parser.value(asOfOption)));
    }

    const CommandInput a = loadInput(positional.at(0), true);
    if (a.interrupted)
        return interruptedCode();
    if (!a.snapshot)
        return fail(a.errorString);
    const CommandInput b = loadInput(positional.at(1), true);
    if (b.interrupted)
        return interruptedCode();
    if (!b.snapshot)
        return fail(b.errorString);

    QString baseline = parser.value(baselineOption);
    if (baseline.isEmpty())
        baseline = !b.snapshot->baseline.isEmpty() ? b.snapshot->baseline : a.snapshot->baseline;
    if (!baseline.isEmpty() && b.snapshot->environmentIndex(baseline) < 0 && a.snapshot->environmentIndex(baseline) < 0)
        return fail(tr("\"%1\" is an environment of neither snapshot").arg(baseline));

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
