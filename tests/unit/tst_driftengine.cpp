#include "drift/driftengine.h"
#include "snapshot/snapshot.h"
#include "workspace/policy.h"

#include <QTest>

using namespace DriftDeck;

namespace {

const QDate Today(2026, 11, 26);

Entry entry(const Value &value, bool stale = false)
{
    Entry e;
    e.value = value;
    e.stale = stale;
    e.source = 0;
    return e;
}

// A snapshot of two environments, production (the baseline) and staging, with one key each side
// may or may not have. A failing source marks every config/ key of that environment unknown.
Snapshot twoEnvironments(const QString &key, const std::optional<Entry> &production,
                         const std::optional<Entry> &staging, bool stagingSourceFailed = false)
{
    Snapshot s;
    for (const QString &name : {QStringLiteral("production"), QStringLiteral("staging")}) {
        EnvironmentCapture capture;
        capture.name = name;
        SourceStatus status;
        status.id = QStringLiteral("config");
        status.keyPrefixes = {QStringLiteral("config/")};
        status.state = (name == u"staging" && stagingSourceFailed) ? SourceState::Failed : SourceState::Ok;
        capture.sources.append(status);
        const auto &value = name == u"production" ? production : staging;
        if (value)
            capture.entries.insert(key, *value);
        s.environments.append(capture);
    }
    // A second key present in both so the snapshot is never empty.
    s.environments[0].entries.insert(QStringLiteral("config/anchor"), entry(Value::string(QStringLiteral("a"))));
    s.environments[1].entries.insert(QStringLiteral("config/anchor"), entry(Value::string(QStringLiteral("a"))));
    s.buildIndex();
    return s;
}

ExpectedDifference expected(const QString &key, QDate expires = {}, QStringList envs = {})
{
    ExpectedDifference rule;
    rule.key = key;
    rule.reason = QStringLiteral("sized for real load");
    rule.owner = QStringLiteral("platform-team");
    rule.expires = expires;
    rule.environments = envs;
    return rule;
}

using OptEntry = std::optional<Entry>;

} // namespace

Q_DECLARE_METATYPE(OptEntry)

class DriftEngineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cellStatus_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<OptEntry>("production");
        QTest::addColumn<OptEntry>("staging");
        QTest::addColumn<bool>("stagingFailed");
        QTest::addColumn<Policy>("policy");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("note");
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("severity");

        const QString pool = QStringLiteral("config/database.poolSize");
        const Policy none;
        const auto n = [](double v) {
            return OptEntry(entry(Value::number(v)));
        };
        const auto st = [](const char *v) {
            return OptEntry(entry(Value::string(QString::fromUtf8(v))));
        };

        QTest::addRow("same") << pool << n(20) << n(20) << false << none << int(DriftStatus::Same)
                              << int(CellNote::None) << -1 << int(Severity::None);
        QTest::addRow("differs") << pool << n(50) << n(20) << false << none << int(DriftStatus::Differs)
                                 << int(CellNote::None) << -1 << int(Severity::Warning);
        QTest::addRow("string vs number differs")
            << pool << n(3000) << st("3000") << false << none << int(DriftStatus::Differs) << int(CellNote::None) << -1
            << int(Severity::Warning);
        QTest::addRow("missing here") << pool << n(50) << OptEntry() << false << none << int(DriftStatus::MissingHere)
                                      << int(CellNote::None) << -1 << int(Severity::Warning);
        QTest::addRow("only here") << pool << OptEntry() << n(20) << false << none << int(DriftStatus::OnlyHere)
                                   << int(CellNote::None) << -1 << int(Severity::Warning);
        QTest::addRow("secret same") << QStringLiteral("config/db.password")
                                     << OptEntry(entry(Value::secret(QStringLiteral("ab"))))
                                     << OptEntry(entry(Value::secret(QStringLiteral("ab")))) << false << none
                                     << int(DriftStatus::SecretSame) << int(CellNote::None) << -1
                                     << int(Severity::None);
        QTest::addRow("secret differs") << QStringLiteral("config/db.password")
                                        << OptEntry(entry(Value::secret(QStringLiteral("ab"))))
                                        << OptEntry(entry(Value::secret(QStringLiteral("cd")))) << false << none
                                        << int(DriftStatus::SecretDiffers) << int(CellNote::None) << -1
                                        << int(Severity::Warning);
        QTest::addRow("masked is unknown, never same")
            << pool << OptEntry(entry(Value::masked())) << OptEntry(entry(Value::masked())) << false << none
            << int(DriftStatus::Unknown) << int(CellNote::Masked) << -1 << int(Severity::Info);
        QTest::addRow("masked baseline") << pool << OptEntry(entry(Value::masked())) << n(20) << false << none
                                         << int(DriftStatus::Unknown) << int(CellNote::BaselineUnknown) << -1
                                         << int(Severity::Info);
        QTest::addRow("failed source, no value")
            << pool << n(50) << OptEntry() << true << none << int(DriftStatus::Unknown) << int(CellNote::SourceFailed)
            << -1 << int(Severity::Info);
        QTest::addRow("failed source, stale value")
            << pool << n(50) << OptEntry(entry(Value::number(50), true)) << true << none << int(DriftStatus::Unknown)
            << int(CellNote::SourceFailed) << -1 << int(Severity::Info);

        Policy covered;
        covered.expected = {expected(pool)};
        QTest::addRow("expected") << pool << n(50) << n(20) << false << covered << int(DriftStatus::Expected)
                                  << int(CellNote::None) << 0 << int(Severity::None);
        Policy glob;
        glob.expected = {expected(QStringLiteral("config/database.*"), Today.addDays(10))};
        QTest::addRow("expected by glob, not yet expired")
            << pool << n(50) << n(20) << false << glob << int(DriftStatus::Expected) << int(CellNote::None) << 0
            << int(Severity::None);
        Policy lastDay;
        lastDay.expected = {expected(pool, Today)};
        QTest::addRow("expires today still covers")
            << pool << n(50) << n(20) << false << lastDay << int(DriftStatus::Expected) << int(CellNote::None) << 0
            << int(Severity::None);
        Policy expired;
        expired.expected = {expected(pool, Today.addDays(-1))};
        QTest::addRow("expired rule turns back into drift")
            << pool << n(50) << n(20) << false << expired << int(DriftStatus::Differs) << int(CellNote::ExpiredRule)
            << 0 << int(Severity::Warning);
        Policy expiredThenLive;
        expiredThenLive.expected = {expected(pool, Today.addDays(-30)), expected(pool, Today.addDays(30))};
        QTest::addRow("a live rule wins over an expired one")
            << pool << n(50) << n(20) << false << expiredThenLive << int(DriftStatus::Expected) << int(CellNote::None)
            << 1 << int(Severity::None);
        Policy otherEnv;
        otherEnv.expected = {expected(pool, {}, {QStringLiteral("development")})};
        QTest::addRow("rule for another environment")
            << pool << n(50) << n(20) << false << otherEnv << int(DriftStatus::Differs) << int(CellNote::None) << -1
            << int(Severity::Warning);
        Policy expectedMissing;
        expectedMissing.expected = {expected(pool)};
        QTest::addRow("expected covers missing too")
            << pool << n(50) << OptEntry() << false << expectedMissing << int(DriftStatus::Expected)
            << int(CellNote::None) << 0 << int(Severity::None);

        Policy mustMatch;
        mustMatch.mustMatch = {MustMatchRule{QStringLiteral("config/database.*"), {}}};
        QTest::addRow("must-match drift is critical")
            << pool << n(50) << n(20) << false << mustMatch << int(DriftStatus::Differs) << int(CellNote::None) << -1
            << int(Severity::Critical);
        QTest::addRow("must-match without drift")
            << pool << n(50) << n(50) << false << mustMatch << int(DriftStatus::Same) << int(CellNote::None) << -1
            << int(Severity::None);

        Policy ignore;
        ignore.ignore = {IgnoreRule{QStringLiteral("config/database.*"), {}, {}}};
        QTest::addRow("ignored") << pool << n(50) << n(20) << false << ignore << int(DriftStatus::Ignored)
                                 << int(CellNote::None) << -1 << int(Severity::None);
        Policy ignoreElsewhere;
        ignoreElsewhere.ignore = {IgnoreRule{pool, {QStringLiteral("development")}, {}}};
        QTest::addRow("ignore for another environment")
            << pool << n(50) << n(20) << false << ignoreElsewhere << int(DriftStatus::Differs) << int(CellNote::None)
            << -1 << int(Severity::Warning);

        Policy tolerance;
        tolerance.tolerance = {ToleranceRule{pool, 0, 0.1, {}}};
        QTest::addRow("within relative tolerance")
            << pool << n(50) << n(46) << false << tolerance << int(DriftStatus::Same) << int(CellNote::WithinTolerance)
            << -1 << int(Severity::None);
        QTest::addRow("outside relative tolerance")
            << pool << n(50) << n(44) << false << tolerance << int(DriftStatus::Differs) << int(CellNote::None) << -1
            << int(Severity::Warning);
        Policy absolute;
        absolute.tolerance = {ToleranceRule{pool, 2, 0, {}}};
        QTest::addRow("within absolute tolerance")
            << pool << n(50) << n(52) << false << absolute << int(DriftStatus::Same) << int(CellNote::WithinTolerance)
            << -1 << int(Severity::None);
        QTest::addRow("tolerance ignores strings")
            << pool << st("50") << st("52") << false << absolute << int(DriftStatus::Differs) << int(CellNote::None)
            << -1 << int(Severity::Warning);
    }

    void cellStatus()
    {
        QFETCH(QString, key);
        QFETCH(OptEntry, production);
        QFETCH(OptEntry, staging);
        QFETCH(bool, stagingFailed);
        QFETCH(Policy, policy);
        QFETCH(int, status);
        QFETCH(int, note);
        QFETCH(int, rule);
        QFETCH(int, severity);

        const Snapshot s = twoEnvironments(key, production, staging, stagingFailed);
        const DriftResult result = DriftEngine::compute(s, 0, policy, Today);
        const int row = s.rowOf(key);
        QVERIFY(row >= 0);
        QCOMPARE(driftStatusId(result.status(row, 1)), driftStatusId(DriftStatus(status)));
        QCOMPARE(int(result.note(row, 1)), note);
        QCOMPARE(result.rule(row, 1), rule);
        QCOMPARE(severityId(result.severity(row)), severityId(Severity(severity)));
    }

    void baselineColumn()
    {
        const QString key = QStringLiteral("config/x");
        const Snapshot s = twoEnvironments(key, entry(Value::number(1)), OptEntry());
        const DriftResult result = DriftEngine::compute(s, 0, {}, Today);
        QCOMPARE(result.status(s.rowOf(key), 0), DriftStatus::Baseline);
        // Switching the baseline: production now lacks nothing, staging lacks the key.
        const DriftResult flipped = DriftEngine::compute(s, 1, {}, Today);
        QCOMPARE(flipped.status(s.rowOf(key), 1), DriftStatus::Absent);
        QCOMPARE(flipped.status(s.rowOf(key), 0), DriftStatus::OnlyHere);
    }

    void parity()
    {
        Snapshot s;
        for (const char *name : {"production", "staging", "development"}) {
            EnvironmentCapture c;
            c.name = QString::fromLatin1(name);
            s.environments.append(c);
        }
        auto set = [&](int env, const char *key, double v) {
            s.environments[env].entries.insert(QString::fromLatin1(key), entry(Value::number(v)));
        };
        // production: a=1 b=2 c=3 d=4; staging: a=1 b=9 c=3 (d missing); development: a=1 b=2 c=3 d=4 e=5
        for (int env : {0, 1, 2}) {
            set(env, "config/a", 1);
            set(env, "config/c", 3);
        }
        set(0, "config/b", 2);
        set(1, "config/b", 9);
        set(2, "config/b", 2);
        set(0, "config/d", 4);
        set(2, "config/d", 4);
        set(2, "config/e", 5);
        s.buildIndex();
        Policy policy;
        policy.expected = {expected(QStringLiteral("config/b"), {}, {QStringLiteral("staging")})};
        const DriftResult r = DriftEngine::compute(s, 0, policy, Today);
        // staging: a same, b expected, c same, d missing → 3 of 4
        QCOMPARE(r.parity(1).compared, 4);
        QCOMPARE(r.parity(1).matching, 3);
        QCOMPARE(r.parity(1).expected, 1);
        QCOMPARE(r.parity(1).drift, 1);
        QCOMPARE(r.parity(1).score(), 0.75);
        // development: a b c d same, e only here → 4 of 5
        QCOMPARE(r.parity(2).compared, 5);
        QCOMPARE(r.parity(2).matching, 4);
        QCOMPARE(r.parity(2).score(), 0.8);
        QCOMPARE(r.parity(0).score(), 1.0);
        QCOMPARE(r.driftRowCount(), 2); // d (missing in staging) and e (only in development)
        QVERIFY(r.rowHasDriftAmong(s.rowOf(QStringLiteral("config/d")), {0, 1}));
        QVERIFY(!r.rowHasDriftAmong(s.rowOf(QStringLiteral("config/e")), {0, 1}));
    }

    void ruleReportsWhatItHides()
    {
        const QString pool = QStringLiteral("config/database.poolSize");
        const Snapshot s = twoEnvironments(pool, entry(Value::number(50)), entry(Value::number(20)));
        const DriftResult before = DriftEngine::compute(s, 0, {}, Today);
        const ExpectedDifference rule = expected(QStringLiteral("config/database.*"));
        const QList<CellRef> hidden = DriftEngine::cellsHiddenBy(s, before, rule, Today);
        QCOMPARE(hidden, QList<CellRef>({CellRef{s.rowOf(pool), 1}}));
        QVERIFY(DriftEngine::cellsHiddenBy(s, before, expected(QStringLiteral("config/cache.*")), Today).isEmpty());
        QVERIFY(DriftEngine::cellsHiddenBy(s, before, expected(pool, Today.addDays(-1)), Today).isEmpty());

        Policy policy;
        policy.expected = {rule};
        const DriftResult after = DriftEngine::compute(s, 0, policy, Today);
        QCOMPARE(DriftEngine::cellsCoveredBy(after, 0), hidden);
    }

    void severityFromState_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("production");
        QTest::addColumn<QString>("staging");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("severity");
        QTest::addColumn<bool>("drift");
        const auto state = [](const char *canonical, const char *display) {
            return QStringList{QString::fromLatin1(canonical), QString::fromLatin1(display)}.join(u'|');
        };
        QTest::addRow("critical everywhere is critical")
            << "metric/errorRate" << state("critical", "0.07 (critical ≥ 0.05)")
            << state("critical", "0.09 (critical ≥ 0.05)") << int(Severity::Critical) << int(Severity::Critical)
            << false;
        QTest::addRow("warning in one, ok in the baseline")
            << "metric/errorRate" << state("ok", "0.001") << state("warning", "0.02 (warning ≥ 0.01)")
            << int(Severity::Warning) << int(Severity::Warning) << true;
        QTest::addRow("ok everywhere") << "metric/errorRate" << state("ok", "0.001") << state("ok", "0.002")
                                       << int(Severity::None) << int(Severity::None) << false;
        QTest::addRow("certificate expiring in both")
            << "tls/api/daysToExpiry" << state("critical", "in 5 days") << state("critical", "in 9 days")
            << int(Severity::Critical) << int(Severity::Critical) << false;
        QTest::addRow("a config string is only a string")
            << "config/alerts.level" << state("critical", "critical") << state("critical", "critical")
            << int(Severity::None) << int(Severity::None) << false;
    }
    void severityFromState()
    {
        QFETCH(QString, key);
        QFETCH(QString, production);
        QFETCH(QString, staging);
        QFETCH(int, state);
        QFETCH(int, severity);
        QFETCH(bool, drift);
        const auto value = [](const QString &text) {
            const QStringList parts = text.split(u'|');
            return entry(Value::withCanonical(ValueKind::String, parts[0], parts[1]));
        };
        const Snapshot s = twoEnvironments(key, value(production), value(staging));
        const DriftResult r = DriftEngine::compute(s, 0, Policy(), Today);
        const int row = s.rowOf(key);
        QCOMPARE(int(r.stateSeverity(row)), state);
        QCOMPARE(int(r.severity(row)), severity);
        QCOMPARE(r.rowHasDrift(row), drift);
    }

    // Declared versus running: the registry's digest for the workload's tag against the digests
    // its pods run, per environment. Values: production|staging, "-" for no value.
    void movedTag_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("running");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("reason");
        QTest::addRow("pushed again after the deploy, both environments agree")
            << "sha256:bbb|sha256:bbb" << "sha256:aaa|sha256:aaa" << false << int(Severity::Critical)
            << "production: tag 2.14.0 now names sha256:bbb in the registry; the pods run sha256:aaa\n"
               "staging: tag 2.14.0 now names sha256:bbb in the registry; the pods run sha256:aaa";
        QTest::addRow("moved only where staging runs it")
            << "sha256:aaa|sha256:bbb" << "sha256:aaa|sha256:aaa" << false << int(Severity::Critical)
            << "staging: tag 2.14.0 now names sha256:bbb in the registry; the pods run sha256:aaa";
        QTest::addRow("not moved") << "sha256:aaa|sha256:aaa" << "sha256:aaa|sha256:aaa" << false << int(Severity::None)
                                   << "";
        QTest::addRow("rollout towards the registry's digest is not a moved tag")
            << "sha256:bbb|sha256:bbb" << "sha256:bbb|sha256:aaa ×2, sha256:bbb ×1" << false << int(Severity::None)
            << "";
        QTest::addRow("rollout of two old digests")
            << "sha256:ccc|sha256:ccc" << "sha256:ccc|sha256:aaa ×2, sha256:bbb ×1" << false << int(Severity::Critical)
            << "staging: tag 2.14.0 now names sha256:ccc in the registry; the pods run sha256:aaa, sha256:bbb";
        QTest::addRow("no running digest: nothing to compare")
            << "sha256:bbb|sha256:bbb" << "-|-" << false << int(Severity::None) << "";
        QTest::addRow("a stale registry value is last capture's")
            << "sha256:bbb|sha256:bbb" << "sha256:aaa|sha256:aaa" << true << int(Severity::None) << "";
    }
    void movedTag()
    {
        QFETCH(QString, registry);
        QFETCH(QString, running);
        QFETCH(bool, stale);
        QFETCH(int, severity);
        QFETCH(QString, reason);
        const QString image = QStringLiteral("image/deployment/checkout/api");
        Snapshot s = twoEnvironments(QStringLiteral("config/anchor2"), std::nullopt, std::nullopt);
        const QStringList registryDigests = registry.split(u'|');
        const QStringList runningDigests = running.split(u'|');
        for (int env = 0; env < 2; ++env) {
            auto &entries = s.environments[env].entries;
            entries.insert(image, entry(Value::string(QStringLiteral("2.14.0"))));
            entries.insert(image + QStringLiteral("/registryDigest"),
                           entry(Value::string(registryDigests[env]), stale));
            if (runningDigests[env] != u"-")
                entries.insert(image + QStringLiteral("/digest"), entry(Value::string(runningDigests[env])));
        }
        s.buildIndex();
        const DriftResult r = DriftEngine::compute(s, 0, Policy(), Today);
        const int row = s.rowOf(image + QStringLiteral("/registryDigest"));
        QVERIFY(row >= 0);
        QCOMPARE(int(r.stateSeverity(row)), severity);
        QCOMPARE(int(r.severity(row)), std::max(severity, int(r.driftSeverity(row))));
        QCOMPARE(r.stateReason(row), reason);
        // The running digests compare across environments as before; the rule adds, never hides.
        // (No row at all when no environment reports one.)
        const int runningRow = s.rowOf(image + QStringLiteral("/digest"));
        QCOMPARE(runningRow >= 0, running != QStringLiteral("-|-"));
        if (runningRow >= 0)
            QCOMPARE(int(r.stateSeverity(runningRow)), int(Severity::None));
    }

    void badBaselineGivesEmptyVerdicts()
    {
        const Snapshot s
            = twoEnvironments(QStringLiteral("config/x"), entry(Value::number(1)), entry(Value::number(2)));
        const DriftResult r = DriftEngine::compute(s, 7, {}, Today);
        QCOMPARE(r.baseline(), -1);
        QCOMPARE(r.driftRowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(DriftEngineTest)
#include "tst_driftengine.moc"
