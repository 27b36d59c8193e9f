#include "reportsections.h"

#include "drift/driftengine.h"
#include "output/checkformats.h"

#include <QCoreApplication>
#include <QLocale>

namespace DriftDeck {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ReportWriter)
};

const QColor DriftTint(0xfb, 0xe3, 0xb8);
const QColor CriticalTint(0xf6, 0xc9, 0xc4);
const QColor ExpectedTint(0xd3, 0xe4, 0xf5);
const QColor UnknownTint(0xe4, 0xe4, 0xe4);
const QColor Quiet(0x6b, 0x72, 0x7a);
const QColor Alarm(0xb0, 0x20, 0x18);

// Long lists in a shared PDF help nobody past this point; the matrix has every row.
constexpr int MaximumListedChanges = 60;
constexpr int MaximumCriticalDetails = 100;

QString percent(double share)
{
    return QLocale::c().toString(share * 100.0, 'f', 1) + u'%';
}

QString environmentName(const Snapshot &snapshot, const QString &name)
{
    const int index = snapshot.environmentIndex(name);
    if (index < 0)
        return name;
    const EnvironmentCapture &env = snapshot.environments[index];
    return env.displayName.isEmpty() ? env.name : env.displayName;
}

QString statusWord(DriftStatus status)
{
    return status == DriftStatus::Absent ? ReportText::tr("not present") : driftStatusTitle(status).toLower();
}

} // namespace

QString reportCellText(const ReportCell &cell)
{
    QString text;
    switch (cell.status) {
    case DriftStatus::Baseline:
        text = cell.secret ? ReportText::tr("secret") : cell.display;
        break;
    case DriftStatus::Same:
        text = QStringLiteral("=");
        break;
    case DriftStatus::Differs:
        text = QStringLiteral("≠ ") + cell.display;
        break;
    case DriftStatus::MissingHere:
        text = ReportText::tr("− missing");
        break;
    case DriftStatus::OnlyHere:
        text = QStringLiteral("+ ") + (cell.secret ? ReportText::tr("secret") : cell.display);
        break;
    case DriftStatus::Expected:
        text = QStringLiteral("~ ") + (cell.secret ? ReportText::tr("secret") : cell.display);
        break;
    case DriftStatus::SecretSame:
        text = ReportText::tr("secret: same");
        break;
    case DriftStatus::SecretDiffers:
        text = ReportText::tr("secret: differs");
        break;
    case DriftStatus::Unknown:
        text
            = cell.display.isEmpty() || cell.secret ? ReportText::tr("? unknown") : QStringLiteral("? ") + cell.display;
        break;
    case DriftStatus::Absent:
        break;
    case DriftStatus::Ignored:
        text = ReportText::tr("ignored");
        break;
    }
    if (cell.note == CellNote::ExpiredRule)
        text += ReportText::tr(" (rule expired)");
    else if (cell.stale && cell.status != DriftStatus::Same)
        text += ReportText::tr(" (stale)");
    return text;
}

QColor reportCellColour(const ReportCell &cell, Severity severity)
{
    if (isDrift(cell.status))
        return severity == Severity::Critical ? CriticalTint : DriftTint;
    if (cell.status == DriftStatus::Expected)
        return ExpectedTint;
    if (cell.status == DriftStatus::Unknown)
        return UnknownTint;
    return {};
}

void writeSummary(ReportCanvas &canvas, const ReportContext &context)
{
    const CheckReport &report = context.report;
    const Snapshot &snapshot = *context.snapshot;
    canvas.heading(ReportText::tr("Drift report: %1").arg(snapshot.workspaceName));
    canvas.paragraph(ReportText::tr("Captured %1 · baseline %2 · rule expiry judged on %3")
                         .arg(snapshot.takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                              environmentName(snapshot, report.baseline), context.today.toString(Qt::ISODate)),
                     9, Quiet);
    canvas.heading(ReportText::tr("Summary"), 2);
    // One plural per count: English and most languages need the noun to agree with its number.
    canvas.paragraph(
        ReportText::tr("%1, %2 with drift (%3 critical), %4, %5, %6.",
                       "keys compared, drifting keys, critical keys, expected differences, cells covered by "
                       "expired rules, failed sources")
            .arg(ReportText::tr("%n key(s) compared", nullptr, int(report.comparedRows)),
                 QString::number(report.driftRows), QString::number(report.criticalRows),
                 ReportText::tr("%n expected difference(s)", nullptr, int(report.expectedCells)),
                 ReportText::tr("%n cell(s) covered by expired rules", nullptr, int(report.expiredRuleCells)),
                 ReportText::tr("%n failed source(s)", nullptr, int(report.errors.size()))));

    canvas.heading(ReportText::tr("Parity per environment"), 3);
    const QList<TableColumn> envColumns{{ReportText::tr("Environment"), 120},
                                        {ReportText::tr("Parity"), 55, Qt::AlignRight},
                                        {ReportText::tr("Compared"), 55, Qt::AlignRight},
                                        {ReportText::tr("Matching"), 55, Qt::AlignRight},
                                        {ReportText::tr("Drift"), 50, Qt::AlignRight},
                                        {ReportText::tr("Expected"), 55, Qt::AlignRight},
                                        {ReportText::tr("Unknown"), 55, Qt::AlignRight},
                                        {ReportText::tr("Critical"), 0, Qt::AlignRight}};
    canvas.table(envColumns, int(report.environments.size()), [&](int i) {
        const ReportEnvironment &env = report.environments[i];
        const EnvironmentParity &p = env.parity;
        if (env.baseline)
            return TableRow{{env.displayName + ReportText::tr(" (baseline)"), {}, {}, true}, {ReportText::tr("—")}};
        return TableRow{{env.displayName},
                        {percent(p.score()), {}, p.drift ? Alarm : QColor(), p.drift > 0},
                        {QString::number(p.compared)},
                        {QString::number(p.matching)},
                        {QString::number(p.drift)},
                        {QString::number(p.expected)},
                        {QString::number(p.unknown)},
                        {QString::number(p.critical), {}, p.critical ? Alarm : QColor()}};
    });

    // Reported rows by category and severity.
    std::array<std::array<int, 4>, CategoryCount> counts{};
    for (const ReportRow &row : report.rows)
        ++counts[size_t(row.category)][size_t(row.severity)];
    QList<int> categories;
    for (int c = 0; c < CategoryCount; ++c) {
        const auto &n = counts[size_t(c)];
        if (n[1] + n[2] + n[3] > 0)
            categories.append(c);
    }
    canvas.heading(ReportText::tr("Keys by category and severity"), 3);
    if (categories.isEmpty()) {
        canvas.paragraph(ReportText::tr("No key drifts, is expected to differ, or is unknown."));
    } else {
        const QList<TableColumn> columns{{ReportText::tr("Category"), 150},
                                         {severityTitle(Severity::Critical), 70, Qt::AlignRight},
                                         {severityTitle(Severity::Warning), 70, Qt::AlignRight},
                                         {severityTitle(Severity::Info), 70, Qt::AlignRight},
                                         {ReportText::tr("Total"), 0, Qt::AlignRight}};
        canvas.table(columns, int(categories.size()) + 1, [&](int i) {
            std::array<int, 4> n{};
            QString title = ReportText::tr("All categories");
            if (i < categories.size()) {
                n = counts[size_t(categories[i])];
                title = categoryTitle(Category(categories[i]));
            } else {
                for (int c : std::as_const(categories))
                    for (size_t s = 1; s < 4; ++s)
                        n[s] += counts[size_t(c)][s];
            }
            const bool total = i == categories.size();
            return TableRow{{title, {}, {}, total},
                            {QString::number(n[3]), {}, n[3] ? Alarm : QColor(), total},
                            {QString::number(n[2]), {}, {}, total},
                            {QString::number(n[1]), {}, {}, total},
                            {QString::number(n[1] + n[2] + n[3]), {}, {}, total}};
        });
    }

    if (!context.sincePrevious)
        return;
    const SnapshotDiff &diff = *context.sincePrevious;
    const Snapshot &previous = *context.options->previous;
    canvas.heading(ReportText::tr("Since the snapshot of %1")
                       .arg(previous.takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
                   3);
    if (!diff.driftError.isEmpty()) {
        canvas.paragraph(diff.driftError, 9, Alarm);
        return;
    }
    canvas.paragraph(ReportText::tr("%1, %2 resolved; %3, %4 removed, %5 changed.",
                                    "new drifting cells, resolved cells; keys added, removed, changed")
                         .arg(ReportText::tr("%n new drifting cell(s)", nullptr, int(diff.newDrift.size())),
                              QString::number(diff.resolvedDrift.size()),
                              ReportText::tr("%n key(s) added", nullptr, int(diff.addedCount())),
                              QString::number(diff.removedCount()), QString::number(diff.changedCount())));
    if (diff.saltMismatch)
        canvas.paragraph(
            ReportText::tr("The snapshots' secrets were fingerprinted with different salts: whether they changed "
                           "cannot be known."),
            8.5, Quiet);
    QList<std::pair<const DriftChange *, bool>> changes; // change, new
    for (const DriftChange &change : diff.newDrift)
        changes.append({&change, true});
    for (const DriftChange &change : diff.resolvedDrift)
        changes.append({&change, false});
    if (changes.isEmpty())
        return;
    const int listed = std::min<int>(int(changes.size()), MaximumListedChanges);
    const QList<TableColumn> columns{{ReportText::tr("Key"), 200, Qt::AlignLeft},
                                     {ReportText::tr("Environment"), 90},
                                     {ReportText::tr("Change"), 60},
                                     {ReportText::tr("Before → now"), 0}};
    canvas.table(columns, listed, [&](int i) {
        const auto &[change, isNew] = changes[i];
        return TableRow{
            {change->key},
            {environmentName(snapshot, change->environment)},
            {isNew ? ReportText::tr("new drift") : ReportText::tr("resolved"), {}, isNew ? Alarm : QColor(), isNew},
            {statusWord(change->before) + QStringLiteral(" → ") + statusWord(change->after)}};
    });
    if (changes.size() > listed)
        canvas.paragraph(ReportText::tr("… and %n more change(s) (run driftdeck diff for the full list).", nullptr,
                                        int(changes.size()) - listed),
                         8.5, Quiet);
}

void writeCriticalDetails(ReportCanvas &canvas, const ReportContext &context)
{
    const CheckReport &report = context.report;
    QList<const ReportRow *> critical;
    for (const ReportRow &row : report.rows) {
        if (row.severity == Severity::Critical)
            critical.append(&row);
    }
    canvas.heading(ReportText::tr("Critical drift in detail"));
    if (critical.isEmpty()) {
        canvas.paragraph(ReportText::tr("No critical drift."));
        return;
    }
    canvas.paragraph(
        ReportText::tr("Keys whose drift is critical (they must match the baseline), with each environment's value "
                       "and the layer it came from."),
        9, Quiet);
    const qsizetype listed = std::min<qsizetype>(critical.size(), MaximumCriticalDetails);
    const QList<TableColumn> columns{{ReportText::tr("Environment"), 85},
                                     {ReportText::tr("Status"), 160},
                                     {ReportText::tr("Value"), 140},
                                     {ReportText::tr("Winning layer"), 0}};
    for (qsizetype i = 0; i < listed; ++i) {
        const ReportRow &row = *critical[i];
        canvas.ensureSpace(60);
        canvas.heading(row.key, 3);
        canvas.table(columns, int(row.cells.size()), [&](int c) {
            const ReportCell &cell = row.cells[c];
            const QString value = cell.secret
                ? (cell.status == DriftStatus::SecretSame          ? ReportText::tr("secret: same")
                       : cell.status == DriftStatus::SecretDiffers ? ReportText::tr("secret: differs")
                                                                   : ReportText::tr("secret"))
                : cell.display;
            return TableRow{
                {environmentName(*context.snapshot, cell.environment), {}, {}, cell.status == DriftStatus::Baseline},
                {describeCell(report, cell), reportCellColour(cell, row.severity)},
                {value + (cell.stale ? ReportText::tr(" (stale)") : QString())},
                {cell.origin(), {}, Quiet}};
        });
    }
    if (critical.size() > listed)
        canvas.paragraph(ReportText::tr("… and %n more critical key(s); the matrix lists them all.", nullptr,
                                        int(critical.size() - listed)),
                         8.5, Quiet);
}

void writeExpectedRegister(ReportCanvas &canvas, const ReportContext &context)
{
    const QList<ExpectedDifference> &rules = context.snapshot->policy.expected;
    canvas.heading(ReportText::tr("Register of expected differences"));
    if (rules.isEmpty()) {
        canvas.paragraph(ReportText::tr("The policy declares no expected differences."));
        return;
    }
    int expired = 0;
    for (const ExpectedDifference &rule : rules)
        expired += rule.isExpired(context.today) ? 1 : 0;
    canvas.paragraph(
        ReportText::tr("%n rule(s), %1 expired: an expired rule no longer hides its difference, which counts "
                       "as drift again.",
                       nullptr, int(rules.size()))
            .arg(expired),
        9, Quiet);
    const QList<TableColumn> columns{{ReportText::tr("Key"), 118},    {ReportText::tr("Environments"), 70},
                                     {ReportText::tr("Reason"), 127}, {ReportText::tr("Owner"), 66},
                                     {ReportText::tr("Expires"), 92}, {ReportText::tr("Cells"), 0, Qt::AlignRight}};
    canvas.table(
        columns, int(rules.size()),
        [&](int i) {
            const ExpectedDifference &rule = rules[i];
            const bool isExpired = rule.isExpired(context.today);
            QString expires = rule.expires.isValid() ? rule.expires.toString(Qt::ISODate) : ReportText::tr("never");
            if (isExpired)
                expires = ReportText::tr("EXPIRED %1").arg(expires);
            const qsizetype cells = DriftEngine::cellsCoveredBy(context.result, i).size();
            return TableRow{
                {rule.key},
                {rule.environments.isEmpty() ? ReportText::tr("all") : rule.environments.join(QStringLiteral(", "))},
                {rule.reason},
                {rule.owner},
                {expires, isExpired ? CriticalTint : QColor(), isExpired ? Alarm : QColor()},
                {QString::number(cells)}};
        },
        7.5);
}

void writeSourceErrors(ReportCanvas &canvas, const ReportContext &context)
{
    struct Failure {
        QString environment;
        const SourceStatus *source;
    };
    QList<Failure> failures;
    for (int e : context.environments) {
        const EnvironmentCapture &env = context.snapshot->environments[e];
        for (const SourceStatus &source : env.sources) {
            if (source.state == SourceState::Failed || source.state == SourceState::Cancelled)
                failures.append({env.displayName.isEmpty() ? env.name : env.displayName, &source});
        }
    }
    canvas.heading(ReportText::tr("Source errors"));
    if (failures.isEmpty()) {
        canvas.paragraph(ReportText::tr("Every source answered: the comparison is complete."));
        return;
    }
    canvas.paragraph(
        ReportText::tr("The comparison is incomplete: keys of these sources show as unknown, or with their last "
                       "good value marked stale."),
        9, Quiet);
    const QList<TableColumn> columns{{ReportText::tr("Environment"), 90},
                                     {ReportText::tr("Source"), 110},
                                     {ReportText::tr("Error"), 200},
                                     {ReportText::tr("Last success"), 0}};
    canvas.table(columns, int(failures.size()), [&](int i) {
        const SourceStatus &source = *failures[i].source;
        const QString error = source.state == SourceState::Cancelled && source.error.isEmpty()
            ? ReportText::tr("cancelled")
            : source.error;
        return TableRow{{failures[i].environment},
                        {source.label.isEmpty() ? source.id : source.label},
                        {error, {}, Alarm},
                        {source.lastSuccess.isValid()
                             ? source.lastSuccess.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                             : ReportText::tr("never")}};
    });
}

} // namespace DriftDeck
