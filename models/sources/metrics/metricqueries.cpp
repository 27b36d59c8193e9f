#include "metricqueries.h"

#include "optioncheck.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::MetricQueries, the same in lupdate and at run time.
struct MetricQueriesText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::MetricQueries)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

const QStringList &queryKeys()
{
    static const QStringList keys{u"query"_s, u"warning"_s, u"critical"_s, u"direction"_s, u"environments"_s};
    return keys;
}

const QStringList &limitKeys()
{
    static const QStringList keys{u"warning"_s, u"critical"_s};
    return keys;
}

// Applies warning/critical of map (a query or one environment's override) to thresholds; a
// null clears a limit.
void readLimits(OptionCheck &check, const QVariantMap &map, const QVariantList &path, MetricThresholds *thresholds)
{
    for (const QString &key : limitKeys()) {
        if (!map.contains(key))
            continue;
        std::optional<double> &limit = key == u"warning" ? thresholds->warning : thresholds->critical;
        const QVariant value = map.value(key);
        if (!value.isValid() || value.isNull())
            limit.reset();
        else if (const auto number = check.number(value, OptionCheck::append(path, key)))
            limit = *number;
    }
}

void checkOrder(OptionCheck &check, const MetricThresholds &thresholds, const QVariantList &path)
{
    if (!thresholds.warning || !thresholds.critical)
        return;
    const double warning = *thresholds.warning;
    const double critical = *thresholds.critical;
    if (!thresholds.lowerIsWorse && warning > critical)
        check.problem(path,
                      MetricQueriesText::tr("the warning limit %1 is above the critical limit %2; with direction "
                                            "\"above\" warning comes first")
                          .arg(canonicalNumber(warning), canonicalNumber(critical)));
    if (thresholds.lowerIsWorse && warning < critical)
        check.problem(path,
                      MetricQueriesText::tr("the warning limit %1 is below the critical limit %2; with direction "
                                            "\"below\" warning comes first")
                          .arg(canonicalNumber(warning), canonicalNumber(critical)));
}

// Reads the whole option. environment empty: check every environment's overrides (the loader);
// else resolve the thresholds of that one environment (a source at run time).
QList<MetricQuery> readQueries(OptionCheck &check, const QVariant &option, const QStringList *environments,
                               const QString &environment)
{
    QList<MetricQuery> queries;
    if (!check.expectMap(option, {}))
        return queries;
    const QVariantMap map = option.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QVariantList path{it.key()};
        MetricQuery query;
        query.name = it.key();
        if (it.value().typeId() == QMetaType::QString) {
            if (const auto promql = check.text(it.value(), path)) {
                query.promql = *promql;
                queries.append(query);
            }
            continue;
        }
        if (it.value().typeId() != QMetaType::QVariantMap) {
            check.problem(path,
                          MetricQueriesText::tr("expected a PromQL query or a map with \"query\", got %1")
                              .arg(OptionCheck::describe(it.value())));
            continue;
        }
        const QVariantMap entry = it.value().toMap();
        check.checkKeys(entry, path, queryKeys(), {u"query"_s});
        if (entry.contains(u"query"_s)) {
            if (const auto promql = check.text(entry.value(u"query"_s), OptionCheck::append(path, u"query"_s)))
                query.promql = *promql;
        }
        if (entry.contains(u"direction"_s)) {
            const QVariant direction = entry.value(u"direction"_s);
            const QString text = direction.typeId() == QMetaType::QString ? direction.toString() : QString();
            if (text == u"below")
                query.thresholds.lowerIsWorse = true;
            else if (text != u"above")
                check.problem(
                    OptionCheck::append(path, u"direction"_s),
                    MetricQueriesText::tr("expected above or below, got %1").arg(OptionCheck::describe(direction)));
        }
        readLimits(check, entry, path, &query.thresholds);
        checkOrder(check, query.thresholds, path);

        if (entry.contains(u"environments"_s)) {
            const QVariantList envPath = OptionCheck::append(path, u"environments"_s);
            const QVariant overrides = entry.value(u"environments"_s);
            if (check.expectMap(overrides, envPath)) {
                const QVariantMap perEnvironment = overrides.toMap();
                for (auto env = perEnvironment.cbegin(); env != perEnvironment.cend(); ++env) {
                    const QVariantList at = OptionCheck::append(envPath, env.key());
                    if (environments && !environments->contains(env.key())) {
                        check.problem(at,
                                      MetricQueriesText::tr("\"%1\" is not an environment (environments: %2)")
                                          .arg(env.key(), environments->join(u", "_s)),
                                      true);
                        continue;
                    }
                    if (!check.expectMap(env.value(), at))
                        continue;
                    check.checkKeys(env.value().toMap(), at, limitKeys());
                    MetricThresholds resolved = query.thresholds;
                    readLimits(check, env.value().toMap(), at, &resolved);
                    checkOrder(check, resolved, at);
                    if (env.key() == environment)
                        query.thresholds = resolved;
                }
            }
        }
        queries.append(query);
    }
    return queries;
}

} // namespace

MetricThresholds::State MetricThresholds::evaluate(double value) const
{
    const auto reached = [this, value](double limit) {
        return lowerIsWorse ? value <= limit : value >= limit;
    };
    if (critical && reached(*critical))
        return State::Critical;
    if (warning && reached(*warning))
        return State::Warning;
    return State::Ok;
}

QString MetricThresholds::stateName(State state)
{
    switch (state) {
    case State::Ok:
        return u"ok"_s;
    case State::Warning:
        return u"warning"_s;
    case State::Critical:
        return u"critical"_s;
    }
    return {};
}

QList<MetricQuery> metricQueries(const QVariant &queries, const QString &environment, QString *error)
{
    OptionCheck check;
    QList<MetricQuery> result = readQueries(check, queries, nullptr, environment);
    if (!check.problems().isEmpty()) {
        *error = check.firstError(u"queries"_s);
        return {};
    }
    return result;
}

QList<OptionProblem> checkMetricQueries(const QVariant &queries, const QStringList *environments)
{
    OptionCheck check;
    readQueries(check, queries, environments, {});
    return check.problems();
}

Value metricValue(const QString &text, double number, const MetricThresholds &thresholds, Units::Unit unit)
{
    if (thresholds.isEmpty())
        return Value::number(number, text);
    const auto inUnit = [unit](double amount, const QString &fallback) {
        const QString formatted = Units::format(unit, amount);
        return formatted.isEmpty() ? fallback : formatted;
    };
    const MetricThresholds::State state = thresholds.evaluate(number);
    const QString name = MetricThresholds::stateName(state);
    QString display;
    if (state == MetricThresholds::State::Ok) {
        display = MetricQueriesText::tr("%1 (ok)").arg(inUnit(number, text));
    } else {
        const double limit = state == MetricThresholds::State::Critical ? *thresholds.critical : *thresholds.warning;
        display = (thresholds.lowerIsWorse ? MetricQueriesText::tr("%1 (%2: at or below %3)")
                                           : MetricQueriesText::tr("%1 (%2: at or above %3)"))
                      .arg(inUnit(number, text), name, inUnit(limit, canonicalNumber(limit)));
    }
    return Value::withCanonical(ValueKind::String, name, display);
}

} // namespace DriftDeck
