#pragma once

#include <QStringList>

namespace DriftDeck::CommandLine {

// True when the arguments ask for a headless command (check, snapshot, report, diff) or for
// --help / --version: those run without a display.
bool isHeadless(const QStringList &arguments);
// True for commands that render (the PDF report) and so need a QGuiApplication.
bool needsGui(const QStringList &arguments);
// Runs a headless command; returns the process exit code.
int run(const QStringList &arguments);

} // namespace DriftDeck::CommandLine
