// The parity checklist from data: every item pass, fail and unknown per environment, with the
// evidence that decided it, and ticks by hand for what the data leaves open.
#include "checklist/checklist.h"
#include "drift/driftengine.h"
#include "snapshot/snapshot.h"
#include "workspace/policy.h"

#include <QTest>

#include <optional>

Q_DECLARE_METATYPE(DriftDeck::Snapshot)

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 12, 5);

struct Row {
    QString key;
    std::optional<Value> production;
    std::optional<Value> staging;
    bool stagingStale = false;
};

Value text(const QString &t)
{
    return Value::string(t);
}

// production (the baseline) and staging with the given rows.
Snapshot build(const QList<Row> &rows, const Policy &policy = {})
{
    Snapshot s;
    s.policy = policy;
    for (const QString &name : {u"production"_s, u"staging"_s}) {
        EnvironmentCapture capture;
        capture.name = name;
        for (const Row &row : rows) {
            const auto &value = name == u"production" ? row.production : row.staging;
            if (!value)
                continue;
            Entry e;
            e.value = *value;
            e.stale = name == u"staging" && row.stagingStale;
            capture.entries.insert(row.key, e);
        }
        s.environments.append(capture);
    }
    s.buildIndex();
    return s;
}

Policy ruleFor(const QString &key, QDate expires)
{
    Policy policy;
    ExpectedDifference rule;
    rule.key = key;
    rule.reason = u"sized for load"_s;
    rule.owner = u"platform"_s;
    rule.expires = expires;
    policy.expected.append(rule);
    return policy;
}

Policy tick(const QString &item, bool pass, const QStringList &environments = {})
{
    Policy policy;
    ChecklistTick t;
    t.key = item;
    t.pass = pass;
    t.environments = environments;
    t.note = u"restore drill, OPS-42"_s;
    t.by = u"alice"_s;
    t.date = QDate(2026, 11, 20);
    policy.checklist.append(t);
    return policy;
}

Row tlsRow(const QString &field, const Value &production, const std::optional<Value> &staging)
{
    return {u"tls/api/"_s + field, production, staging};
}

QList<Row> certificate(const Value &stagingProtocol, bool stagingSelfSigned)
{
    return {tlsRow(u"protocol"_s, text(u"TLSv1.3"_s), stagingProtocol),
            tlsRow(u"selfSigned"_s, Value::boolean(false), Value::boolean(stagingSelfSigned)),
            tlsRow(u"issuer"_s, text(u"Let's Encrypt"_s), text(stagingSelfSigned ? u"staging"_s : u"Let's Encrypt"_s))};
}

} // namespace

class ChecklistTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void items_data()
    {
        QTest::addColumn<Snapshot>("snapshot");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("evidence"); // a substring of one evidence line

        const Value a = text(u"sha256:aaa"_s), b = text(u"sha256:bbb"_s);
        QTest::addRow("digests pass") << build({{u"image/api/digest"_s, a, a}}) << "code.imageDigests" << "staging"
                                      << "pass" << "1 of image digests the same as the baseline";
        QTest::addRow("digests fail") << build({{u"image/api/digest"_s, a, b}}) << "code.imageDigests" << "staging"
                                      << "fail" << "image/api/digest: sha256:bbb (production: sha256:aaa)";
        QTest::addRow("digests unknown: none") << build({{u"config/x"_s, a, a}}) << "code.imageDigests" << "staging"
                                               << "unknown" << "no image digests here or in the baseline";
        QTest::addRow("digests unknown: source failed")
            << build({{u"image/api/digest"_s, a, b, true}}) << "code.imageDigests" << "staging" << "unknown"
            << "image/api/digest: unknown";
        QTest::addRow("digests baseline is the reference")
            << build({{u"image/api/digest"_s, a, b}}) << "code.imageDigests" << "production" << "pass"
            << "image/api/digest: sha256:aaa";
        QTest::addRow("image tags are no digests")
            << build({{u"image/api"_s, text(u"1"_s), text(u"2"_s)}}) << "code.imageDigests" << "staging" << "unknown"
            << "no image digests";

        const Value n18 = text(u"18.20.1"_s), n20 = text(u"20.11.0"_s);
        QTest::addRow("runtime pass") << build({{u"runtime/node.version"_s, n18, n18}}) << "code.runtimeVersions"
                                      << "staging" << "pass" << "1 of runtime versions";
        QTest::addRow("runtime fail") << build({{u"runtime/node.version"_s, n20, n18}}) << "code.runtimeVersions"
                                      << "staging" << "fail" << "runtime/node.version: 18.20.1 (production: 20.11.0)";
        QTest::addRow("runtime unknown") << build({{u"config/x"_s, n18, n18}}) << "code.runtimeVersions" << "staging"
                                         << "unknown" << "no runtime versions";

        const Value pg16 = text(u"16.2"_s), pg15 = text(u"15.6"_s);
        QTest::addRow("database pass") << build({{u"infra/postgres.version"_s, pg16, pg16}})
                                       << "infrastructure.database" << "staging" << "pass" << "1 of database";
        QTest::addRow("database fail") << build({{u"infra/postgres.version"_s, pg16, pg15}})
                                       << "infrastructure.database" << "staging" << "fail"
                                       << "infra/postgres.version: 15.6 (production: 16.2)";
        QTest::addRow("database engine by terraform")
            << build({{u"infra/terraform/aws_db_instance.main.engine"_s, text(u"postgres"_s), text(u"mysql"_s)}})
            << "infrastructure.database" << "staging" << "fail" << "aws_db_instance.main.engine: mysql";
        QTest::addRow("database unknown") << build({{u"infra/redis.version"_s, pg16, pg16}})
                                          << "infrastructure.database" << "staging" << "unknown" << "no database";

        const Value r7 = text(u"7.2.4"_s), r6 = text(u"6.2.14"_s);
        QTest::addRow("cache pass") << build({{u"infra/redis.version"_s, r7, r7}}) << "infrastructure.cache"
                                    << "staging" << "pass" << "1 of cache";
        QTest::addRow("cache fail") << build({{u"infra/redis.version"_s, r7, r6}}) << "infrastructure.cache"
                                    << "staging" << "fail" << "infra/redis.version: 6.2.14 (production: 7.2.4)";
        QTest::addRow("cache unknown") << build({{u"infra/postgres.version"_s, r7, r7}}) << "infrastructure.cache"
                                       << "staging" << "unknown" << "no cache";

        QTest::addRow("backups unknown until ticked") << build({{u"config/x"_s, a, a}}) << "infrastructure.backups"
                                                      << "staging" << "unknown" << "tick it by hand";
        QTest::addRow("backups ticked pass") << build({{u"config/x"_s, a, a}}, tick(u"infrastructure.backups"_s, true))
                                             << "infrastructure.backups" << "staging" << "pass"
                                             << "ticked by hand: restore drill, OPS-42 — alice, 2026-11-20";
        QTest::addRow("backups ticked fail for staging only")
            << build({{u"config/x"_s, a, a}}, tick(u"infrastructure.backups"_s, false, {u"staging"_s}))
            << "infrastructure.backups" << "staging" << "fail" << "ticked by hand";
        QTest::addRow("a staging tick leaves production open")
            << build({{u"config/x"_s, a, a}}, tick(u"infrastructure.backups"_s, false, {u"staging"_s}))
            << "infrastructure.backups" << "production" << "unknown" << "tick it by hand";
        QTest::addRow("a tick does not hide a failure")
            << build({{u"image/api/digest"_s, a, b}}, tick(u"code.imageDigests"_s, true)) << "code.imageDigests"
            << "staging" << "fail" << "also ticked by hand as pass";
        QTest::addRow("a tick decides an unknown item")
            << build({{u"config/x"_s, a, a}}, tick(u"code.imageDigests"_s, true)) << "code.imageDigests" << "staging"
            << "pass" << "ticked by hand";

        const Value p10 = Value::number(10), p20 = Value::number(20);
        QTest::addRow("configuration pass") << build({{u"config/db.pool"_s, p10, p10}}) << "configuration.drift"
                                            << "staging" << "pass" << "1 of configuration keys";
        QTest::addRow("configuration fail") << build({{u"config/db.pool"_s, p20, p10}}) << "configuration.drift"
                                            << "staging" << "fail" << "config/db.pool: 10 (production: 20)";
        QTest::addRow("configuration expected")
            << build({{u"config/db.pool"_s, p20, p10}}, ruleFor(u"config/db.pool"_s, QDate(2027, 1, 1)))
            << "configuration.drift" << "staging" << "pass" << "config/db.pool: 10, expected: sized for load";
        QTest::addRow("configuration secret")
            << build({{u"config/db.password"_s, Value::secret(u"f1"_s), Value::secret(u"f2"_s)}})
            << "configuration.drift" << "staging" << "fail"
            << "config/db.password: secret differs";
        QTest::addRow("configuration unknown") << build({{u"flag/x"_s, p10, p10}}) << "configuration.drift"
                                               << "staging" << "unknown" << "no configuration keys";

        QTest::addRow("expired rules pass")
            << build({{u"config/db.pool"_s, p20, p10}}, ruleFor(u"config/db.pool"_s, QDate(2027, 1, 1)))
            << "configuration.expiredRules" << "staging" << "pass"
            << "no expired rule applies (rules: 1)";
        QTest::addRow("expired rules fail")
            << build({{u"config/db.pool"_s, p20, p10}}, ruleFor(u"config/db.pool"_s, QDate(2026, 11, 1)))
            << "configuration.expiredRules" << "staging" << "fail"
            << "config/db.pool: rule expired 2026-11-01 (sized for load, platform)";
        QTest::addRow("expired rules without rules")
            << build({{u"config/db.pool"_s, p20, p10}}) << "configuration.expiredRules" << "staging" << "pass"
            << "no expected-difference rules";

        const Value on = text(u"on"_s), off = text(u"off"_s);
        QTest::addRow("flags pass") << build({{u"flag/new"_s, on, on}}) << "flags.differences" << "staging" << "pass"
                                    << "1 of flag rows";
        QTest::addRow("flags fail") << build({{u"flag/new"_s, off, on}}) << "flags.differences" << "staging" << "fail"
                                    << "flag/new: on (production: off)";
        QTest::addRow("flags documented") << build({{u"flag/new"_s, off, on}}, ruleFor(u"flag/new"_s, {}))
                                          << "flags.differences" << "staging" << "pass" << "expected: sized for load";
        QTest::addRow("flags unknown") << build({{u"config/x"_s, on, on}}) << "flags.differences" << "staging"
                                       << "unknown" << "no flag rows";

        const Value release = text(u"release"_s);
        QTest::addRow("release removal pass")
            << build({{u"flag/new"_s, on, on},
                      {u"flag/new/category"_s, release, release},
                      {u"flag/new/plannedRemoval"_s, text(u"2027-02-01"_s), text(u"2027-02-01"_s)}})
            << "flags.releaseRemoval" << "staging" << "pass" << "release flags: 1, none past";
        QTest::addRow("release removal fail")
            << build({{u"flag/new"_s, on, on},
                      {u"flag/new/category"_s, release, release},
                      {u"flag/new/plannedRemoval"_s, text(u"2026-11-30"_s), text(u"2026-11-30"_s)}})
            << "flags.releaseRemoval" << "staging" << "fail" << "flag/new: planned removal 2026-11-30, still on";
        QTest::addRow("release removal unknown") << build({{u"flag/new"_s, on, on}}) << "flags.releaseRemoval"
                                                 << "staging" << "unknown" << "no flag here says its category";

        const Value ok = Value::withCanonical(ValueKind::String, u"ok"_s, u"0.01 (ok)"_s);
        QTest::addRow("metrics pass: values may differ")
            << build({{u"metric/latency_seconds"_s, Value::number(0.2), Value::number(0.4)}}) << "observability.metrics"
            << "staging" << "pass" << "1 of metrics";
        QTest::addRow("metrics fail: missing here")
            << build({{u"metric/latency_seconds"_s, Value::number(0.2), std::nullopt}}) << "observability.metrics"
            << "staging" << "fail" << "metric/latency_seconds: (not set) (production: 200 ms)";
        QTest::addRow("metrics unknown") << build({{u"config/x"_s, on, on}}) << "observability.metrics" << "staging"
                                         << "unknown" << "no metrics";

        QTest::addRow("thresholds pass") << build({{u"metric/errorRate"_s, ok, ok}}) << "observability.thresholds"
                                         << "staging" << "pass" << "metrics with thresholds: 1";
        QTest::addRow("thresholds fail") << build({{u"metric/errorRate"_s, ok, Value::number(0.034)}})
                                         << "observability.thresholds" << "staging" << "fail"
                                         << "metric/errorRate: 0.034, no thresholds";
        QTest::addRow("thresholds unknown") << build({{u"config/x"_s, on, on}}) << "observability.thresholds"
                                            << "staging" << "unknown" << "no metrics here";

        QTest::addRow("certificate pass") << build(certificate(text(u"TLSv1.3"_s), false)) << "network.certificates"
                                          << "staging" << "pass" << "tls/api: TLSv1.3, issued by Let's Encrypt";
        QTest::addRow("certificate fail: no TLS")
            << build(certificate(text(u"no TLS"_s), false)) << "network.certificates" << "staging" << "fail"
            << "tls/api: no TLS (production has a certificate)";
        QTest::addRow("certificate fail: self-signed")
            << build(certificate(text(u"TLSv1.3"_s), true)) << "network.certificates" << "staging" << "fail"
            << "tls/api: self-signed (staging)";
        QTest::addRow("certificate unknown: production has none")
            << build({tlsRow(u"protocol"_s, text(u"no TLS"_s), text(u"no TLS"_s))}) << "network.certificates"
            << "staging" << "unknown" << "production shows no real certificate";

        const auto expiry = [](const QString &state, const QString &display) {
            return Value::withCanonical(ValueKind::String, state, display);
        };
        QTest::addRow("expiry pass") << build({tlsRow(u"daysToExpiry"_s, expiry(u"ok"_s, u"80 days"_s),
                                                      expiry(u"ok"_s, u"60 days (until 2027-02-03)"_s))})
                                     << "network.expiry" << "staging" << "pass"
                                     << "tls/api: 60 days (until 2027-02-03)";
        QTest::addRow("expiry fail") << build({tlsRow(u"daysToExpiry"_s, expiry(u"ok"_s, u"80 days"_s),
                                                      expiry(u"critical"_s, u"2 days (until 2026-12-07)"_s))})
                                     << "network.expiry" << "staging" << "fail"
                                     << "tls/api: 2 days (until 2026-12-07) (critical)";
        QTest::addRow("expiry unknown") << build({{u"config/x"_s, on, on}}) << "network.expiry" << "staging"
                                        << "unknown" << "no certificate expiry known here";
        QTest::addRow("network policies unknown") << build({{u"config/x"_s, on, on}}) << "network.policies"
                                                  << "production" << "unknown" << "tick it by hand";
    }
    void items()
    {
        QFETCH(Snapshot, snapshot);
        QFETCH(QString, item);
        QFETCH(QString, environment);
        QFETCH(QString, state);
        QFETCH(QString, evidence);
        const DriftResult result = DriftEngine::compute(snapshot, 0, snapshot.policy, Today);
        const QList<ChecklistItem> items = Checklist::evaluate(snapshot, result, Today);
        QCOMPARE(items.size(), Checklist::itemIds().size());
        const auto found
            = std::find_if(items.cbegin(), items.cend(), [&](const ChecklistItem &i) { return i.id == item; });
        QVERIFY2(found != items.cend(), qPrintable(item));
        QCOMPARE(found->cells.size(), snapshot.environmentCount());
        const auto cell = std::find_if(found->cells.cbegin(), found->cells.cend(),
                                       [&](const ChecklistCell &c) { return c.environment == environment; });
        QVERIFY(cell != found->cells.cend());
        const QString lines = cell->evidence.join(u'\n');
        QVERIFY2(checklistStateId(cell->state) == state, qPrintable(checklistStateId(cell->state) + u'\n' + lines));
        QVERIFY2(lines.contains(evidence), qPrintable(lines));
    }

    // Many drifting keys: a few lines of evidence and how many more, not one line per key.
    void evidenceStaysShort()
    {
        QList<Row> rows;
        for (int i = 0; i < 500; ++i)
            rows.append({u"config/k%1"_s.arg(i, 3, 10, QLatin1Char('0')), Value::number(i), Value::number(i + 1)});
        const Snapshot snapshot = build(rows);
        const DriftResult result = DriftEngine::compute(snapshot, 0, {}, Today);
        for (const ChecklistItem &item : Checklist::evaluate(snapshot, result, Today)) {
            if (item.id != u"configuration.drift")
                continue;
            for (const ChecklistCell &cell : item.cells) {
                // The baseline's cell starts with a line saying it is the reference.
                QCOMPARE(cell.evidence.size(), cell.environment == u"production" ? 10 : 9);
                QCOMPARE(cell.evidence.last(), u"… and 492 more"_s);
            }
            QCOMPARE(item.cells[1].evidence.first(), u"config/k000: 1 (production: 0)"_s);
        }
    }

    void everyItemHasTitleAndArea()
    {
        const Snapshot snapshot = build({{u"config/x"_s, text(u"a"_s), text(u"a"_s)}});
        const DriftResult result = DriftEngine::compute(snapshot, 0, {}, Today);
        for (const ChecklistItem &item : Checklist::evaluate(snapshot, result, Today)) {
            QVERIFY(!item.title.isEmpty());
            QVERIFY(Checklist::areaTitle(item.area) != item.area);
        }
    }
};

QTEST_GUILESS_MAIN(ChecklistTest)
#include "tst_checklist.moc"
