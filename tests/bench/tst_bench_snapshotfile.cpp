// Snapshot file benchmark: 20 environments × 100,000 keys written to disk and read back.
// Prints times, file size (bytes per cell; target ≤ 15) and memory, and version 1 (JSON) beside; asserts only that the
// round trip kept the data, never timings (the machine running CI varies too much). For comparison, building the same
// document as a QJsonObject tree took 54 s (inserting into QJsonObject is linear), which is why SnapshotFile streams.
#include "snapshot/snapshotfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace DriftDeck;

namespace {
constexpr int Environments = 20;
constexpr int Keys = 100000;

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU time of this process: shared CI machines make wall-clock time say little.
qint64 cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

// A realistic mix: numbers with the layer that set them, strings, a secret every 50 keys, a
// masked value every 500, and a failed source making every 1,000th value stale.
Snapshot generate()
{
    Snapshot s;
    s.workspaceName = QStringLiteral("Benchmark");
    s.workspacePath = QStringLiteral("/bench/workspace.yaml");
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.baseline = QStringLiteral("env0");
    s.saltId = QStringLiteral("bench");
    s.policy = Policy::defaults();
    QStringList keys;
    keys.reserve(Keys);
    for (int k = 0; k < Keys; ++k)
        keys.append(QStringLiteral("config/service%1.setting%2").arg(k / 100, 4, 10, QLatin1Char('0')).arg(k % 100));
    for (int e = 0; e < Environments; ++e) {
        EnvironmentCapture c;
        c.name = QStringLiteral("env%1").arg(e);
        c.displayName = QStringLiteral("Environment %1").arg(e);
        c.layers
            = {Layer{QStringLiteral("files"), QStringLiteral("config/base.yaml"), QStringLiteral("config/base.yaml")},
               Layer{QStringLiteral("files"), QStringLiteral("config/env%1.yaml").arg(e),
                     QStringLiteral("config/env%1.yaml").arg(e)}};
        SourceStatus files;
        files.id = QStringLiteral("files");
        files.type = QStringLiteral("config-files");
        files.keyPrefixes = {QStringLiteral("config/")};
        files.state = SourceState::Ok;
        c.sources = {files};
        c.entries.reserve(Keys);
        for (int k = 0; k < Keys; ++k) {
            Entry entry;
            entry.source = 0;
            const int v = ((k * 31 + e * 17) % 100) < 5 ? k + e : k;
            if (k % 50 == 0) {
                entry.value = Value::secret(QStringLiteral("%1").arg(qHash(v), 16, 16, QLatin1Char('0')).repeated(4));
                entry.provenance = {Origin{1, k % 400 + 1, 5, QString()}};
            } else if (k % 500 == 1) {
                entry.value = Value::masked();
            } else if (k % 2) {
                entry.value = Value::string(QStringLiteral("https://service-%1.internal.example.com").arg(v));
                entry.provenance = {Origin{0, k % 400 + 1, 3, entry.value.display()}};
            } else {
                entry.value = Value::number(v);
                entry.provenance
                    = {Origin{0, k % 400 + 1, 3, QString::number(k)}, Origin{1, k % 300 + 1, 3, entry.value.display()}};
            }
            entry.stale = k % 1000 == 7;
            c.entries.insert(keys[k], entry);
        }
        s.environments.append(c);
    }
    s.buildIndex();
    return s;
}
} // namespace

class SnapshotFileBench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeAndRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("bench.driftsnap.json"));
        QElapsedTimer timer;
        timer.start();
        qint64 cpu = cpuMs();
        auto cpuSpent = [&cpu] {
            const qint64 now = cpuMs(), spent = now - cpu;
            cpu = now;
            return spent;
        };
        const Snapshot original = generate();
        cpuSpent();
        qInfo("generate %d × %d: %lld ms, RSS %lld MiB", Environments, Keys, timer.restart(),
              statusKiB("VmRSS:") / 1024);

        QString error;
        QVERIFY2(SnapshotFile::write(original, path, &error), qPrintable(error));
        const qint64 writeMs = timer.restart();
        const qint64 size = QFileInfo(path).size();
        qInfo("write: %lld ms (CPU %lld ms), file %.1f MiB, peak RSS so far %lld MiB", writeMs, cpuSpent(),
              double(size) / (1 << 20), statusKiB("VmHWM:") / 1024);

        const qint64 before = statusKiB("VmRSS:");
        const SnapshotReadResult result = SnapshotFile::read(path);
        const qint64 readMs = timer.restart();
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        qInfo(
            "read (incl. buildIndex): %lld ms (CPU %lld ms), RSS +%lld MiB for the second snapshot, peak RSS %lld MiB",
            readMs, cpuSpent(), (statusKiB("VmRSS:") - before) / 1024, statusKiB("VmHWM:") / 1024);
        {
            Snapshot again = *result.snapshot; // copying rebuilds the index
            qInfo("of which buildIndex alone: about %lld ms (CPU %lld ms)", timer.restart(), cpuSpent());
        }

        const double cells = double(Environments) * Keys;
        qInfo("version 2 file: %lld bytes, %.2f bytes per cell (target ≤ 15); read %lld ms (target ≤ 1 s)", size,
              double(size) / cells, readMs);

        // The same snapshot as version 1 (entries inline as JSON, what toJson() writes for the
        // PDF attachment and what older files are), for comparison.
        timer.restart();
        const QByteArray json = SnapshotFile::toJson(original);
        const qint64 jsonWriteMs = timer.restart();
        const SnapshotReadResult fromJson = SnapshotFile::fromJson(json, QStringLiteral("json"));
        const qint64 jsonReadMs = timer.restart();
        QVERIFY2(fromJson.ok(), qPrintable(fromJson.errorString));
        qInfo("version 1 (JSON) for comparison: %.1f MiB, %.1f bytes per cell; toJson %lld ms, read %lld ms",
              double(json.size()) / (1 << 20), double(json.size()) / cells, jsonWriteMs, jsonReadMs);
        cpuSpent();

        const Snapshot &copy = *result.snapshot;
        QCOMPARE(copy.rowCount(), original.rowCount());
        QCOMPARE(copy.environmentCount(), Environments);
        for (const int row : {0, 1, 7, 50, 501, Keys - 1}) {
            for (int e = 0; e < Environments; e += 7) {
                const Entry *a = original.entry(row, e);
                const Entry *b = copy.entry(row, e);
                QVERIFY(a && b);
                QVERIFY(a->value == b->value);
                QCOMPARE(b->value.display(), a->value.display());
                QCOMPARE(b->stale, a->stale);
                QCOMPARE(b->provenance.size(), a->provenance.size());
                for (qsizetype i = 0; i < a->provenance.size(); ++i) {
                    QCOMPARE(b->provenance[i].layer, a->provenance[i].layer);
                    QCOMPARE(b->provenance[i].line, a->provenance[i].line);
                    QCOMPARE(b->provenance[i].column, a->provenance[i].column);
                    QCOMPARE(b->provenance[i].display, a->provenance[i].display);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(SnapshotFileBench)
#include "tst_bench_snapshotfile.moc"
