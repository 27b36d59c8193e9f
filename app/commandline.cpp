#include "commandline.h"

#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace DriftDeck::CommandLine {

namespace {

QString overview()
{
    return CommandText::tr("Usage: driftdeck [WORKSPACE|SNAPSHOT]            open the window\n"
                           "       driftdeck check WORKSPACE|SNAPSHOT [options]\n"
                           "       driftdeck snapshot WORKSPACE -o FILE\n"
                           "       driftdeck report WORKSPACE|SNAPSHOT -o FILE.pdf [options]\n"
                           "       driftdeck diff SNAPSHOT_A SNAPSHOT_B [options]\n"
                           "       driftdeck COMMAND --help                    options of a command\n"
                           "\n"
                           "Compare environments' configuration, feature flags and versions against a baseline.\n"
                           "\n"
                           "Commands (they need no display):\n"
                           "  check      compare the environments and print the drift (text, json, junit, markdown)\n"
                           "  snapshot   capture every environment and write a snapshot file\n"
                           "  report     write a PDF report (A4 or Letter) of a workspace or snapshot\n"
                           "  diff       compare two snapshots: changed keys, new and resolved drift\n"
                           "\n"
                           "Exit codes of check:\n"
                           "  0  no drift at or above --fail-on\n"
                           "  1  drift found\n"
                           "  2  invalid arguments or workspace\n"
                           "  3  the comparison is incomplete because a source failed\n"
                           "     (and nothing above the threshold was found among what was compared)\n"
                           "snapshot and report exit with 0 when written, 2 when invalid, 3 when written but a\n"
                           "source failed; diff exits with 0 when the snapshots are identical, 1 when they\n"
                           "differ, 2 when invalid.\n"
                           "\n"
                           "Options:\n"
                           "  -h, --help     show this help\n"
                           "  -v, --version  show the version\n");
}

} // namespace

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return commandNames().contains(first) || first == u"--help" || first == u"-h" || first == u"--version"
        || first == u"-v" || first == u"help";
}

bool needsGui(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == u"report";
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    const QString first = arguments.value(1);
    if (first == u"--version" || first == u"-v") {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        out << overview();
        return 0;
    }
    QStringList rest = arguments;
    rest.removeAt(1); // the command name; QCommandLineParser sees "driftdeck ARGS…"
    if (first == u"check")
        return runCheck(rest);
    if (first == u"snapshot")
        return runSnapshot(rest);
    if (first == u"report")
        return runReport(rest);
    if (first == u"diff")
        return runDiff(rest);
    QTextStream(stderr) << overview();
    return 2;
}

} // namespace DriftDeck::CommandLine
