#pragma once

#include <QProcess>

#include <csignal>

namespace DriftDeck::Testing {

// Sends `signal` to the process only while it runs. QProcess::processId() is 0 once the process
// has ended, and kill(0, …) would signal the test's own process group: ctest and the shell.
inline bool signalRunning(QProcess &process, int signal)
{
    const qint64 pid = process.processId();
    if (process.state() != QProcess::Running || pid <= 0)
        return false;
    return ::kill(pid_t(pid), signal) == 0;
}

} // namespace DriftDeck::Testing
