// Ctrl+C and SIGTERM against the real binary while a source waits on a server that never
// answers: the command line and the window end promptly with 130 / 143, without a crash, and
// leave no half-written output (the file that was there before stays as it was).
#include "localhttpserver.h"
#include "processsignal.h"
#include "snapshot/snapshotfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

using namespace DriftDeck;
using namespace DriftDeck::Testing;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(path.left(path.lastIndexOf(u'/')));
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestShutdown : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Every process asks the silent server for a path of its own: a request that a previous
    // process sent just before it was killed (the server may take it in late, on a busy machine)
    // never counts as this one's, so the signal never comes before this one's handler exists.
    void startBinary(QProcess &process, const QStringList &arguments)
    {
        m_runPath = "/run-" + QByteArray::number(++m_runs) + '/';
        QVERIFY(writeFile(path(QStringLiteral("workspace.yaml")), workspace(m_runPath)));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DRIFTDECK_SECRET_SALT"), QStringLiteral("shutdown-test-salt"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config-home")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(DRIFTDECK_BINARY), arguments);
        QVERIFY(process.waitForStarted(10000));
    }

    QByteArray workspace(const QByteArray &runPath) const
    {
        return "version: 1\nname: Slow shop\nbaseline: production\n"
               "environments: [staging, production]\n"
               "sources:\n"
               "  - type: config-files\n    layers: [config/base.yaml]\n"
               "  - type: spring-actuator\n    url: "
            + m_server.url().toString().toUtf8() + "\n    path: " + runPath + "actuator/env\n    timeout: 60s\n";
    }

    bool requestArrived() const
    {
        const QList<LocalHttpRequest> &requests = m_server.requests();
        return std::any_of(requests.cbegin(), requests.cend(),
                           [this](const LocalHttpRequest &request) { return request.path.startsWith(m_runPath); });
    }

    // Until the slow source's request reached the server: the capture is then in flight.
    bool waitForRequest(QProcess &process)
    {
        QElapsedTimer clock;
        clock.start();
        while (!requestArrived() && clock.elapsed() < 20000 && process.state() == QProcess::Running)
            QTest::qWait(10);
        if (process.state() != QProcess::Running)
            qWarning("ended before its request: %s", process.readAllStandardError().constData());
        return requestArrived();
    }

    // Sends the signal `delayMs` after the request arrived; returns how long the process took to end.
    qint64 interrupt(QProcess &process, int signal, int delayMs)
    {
        if (!waitForRequest(process))
            return -1;
        QTest::qWait(delayMs);
        QElapsedTimer clock;
        clock.start();
        Testing::signalRunning(process, signal);
        // The test's event loop keeps the (silent) server alive meanwhile.
        while (process.state() != QProcess::NotRunning && clock.elapsed() < 15000)
            QTest::qWait(5);
        return process.state() == QProcess::NotRunning ? clock.elapsed() : -1;
    }

    QStringList leftovers() const
    {
        // QSaveFile writes beside the target under a temporary name; none may stay behind.
        QStringList names = QDir(m_dir.path()).entryList(QDir::Files);
        names.removeAll(QStringLiteral("workspace.yaml"));
        names.removeAll(QStringLiteral("previous.driftsnap.json"));
        names.removeAll(QStringLiteral("previous.json"));
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(DRIFTDECK_BINARY)));
        QVERIFY(m_server.listen());
        m_server.route("*", LocalHttpReply::silent());
        QVERIFY(writeFile(path(QStringLiteral("config/base.yaml")), "database:\n  poolSize: 10\n"));
        m_previous = "{\"previous\": \"a file the user had before; it must survive\"}\n";
    }

    void commandLine_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("delayMs");
        for (const char *command : {"check", "snapshot", "report"}) {
            for (int delay : {0, 40, 300, 1500}) {
                QTest::addRow("%s SIGINT +%d ms", command, delay)
                    << QString::fromLatin1(command) << int(SIGINT) << delay;
                QTest::addRow("%s SIGTERM +%d ms", command, delay)
                    << QString::fromLatin1(command) << int(SIGTERM) << delay;
            }
        }
    }

    void commandLine()
    {
        QFETCH(QString, command);
        QFETCH(int, signal);
        QFETCH(int, delayMs);
        const QString output
            = path(command == u"report" ? QStringLiteral("previous.pdf") : QStringLiteral("previous.json"));
        QVERIFY(writeFile(output, m_previous));
        QStringList arguments{command, path(QStringLiteral("workspace.yaml")), QStringLiteral("-o"), output};
        if (command == u"check")
            arguments << QStringLiteral("--format") << QStringLiteral("json");

        QProcess process;
        startBinary(process, arguments);
        const qint64 took = interrupt(process, signal, delayMs);
        QVERIFY2(took >= 0, "the command did not end within 15 s of the signal");
        qInfo("%s ended %lld ms after signal %d", qPrintable(command), took, signal);
        const QByteArray errors = process.readAllStandardError();
        // Not killed, not crashed (a sanitizer's report, if any, says why).
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, errors.right(6000).constData());
        QCOMPARE(process.exitCode(), 128 + signal);
        QVERIFY2(took < 3000, "an interrupted command must end within 3 s");
        QCOMPARE(process.readAllStandardOutput(), QByteArray()); // no partial report on stdout
        QCOMPARE(readFile(output), m_previous); // not replaced by a partial result
        QFile::remove(output);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u", ")));
    }

    void secondSignalEndsAtOnce()
    {
        QProcess process;
        startBinary(process, {QStringLiteral("check"), path(QStringLiteral("workspace.yaml"))});
        QVERIFY(waitForRequest(process));
        Testing::signalRunning(process, SIGINT);
        Testing::signalRunning(process, SIGINT);
        QVERIFY(process.waitForFinished(5000));
        // Either the handler saw both signals (exit 130), or the first one had already ended the
        // capture and restored the default action, so the second ended the process as SIGINT does.
        if (process.exitStatus() == QProcess::NormalExit)
            QCOMPARE(process.exitCode(), 130);
        else
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }

    void window_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("delayMs");
        for (int delay : {0, 200, 1000}) {
            QTest::addRow("SIGINT +%d ms", delay) << int(SIGINT) << delay;
            QTest::addRow("SIGTERM +%d ms", delay) << int(SIGTERM) << delay;
        }
    }

    void window()
    {
        QFETCH(int, signal);
        QFETCH(int, delayMs);
        QProcess process;
        startBinary(process, {path(QStringLiteral("workspace.yaml"))});
        const qint64 took = interrupt(process, signal, delayMs);
        QVERIFY2(took >= 0, "the window did not close within 15 s of the signal");
        qInfo("window closed %lld ms after signal %d", took, signal);
        const QByteArray errors = process.readAllStandardError();
        // Not killed, not crashed (a sanitizer's report, if any, says why).
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, errors.right(6000).constData());
        QCOMPARE(process.exitCode(), 128 + signal);
        QVERIFY2(took < 5000, "the window must close within 5 s");
        QVERIFY2(!errors.contains("QThreadStorage") && !errors.contains("pure virtual") && !errors.contains("ASSERT"),
                 errors.constData());
    }

private:
    QTemporaryDir m_dir;
    LocalHttpServer m_server;
    QByteArray m_previous;
    int m_runs = 0;
    QByteArray m_runPath;
};

QTEST_GUILESS_MAIN(TestShutdown)
#include "tst_shutdown.moc"
