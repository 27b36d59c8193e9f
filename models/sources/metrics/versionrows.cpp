#include "versionrows.h"

#include "optioncheck.h"

#include <QCollator>
#include <QCoreApplication>
#include <QRegularExpression>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::VersionRows, the same in lupdate and at run time.
struct VersionRowsText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::VersionRows)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

struct Infrastructure {
    const char16_t *name;
    const char16_t *metric;
    const char16_t *label;
    const char16_t *key;
};

constexpr Infrastructure Known[] = {
    {u"postgres", u"pg_static", u"short_version", u"infra/postgres.version"},
    {u"redis", u"redis_instance_info", u"redis_version", u"infra/redis.version"},
    {u"node", u"node_uname_info", u"release", u"infra/node.kernel"},
};

const QRegularExpression &metricNamePattern()
{
    static const QRegularExpression pattern(u"^[a-zA-Z_:][a-zA-Z0-9_:]*$"_s);
    return pattern;
}

const QRegularExpression &labelNamePattern()
{
    static const QRegularExpression pattern(u"^[a-zA-Z_][a-zA-Z0-9_]*$"_s);
    return pattern;
}

} // namespace

QList<OptionProblem> checkVersions(const QVariant &versions, const QStringList *)
{
    OptionCheck check;
    if (!check.expectList(versions, {}))
        return check.problems();
    const QVariantList items = versions.toList();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QVariantList path{int(i)};
        if (!check.expectMap(items[i], path))
            continue;
        const QVariantMap item = items[i].toMap();
        check.checkKeys(item, path, {u"metric"_s, u"label"_s, u"key"_s}, {u"metric"_s, u"key"_s});
        if (item.contains(u"metric"_s)) {
            const QVariantList at = OptionCheck::append(path, u"metric"_s);
            if (const auto metric = check.text(item.value(u"metric"_s), at)) {
                if (!metricNamePattern().match(VersionQuery{*metric, {}, {}}.metricName()).hasMatch())
                    check.problem(
                        at,
                        VersionRowsText::tr(
                            "\"%1\" is not a metric name or selector, e.g. checkout_build_info{job=\"checkout\"}")
                            .arg(*metric));
            }
        }
        if (item.contains(u"label"_s)) {
            const QVariantList at = OptionCheck::append(path, u"label"_s);
            if (const auto label = check.text(item.value(u"label"_s), at);
                label && !labelNamePattern().match(*label).hasMatch())
                check.problem(at, VersionRowsText::tr("\"%1\" is not a label name").arg(*label));
        }
        if (item.contains(u"key"_s))
            check.text(item.value(u"key"_s), OptionCheck::append(path, u"key"_s));
    }
    return check.problems();
}

QList<OptionProblem> checkInfrastructure(const QVariant &infra, const QStringList *)
{
    OptionCheck check;
    const QVariantList items = infra.toList();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!knownInfrastructure().contains(items[i].toString().trimmed().toLower()))
            check.problem({int(i)},
                          VersionRowsText::tr("unknown infra \"%1\"; known: %2")
                              .arg(items[i].toString(), knownInfrastructure().join(u", "_s)));
    }
    return check.problems();
}

QString VersionQuery::metricName() const
{
    const qsizetype brace = metric.indexOf(u'{');
    return (brace < 0 ? metric : metric.left(brace)).trimmed();
}

QStringList knownInfrastructure()
{
    QStringList names;
    for (const Infrastructure &known : Known)
        names.append(QString::fromUtf16(known.name));
    return names;
}

QList<VersionQuery> versionQueries(const QVariantMap &options, QString *error)
{
    const QRegularExpression &metricName = metricNamePattern();
    const QRegularExpression &labelName = labelNamePattern();
    QList<VersionQuery> queries;
    const QVariantList versions = options.value(u"versions"_s).toList();
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const QVariantMap entry = versions[i].toMap();
        VersionQuery query;
        query.metric = entry.value(u"metric"_s).toString().trimmed();
        query.label = entry.value(u"label"_s, u"version"_s).toString().trimmed();
        const QString key = entry.value(u"key"_s).toString().trimmed();
        if (!metricName.match(query.metricName()).hasMatch() || !labelName.match(query.label).hasMatch()
            || key.isEmpty()) {
            *error = VersionRowsText::tr("versions item %1 needs a metric name, a label name and a key, e.g. "
                                         "{metric: checkout_build_info, label: version, key: checkout-api}")
                         .arg(i + 1);
            return {};
        }
        query.key = key.contains(u'/') ? key : u"runtime/%1.version"_s.arg(key);
        queries.append(query);
    }
    const QVariantList infra = options.value(u"infra"_s).toList();
    for (const QVariant &item : infra) {
        const QString name = item.toString().trimmed().toLower();
        const auto known = std::find_if(std::begin(Known), std::end(Known),
                                        [&](const Infrastructure &k) { return name == QStringView(k.name); });
        if (known == std::end(Known)) {
            *error = VersionRowsText::tr("unknown infra \"%1\"; known: %2")
                         .arg(item.toString(), knownInfrastructure().join(u", "_s));
            return {};
        }
        queries.append(
            {QString::fromUtf16(known->metric), QString::fromUtf16(known->label), QString::fromUtf16(known->key)});
    }
    return queries;
}

void addVersionRow(SourceResult &result, const VersionQuery &query, const QStringList &values)
{
    QStringList distinct = values;
    distinct.removeAll(QString());
    distinct.removeDuplicates();
    if (distinct.isEmpty()) {
        result.warnings.append(VersionRowsText::tr("%1: no %2 series with a \"%3\" label")
                                   .arg(query.key, query.metricName(), query.label));
        return;
    }
    QCollator collator(QLocale::c());
    collator.setNumericMode(true); // 1.10.0 after 1.9.0
    std::sort(distinct.begin(), distinct.end(), collator);
    const QString versions = distinct.join(u", "_s);
    Entry entry;
    if (distinct.size() == 1) {
        entry.value = Value::string(versions);
    } else {
        // Several versions at once: a rollout. Compared by the set of versions (instances come and
        // go while it runs); shown with how many series report each.
        QStringList counted;
        for (const QString &version : std::as_const(distinct))
            counted.append(u"%1 ×%2"_s.arg(version).arg(values.count(version)));
        // Versions first, so a narrow column that cuts the text still shows them.
        const QString shown = VersionRowsText::tr("%1 — rollout in progress").arg(counted.join(u", "_s));
        result.warnings.append(u"%1: %2"_s.arg(query.key, shown));
        entry.value = Value::withCanonical(ValueKind::String, versions, shown);
    }
    entry.provenance.append({0, 0, 0, entry.value.display()});
    result.entries.insert(query.key, entry);
}

} // namespace DriftDeck
