// Byte and duration values read in their unit (32 GiB, 1.5 s, 3 d 4 h) while comparisons keep the
// raw number: which keys carry a unit, how each amount is written, and what is left alone.
#include "sources/metrics/metricqueries.h"
#include "values/units.h"

#include <QTest>

Q_DECLARE_METATYPE(DriftDeck::Value)

using namespace DriftDeck;
using namespace Qt::StringLiterals;

class UnitsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bytes_data()
    {
        QTest::addColumn<double>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addRow("zero") << 0.0 << u"0 B"_s;
        QTest::addRow("one byte") << 1.0 << u"1 B"_s;
        QTest::addRow("below a KiB") << 1023.0 << u"1023 B"_s;
        QTest::addRow("a fraction of a byte") << 0.5 << u"0.5 B"_s;
        QTest::addRow("exactly a KiB") << 1024.0 << u"1 KiB"_s;
        QTest::addRow("1.5 KiB") << 1536.0 << u"1.5 KiB"_s;
        QTest::addRow("512 MiB") << 536870912.0 << u"512 MiB"_s;
        QTest::addRow("32 GiB") << 34359738368.0 << u"32 GiB"_s;
        QTest::addRow("decimal gigabyte") << 1e9 << u"953.67 MiB"_s;
        QTest::addRow("one byte short of a GiB rounds up a unit") << 1073741823.0 << u"1 GiB"_s;
        QTest::addRow("1.25 GiB") << 1342177280.0 << u"1.25 GiB"_s;
        QTest::addRow("TiB") << 2199023255552.0 << u"2 TiB"_s;
        QTest::addRow("PiB") << 1125899906842624.0 << u"1 PiB"_s;
        QTest::addRow("EiB") << 1152921504606846976.0 << u"1 EiB"_s;
        QTest::addRow("beyond EiB stays EiB") << 1152921504606846976.0 * 2048 << u"2048 EiB"_s;
        QTest::addRow("negative") << -2147483648.0 << u"-2 GiB"_s;
        QTest::addRow("negative below a KiB") << -10.0 << u"-10 B"_s;
    }
    void bytes()
    {
        QFETCH(double, bytes);
        QFETCH(QString, text);
        QCOMPARE(Units::formatBytes(bytes), text);
    }

    void durations_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("zero") << 0.0 << u"0 s"_s;
        QTest::addRow("nanoseconds") << 2.5e-7 << u"250 ns"_s;
        QTest::addRow("microseconds") << 1.25e-5 << u"12.5 µs"_s;
        QTest::addRow("milliseconds") << 0.25 << u"250 ms"_s;
        QTest::addRow("1.5 ms") << 0.0015 << u"1.5 ms"_s;
        QTest::addRow("almost a second rounds up a unit") << 0.999999 << u"1 s"_s;
        QTest::addRow("one second") << 1.0 << u"1 s"_s;
        QTest::addRow("1.5 s") << 1.5 << u"1.5 s"_s;
        QTest::addRow("59.99 s") << 59.99 << u"59.99 s"_s;
        QTest::addRow("almost a minute") << 59.999 << u"1 min"_s;
        QTest::addRow("a minute and a half") << 90.0 << u"1 min 30 s"_s;
        QTest::addRow("minutes round to the second") << 150.4 << u"2 min 30 s"_s;
        QTest::addRow("an hour less a moment") << 3599.6 << u"1 h"_s;
        QTest::addRow("hours and minutes") << 7500.0 << u"2 h 5 min"_s;
        QTest::addRow("whole hours") << 7200.0 << u"2 h"_s;
        QTest::addRow("days and hours") << 273600.0 << u"3 d 4 h"_s;
        QTest::addRow("days round to the hour") << 273600.0 + 3500 << u"3 d 5 h"_s;
        QTest::addRow("many days") << 400 * 86400.0 << u"400 d"_s;
        QTest::addRow("negative") << -1.5 << u"-1.5 s"_s;
        QTest::addRow("negative compound") << -90.0 << u"-1 min 30 s"_s;
    }
    void durations()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(Units::formatDuration(seconds), text);
    }

    void unitOfKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("unit");
        const int none = int(Units::Unit::None);
        const int bytes = int(Units::Unit::Bytes);
        const int seconds = int(Units::Unit::Seconds);
        const int milliseconds = int(Units::Unit::Milliseconds);
        QTest::addRow("prometheus _bytes") << u"metric/process_resident_memory_bytes"_s << bytes;
        QTest::addRow("prometheus _bytes_total") << u"metric/node_network_receive_bytes_total"_s << bytes;
        QTest::addRow("camel case Bytes") << u"metric/heapBytes"_s << bytes;
        QTest::addRow("prometheus _seconds") << u"metric/http_request_duration_seconds"_s << seconds;
        QTest::addRow("prometheus _seconds_total") << u"metric/process_cpu_seconds_total"_s << seconds;
        QTest::addRow("camel case Seconds") << u"metric/p99LatencySeconds"_s << seconds;
        QTest::addRow("camel case Ms") << u"metric/p99LatencyMs"_s << milliseconds;
        QTest::addRow("_milliseconds") << u"metric/gc_pause_milliseconds"_s << milliseconds;
        QTest::addRow("no unit in the name") << u"metric/errorRate"_s << none;
        QTest::addRow("items is no unit") << u"metric/queue_items"_s << none;
        QTest::addRow("kubernetes memory request") << u"infra/deployment/api/app/requests.memory"_s << bytes;
        QTest::addRow("kubernetes memory limit") << u"infra/deployment/api/app/limits.memory"_s << bytes;
        QTest::addRow("kubernetes ephemeral storage")
            << u"infra/deployment/api/app/limits.ephemeral-storage"_s << bytes;
        QTest::addRow("hugepages") << u"infra/deployment/api/app/limits.hugepages-2Mi"_s << bytes;
        QTest::addRow("compose memory reservation") << u"infra/compose/api/reservations.memory"_s << bytes;
        QTest::addRow("kubernetes cpu is no bytes") << u"infra/deployment/api/app/requests.cpu"_s << none;
        QTest::addRow("configuration keeps its spelling") << u"config/cache.maxBytes"_s << none;
        QTest::addRow("configuration memory") << u"config/limits.memory"_s << none;
        QTest::addRow("tls rows") << u"tls/api/daysToExpiry"_s << none;
    }
    void unitOfKey()
    {
        QFETCH(QString, key);
        QFETCH(int, unit);
        QCOMPARE(int(Units::unitOfKey(key)), unit);
    }

    void display_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("text");
        QTest::addRow("bytes metric") << u"metric/heap_bytes"_s << Value::number(34359738368.0) << u"32 GiB"_s;
        QTest::addRow("seconds metric") << u"metric/p99_seconds"_s << Value::number(0.25) << u"250 ms"_s;
        QTest::addRow("milliseconds metric") << u"metric/uptimeMs"_s << Value::number(273600000.0) << u"3 d 4 h"_s;
        QTest::addRow("kubernetes quantity as written")
            << u"infra/deployment/api/app/limits.memory"_s
            << Value::withCanonical(ValueKind::Number, u"536870912"_s, u"512Mi"_s) << u"512 MiB"_s;
        QTest::addRow("decimal quantity")
            << u"infra/deployment/api/app/requests.memory"_s
            << Value::withCanonical(ValueKind::Number, u"1000000000"_s, u"1G"_s) << u"953.67 MiB"_s;
        QTest::addRow("negative") << u"metric/delta_bytes"_s << Value::number(-1024.0) << u"-1 KiB"_s;
        // Values that are no number keep their own text: the display is empty.
        QTest::addRow("text untouched") << u"metric/heap_bytes"_s << Value::string(u"lots"_s) << QString();
        QTest::addRow("state untouched") << u"metric/p99_seconds"_s
                                         << Value::withCanonical(ValueKind::String, u"warning"_s,
                                                                 u"2 s (warning: at or above 1 s)"_s)
                                         << QString();
        QTest::addRow("masked untouched") << u"metric/heap_bytes"_s << Value::masked() << QString();
        QTest::addRow("secret untouched") << u"metric/heap_bytes"_s << Value::secret(u"fp"_s) << QString();
        QTest::addRow("no unit") << u"metric/errorRate"_s << Value::number(0.5) << QString();
        QTest::addRow("not a number") << u"metric/heap_bytes"_s
                                      << Value::withCanonical(ValueKind::Number, u"NaN"_s, u"NaN"_s) << QString();
        QTest::addRow("infinite") << u"metric/heap_bytes"_s
                                  << Value::withCanonical(ValueKind::Number, u"Infinity"_s, u"+Inf"_s) << QString();
    }
    void display()
    {
        QFETCH(QString, key);
        QFETCH(Value, value);
        QFETCH(QString, text);
        QCOMPARE(Units::display(key, value), text);
    }

    // The unit changes what is shown, never what is compared.
    void comparisonStaysRaw()
    {
        const Value a = Value::withCanonical(ValueKind::Number, u"1073741824"_s, u"1Gi"_s);
        const Value b = Value::number(1073741823.0);
        const QString key = u"infra/deployment/api/app/limits.memory"_s;
        QCOMPARE(Units::display(key, a), Units::display(key, b)); // both read "1 GiB"
        QVERIFY(!(a == b));
    }

    // A metric with limits compares by its state; its text says the number and the limit in the unit.
    void thresholdedMetricInUnit()
    {
        MetricThresholds limits;
        limits.warning = 1;
        limits.critical = 5;
        const Value slow = metricValue(u"2"_s, 2, limits, Units::Unit::Seconds);
        QCOMPARE(slow.canonical(), u"warning"_s);
        QCOMPARE(slow.display(), u"2 s (warning: at or above 1 s)"_s);
        const Value fast = metricValue(u"0.25"_s, 0.25, limits, Units::Unit::Seconds);
        QCOMPARE(fast.display(), u"250 ms (ok)"_s);
        QCOMPARE(metricValue(u"0.25"_s, 0.25, limits).display(), u"0.25 (ok)"_s); // no unit: as read
        // Without limits the cell keeps the raw number; the views show it in the unit.
        const Value plain = metricValue(u"0.25"_s, 0.25, {}, Units::Unit::Seconds);
        QCOMPARE(plain.display(), u"0.25"_s);
        QCOMPARE(Units::display(u"metric/p99_seconds", plain), u"250 ms"_s);
    }
};

QTEST_GUILESS_MAIN(UnitsTest)
#include "tst_units.moc"
