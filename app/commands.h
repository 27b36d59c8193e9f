#pragma once

#include <QStringList>

namespace DriftDeck::CommandLine {

QStringList commandNames();
// Each takes the program name followed by the command's own arguments.
int runCheck(const QStringList &arguments);

} // namespace DriftDeck::CommandLine
