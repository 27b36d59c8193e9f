#include "commands.h"
#include "output/checkreport.h"
#include "pipeline/inputfile.h"
#include "pipeline/metricrangefetch.h"
#include "report/reportwriter.h"
#include "shutdownsignals.h"
#include "snapshot/historystore.h"
#include "snapshot/snapshotfile.h"
#include "workspace/credentials.h"
#include "workspace/workspaceloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

namespace DriftDeck::CommandLine {

namespace {

constexpr QLatin1StringView Command("report");

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandText::tr(
        "Write a PDF report of a workspace (captured now) or of a saved snapshot: summary, drift matrix, critical "
        "drift, expected differences and source errors. Secrets never appear.\n"
        "Exit codes: 0 written; 2 invalid arguments or input; 3 written, but a source failed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"), CommandText::tr("A workspace file, or a snapshot file."),
                                 QStringLiteral("WORKSPACE|SNAPSHOT"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          CommandText::tr("The PDF file to write."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption allRowsOption(QStringLiteral("all-rows"),
                                           CommandText::tr("List every key in the matrix, not only divergent ones."));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"), CommandText::tr("Paper: A4 or Letter."),
                                            QStringLiteral("A4|Letter"), QStringLiteral("A4"));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"),
                                            CommandText::tr("Compare against ENV (default: the workspace's baseline)."),
                                            QStringLiteral("ENV"));
    const QCommandLineOption previousOption(QStringLiteral("previous"),
                                            CommandText::tr("Show the drift that is new since this snapshot."),
                                            QStringLiteral("SNAPSHOT"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        CommandText::tr("Chart drift over the workspace's saved snapshots (when the input is a workspace)."));
    const QCommandLineOption asOf = asOfOption();
    const QCommandLineOption metricsWindowOption(
        QStringLiteral("metrics-window"),
        CommandText::tr(
            "Chart every named Prometheus query over the last 1h, 6h, 24h or 7d, read now from the workspace's "
            "Prometheus sources."),
        QStringLiteral("1h|6h|24h|7d"));
    parser.addOptions({outputOption, allRowsOption, pageSizeOption, baselineOption, previousOption, historyOption, asOf,
                       metricsWindowOption});
    if (!parser.parse(arguments))
        return fail(Command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("[options] WORKSPACE"),
                                                         QStringLiteral("report [options] WORKSPACE"));
        return ExitNoDrift;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(Command, CommandText::tr("expected one WORKSPACE or SNAPSHOT file (see driftdeck report --help)"));
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return fail(Command, CommandText::tr("say where to write the report with -o FILE.pdf"));

    ReportOptions options;
    const QString pageSize = parser.value(pageSizeOption);
    if (pageSize.compare(u"A4", Qt::CaseInsensitive) == 0)
        options.pageSize = QPageSize(QPageSize::A4);
    else if (pageSize.compare(u"Letter", Qt::CaseInsensitive) == 0)
        options.pageSize = QPageSize(QPageSize::Letter);
    else
        return fail(Command, CommandText::tr("unknown page size \"%1\": use A4 or Letter").arg(pageSize));
    options.allRows = parser.isSet(allRowsOption);
    options.baseline = parser.value(baselineOption);
    QString asOfError;
    options.today = asOfDate(parser, asOf, &asOfError);
    if (!asOfError.isEmpty())
        return fail(Command, asOfError);
    if (parser.isSet(previousOption)) {
        // Through openInput: a pipe or a FIFO must not block here either.
        const OpenedInput previous = openInput(parser.value(previousOption), InputExpected::Snapshot);
        if (!previous.ok())
            return fail(Command, previous.errorString);
        options.previous = *previous.snapshot; // a copy: the report keeps its own
    }

    std::optional<MetricWindow> metricsWindow;
    if (parser.isSet(metricsWindowOption)) {
        metricsWindow = parseMetricWindow(parser.value(metricsWindowOption));
        if (!metricsWindow)
            return fail(Command,
                        CommandText::tr("unknown metrics window \"%1\": use 1h, 6h, 24h or 7d")
                            .arg(parser.value(metricsWindowOption)));
    }

    const CommandInput input = loadInput(positional.first(), true);
    if (const int code = input.failure(Command))
        return code;
    if (parser.isSet(historyOption)) {
        const QString workspacePath = input.captured ? input.workspacePath : input.snapshot->workspacePath;
        options.history = input.captured && !input.history.folder.isEmpty()
            ? HistoryStore::inFolder(input.history.folder).list()
            : HistoryStore(input.snapshot->workspaceName, workspacePath).list();
    }

    if (metricsWindow) {
        // The ranges are read live: from the workspace given, or the one a snapshot was taken from.
        const QString workspacePath = input.captured ? input.workspacePath : input.snapshot->workspacePath;
        if (workspacePath.isEmpty())
            return fail(Command,
                        CommandText::tr("--metrics-window needs the workspace: this snapshot does not name one"));
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadFile(workspacePath);
        if (!loaded.ok())
            return fail(Command, CommandText::tr("--metrics-window: %1").arg(loaded.errorString()));
        CompositeCredentialProvider credentials;
        MetricRangeFetch fetch(*loaded.workspace, *metricsWindow, QDateTime::currentDateTimeUtc());
        fetch.setCredentialProvider(&credentials);
        QEventLoop loop;
        QObject::connect(&fetch, &MetricRangeFetch::finished, &loop, [&](const QList<MetricChart> &charts) {
            options.metricCharts = charts;
            loop.quit();
        });
        // SIGINT or SIGTERM: stop reading now (the fetch's sources are cancelled with it), write nothing.
        if (ShutdownSignals *shutdown = ShutdownSignals::instance())
            QObject::connect(shutdown, &ShutdownSignals::requested, &loop, [&] { loop.quit(); });
        fetch.start();
        if (interruptedCode() == 0)
            loop.exec();
        if (interruptedCode() != 0)
            return interruptedCode();
    }

    const QString path = parser.value(outputOption);
    if (interruptedCode() != 0)
        return interruptedCode();
    QString error;
    if (!ReportWriter::write(*input.snapshot, options, path, &error))
        return fail(Command, error);
    QTextStream(stdout) << QFileInfo(path).absoluteFilePath() << Qt::endl;
    const QStringList failed = failedSources(*input.snapshot);
    for (const QString &source : failed)
        QTextStream(stderr) << "driftdeck report: " << CommandText::tr("source failed: %1").arg(source) << Qt::endl;
    return failed.isEmpty() ? int(ExitNoDrift) : int(ExitIncomplete);
}

} // namespace DriftDeck::CommandLine
