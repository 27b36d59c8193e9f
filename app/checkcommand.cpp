#include "commands.h"
#include "drift/driftengine.h"
#include "output/checkformats.h"
#include "pipeline/inputfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <functional>
#include <unistd.h>

namespace DriftDeck::CommandLine {

namespace {

constexpr QLatin1StringView Command("check");

// `write` puts the output on the device it is given: standard output, or a file that only
// replaces the old one once it was written whole.
bool writeOutput(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error)
{
    if (path.isEmpty() || path == u"-") {
        // The bytes are UTF-8 already, as QTextStream would write them: no round trip through
        // QString (63 MiB of JSON at 20 × 100,000 keys).
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !write(out) || !out.flush()) {
            *error = CommandText::tr("cannot write to standard output: %1").arg(out.errorString());
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !write(file) || !file.commit()) {
        *error = CommandText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeOutput(const QString &path, const QByteArray &bytes, QString *error)
{
    return writeOutput(path, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); }, error);
}

} // namespace

QStringList commandNames()
{
    return {QStringLiteral("check"), QStringLiteral("snapshot"), QStringLiteral("report"), QStringLiteral("diff")};
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandText::tr("Compare the environments of a workspace, or of a saved snapshot, with a "
                        "baseline and print the drift."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"), CommandText::tr("A workspace file, or a snapshot file."),
                                 QStringLiteral("WORKSPACE|SNAPSHOT"));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"),
                                            CommandText::tr("Compare against ENV (default: the workspace's baseline)."),
                                            QStringLiteral("ENV"));
    const QCommandLineOption envsOption(QStringLiteral("envs"),
                                        CommandText::tr("Compare only these environments (comma-separated)."),
                                        QStringLiteral("a,b,…"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          CommandText::tr("Output format: text, json, junit or markdown."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption failOnOption(QStringLiteral("fail-on"),
                                          CommandText::tr("Exit with 1 on drift, only on critical drift, or never."),
                                          QStringLiteral("drift|critical|never"), QStringLiteral("drift"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          CommandText::tr("Write to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption allRowsOption(QStringLiteral("all-rows"),
                                           CommandText::tr("List every key, not only divergent ones."));
    const QCommandLineOption asOf = asOfOption();
    parser.addOptions({baselineOption, envsOption, formatOption, failOnOption, outputOption, allRowsOption, asOf});

    if (!parser.parse(arguments))
        return fail(Command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("[options] WORKSPACE"),
                                                         QStringLiteral("check [options] WORKSPACE"));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(Command, CommandText::tr("expected one WORKSPACE or SNAPSHOT file (see driftdeck check --help)"));

    const QString format = parser.value(formatOption);
    if (!QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("junit"),
                     QStringLiteral("markdown")}
             .contains(format))
        return fail(Command, CommandText::tr("unknown format \"%1\": use text, json, junit or markdown").arg(format));
    FailOn failOn = FailOn::Drift;
    const QString failOnText = parser.value(failOnOption);
    if (failOnText == u"critical")
        failOn = FailOn::Critical;
    else if (failOnText == u"never")
        failOn = FailOn::Never;
    else if (failOnText != u"drift")
        return fail(Command, CommandText::tr("unknown --fail-on \"%1\": use drift, critical or never").arg(failOnText));
    QString asOfError;
    QDate today = asOfDate(parser, asOf, &asOfError);
    if (!asOfError.isEmpty())
        return fail(Command, asOfError);

    OpenedInput input = openInput(positional.first());
    if (interruptedCode() != 0)
        return interruptedCode();
    if (!input.ok())
        return fail(Command, input.errorString);
    SnapshotPtr snapshot = input.snapshot;
    keepUntilExit(snapshot);
    if (!snapshot) {
        QString error;
        const std::optional<SecretPolicy> secrets = secretPolicyFor(*input.workspace, &error);
        if (!secrets)
            return fail(Command, error);
        snapshot = captureNow(*input.workspace, *secrets);
        if (!snapshot)
            return interruptedCode(); // nothing printed or written: the run did not finish
    }

    const QString baselineName = parser.isSet(baselineOption) ? parser.value(baselineOption)
        : snapshot->baseline.isEmpty()                        ? snapshot->environments.constLast().name
                                                              : snapshot->baseline;
    const int baseline = snapshot->environmentIndex(baselineName);
    if (baseline < 0)
        return fail(Command, CommandText::tr("\"%1\" is not an environment of this workspace").arg(baselineName));
    CheckOptions options;
    options.baseline = baseline;
    options.allRows = parser.isSet(allRowsOption);
    options.today = today;
    if (parser.isSet(envsOption)) {
        for (const auto names = parser.value(envsOption).split(u',', Qt::SkipEmptyParts); const QString &name : names) {
            const int index = snapshot->environmentIndex(name.trimmed());
            if (index < 0)
                return fail(Command,
                            CommandText::tr("\"%1\" is not an environment of this workspace").arg(name.trimmed()));
            options.environments.append(index);
        }
    }

    const DriftResult result = DriftEngine::compute(*snapshot, baseline, snapshot->policy, today);
    const CheckReport report = buildCheckReport(*snapshot, result, options);
    if (format == u"text") {
        // The other formats carry the warnings inside; text keeps standard output for the drift.
        for (const ReportSourceError &warning : report.warnings)
            QTextStream(stderr)
                << "driftdeck check: "
                << CommandText::tr("warning: %1 / %2: %3").arg(warning.environment, warning.source, warning.message)
                << Qt::endl;
    }
    if (interruptedCode() != 0)
        return interruptedCode();
    const QString outputPath = parser.value(outputOption);
    QString error;
    if (format == u"json") {
        // Written as it is made: the whole document (tens of MiB) never sits beside the report.
        const auto write = [&report, failOn](QIODevice &device) {
            return writeCheckJson(report, failOn, device);
        };
        if (!writeOutput(outputPath, write, &error))
            return fail(Command, error);
        return report.exitCode(failOn);
    }
    QByteArray bytes;
    if (format == u"junit") {
        bytes = formatCheckJUnit(report, failOn);
    } else if (format == u"markdown") {
        bytes = formatCheckMarkdown(report, failOn).toUtf8();
    } else {
        const bool tty = outputPath.isEmpty() && isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR");
        bool widthOk = false;
        const int columns = qEnvironmentVariableIntValue("COLUMNS", &widthOk);
        bytes = formatCheckText(report, failOn, tty, widthOk && columns >= 60 ? columns : 80).toUtf8();
    }
    if (!writeOutput(outputPath, bytes, &error))
        return fail(Command, error);
    return report.exitCode(failOn);
}

} // namespace DriftDeck::CommandLine
