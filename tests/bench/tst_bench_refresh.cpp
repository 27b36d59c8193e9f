// Refresh benchmark: 20 environments × 5 HTTP sources (Prometheus, etcd, registry, Spring
// Actuator, flagd over HTTP), each request answered after 200 ms by an in-process server on its
// own thread, read through the real Capture pipeline on the main (GUI) thread. Target from the
// connectors issue: the whole refresh within 1.5 × the slowest single request + 100 ms, and the
// window responsive throughout.
// Prints wall time and the main thread's event-loop lateness (a 5 ms timer: maximum and p99);
// asserts only that every source answered.
#include "pipeline/capture.h"
#include "workspace/workspaceloader.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <vector>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

constexpr int Environments = 20;
constexpr int LatencyMs = 200;
constexpr int TickMs = 5;

// Bodies of the documented shapes, one per endpoint.
QByteArray bodyFor(const QByteArray &path, const QByteArray &environment)
{
    if (path.endsWith("/api/v1/query"))
        return R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"version":"1.4.)"
            + environment.right(1) + R"("},"value":[1718000000.123,"0.0123"]}]}})";
    if (path.endsWith("/v3/kv/range")) {
        QByteArray kvs;
        for (int i = 0; i < 40; ++i) {
            const QByteArray key = QByteArray("/checkout/setting" + QByteArray::number(i)).toBase64();
            const QByteArray value = (i == 7 ? environment : QByteArray("value-" + QByteArray::number(i))).toBase64();
            kvs += QByteArray(i ? "," : "") + R"({"key":")" + key
                + R"(","create_revision":"5","mod_revision":"9","version":"2","value":")" + value + "\"}";
        }
        return R"({"header":{"cluster_id":"1","member_id":"2","revision":"42","raft_term":"3"},"kvs":[)" + kvs
            + R"(],"count":"40"})";
    }
    if (path.endsWith("/actuator/env")) {
        QByteArray properties;
        for (int i = 0; i < 60; ++i)
            properties += QByteArray(i ? "," : "") + "\"app.setting" + QByteArray::number(i) + "\":{\"value\":\"v"
                + QByteArray::number(i) + "\",\"origin\":\"class path resource [application.yaml] - "
                + QByteArray::number(i + 1) + ":3\"}";
        return R"({"activeProfiles":[")" + environment
            + R"("],"propertySources":[{"name":"Config resource 'class path resource [application.yaml]'","properties":{)"
            + properties + "}}]}";
    }
    if (path.endsWith(".flagd.json")) {
        QByteArray flags;
        for (int i = 0; i < 25; ++i)
            flags += QByteArray(i ? "," : "") + "\"flag-" + QByteArray::number(i)
                + R"(":{"state":"ENABLED","variants":{"on":true,"off":false},"defaultVariant":")"
                + (i % 3 ? "on" : "off") + "\"}";
        return "{\"flags\":{" + flags + "}}";
    }
    return {};
}

// An HTTP/1.1 server that answers every request after LatencyMs. It lives on its own thread, so
// its work never shows up as latency of the main thread being measured.
class SlowServer : public QTcpServer
{
public:
    explicit SlowServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    {
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }

    std::atomic<int> requests = 0; // read by the main thread

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
        const QByteArray method = requestLine.value(0);
        const QByteArray path = requestLine.value(1).split('?').value(0);
        m_buffers.remove(socket);
        ++requests;
        // /<environment>/<service>/…
        const QByteArray environment = path.split('/').value(1);
        QTimer::singleShot(LatencyMs, socket, [socket, method, path, environment] {
            QByteArray headers = "HTTP/1.1 200 OK\r\nConnection: close\r\n";
            QByteArray body;
            if (path.contains("/v2/")) {
                headers += "Docker-Content-Digest: sha256:" + QByteArray(64, environment.back())
                    + "\r\n"
                      "Content-Type: application/vnd.oci.image.index.v1+json\r\n";
                if (method != "HEAD")
                    body = "{}";
            } else {
                headers += "Content-Type: application/json\r\n";
                body = bodyFor(path, environment);
            }
            headers += "Content-Length: " + QByteArray::number(method == "HEAD" ? 1234 : body.size()) + "\r\n\r\n";
            socket->write(headers + body);
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray workspaceText(int port)
{
    QByteArray environments;
    for (int i = 0; i < Environments; ++i)
        environments += QByteArray(i ? ", " : "") + "env" + QByteArray::number(i);
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(port) + "/{env}";
    return "version: 1\nname: Refresh benchmark\nbaseline: env0\nenvironments: [" + environments
        + "]\nsources:\n"
          "  - type: prometheus\n    url: "
        + base
        + "/prometheus\n"
          "    queries: {errorRate: {query: 'sum(rate(errors[5m])) / sum(rate(requests[5m]))', warning: 0.01}}\n"
          "  - type: etcd\n    url: "
        + base
        + "/etcd\n    prefix: /checkout/\n"
          "  - type: registry\n    url: "
        + base
        + "/registry\n    repositories: [checkout-api]\n    tag: '1.4.2'\n"
          "  - type: spring-actuator\n    url: "
        + base
        + "/checkout\n"
          "  - type: flagd-http\n    url: "
        + base + "/flags/{env}.flagd.json\n";
}

struct Run {
    qint64 wallMs = 0;
    double maxLateMs = 0;
    double p99LateMs = 0;
    int ticks = 0;
    int ok = 0;
    int failed = 0;
    QString firstError;
    qint64 slowestSourceMs = 0;
};

Run refresh(const Workspace &workspace, int maxConcurrent)
{
    Run run;
    Capture capture(workspace, SecretPolicy({}, "bench-salt"));
    if (maxConcurrent > 0)
        capture.setMaxConcurrent(maxConcurrent);
    QObject::connect(&capture, &Capture::sourceFinished, &capture, [&run](const QString &, const SourceStatus &status) {
        if (status.state == SourceState::Ok) {
            ++run.ok;
        } else {
            ++run.failed;
            if (run.firstError.isEmpty())
                run.firstError = status.error;
        }
        run.slowestSourceMs = std::max(run.slowestSourceMs, status.latencyMs);
    });

    // The GUI thread's responsiveness: how late a 5 ms timer fires while the refresh runs.
    std::vector<double> lateness;
    QElapsedTimer tickClock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(TickMs);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        lateness.push_back(std::max(0.0, tickClock.nsecsElapsed() / 1e6 - TickMs));
        tickClock.restart();
    });

    QEventLoop loop;
    QObject::connect(&capture, &Capture::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    wall.start();
    tickClock.start();
    tick.start();
    capture.start();
    loop.exec();
    run.wallMs = wall.elapsed();
    tick.stop();

    run.ticks = int(lateness.size());
    if (!lateness.empty()) {
        std::sort(lateness.begin(), lateness.end());
        run.maxLateMs = lateness.back();
        run.p99LateMs = lateness[std::min(lateness.size() - 1, size_t(double(lateness.size()) * 0.99))];
    }
    return run;
}

} // namespace

class BenchRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_thread.start();
        m_server = new SlowServer;
        m_server->moveToThread(&m_thread);
        int port = 0;
        QMetaObject::invokeMethod(
            m_server,
            [this, &port] {
                // A hundred clients connect at once: with the default backlog of 50 the kernel
                // drops SYNs and the client retries a second later, which measures the kernel.
                m_server->setListenBacklogSize(256);
                port = m_server->listen(QHostAddress::LocalHost) ? m_server->serverPort() : 0;
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(port > 0);
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadText(workspaceText(port), u"bench.yaml"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        m_workspace = *loaded.workspace;
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void refresh_data()
    {
        QTest::addColumn<int>("maxConcurrent"); // 0: the pipeline's default
        QTest::addRow("default concurrency, cold") << 0;
        QTest::addRow("default concurrency, warm") << 0;
        QTest::addRow("every source at once") << 1000;
    }

    void refresh()
    {
        QFETCH(int, maxConcurrent);
        const int before = m_server->requests;
        const Run run = ::refresh(m_workspace, maxConcurrent);
        const int sources = Environments * int(m_workspace.sources.size());
        qInfo("%d environments x %d sources (%d requests), each answered after %d ms: refresh %lld ms "
              "(target <= %d ms), slowest source %lld ms",
              Environments, int(m_workspace.sources.size()), m_server->requests.load() - before, LatencyMs, run.wallMs,
              LatencyMs * 3 / 2 + 100, run.slowestSourceMs);
        qInfo("GUI thread: %d ticks of %d ms, lateness max %.1f ms, p99 %.1f ms", run.ticks, TickMs, run.maxLateMs,
              run.p99LateMs);
        QVERIFY2(run.failed == 0, qPrintable(run.firstError));
        QCOMPARE(run.ok, sources);
    }

private:
    QThread m_thread;
    SlowServer *m_server = nullptr;
    Workspace m_workspace;
};

QTEST_MAIN(BenchRefresh)
#include "tst_bench_refresh.moc"
