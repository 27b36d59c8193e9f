#include "shutdownsignals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace DriftDeck {

namespace {

// Everything the handlers touch: plain integers, set before the handlers are installed.
int wakeFds[2] = {-1, -1};
volatile sig_atomic_t firstSignal = 0;
volatile sig_atomic_t graceSeconds = 5;
ShutdownSignals *installed = nullptr;

void onShutdownSignal(int signal)
{
    const int savedErrno = errno;
    if (firstSignal != 0)
        _exit(128 + firstSignal); // asked twice: the user means now
    firstSignal = signal;
    const unsigned char byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(wakeFds[1], &byte, 1);
    ::alarm(static_cast<unsigned>(graceSeconds));
    errno = savedErrno;
}

// The orderly shutdown took longer than the grace period (a hung read, a busy main thread).
void onGraceExpired(int)
{
    _exit(128 + (firstSignal != 0 ? firstSignal : SIGTERM));
}

void setHandler(int signal, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signal, &action, nullptr);
}

} // namespace

ShutdownSignals::ShutdownSignals(int grace, QObject *parent)
    : QObject(parent)
{
    Q_ASSERT(!installed);
    if (::pipe2(wakeFds, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // without the pipe the default actions stay: the process still ends
    graceSeconds = grace > 0 ? grace : 1;
    firstSignal = 0;
    installed = this;
    m_notifier = new QSocketNotifier(wakeFds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::readPipe);
    setHandler(SIGALRM, onGraceExpired);
    setHandler(SIGINT, onShutdownSignal);
    setHandler(SIGTERM, onShutdownSignal);
}

ShutdownSignals::~ShutdownSignals()
{
    if (installed != this)
        return;
    // Restore the default actions before the pipe closes: a late signal must not write into it.
    setHandler(SIGINT, SIG_DFL);
    setHandler(SIGTERM, SIG_DFL);
    if (firstSignal == 0)
        setHandler(SIGALRM, SIG_DFL);
    delete m_notifier;
    ::close(wakeFds[0]);
    ::close(wakeFds[1]);
    wakeFds[0] = wakeFds[1] = -1;
    installed = nullptr;
}

ShutdownSignals *ShutdownSignals::instance()
{
    return installed;
}

int ShutdownSignals::received()
{
    return firstSignal;
}

int ShutdownSignals::exitCode()
{
    return firstSignal != 0 ? 128 + firstSignal : 0;
}

void ShutdownSignals::readPipe()
{
    unsigned char byte = 0;
    bool any = false;
    while (::read(wakeFds[0], &byte, 1) == 1)
        any = true;
    if (any)
        Q_EMIT requested(int(byte));
}

} // namespace DriftDeck
