#include "driftengine.h"

#include "background/parallel.h"
#include "movedtag.h"
#include "snapshot/snapshot.h"
#include "values/glob.h"
#include "workspace/policy.h"

#include <QCoreApplication>
#include <QHash>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::DriftEngine, the same in lupdate and at run time.
struct DriftEngineText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::DriftEngine)
};

// A key pattern prepared for matching against many keys: literal patterns by equality, globs
// rejected early by their literal prefix, so most keys cost one short comparison.
struct KeyPattern {
    QString pattern;
    QString prefix; // up to the first wildcard
    bool glob = false;

    explicit KeyPattern(const QString &p)
        : pattern(p)
        , glob(isGlob(p))
    {
        const qsizetype wildcard = glob ? std::min(p.indexOf(u'*') < 0 ? p.size() : p.indexOf(u'*'),
                                                   p.indexOf(u'?') < 0 ? p.size() : p.indexOf(u'?'))
                                        : p.size();
        prefix = p.left(wildcard);
    }

    bool matches(const QString &key) const
    {
        if (!glob)
            return key == pattern;
        return key.startsWith(prefix) && globMatch(pattern, key);
    }
};

// Which rules apply to one row, resolved once per row rather than once per cell.
struct RowRules {
    bool mustMatch = false;
    const ToleranceRule *tolerance = nullptr;
    QList<int> expected; // indexes into Policy::expected whose key matches
    QList<const IgnoreRule *> ignore;
};

class PreparedPolicy
{
public:
    explicit PreparedPolicy(const Policy &policy)
        : m_policy(policy)
    {
        for (const auto &rule : policy.mustMatch)
            m_mustMatch.emplace_back(rule.key);
        for (const auto &rule : policy.tolerance)
            m_tolerance.emplace_back(rule.key);
        for (const auto &rule : policy.expected)
            m_expected.emplace_back(rule.key);
        for (const auto &rule : policy.ignore)
            m_ignore.emplace_back(rule.key);
    }

    void resolve(const QString &key, RowRules &out) const
    {
        out.mustMatch = false;
        out.tolerance = nullptr;
        out.expected.clear();
        out.ignore.clear();
        for (const auto &p : m_mustMatch) {
            if (p.matches(key)) {
                out.mustMatch = true;
                break;
            }
        }
        for (size_t i = 0; i < m_tolerance.size(); ++i) {
            if (m_tolerance[i].matches(key)) {
                out.tolerance = &m_policy.tolerance[qsizetype(i)];
                break;
            }
        }
        for (size_t i = 0; i < m_expected.size(); ++i) {
            if (m_expected[i].matches(key))
                out.expected.append(int(i));
        }
        for (size_t i = 0; i < m_ignore.size(); ++i) {
            if (m_ignore[i].matches(key))
                out.ignore.append(&m_policy.ignore[qsizetype(i)]);
        }
    }

    const Policy &policy() const { return m_policy; }

private:
    const Policy &m_policy;
    std::vector<KeyPattern> m_mustMatch, m_tolerance, m_expected, m_ignore;
};

bool isUnknownEntry(const Entry *entry)
{
    return entry && (entry->stale || entry->value.isMasked());
}

struct CellVerdict {
    DriftStatus status;
    CellNote note = CellNote::None;
};

CellVerdict compareCell(const Entry *base, bool baseUnknown, const Entry *cur, bool curUnknown, const RowRules &rules)
{
    if (curUnknown)
        return {DriftStatus::Unknown, (cur && cur->value.isMasked()) ? CellNote::Masked : CellNote::SourceFailed};
    if (baseUnknown)
        return {DriftStatus::Unknown, CellNote::BaselineUnknown};
    if (!base && !cur)
        return {DriftStatus::Absent};
    if (!base)
        return {DriftStatus::OnlyHere};
    if (!cur)
        return {DriftStatus::MissingHere};
    const Value &a = base->value;
    const Value &b = cur->value;
    if (a.isSecret() || b.isSecret())
        return {a == b ? DriftStatus::SecretSame : DriftStatus::SecretDiffers};
    if (a == b)
        return {DriftStatus::Same};
    double x = 0, y = 0;
    if (rules.tolerance && a.toNumber(&x) && b.toNumber(&y) && rules.tolerance->accepts(x, y))
        return {DriftStatus::Same, CellNote::WithinTolerance};
    return {DriftStatus::Differs};
}

// Rows whose values are threshold states ("ok", "warning", "critical": Prometheus queries with
// limits, certificate expiry) are as severe as their worst state, even when every environment
// agrees: production critical and staging critical is still an incident. Only the metric and TLS
// namespaces carry states; a configuration string "critical" is just a string.
Severity stateSeverity(const Snapshot &snapshot, int row, const QString &key)
{
    if (!key.startsWith(u"metric/") && !key.startsWith(u"tls/"))
        return Severity::None;
    Severity worst = Severity::None;
    for (int env = 0; env < snapshot.environmentCount(); ++env) {
        const Entry *entry = snapshot.entry(row, env);
        if (!entry || entry->stale || entry->value.kind() != ValueKind::String)
            continue;
        const QString &state = entry->value.canonical();
        if (state == u"critical")
            return Severity::Critical;
        if (state == u"warning")
            worst = Severity::Warning;
    }
    return worst;
}

struct Finding {
    Severity severity = Severity::None;
    QString reason;
};

// The text of a flag's metadata row in one environment ("ops", "2026-11-30"), empty when absent.
QString metadataOf(const Snapshot &snapshot, int row, int env)
{
    if (row < 0 || env < 0)
        return {};
    const Entry *entry = snapshot.entry(row, env);
    return entry && !entry->stale && entry->value.kind() == ValueKind::String ? entry->value.canonical() : QString();
}

// The first environment, production first, that gives the metadata row a value.
QString metadataAnywhere(const Snapshot &snapshot, int row, int production)
{
    QString text = metadataOf(snapshot, row, production);
    for (int env = 0; text.isEmpty() && row >= 0 && env < snapshot.environmentCount(); ++env)
        text = metadataOf(snapshot, row, env);
    return text;
}

// Flag metadata (seed format: category, plannedRemoval) judged on the flag's own row: a kill
// switch (ops) that is on in production is degraded service someone must know about, and a
// release flag past its planned removal is debt with a date on it.
Finding flagFinding(const Snapshot &snapshot, int row, const QString &key, int production, QDate today)
{
    if (!key.startsWith(u"flag/"))
        return {};
    const int categoryRow = snapshot.rowOf(key + QLatin1StringView("/category"));
    if (categoryRow < 0)
        return {};
    const QString category = metadataAnywhere(snapshot, categoryRow, production);
    const QString flag = key.mid(5);
    if (category == u"ops" && production >= 0 && metadataOf(snapshot, categoryRow, production) == u"ops") {
        const Entry *state = snapshot.entry(row, production);
        if (state && !state->stale && state->value.canonical() == u"on")
            return {Severity::Warning,
                    DriftEngineText::tr("ops flag %1 (a kill switch) is on in %2")
                        .arg(flag, snapshot.environments[production].name)};
    }
    if (category == u"release") {
        const QDate removal = QDate::fromString(
            metadataAnywhere(snapshot, snapshot.rowOf(key + QLatin1StringView("/plannedRemoval")), production),
            Qt::ISODate);
        if (removal.isValid() && removal < today)
            return {Severity::Warning,
                    DriftEngineText::tr("release flag %1 is past its planned removal on %2")
                        .arg(flag, removal.toString(Qt::ISODate))};
    }
    return {};
}

bool ignored(const RowRules &rules, const QString &environment)
{
    for (const IgnoreRule *rule : rules.ignore) {
        if (rule->appliesTo(environment))
            return true;
    }
    return false;
}

} // namespace

namespace {

// Totals one chunk of rows contributes; chunks run in parallel and are summed afterwards.
struct ChunkTotals {
    int begin = 0;
    int end = 0;
    int driftRows = 0;
    std::vector<EnvironmentParity> parity;
    QList<std::pair<int, QString>> reasons; // rows whose state has a reason of its own
};

void computeRows(const Snapshot &snapshot, int baseline, int production, const PreparedPolicy &prepared, QDate today,
                 DriftResult &result, ChunkTotals &totals)
{
    const Policy &policy = prepared.policy();
    const int envs = snapshot.environmentCount();
    const EnvironmentCapture &baseCapture = snapshot.environments[baseline];
    RowRules rules;
    totals.parity.assign(size_t(envs), EnvironmentParity());

    for (int row = totals.begin; row < totals.end; ++row) {
        const QString &key = snapshot.key(row);
        prepared.resolve(key, rules);
        const Entry *base = snapshot.entry(row, baseline);
        const bool baseUnknown = base ? isUnknownEntry(base) : baseCapture.failedSourceFor(key) != nullptr;

        bool rowDrift = false;
        bool rowUnknown = false;
        for (int env = 0; env < envs; ++env) {
            const QString &envName = snapshot.environments[env].name;
            if (!rules.ignore.isEmpty() && ignored(rules, envName)) {
                result.set(row, env, DriftStatus::Ignored);
                continue;
            }
            if (env == baseline) {
                if (baseUnknown) {
                    result.set(row, env, DriftStatus::Unknown,
                               (base && base->value.isMasked()) ? CellNote::Masked : CellNote::SourceFailed);
                    rowUnknown = true;
                } else {
                    result.set(row, env, base ? DriftStatus::Baseline : DriftStatus::Absent);
                }
                continue;
            }
            const Entry *cur = snapshot.entry(row, env);
            const bool curUnknown
                = cur ? isUnknownEntry(cur) : snapshot.environments[env].failedSourceFor(key) != nullptr;
            CellVerdict verdict = compareCell(base, baseUnknown, cur, curUnknown, rules);
            int ruleIndex = -1;
            if (isDrift(verdict.status)) {
                // A live rule turns drift into an expected difference; an expired one leaves the
                // drift but says which rule ran out, so the tech lead knows what to renew.
                for (int candidate : std::as_const(rules.expected)) {
                    const ExpectedDifference &rule = policy.expected[candidate];
                    if (!rule.appliesTo(envName))
                        continue;
                    if (!rule.isExpired(today)) {
                        verdict = {DriftStatus::Expected, CellNote::None};
                        ruleIndex = candidate;
                        break;
                    }
                    if (ruleIndex < 0) {
                        verdict.note = CellNote::ExpiredRule;
                        ruleIndex = candidate;
                    }
                }
            }
            result.set(row, env, verdict.status, verdict.note, ruleIndex);

            EnvironmentParity &p = totals.parity[size_t(env)];
            switch (verdict.status) {
            case DriftStatus::Same:
            case DriftStatus::SecretSame:
                ++p.compared;
                ++p.matching;
                break;
            case DriftStatus::Expected:
                ++p.compared;
                ++p.matching;
                ++p.expected;
                break;
            case DriftStatus::Differs:
            case DriftStatus::MissingHere:
            case DriftStatus::OnlyHere:
            case DriftStatus::SecretDiffers:
                ++p.compared;
                ++p.drift;
                if (rules.mustMatch)
                    ++p.critical;
                rowDrift = true;
                break;
            case DriftStatus::Unknown:
                ++p.unknown;
                rowUnknown = true;
                break;
            default:
                break;
            }
        }
        if (rowDrift) {
            ++totals.driftRows;
            result.setSeverity(row, rules.mustMatch ? Severity::Critical : Severity::Warning);
        } else if (rowUnknown) {
            result.setSeverity(row, Severity::Info);
        }
        Severity state = stateSeverity(snapshot, row, key);
        const Finding finding = flagFinding(snapshot, row, key, production, today);
        if (finding.severity != Severity::None) {
            state = std::max(state, finding.severity);
            totals.reasons.append({row, finding.reason});
        } else if (key.endsWith(RegistryDigestSuffix)) {
            const MovedTag moved = movedTag(snapshot, row, key);
            state = std::max(state, moved.severity);
            if (!moved.reason.isEmpty())
                totals.reasons.append({row, moved.reason});
        }
        result.setStateSeverity(row, state);
    }
}

} // namespace

DriftResult DriftEngine::compute(const Snapshot &snapshot, int baseline, const Policy &policy, QDate today)
{
    const int rows = snapshot.rowCount();
    const int envs = snapshot.environmentCount();
    if (baseline < 0 || baseline >= envs)
        return DriftResult(rows, envs, -1);

    DriftResult result(rows, envs, baseline);
    const PreparedPolicy prepared(policy);

    // Rows are independent: split them into chunks for the thread pool. Each chunk writes only
    // its own rows of the result, so no locking is needed. Small snapshots stay on this thread.
    constexpr int RowsPerChunk = 8192;
    std::vector<ChunkTotals> chunks;
    for (int begin = 0; begin < rows || chunks.empty(); begin += RowsPerChunk) {
        ChunkTotals chunk;
        chunk.begin = begin;
        chunk.end = std::min(rows, begin + RowsPerChunk);
        chunks.push_back(std::move(chunk));
    }
    const int production = productionEnvironment(snapshot, baseline);
    const auto run = [&](ChunkTotals &chunk) {
        computeRows(snapshot, baseline, production, prepared, today, result, chunk);
    };
    parallelFor(int(chunks.size()), [&](int chunk) { run(chunks[size_t(chunk)]); });

    int driftRows = 0;
    for (const ChunkTotals &chunk : chunks) {
        driftRows += chunk.driftRows;
        for (const auto &[row, reason] : chunk.reasons)
            result.setStateReason(row, reason);
        for (int env = 0; env < envs; ++env) {
            const EnvironmentParity &from = chunk.parity[size_t(env)];
            EnvironmentParity &to = result.parity(env);
            to.compared += from.compared;
            to.matching += from.matching;
            to.drift += from.drift;
            to.expected += from.expected;
            to.unknown += from.unknown;
            to.critical += from.critical;
        }
    }
    result.setDriftRowCount(driftRows);
    return result;
}

QList<CellRef> DriftEngine::cellsHiddenBy(const Snapshot &snapshot, const DriftResult &result,
                                          const ExpectedDifference &rule, QDate today)
{
    QList<CellRef> cells;
    if (rule.isExpired(today) || result.isEmpty())
        return cells;
    const KeyPattern pattern(rule.key);
    for (int row = 0; row < result.rowCount(); ++row) {
        if (!pattern.matches(snapshot.key(row)))
            continue;
        for (int env = 0; env < result.environmentCount(); ++env) {
            if (env != result.baseline() && isDrift(result.status(row, env))
                && rule.appliesTo(snapshot.environments[env].name))
                cells.append({row, env});
        }
    }
    return cells;
}

int DriftEngine::productionEnvironment(const Snapshot &snapshot, int baseline)
{
    for (int env = 0; env < snapshot.environmentCount(); ++env) {
        const QString &name = snapshot.environments[env].name;
        if (name.compare(u"production", Qt::CaseInsensitive) == 0 || name.compare(u"prod", Qt::CaseInsensitive) == 0)
            return env;
    }
    return baseline >= 0 && baseline < snapshot.environmentCount() ? baseline : -1;
}

QList<CellRef> DriftEngine::cellsCoveredBy(const DriftResult &result, int ruleIndex)
{
    QList<CellRef> cells;
    for (int row = 0; row < result.rowCount(); ++row) {
        for (int env = 0; env < result.environmentCount(); ++env) {
            if (result.status(row, env) == DriftStatus::Expected && result.rule(row, env) == ruleIndex)
                cells.append({row, env});
        }
    }
    return cells;
}

} // namespace DriftDeck
