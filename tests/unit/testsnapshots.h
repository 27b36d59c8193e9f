#pragma once

// Snapshots for tests, built by filling Snapshot fields directly. Header-only so any test can
// include it. The "checkout" snapshot has one key for every status the engine can give.

#include "drift/driftengine.h"
#include "snapshot/snapshot.h"
#include "workspace/policy.h"

#include <QDate>
#include <QTimeZone>

#include <memory>

namespace DriftDeck::TestSnapshots {

// The "today" every test computes drift for, so rule expiry is deterministic.
inline QDate today()
{
    return {2026, 11, 26};
}

inline Origin origin(int layer, int line, const QString &display = {})
{
    Origin o;
    o.layer = layer;
    o.line = line;
    o.column = line > 0 ? 3 : 0;
    o.display = display;
    return o;
}

inline Entry entry(const Value &value, const QList<Origin> &provenance = {}, int source = 0, bool stale = false)
{
    Entry e;
    e.value = value;
    e.provenance = provenance;
    e.source = source;
    e.stale = stale;
    return e;
}

inline SourceStatus source(const QString &id, const QString &label, const QStringList &prefixes,
                           SourceState state = SourceState::Ok, const QString &error = {})
{
    SourceStatus s;
    s.id = id;
    s.type = id;
    s.label = label;
    s.keyPrefixes = prefixes;
    s.state = state;
    s.error = error;
    s.fetchedAt = QDateTime(today(), QTime(2, 0), QTimeZone::UTC);
    s.lastSuccess = s.fetchedAt;
    return s;
}

// Layers: 0 config/base.yaml, 1 config/<name>.yaml, 2 env DB_POOL_SIZE, 3 the registry.
// Sources: 0 config files (config/, flag/, other keys), 1 registry (image/), 2 prometheus (metric/).
inline EnvironmentCapture environment(const QString &name, const QString &displayName = {})
{
    EnvironmentCapture c;
    c.name = name;
    c.displayName = displayName;
    const QString envFile = QStringLiteral("config/%1.yaml").arg(name);
    c.layers = {
        Layer{QStringLiteral("config"), QStringLiteral("config/base.yaml"), QStringLiteral("config/base.yaml")},
        Layer{QStringLiteral("config"), envFile, envFile},
        Layer{QStringLiteral("config"), QStringLiteral("env DB_POOL_SIZE"), QString()},
        Layer{QStringLiteral("registry"), QStringLiteral("registry"), QStringLiteral("https://registry.example.com")}};
    c.sources = {source(QStringLiteral("config"), QStringLiteral("Config files"),
                        {QStringLiteral("config/"), QStringLiteral("flag/"), QStringLiteral("owner")}),
                 source(QStringLiteral("registry"), QStringLiteral("Registry"), {QStringLiteral("image/")}),
                 source(QStringLiteral("prometheus"), QStringLiteral("Prometheus"), {QStringLiteral("metric/")})};
    return c;
}

inline constexpr int Development = 0;
inline constexpr int Staging = 1;
inline constexpr int Production = 2;

// development, staging and production (the baseline). Against production:
//   config/database.poolSize  dev differs; staging expected (rule 0, staging only)   Warning
//   config/database.host      same everywhere                                         None
//   config/database.password  secrets: dev differs, staging same                      Warning
//   config/cache.ttl          only in staging                                         Warning
//   config/feature.legacy     missing in development                                  Warning
//   config/admin.console      masked in staging: unknown                              Info
//   config/logging.level      ignored (rule config/logging.*)                         None
//   image/checkout-api        staging differs (must match: critical); dev stale       Critical
//   image/worker              dev unknown (registry failed, no value)                 Info
//   flag/new-checkout-flow    dev differs, rule 1 expired                             Warning
//   metric/errorRate          staging within tolerance                                None
//   owner                     same (category Other)                                   None
// The development registry failed ("timeout after 10 s").
inline std::shared_ptr<Snapshot> checkoutSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    s->workspaceName = QStringLiteral("Checkout platform");
    s->baseline = QStringLiteral("production");
    s->takenAt = QDateTime(today(), QTime(2, 0), QTimeZone::UTC);
    s->environments = {environment(QStringLiteral("development")),
                       environment(QStringLiteral("staging"), QStringLiteral("Staging")),
                       environment(QStringLiteral("production"), QStringLiteral("Production"))};
    auto &dev = s->environments[Development];
    auto &staging = s->environments[Staging];
    auto &prod = s->environments[Production];
    dev.sources[1].state = SourceState::Failed;
    dev.sources[1].error = QStringLiteral("timeout after 10 s");
    dev.sources[1].lastSuccess = QDateTime(today().addDays(-1), QTime(23, 0), QTimeZone::UTC);

    const auto str = [](const char *text) {
        return Value::string(QString::fromUtf8(text));
    };
    const auto set = [](EnvironmentCapture &env, const char *key, const Entry &e) {
        env.entries.insert(QString::fromUtf8(key), e);
    };

    set(dev, "config/database.poolSize",
        entry(Value::number(20), {origin(0, 3, QStringLiteral("10")), origin(2, 0, QStringLiteral("20"))}));
    set(staging, "config/database.poolSize",
        entry(Value::number(20), {origin(0, 3, QStringLiteral("10")), origin(1, 12, QStringLiteral("20"))}));
    set(prod, "config/database.poolSize",
        entry(Value::number(50), {origin(0, 3, QStringLiteral("10")), origin(1, 12, QStringLiteral("50"))}));

    for (auto *env : {&dev, &staging, &prod})
        set(*env, "config/database.host", entry(str("db.internal"), {origin(0, 4, QStringLiteral("db.internal"))}));

    // A careless capture that left plaintext in a layer's display must still never show it.
    set(dev, "config/database.password",
        entry(Value::secret(QStringLiteral("ff00ff00ff00ff00")),
              {origin(0, 5), origin(1, 2, QStringLiteral("hunter2"))}));
    set(staging, "config/database.password", entry(Value::secret(QStringLiteral("ab12cd34ef56ab12")), {origin(1, 2)}));
    set(prod, "config/database.password", entry(Value::secret(QStringLiteral("ab12cd34ef56ab12")), {origin(1, 2)}));

    set(staging, "config/cache.ttl", entry(str("60"), {origin(1, 20, QStringLiteral("60"))}));

    set(staging, "config/feature.legacy", entry(str("on")));
    set(prod, "config/feature.legacy", entry(str("on")));

    set(dev, "config/admin.console", entry(str("off")));
    set(staging, "config/admin.console", entry(Value::masked(QStringLiteral("<redacted>"))));
    set(prod, "config/admin.console", entry(str("off")));

    set(dev, "config/logging.level", entry(str("debug")));
    set(staging, "config/logging.level", entry(str("info")));
    set(prod, "config/logging.level", entry(str("warn")));

    set(dev, "image/checkout-api", entry(str("1.3.0"), {origin(3, 0, QStringLiteral("1.3.0"))}, 1, true));
    set(staging, "image/checkout-api", entry(str("1.5.0"), {origin(3, 0, QStringLiteral("1.5.0"))}, 1));
    set(prod, "image/checkout-api", entry(str("1.4.2"), {origin(3, 0, QStringLiteral("1.4.2"))}, 1));

    set(staging, "image/worker", entry(str("2.0"), {}, 1));
    set(prod, "image/worker", entry(str("2.0"), {}, 1));

    set(dev, "flag/new-checkout-flow", entry(Value::boolean(true)));
    set(staging, "flag/new-checkout-flow", entry(Value::boolean(false)));
    set(prod, "flag/new-checkout-flow", entry(Value::boolean(false)));

    set(dev, "metric/errorRate", entry(Value::number(0.01), {}, 2));
    set(staging, "metric/errorRate", entry(Value::number(0.012), {}, 2));
    set(prod, "metric/errorRate", entry(Value::number(0.01), {}, 2));

    for (auto *env : {&dev, &staging, &prod})
        set(*env, "owner", entry(str("team-a")));

    ExpectedDifference pool;
    pool.key = QStringLiteral("config/database.poolSize");
    pool.environments = {QStringLiteral("staging")};
    pool.reason = QStringLiteral("staging is sized for tests");
    pool.owner = QStringLiteral("platform-team");
    pool.expires = QDate(2027, 3, 31);
    ExpectedDifference flag;
    flag.key = QStringLiteral("flag/new-*");
    flag.reason = QStringLiteral("rolled out in development first");
    flag.owner = QStringLiteral("checkout-team");
    flag.expires = QDate(2026, 1, 1);
    s->policy.expected = {pool, flag};
    s->policy.ignore = {IgnoreRule{QStringLiteral("config/logging.*"), {}, {}}};
    ToleranceRule tolerance;
    tolerance.key = QStringLiteral("metric/*");
    tolerance.relative = 0.5;
    s->policy.tolerance = {tolerance};
    s->policy.mustMatch = {MustMatchRule{QStringLiteral("image/*"), {}}};
    s->policy.secrets = Policy::defaultSecretPatterns();

    s->buildIndex();
    return s;
}

inline DriftResult drift(const Snapshot &snapshot, int baseline = Production)
{
    return DriftEngine::compute(snapshot, baseline, snapshot.policy, today());
}

inline DriftResult drift(const Snapshot &snapshot, int baseline, const Policy &policy)
{
    return DriftEngine::compute(snapshot, baseline, policy, today());
}

} // namespace DriftDeck::TestSnapshots
