// Loading benchmark: 20 environments layered on one 100,000-key base.yaml, each with its own file
// overriding 5 % of the keys, read by 20 config-files sources running at once on the thread pool
// as the app runs them. Target: ≤ 3 s wall time on a 2-core machine.
// Prints wall time, keys loaded and peak RSS; asserts only that every key arrived.
#include "sources/configformats/configfilecache.h"
#include "sources/sourcefactory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <map>
#include <sys/resource.h>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

constexpr int Environments = 20;
constexpr int Keys = 100000;
constexpr int Overrides = Keys / 20; // 5 %

qint64 statusKiB(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// services.<service>.<area>.<setting>: 100 services × 20 areas × 50 settings.
const char *const services[]
    = {"checkout", "payments", "inventory", "search", "catalog", "cart", "orders", "shipping", "billing", "identity"};
const char *const areas[]
    = {"database", "cache",   "http",  "retry",   "logging", "metrics", "tracing", "queue",   "storage", "auth",
       "limits",   "session", "email", "pricing", "tax",     "fraud",   "reports", "exports", "imports", "webhooks"};
const char *const settings[] = {"poolSize",  "timeout",   "enabled",   "endpoint",   "maxRetries", "memory", "ratio",
                                "region",    "level",     "allowed",   "ttlSeconds", "batchSize",  "owner",  "mode",
                                "threshold", "secretRef", "queueName", "cpu",        "version",    "backoff"};

struct KeyPath {
    QByteArray service, area, setting;
};

KeyPath pathOf(int key)
{
    const int service = key / 1000;
    const int area = (key / 50) % 20;
    const int setting = key % 50;
    return {QByteArray(services[service % 10]) + '-' + QByteArray::number(service / 10), QByteArray(areas[area]),
            QByteArray(settings[setting % 20]) + (setting >= 20 ? QByteArray::number(setting / 20) : QByteArray())};
}

// Mixed types as real files have them; variant changes the value for overrides.
QByteArray valueFor(int key, int variant)
{
    const int v = key + variant * 7;
    switch (key % 10) {
    case 0:
        return QByteArray::number(v % 500);
    case 1:
        return '"' + QByteArray::number(v % 90) + "s\"";
    case 2:
        return (v % 2) ? "true" : "false";
    case 3:
        return "https://svc" + QByteArray::number(v % 97) + ".internal.example.com/api";
    case 4:
        return QByteArray::number(v % 13);
    case 5:
        return QByteArray::number(256 << (v % 4)) + "Mi";
    case 6:
        return QByteArray::number((v % 100) / 100.0);
    case 7:
        return "[eu-west-1, eu-central-" + QByteArray::number(v % 3) + "]";
    case 8:
        return "'team-" + QByteArray::number(v % 40) + "'";
    default:
        return "mode-" + QByteArray::number(v % 5);
    }
}

// Writes keys as nested YAML (keys must be sorted so that shared parents are written once).
QByteArray yamlFor(const std::map<int, QByteArray> &values)
{
    QByteArray out;
    out.reserve(int(values.size()) * 48);
    out += "services:\n";
    KeyPath previous;
    for (const auto &[key, value] : values) {
        const KeyPath path = pathOf(key);
        if (path.service != previous.service) {
            out += "  " + path.service + ":\n";
            previous.area.clear();
        }
        if (path.area != previous.area)
            out += "    " + path.area + ":\n";
        out += "      " + path.setting + ": " + value + '\n';
        previous = path;
    }
    return out;
}

// CPU time of the whole process, all threads: on a shared machine wall time alone misleads.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

bool write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class LoadingBenchmark : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twentyEnvironments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::map<int, QByteArray> base;
        for (int k = 0; k < Keys; ++k)
            base.emplace(k, valueFor(k, 0));
        const QByteArray baseText = yamlFor(base);
        QVERIFY(write(dir.filePath(u"base.yaml"_s), baseText));
        QRandomGenerator random(42);
        for (int e = 0; e < Environments; ++e) {
            std::map<int, QByteArray> overrides;
            while (int(overrides.size()) < Overrides) {
                const int k = int(random.bounded(Keys));
                overrides.emplace(k, valueFor(k, e + 1));
            }
            QVERIFY(write(dir.filePath(u"env%1.yaml"_s.arg(e)), yamlFor(overrides)));
        }
        qInfo("generated base.yaml: %d keys, %.1f MiB; %d environment files with %d overrides each", Keys,
              baseText.size() / 1048576.0, Environments, Overrides);

        ConfigFileCache::instance().clear();
        const quint64 parsesBefore = ConfigFileCache::instance().parseCount();
        const qint64 rssBefore = statusKiB("VmRSS:");

        std::vector<std::unique_ptr<Source>> sources;
        for (int e = 0; e < Environments; ++e) {
            SourceContext context;
            context.sourceId = u"config"_s;
            context.environment = u"env%1"_s.arg(e);
            context.workspaceDirectory = dir.path();
            context.options = {{u"layers"_s, QVariantList{u"base.yaml"_s, u"{env}.yaml"_s}}};
            sources.push_back(SourceFactory::instance().create(context, u"config-files"_s));
        }
        int finished = 0;
        qint64 keysLoaded = 0;
        qint64 firstMs = -1; // the base file's parse is on this path
        QElapsedTimer timer;
        QStringList errors;
        for (const auto &source : sources) {
            connect(source.get(), &Source::valuesAvailable, this, [&](const SourceResult &result) {
                if (finished++ == 0)
                    firstMs = timer.elapsed();
                keysLoaded += result.entries.size();
            });
            connect(source.get(), &Source::failed, this, [&](const QString &error) {
                ++finished;
                errors.append(error);
            });
        }

        const double cpuBefore = processCpuSeconds();
        timer.start();
        for (const auto &source : sources)
            source->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished, Environments, 600000);
        const qint64 wallMs = timer.elapsed();
        const double cpuSeconds = processCpuSeconds() - cpuBefore;

        qInfo("loaded %lld keys (%d environments × %d) in %lld ms wall time; files parsed: %llu", keysLoaded,
              Environments, Keys, wallMs, ConfigFileCache::instance().parseCount() - parsesBefore);
        qInfo("first environment ready after %lld ms", firstMs);
        qInfo("CPU time %.2f s over %d cores (wall time can be no shorter than %.2f s here)", cpuSeconds,
              QThread::idealThreadCount(), cpuSeconds / QThread::idealThreadCount());
        qInfo("peak RSS (VmHWM) %.1f MiB; RSS before loading %.1f MiB, after %.1f MiB", statusKiB("VmHWM:") / 1024.0,
              rssBefore / 1024.0, statusKiB("VmRSS:") / 1024.0);
        QCOMPARE(errors, QStringList());
        QCOMPARE(keysLoaded, qint64(Environments) * Keys);
    }
};

QTEST_GUILESS_MAIN(LoadingBenchmark)
#include "tst_bench_loading.moc"
