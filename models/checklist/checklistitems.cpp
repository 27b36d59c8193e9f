#include "checklistitems.h"

#include "drift/driftresult.h"
#include "itemmodels/celltext.h"
#include "snapshot/snapshot.h"

#include <QCoreApplication>

#include <functional>

namespace DriftDeck::ChecklistItems {

namespace {

// Strings filed under the context DriftDeck::TlsProbeSource, the same in lupdate and at run time.
struct TlsProbeSourceText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::TlsProbeSource)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

using KeyFilter = std::function<bool(const QString &key)>;

// Evidence lists stay readable in a cell, a PDF table and a terminal.
constexpr int MaxEvidence = 8;
constexpr int MaxValue = 64;

QString shortValue(const QString &text)
{
    QString single = text;
    single.replace(u'\n', u' ');
    return single.size() > MaxValue ? single.left(MaxValue - 1) + u'…' : single;
}

QString valueAt(const Context &c, int row, int env)
{
    const Entry *entry = c.snapshot.entry(row, env);
    return entry ? shortValue(CellText::display(c.snapshot.key(row), entry)) : Checklist::tr("(not set)");
}

const QString &envName(const Context &c, int env)
{
    return c.snapshot.environments[env].name;
}

// Adds lines, at most MaxEvidence of them, then how many more there were.
void addEvidence(ChecklistCell &cell, const QStringList &lines)
{
    // Lines (below) already stops at MaxEvidence and says how many more; a heading line or two
    // may come on top.
    constexpr int Limit = MaxEvidence + 2;
    for (qsizetype i = 0; i < lines.size() && i < Limit; ++i)
        cell.evidence.append(lines[i]);
    if (lines.size() > Limit)
        cell.evidence.append(Checklist::tr("… and %1 more").arg(lines.size() - Limit));
}

// Evidence lines formatted only while they will be shown: 100,000 drifting keys must not format
// 100,000 lines per environment. Counts the rest for "… and n more".
class Lines
{
public:
    template<typename Format> void add(Format format)
    {
        if (m_lines.size() < MaxEvidence)
            m_lines << format();
        ++m_total;
    }
    bool isEmpty() const { return m_total == 0; }
    // At most MaxEvidence lines, then how many more there were (addEvidence keeps them all).
    QStringList list() const
    {
        QStringList out = m_lines;
        if (m_total > m_lines.size())
            out << Checklist::tr("… and %1 more").arg(m_total - m_lines.size());
        return out;
    }

private:
    QStringList m_lines;
    qsizetype m_total = 0;
};

ChecklistCell makeCell(const Context &c, int env, ChecklistState state, const QStringList &evidence)
{
    ChecklistCell cell;
    cell.environment = envName(c, env);
    cell.state = state;
    addEvidence(cell, evidence);
    return cell;
}

bool statusCounts(DriftStatus s)
{
    return s != DriftStatus::Absent && s != DriftStatus::Ignored;
}

// The item is "every matching row agrees with the baseline (or a rule documents the difference)".
// drifts decides which statuses fail it: any drift, or only keys missing on one side.
// The rows whose keys pass the filter, found once for all environments: the items below look
// at a few rows of every environment, and a snapshot can have 100,000 rows.
QList<int> rowsWhere(const Context &c, const KeyFilter &filter)
{
    QList<int> rows;
    for (int row = 0; row < c.snapshot.rowCount(); ++row) {
        if (filter(c.snapshot.key(row)))
            rows.append(row);
    }
    return rows;
}

void compareWithBaseline(const Context &c, ChecklistItem &item, const KeyFilter &filter, const QString &noun,
                         const std::function<bool(DriftStatus)> &drifts = isDrift)
{
    const QList<int> rows = rowsWhere(c, filter);
    for (int env = 0; env < c.snapshot.environmentCount(); ++env) {
        if (env == c.baseline) {
            Lines values;
            for (int row : std::as_const(rows)) {
                if (c.snapshot.entry(row, env))
                    values.add(
                        [&]() -> QString { return c.snapshot.key(row) + QStringLiteral(": ") + valueAt(c, row, env); });
            }
            if (values.isEmpty())
                item.cells.append(
                    makeCell(c, env, ChecklistState::Unknown, {Checklist::tr("the baseline has no %1").arg(noun)}));
            else
                item.cells.append(
                    makeCell(c, env, ChecklistState::Pass,
                             QStringList{Checklist::tr("baseline: the others are compared with it")} + values.list()));
            continue;
        }
        Lines failing, unknown, expected;
        int same = 0;
        for (int row : std::as_const(rows)) {
            const DriftStatus status = c.result.status(row, env);
            if (!statusCounts(status))
                continue;
            const QString &key = c.snapshot.key(row);
            if (drifts(status) && status == DriftStatus::SecretDiffers) {
                failing.add(
                    [&] { return Checklist::tr("%1: secret differs").arg(key); }); // never a value, not even a mask
            } else if (drifts(status)) {
                failing.add([&] {
                    return Checklist::tr("%1: %2 (%3: %4)")
                        .arg(key, valueAt(c, row, env), envName(c, c.baseline), valueAt(c, row, c.baseline));
                });
            } else if (status == DriftStatus::Unknown) {
                unknown.add([&] {
                    return Checklist::tr("%1: unknown (%2)").arg(key, cellNoteText(c.result.note(row, env)).toLower());
                });
            } else if (status == DriftStatus::Expected) {
                const int rule = c.result.rule(row, env);
                const auto &rules = c.snapshot.policy.expected;
                expected.add([&] {
                    return Checklist::tr("%1: %2, expected: %3")
                        .arg(key, valueAt(c, row, env),
                             rule >= 0 && rule < rules.size() ? rules[rule].reason : QString());
                });
            } else {
                ++same;
            }
        }
        if (!failing.isEmpty())
            item.cells.append(makeCell(c, env, ChecklistState::Fail, failing.list()));
        else if (!unknown.isEmpty())
            item.cells.append(makeCell(c, env, ChecklistState::Unknown, unknown.list()));
        else if (same == 0 && expected.isEmpty())
            item.cells.append(
                makeCell(c, env, ChecklistState::Unknown, {Checklist::tr("no %1 here or in the baseline").arg(noun)}));
        else
            item.cells.append(makeCell(
                c, env, ChecklistState::Pass,
                QStringList{Checklist::tr("%1 of %2 the same as the baseline").arg(same).arg(noun)} + expected.list()));
    }
}

// An infrastructure row naming an engine's version (or the engine itself).
KeyFilter engineRows(std::initializer_list<const char *> words)
{
    const QList<const char *> list(words);
    return [list](const QString &key) {
        if (!key.startsWith(u"infra/"))
            return false;
        const QString lower = key.toLower();
        if (!lower.contains(u"version") && !lower.contains(u"engine"))
            return false;
        for (const char *word : list) {
            if (lower.contains(QLatin1StringView(word)))
                return true;
        }
        return false;
    };
}

QString textAt(const Context &c, int row, int env)
{
    if (row < 0 || env < 0)
        return {};
    const Entry *entry = c.snapshot.entry(row, env);
    return entry && !entry->stale && !entry->value.isSecret() && !entry->value.isMasked() ? entry->value.canonical()
                                                                                          : QString();
}

// Values of rows under "tls/<name>/": the endpoint names the TLS source wrote.
QStringList tlsNames(const Context &c, QStringView field)
{
    QStringList names;
    for (int row = 0; row < c.snapshot.rowCount(); ++row) {
        const QString &key = c.snapshot.key(row);
        if (key.startsWith(u"tls/") && key.endsWith(u'/' + field.toString()))
            names << key.mid(4, key.size() - 4 - field.size() - 1);
    }
    return names;
}

bool isNoTls(const QString &protocol)
{
    return protocol == u"no TLS" || protocol == TlsProbeSourceText::tr("no TLS");
}

} // namespace

void imageDigests(const Context &c, ChecklistItem &item)
{
    compareWithBaseline(
        c, item, [](const QString &key) { return key.startsWith(u"image/") && key.endsWith(u"/digest"); },
        Checklist::tr("image digests"));
}

void runtimeVersions(const Context &c, ChecklistItem &item)
{
    compareWithBaseline(
        c, item, [](const QString &key) { return key.startsWith(u"runtime/"); }, Checklist::tr("runtime versions"));
}

void databaseVersions(const Context &c, ChecklistItem &item)
{
    compareWithBaseline(c, item,
                        engineRows({"postgres", "mysql", "mariadb", "mongo", "database", "rds", "sqlserver", "oracle",
                                    "cockroach", "db_instance", "infra/db"}),
                        Checklist::tr("database engine or version rows"));
}

void cacheVersions(const Context &c, ChecklistItem &item)
{
    compareWithBaseline(c, item,
                        engineRows({"redis", "memcache", "valkey", "elasticache", "cache", "keydb", "dragonfly"}),
                        Checklist::tr("cache engine or version rows"));
}

void configurationDrift(const Context &c, ChecklistItem &item)
{
    compareWithBaseline(
        c, item, [](const QString &key) { return key.startsWith(u"config/"); }, Checklist::tr("configuration keys"));
}

void flagDifferences(const Context &c, ChecklistItem &item)
{
    compareWithBaseline(
        c, item, [](const QString &key) { return key.startsWith(u"flag/"); }, Checklist::tr("flag rows"));
}

void sameMetrics(const Context &c, ChecklistItem &item)
{
    // Only whether a metric exists counts here; its value is the metric's own business.
    compareWithBaseline(
        c, item, [](const QString &key) { return key.startsWith(u"metric/"); }, Checklist::tr("metrics"),
        [](DriftStatus s) { return s == DriftStatus::MissingHere || s == DriftStatus::OnlyHere; });
}

void expiredRules(const Context &c, ChecklistItem &item)
{
    const auto &rules = c.snapshot.policy.expected;
    for (int env = 0; env < c.snapshot.environmentCount(); ++env) {
        QStringList expired;
        QList<int> seen;
        // Rules that ran out while still covering a difference here, and rules naming this environment.
        for (int row = 0; row < c.result.rowCount(); ++row) {
            if (c.result.note(row, env) != CellNote::ExpiredRule)
                continue;
            const int rule = c.result.rule(row, env);
            if (rule < 0 || rule >= rules.size() || seen.contains(rule))
                continue;
            seen.append(rule);
            expired << Checklist::tr("%1: rule expired %2 (%3, %4)")
                           .arg(c.snapshot.key(row), rules[rule].expires.toString(Qt::ISODate), rules[rule].reason,
                                rules[rule].owner);
        }
        for (int rule = 0; rule < rules.size(); ++rule) {
            if (seen.contains(rule) || !rules[rule].isExpired(c.today)
                || !rules[rule].environments.contains(envName(c, env)))
                continue;
            expired << Checklist::tr("rule %1 expired %2 (%3, %4)")
                           .arg(rules[rule].key, rules[rule].expires.toString(Qt::ISODate), rules[rule].reason,
                                rules[rule].owner);
        }
        if (!expired.isEmpty())
            item.cells.append(makeCell(c, env, ChecklistState::Fail, expired));
        else
            item.cells.append(
                makeCell(c, env, ChecklistState::Pass,
                         {rules.isEmpty() ? Checklist::tr("no expected-difference rules")
                                          : Checklist::tr("no expired rule applies (rules: %1)").arg(rules.size())}));
    }
}

void releaseFlagsPastRemoval(const Context &c, ChecklistItem &item)
{
    const QList<int> rows
        = rowsWhere(c, [](const QString &key) { return key.startsWith(u"flag/") && key.endsWith(u"/category"); });
    for (int env = 0; env < c.snapshot.environmentCount(); ++env) {
        QStringList past;
        int categorised = 0, release = 0;
        for (int row : rows) {
            const QString &key = c.snapshot.key(row);
            const QString category = textAt(c, row, env);
            if (category.isEmpty())
                continue;
            ++categorised;
            if (category != u"release")
                continue;
            ++release;
            const QString flag = key.chopped(9); // "/category"
            const QDate removal = QDate::fromString(
                textAt(c, c.snapshot.rowOf(flag + QLatin1StringView("/plannedRemoval")), env), Qt::ISODate);
            if (removal.isValid() && removal < c.today)
                past << Checklist::tr("%1: planned removal %2, still %3")
                            .arg(flag, removal.toString(Qt::ISODate), valueAt(c, c.snapshot.rowOf(flag), env));
        }
        if (!past.isEmpty())
            item.cells.append(makeCell(c, env, ChecklistState::Fail, past));
        else if (categorised == 0)
            item.cells.append(
                makeCell(c, env, ChecklistState::Unknown,
                         {Checklist::tr("no flag here says its category (seed format: category, plannedRemoval)")}));
        else
            item.cells.append(
                makeCell(c, env, ChecklistState::Pass,
                         {Checklist::tr("release flags: %1, none past its planned removal").arg(release)}));
    }
}

void metricThresholds(const Context &c, ChecklistItem &item)
{
    const QList<int> rows = rowsWhere(c, [](const QString &key) { return key.startsWith(u"metric/"); });
    for (int env = 0; env < c.snapshot.environmentCount(); ++env) {
        QStringList missing, stale;
        int withLimits = 0;
        for (int row : rows) {
            const QString &key = c.snapshot.key(row);
            const Entry *entry = c.snapshot.entry(row, env);
            if (!entry)
                continue;
            if (entry->stale || entry->value.isMasked()) {
                stale << Checklist::tr("%1: unknown (its source failed)").arg(key);
                continue;
            }
            // A query with limits gives a state; one without gives the bare number.
            const QString &state = entry->value.canonical();
            if (entry->value.kind() == ValueKind::String
                && (state == u"ok" || state == u"warning" || state == u"critical"))
                ++withLimits;
            else
                missing << Checklist::tr("%1: %2, no thresholds").arg(key, valueAt(c, row, env));
        }
        if (!missing.isEmpty())
            item.cells.append(makeCell(c, env, ChecklistState::Fail, missing));
        else if (withLimits == 0)
            item.cells.append(makeCell(c, env, ChecklistState::Unknown,
                                       stale.isEmpty() ? QStringList{Checklist::tr("no metrics here")} : stale));
        else
            item.cells.append(
                makeCell(c, env, ChecklistState::Pass,
                         QStringList{Checklist::tr("metrics with thresholds: %1").arg(withLimits)} + stale));
    }
}

void realCertificates(const Context &c, ChecklistItem &item)
{
    // The endpoints where production shows a real certificate: TLS, and not self-signed.
    QStringList reference;
    for (const auto names = tlsNames(c, u"protocol"); const QString &name : names) {
        const QString prefix = u"tls/"_s + name + u'/';
        const QString protocol = textAt(c, c.snapshot.rowOf(prefix + u"protocol"_s), c.production);
        if (!protocol.isEmpty() && !isNoTls(protocol)
            && textAt(c, c.snapshot.rowOf(prefix + u"selfSigned"_s), c.production) == u"false")
            reference << name;
    }
    const QString production = c.production >= 0 ? envName(c, c.production) : QString();
    for (int env = 0; env < c.snapshot.environmentCount(); ++env) {
        if (reference.isEmpty()) {
            item.cells.append(
                makeCell(c, env, ChecklistState::Unknown,
                         {production.isEmpty()
                              ? Checklist::tr("no production environment")
                              : Checklist::tr("%1 shows no real certificate to compare with").arg(production)}));
            continue;
        }
        QStringList failing, unknown, fine;
        for (const QString &name : std::as_const(reference)) {
            const QString prefix = u"tls/"_s + name + u'/';
            const QString protocol = textAt(c, c.snapshot.rowOf(prefix + u"protocol"_s), env);
            const QString selfSigned = textAt(c, c.snapshot.rowOf(prefix + u"selfSigned"_s), env);
            const QString issuer = textAt(c, c.snapshot.rowOf(prefix + u"issuer"_s), env);
            if (isNoTls(protocol))
                failing << Checklist::tr("tls/%1: no TLS (%2 has a certificate)").arg(name, production);
            else if (selfSigned == u"true")
                failing << Checklist::tr("tls/%1: self-signed (%2)").arg(name, issuer);
            else if (protocol.isEmpty() || selfSigned.isEmpty())
                unknown << Checklist::tr("tls/%1: not probed here").arg(name);
            else
                fine << Checklist::tr("tls/%1: %2, issued by %3").arg(name, protocol, issuer);
        }
        if (!failing.isEmpty())
            item.cells.append(makeCell(c, env, ChecklistState::Fail, failing + unknown));
        else if (!unknown.isEmpty())
            item.cells.append(makeCell(c, env, ChecklistState::Unknown, unknown + fine));
        else
            item.cells.append(makeCell(c, env, ChecklistState::Pass, fine));
    }
}

void certificateExpiry(const Context &c, ChecklistItem &item)
{
    const QStringList names = tlsNames(c, u"daysToExpiry");
    for (int env = 0; env < c.snapshot.environmentCount(); ++env) {
        QStringList soon, fine;
        for (const QString &name : names) {
            const int row = c.snapshot.rowOf(u"tls/"_s + name + u"/daysToExpiry"_s);
            const QString state = textAt(c, row, env);
            if (state == u"warning" || state == u"critical")
                soon << Checklist::tr("tls/%1: %2 (%3)").arg(name, valueAt(c, row, env), state);
            else if (state == u"ok")
                fine << Checklist::tr("tls/%1: %2").arg(name, valueAt(c, row, env));
        }
        if (!soon.isEmpty())
            item.cells.append(makeCell(c, env, ChecklistState::Fail, soon));
        else if (fine.isEmpty())
            item.cells.append(
                makeCell(c, env, ChecklistState::Unknown, {Checklist::tr("no certificate expiry known here")}));
        else
            item.cells.append(makeCell(c, env, ChecklistState::Pass, fine));
    }
}

} // namespace DriftDeck::ChecklistItems
