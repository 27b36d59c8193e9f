// PDF report benchmark: 20 environments × 2,000 divergent rows. Prints the time to write the
// report and its size; asserts the size (≤ 2 MB, it is what gets mailed around) and that every
// page was written, never timings (the machine running CI varies too much; the target is ≤ 5 s
// in a release build).
#include "report/reportwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace DriftDeck;

namespace {
constexpr int Environments = 20;
constexpr int Rows = 2000;

qint64 cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

// Every key differs from the baseline (env00) in every environment; a few are secrets, a few
// images (critical), and a rule or two cover some.
Snapshot generate()
{
    Snapshot s;
    s.workspaceName = QStringLiteral("Benchmark");
    s.takenAt = QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::UTC);
    s.baseline = QStringLiteral("env00");
    s.policy = Policy::defaults();
    ExpectedDifference rule;
    rule.key = QStringLiteral("config/service0001.*");
    rule.reason = QStringLiteral("sized per environment");
    rule.owner = QStringLiteral("platform-team");
    rule.expires = QDate(2027, 1, 1);
    s.policy.expected = {rule};
    for (int e = 0; e < Environments; ++e) {
        EnvironmentCapture c;
        c.name = QStringLiteral("env%1").arg(e, 2, 10, QLatin1Char('0'));
        c.displayName = QStringLiteral("Environment %1").arg(e);
        c.layers = {Layer{QStringLiteral("files"), QStringLiteral("config/%1.yaml").arg(c.name), QString()}};
        SourceStatus files;
        files.id = QStringLiteral("files");
        files.label = QStringLiteral("Config files");
        files.keyPrefixes = {QStringLiteral("config/"), QStringLiteral("image/")};
        files.state = SourceState::Ok;
        c.sources = {files};
        for (int k = 0; k < Rows; ++k) {
            Entry entry;
            entry.source = 0;
            QString key;
            if (k % 100 == 0) {
                key = QStringLiteral("image/service%1").arg(k, 4, 10, QLatin1Char('0'));
                entry.value = Value::string(QStringLiteral("1.%1.%2").arg(k).arg(e));
            } else if (k % 50 == 1) {
                key = QStringLiteral("config/service%1.password").arg(k / 10, 4, 10, QLatin1Char('0'));
                entry.value = Value::secret(QStringLiteral("%1").arg(qHash(k * 100 + e), 16, 16, QLatin1Char('0')));
            } else {
                key = QStringLiteral("config/service%1.setting%2").arg(k / 10, 4, 10, QLatin1Char('0')).arg(k % 10);
                entry.value
                    = Value::string(QStringLiteral("https://svc-%1.env%2.example.com:%3").arg(k).arg(e).arg(8000 + e));
            }
            entry.provenance = {Origin{0, k + 1, 3, entry.value.isSecret() ? QString() : entry.value.display()}};
            c.entries.insert(key, entry);
        }
        s.environments.append(c);
    }
    s.buildIndex();
    return s;
}
} // namespace

class ReportBench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeReport()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Snapshot snapshot = generate();
        QCOMPARE(snapshot.rowCount(), Rows);
        const QString path = dir.filePath(QStringLiteral("bench.pdf"));
        ReportOptions options;
        options.today = QDate(2026, 11, 26);

        QElapsedTimer timer;
        timer.start();
        const qint64 cpu = cpuMs();
        QString error;
        QVERIFY2(ReportWriter::write(snapshot, options, path, &error), qPrintable(error));
        const qint64 wallMs = timer.elapsed();
        const qint64 cpuSpent = cpuMs() - cpu;
        const qint64 size = QFileInfo(path).size();

        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        info.waitForFinished(60000);
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s*(\\d+)"))
                              .match(QString::fromUtf8(info.readAllStandardOutput()))
                              .captured(1)
                              .toInt();
        qInfo("report %d environments × %d rows: %lld ms (CPU %lld ms), %d pages, %.2f MB (%lld bytes)", Environments,
              Rows, wallMs, cpuSpent, pages, double(size) / 1e6, size);
        // 19 other environments in page columns of five: four pages across for every page of rows.
        QVERIFY(pages >= 4 * (Rows / 60));
        QVERIFY2(size <= 2'000'000, qPrintable(QString::number(size)));
    }
};

QTEST_MAIN(ReportBench)
#include "tst_bench_report.moc"
