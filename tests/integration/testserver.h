#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace DriftDeck::Testing {

// A real server process for one integration test: a free port on 127.0.0.1, a temporary folder,
// its output kept for failure messages, and a stop (SIGTERM, then SIGKILL) in the destructor.
//
//   TestServer registry(u"docker-registry"_s);
//   DRIFTDECK_REQUIRE_SERVER(registry);               // QSKIP when the binary is missing
//   registry.writeFile(u"config.yml"_s, …);           // uses registry.port()
//   QVERIFY2(registry.start({u"serve"_s, registry.path(u"config.yml"_s)}), qPrintable(registry.errorString()));
//   QVERIFY2(registry.waitForHttp(registry.url(u"/v2/"_s)), qPrintable(registry.errorString()));
class TestServer
{
public:
    explicit TestServer(const QString &program);
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // A port nobody listened on a moment ago (bind to 0, read it, close).
    static int freePort();
    // The program's absolute path, or empty when it is not installed.
    static QString findProgram(const QString &name);

    bool isAvailable() const { return !m_programPath.isEmpty(); }
    QString skipReason() const;

    int port() const { return m_port; } // chosen at construction
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QUrl url(const QString &path = {}, const QString &scheme = QStringLiteral("http")) const;
    QString directory() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    bool writeFile(const QString &relative, const QByteArray &contents);

    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    QProcessEnvironment environment() const { return m_environment; }

    bool start(const QStringList &arguments);
    // Polls until a GET answers with any HTTP status (or expectedStatus when >= 0).
    bool waitForHttp(const QUrl &url, int timeoutMs = 15000, int expectedStatus = -1);
    // Polls until a TCP connection to 127.0.0.1:port succeeds.
    bool waitForTcp(int port, int timeoutMs = 15000);
    void stop();
    bool isRunning() const;

    // What went wrong, with the last lines the server printed.
    QString errorString() const;
    QByteArray output() const;

private:
    void setError(const QString &message);

    QString m_program;
    QString m_programPath;
    QTemporaryDir m_dir;
    int m_port = 0;
    QProcessEnvironment m_environment;
    std::unique_ptr<QProcess> m_process;
    mutable QByteArray m_output;
    QString m_error;
};

// Runs a local event loop for up to ms milliseconds, returning early when done() is true.
bool waitUntil(const std::function<bool()> &done, int ms);

} // namespace DriftDeck::Testing

// A missing server binary skips the test on a developer's machine but fails it under CI (the CI
// variable is set): CI must never pass by skipping the real thing.
#define DRIFTDECK_SKIP_MISSING(reason)                                                                                 \
    do {                                                                                                               \
        if (qEnvironmentVariableIsSet("CI"))                                                                           \
            QFAIL(reason);                                                                                             \
        QSKIP(reason);                                                                                                 \
    } while (false)

#define DRIFTDECK_REQUIRE_SERVER(server)                                                                               \
    do {                                                                                                               \
        if (!(server).isAvailable())                                                                                   \
            DRIFTDECK_SKIP_MISSING(qPrintable((server).skipReason()));                                                 \
    } while (false)
