#pragma once

#include <QObject>

class QSocketNotifier;

namespace DriftDeck {

// SIGINT and SIGTERM as a Qt signal, so Ctrl+C or a service manager's stop cancels the work,
// runs the destructors and lets QSaveFile drop what it had not committed. The handler itself
// only writes the signal's number into a pipe (async-signal-safe); a QSocketNotifier turns that
// into requested() on the thread that created this object.
//
// After the first signal the program has graceSeconds to end on its own; past that, or on a
// second signal, it ends at once with the same code (128 + the signal: 130 for SIGINT, 143 for
// SIGTERM). Files are still never half-written then: they are only renamed into place whole.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(int graceSeconds, QObject *parent = nullptr);
    ~ShutdownSignals() override;

    // The one installed instance, or nullptr.
    static ShutdownSignals *instance();
    // The first signal received so far (SIGINT, SIGTERM), or 0.
    static int received();
    // 128 + received(), or 0 when no signal arrived.
    static int exitCode();

Q_SIGNALS:
    void requested(int signal);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace DriftDeck
