#include "drift/driftengine.h"
#include "output/checkformats.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace DriftDeck;

namespace {

const QDate Today(2026, 11, 26);
// A fingerprint that must never appear in any output.
const QString Fingerprint = QStringLiteral("f1a9c0ffee0000000000000000000000000000000000000000000000deadbeef");

Entry entry(const Value &value, int layer = 0, int line = 0)
{
    Entry e;
    e.value = value;
    e.source = 0;
    e.provenance = {Origin{layer, line, 1, value.isSecret() ? QString() : value.display()}};
    return e;
}

// production (baseline), staging, development.
Snapshot sample(bool stagingFailed = false)
{
    Snapshot s;
    s.workspaceName = QStringLiteral("Checkout");
    s.takenAt = QDateTime(QDate(2026, 11, 26), QTime(6, 0), QTimeZone::UTC);
    s.baseline = QStringLiteral("production");
    for (const char *name : {"production", "staging", "development"}) {
        EnvironmentCapture c;
        c.name = QString::fromLatin1(name);
        c.layers = {Layer{QStringLiteral("config"), QStringLiteral("config/%1.yaml").arg(c.name), {}}};
        SourceStatus status;
        status.id = QStringLiteral("config");
        status.label = QStringLiteral("Service configuration");
        status.keyPrefixes = {QStringLiteral("image/")};
        status.state = SourceState::Ok;
        if (c.name == u"staging" && stagingFailed) {
            status.state = SourceState::Failed;
            status.error = QStringLiteral(
                "connection refused by 127.0.0.1:9090 after three attempts with backoff, the last at 06:00");
        }
        c.sources = {status};
        s.environments.append(c);
    }
    auto put = [&](int env, const char *key, const Value &v, int line = 3) {
        s.environments[env].entries.insert(QString::fromLatin1(key), entry(v, 0, line));
    };
    for (int env = 0; env < 3; ++env) {
        put(env, "config/same", Value::string(QStringLiteral("x")));
        if (!(env == 1 && stagingFailed))
            put(env, "image/api/digest",
                Value::string(env == 0 ? QStringLiteral("sha256:aaa") : QStringLiteral("sha256:bbb")));
    }
    put(0, "config/database.poolSize", Value::number(50), 12);
    put(1, "config/database.poolSize", Value::number(20), 4);
    put(2, "config/database.poolSize", Value::number(50));
    put(0, "config/db.password", Value::secret(Fingerprint));
    put(1, "config/db.password", Value::secret(QStringLiteral("00") + Fingerprint.mid(2)));
    put(2, "config/db.password", Value::secret(Fingerprint));
    put(0, "config/log.level", Value::string(QStringLiteral("warn")));
    put(1, "config/log.level", Value::string(QStringLiteral("info")));
    put(2, "config/log.level", Value::string(QStringLiteral("debug")));
    ExpectedDifference rule;
    rule.key = QStringLiteral("config/log.level");
    rule.reason = QStringLiteral("verbose outside production");
    rule.owner = QStringLiteral("checkout-team");
    rule.environments = {QStringLiteral("staging")};
    rule.expires = QDate(2027, 1, 31);
    s.policy.expected = {rule};
    s.policy.mustMatch = Policy::defaultMustMatch();
    s.buildIndex();
    return s;
}

CheckReport reportFor(const Snapshot &s, CheckOptions options = {})
{
    const DriftResult result = DriftEngine::compute(s, 0, s.policy, Today);
    return buildCheckReport(s, result, options);
}

} // namespace

class CheckFormatsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<bool>("stagingFailed");
        QTest::addColumn<QStringList>("envs");
        QTest::addColumn<int>("failOn");
        QTest::addColumn<int>("exitCode");
        const QStringList all;
        QTest::addRow("drift found") << false << all << int(FailOn::Drift) << int(ExitDrift);
        QTest::addRow("critical digest drift") << false << all << int(FailOn::Critical) << int(ExitDrift);
        QTest::addRow("never fails") << false << all << int(FailOn::Never) << int(ExitNoDrift);
        // staging failed: its digest is unknown; development still has critical digest drift
        QTest::addRow("failed source but critical drift elsewhere")
            << true << all << int(FailOn::Critical) << int(ExitDrift);
        // Only staging compared: its digest is unknown, the password differs (warning only).
        QTest::addRow("incomplete below threshold")
            << true << QStringList{QStringLiteral("staging")} << int(FailOn::Critical) << int(ExitIncomplete);
        QTest::addRow("incomplete, never")
            << true << QStringList{QStringLiteral("staging")} << int(FailOn::Never) << int(ExitIncomplete);
    }
    void exitCodes()
    {
        QFETCH(bool, stagingFailed);
        QFETCH(QStringList, envs);
        QFETCH(int, failOn);
        QFETCH(int, exitCode);
        const Snapshot s = sample(stagingFailed);
        CheckOptions options;
        for (const QString &name : envs)
            options.environments.append(s.environmentIndex(name));
        QCOMPARE(reportFor(s, options).exitCode(FailOn(failOn)), exitCode);
    }

    void textFitsTerminalAndHidesSecrets()
    {
        const QString text = formatCheckText(reportFor(sample(true)), FailOn::Drift, false, 80);
        for (const QString &line : text.split(u'\n'))
            QVERIFY2(line.size() <= 80, qPrintable(line));
        QVERIFY(!text.contains(Fingerprint.mid(8, 20)));
        QVERIFY(!text.contains(u'\x1b'));
        QVERIFY(text.contains(QStringLiteral("CRITICAL image/api/digest")));
        QVERIFY2(text.contains(QStringLiteral("↳ expected: verbose outside production (checkout-team,\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("↳ unknown: its source failed\n")));
        QVERIFY(text.contains(QStringLiteral("  production    (secret)")));
        QVERIFY(text.contains(QStringLiteral("staging · Service configuration: connection refused")));
        QVERIFY(text.contains(QStringLiteral("config/production.yaml:12")));
        QVERIFY(formatCheckText(reportFor(sample()), FailOn::Drift, true).contains(u'\x1b'));
    }

    void allRowsSayWhichRowsAgree()
    {
        // --all-rows lists rows where every environment agrees: SAME, never EXPECTED. A key that a
        // rule expects to be absent reads "(not set)", not an empty value.
        Snapshot s = sample();
        s.environments[0].entries.insert(QStringLiteral("config/feature.beta"),
                                         entry(Value::string(QStringLiteral("on"))));
        ExpectedDifference absent;
        absent.key = QStringLiteral("config/feature.beta");
        absent.reason = QStringLiteral("beta only in production");
        absent.owner = QStringLiteral("checkout-team");
        s.policy.expected.append(absent);
        s.buildIndex();
        CheckOptions options;
        options.allRows = true;
        const CheckReport report = reportFor(s, options);
        const QString text = formatCheckText(report, FailOn::Drift, false, 80);
        QVERIFY2(text.contains(QStringLiteral("SAME     config/same\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("EXPECTED config/feature.beta\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("  staging       (not set)")), qPrintable(text));
        const QJsonObject json = QJsonDocument::fromJson(formatCheckJson(report, FailOn::Drift)).object();
        for (const QJsonValue &row : json[u"rows"].toArray()) {
            if (row[u"key"].toString() != u"config/feature.beta")
                continue;
            QCOMPARE(row[u"cells"][u"staging"][u"status"].toString(), QStringLiteral("expected"));
            QVERIFY(!row[u"cells"][u"staging"].toObject().contains(u"value"));
        }
    }

    void jsonSchema()
    {
        const QByteArray json = formatCheckJson(reportFor(sample(true)), FailOn::Critical);
        QVERIFY(!json.contains(Fingerprint.mid(8, 20).toLatin1()));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root[u"schema"].toString(), QStringLiteral("driftdeck-check"));
        QCOMPARE(root[u"schemaVersion"].toInt(), 1);
        QCOMPARE(root[u"baseline"].toString(), QStringLiteral("production"));
        const QJsonArray envs = root[u"environments"].toArray();
        QCOMPARE(envs.size(), 3);
        QCOMPARE(envs[0].toObject()[u"baseline"].toBool(), true);
        QJsonObject pool;
        for (const QJsonValue &row : root[u"rows"].toArray()) {
            if (row.toObject()[u"key"].toString() == u"config/database.poolSize")
                pool = row.toObject();
        }
        QCOMPARE(pool[u"severity"].toString(), QStringLiteral("warning"));
        QCOMPARE(pool[u"fails"].toBool(), false); // --fail-on critical
        const QJsonObject staging = pool[u"cells"].toObject()[u"staging"].toObject();
        QCOMPARE(staging[u"status"].toString(), QStringLiteral("differs"));
        QCOMPARE(staging[u"value"].toString(), QStringLiteral("20"));
        QCOMPARE(staging[u"provenance"].toString(), QStringLiteral("config/staging.yaml:4"));
        QCOMPARE(root[u"errors"].toArray().size(), 1);
        QCOMPARE(root[u"summary"].toObject()[u"incomplete"].toBool(), true);
        QCOMPARE(root[u"summary"].toObject()[u"exitCode"].toInt(), int(ExitDrift));
    }

    // Version-1 additions: the parity checklist, a display in the unit beside the raw value, and
    // the reason of a finding from metadata (an ops flag on in production).
    void jsonChecklistUnitsAndFindings()
    {
        Snapshot s = sample();
        for (int env = 0; env < 3; ++env) {
            s.environments[env].entries.insert(QStringLiteral("metric/heap_bytes"),
                                               entry(Value::number(env == 1 ? 536870912.0 : 34359738368.0)));
            s.environments[env].entries.insert(QStringLiteral("flag/pay"), entry(Value::string(QStringLiteral("on"))));
            s.environments[env].entries.insert(QStringLiteral("flag/pay/category"),
                                               entry(Value::string(QStringLiteral("ops"))));
        }
        s.buildIndex();
        CheckOptions options;
        options.today = Today;
        const CheckReport report = reportFor(s, options);
        const QByteArray json = formatCheckJson(report, FailOn::Drift);
        QCOMPARE(json, QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented));
        const QJsonObject root = QJsonDocument::fromJson(json).object();

        const QJsonArray checklist = root[u"checklist"].toArray();
        QCOMPARE(checklist.size(), Checklist::itemIds().size());
        QJsonObject digests;
        for (const QJsonValue &item : checklist) {
            if (item[u"id"].toString() == u"code.imageDigests")
                digests = item.toObject();
        }
        QCOMPARE(digests[u"area"].toString(), QStringLiteral("code"));
        QCOMPARE(digests[u"title"].toString(), QStringLiteral("Same image digest for each repository everywhere"));
        const QJsonObject staging = digests[u"cells"][u"staging"].toObject();
        QCOMPARE(staging[u"state"].toString(), QStringLiteral("fail"));
        QCOMPARE(staging[u"manual"].toBool(), false);
        QCOMPARE(staging[u"evidence"][0].toString(),
                 QStringLiteral("image/api/digest: sha256:bbb (production: sha256:aaa)"));
        QCOMPARE(digests[u"cells"][u"production"][u"state"].toString(), QStringLiteral("pass"));

        QJsonObject heap, pay;
        for (const QJsonValue &row : root[u"rows"].toArray()) {
            if (row[u"key"].toString() == u"metric/heap_bytes")
                heap = row.toObject();
            if (row[u"key"].toString() == u"flag/pay")
                pay = row.toObject();
        }
        QCOMPARE(heap[u"cells"][u"staging"][u"value"].toString(), QStringLiteral("536870912"));
        QCOMPARE(heap[u"cells"][u"staging"][u"display"].toString(), QStringLiteral("512 MiB"));
        QCOMPARE(heap[u"cells"][u"production"][u"display"].toString(), QStringLiteral("32 GiB"));
        QCOMPARE(pay[u"severity"].toString(), QStringLiteral("warning"));
        QCOMPARE(pay[u"reason"].toString(), QStringLiteral("ops flag pay (a kill switch) is on in production"));
        QVERIFY(!root[u"rows"][0].toObject().contains(u"reason"));

        const QString text = formatCheckText(report, FailOn::Drift, false, 100);
        QVERIFY2(text.contains(QStringLiteral("512 MiB")) && text.contains(QStringLiteral("32 GiB")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("536870912")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("↳ ops flag pay (a kill switch) is on in production")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Parity checklist: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("✗ Same image digest for each repository everywhere: fails in staging, "
                                              "development")),
                 qPrintable(text));
        const QString markdown = formatCheckMarkdown(report, FailOn::Drift);
        QVERIFY2(markdown.contains(QStringLiteral("| `512 MiB`")), qPrintable(markdown));
    }

    // The JSON is written directly, not through QJsonDocument; it must stay byte for byte what
    // QJsonDocument writes (key order, indentation, escapes, numbers), so scripts see no change.
    void jsonIsLaidOutAsQJsonDocument()
    {
        Snapshot s = sample(true);
        const auto add = [&](int env, const QString &key, const QString &text) {
            s.environments[env].entries.insert(key, entry(Value::string(text), 0, 7));
        };
        add(0, QStringLiteral("config/odd \"name\""), QStringLiteral("tab\there\nnew \\ \x01 \x7f"));
        add(1, QStringLiteral("config/odd \"name\""), QStringLiteral("ümlaut € 😀 ") + QChar(0xD800));
        s.buildIndex();
        for (const FailOn failOn : {FailOn::Drift, FailOn::Critical}) {
            CheckOptions all;
            all.allRows = true;
            for (const CheckReport &report : {reportFor(s), reportFor(s, all)}) {
                const QByteArray json = formatCheckJson(report, failOn);
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(json, &error);
                QCOMPARE(error.error, QJsonParseError::NoError);
                QCOMPARE(json, document.toJson(QJsonDocument::Indented));
            }
        }
    }

    // `check --format json` writes the document a chunk at a time: the bytes must be those of the
    // whole document, across several chunks, and a device that refuses them must be reported.
    void streamedJsonIsTheWholeDocument()
    {
        Snapshot s = sample(true);
        for (int i = 0; i < 6000; ++i) {
            const QString key = QStringLiteral("config/generated/key%1").arg(i);
            for (int env = 0; env < 3; ++env)
                s.environments[env].entries.insert(
                    key, entry(Value::string(QStringLiteral("value %1 in environment %2").arg(i).arg(env)), 0, i + 1));
        }
        s.buildIndex();
        const CheckReport report = reportFor(s);
        const QByteArray whole = formatCheckJson(report, FailOn::Drift);
        QVERIFY2(whole.size() > 3 * (1 << 20), "the report must span several chunks");
        // Rows are made in parts and written in batches on several threads: joined, they are one
        // document, in the snapshot's row order, every row once.
        QCOMPARE(whole, QJsonDocument::fromJson(whole).toJson(QJsonDocument::Indented));
        const QJsonArray rows = QJsonDocument::fromJson(whole).object()[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), report.rows.size());
        QVERIFY(report.rows.size() > 6000);
        int previous = -1;
        for (qsizetype i = 0; i < report.rows.size(); ++i) {
            QCOMPARE(rows[i].toObject()[QStringLiteral("key")].toString(), report.rows[i].key);
            const int at = s.rowOf(report.rows[i].key);
            QVERIFY2(at > previous, qPrintable(report.rows[i].key));
            previous = at;
        }

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writeCheckJson(report, FailOn::Drift, buffer));
        QCOMPARE(buffer.data().size(), whole.size());
        QVERIFY(buffer.data() == whole);

        QBuffer readOnly; // every write fails
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QVERIFY(!writeCheckJson(report, FailOn::Drift, readOnly));
    }

    void junitFailsRowsAtThreshold_data()
    {
        QTest::addColumn<int>("failOn");
        QTest::addColumn<int>("failures");
        QTest::addRow("drift") << int(FailOn::Drift) << 4; // digest, pool size, password, log level in development
        QTest::addRow("critical") << int(FailOn::Critical) << 1;
        QTest::addRow("never") << int(FailOn::Never) << 0;
    }
    void junitFailsRowsAtThreshold()
    {
        QFETCH(int, failOn);
        QFETCH(int, failures);
        const QByteArray xml = formatCheckJUnit(reportFor(sample()), FailOn(failOn));
        QVERIFY(!xml.contains(Fingerprint.mid(8, 20).toLatin1()));
        QXmlStreamReader reader(xml);
        int failureElements = 0, testcases = 0;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement) {
                failureElements += reader.name() == u"failure";
                testcases += reader.name() == u"testcase";
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(failureElements, failures);
        QCOMPARE(testcases, 4); // digest, pool size, password, log level
    }

    // A layer that does not exist is skipped with a warning: every format must say so, and a
    // warning alone neither fails nor marks the comparison incomplete.
    void sourceWarningsInEveryFormat()
    {
        Snapshot s = sample();
        const QString warning = QStringLiteral("config/nowhere.yaml does not exist; layer skipped");
        s.environments[1].sources[0].warnings = {warning};
        const CheckReport report = reportFor(s);
        QCOMPARE(report.warnings.size(), 1);
        QCOMPARE(report.warnings[0].environment, QStringLiteral("staging"));
        QCOMPARE(report.warnings[0].source, QStringLiteral("Service configuration"));
        QVERIFY(!report.incomplete());

        const QJsonObject root = QJsonDocument::fromJson(formatCheckJson(report, FailOn::Drift)).object();
        const QJsonArray warnings = root[u"warnings"].toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings[0].toObject()[u"environment"].toString(), QStringLiteral("staging"));
        QCOMPARE(warnings[0].toObject()[u"source"].toString(), QStringLiteral("Service configuration"));
        QCOMPARE(warnings[0].toObject()[u"message"].toString(), warning);
        QCOMPARE(root[u"errors"].toArray().size(), 0);

        const QByteArray xml = formatCheckJUnit(report, FailOn::Drift);
        QXmlStreamReader reader(xml);
        QString systemErr;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"system-err")
                systemErr = reader.readElementText();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY2(systemErr.contains(warning), qPrintable(systemErr));

        const QString md = formatCheckMarkdown(report, FailOn::Drift);
        QVERIFY2(md.contains(QStringLiteral("- staging · Service configuration: ") + warning), qPrintable(md));
        // Without warnings, nothing is added (and JSON still has the field, empty).
        const CheckReport quiet = reportFor(sample());
        QVERIFY(!formatCheckMarkdown(quiet, FailOn::Drift).contains(QStringLiteral("Warnings")));
        QVERIFY(QJsonDocument::fromJson(formatCheckJson(quiet, FailOn::Drift)).object()[u"warnings"].isArray());
    }

    void markdownTable()
    {
        const QString md = formatCheckMarkdown(reportFor(sample()), FailOn::Drift);
        QVERIFY(md.contains(QStringLiteral("| Severity | Key | production | staging | development |")));
        QVERIFY(
            md.contains(QStringLiteral("| **critical** | `image/api/digest` | `sha256:aaa` | `sha256:bbb` (differs)")));
        QVERIFY(!md.contains(Fingerprint.mid(8, 20)));
    }

    void environmentSubsetDropsOtherColumns()
    {
        const Snapshot s = sample();
        CheckOptions options;
        options.environments = {s.environmentIndex(u"staging")};
        const CheckReport report = reportFor(s, options);
        QCOMPARE(report.environments.size(), 2);
        for (const ReportRow &row : report.rows)
            QCOMPARE(row.cells.size(), 2);
        // development agrees on the pool size; staging does not: still reported.
        QVERIFY(std::any_of(report.rows.cbegin(), report.rows.cend(),
                            [](const ReportRow &r) { return r.key == u"config/database.poolSize"; }));
    }
};

QTEST_GUILESS_MAIN(CheckFormatsTest)
#include "tst_checkformats.moc"
