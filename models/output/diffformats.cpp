#include "diffformats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DriftDeck {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct DiffText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::SnapshotDiff)
};

QString when(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text;
}

QString elide(const QString &text, int width)
{
    const QString single = oneLine(text);
    if (width <= 1 || single.size() <= width)
        return width <= 1 ? QString() : single;
    return single.left(width - 1) + u'…';
}

QString changeText(const ChangedKey &change)
{
    if (change.secret)
        return DiffText::tr("secret changed");
    return oneLine(change.oldDisplay) + QStringLiteral(" → ") + oneLine(change.newDisplay);
}

QString driftWord(DriftStatus status)
{
    return status == DriftStatus::Absent ? DiffText::tr("not present") : driftStatusId(status);
}

QString countsLine(const SnapshotDiff &diff)
{
    return DiffText::tr("%1 added, %2 removed, %3 changed; %4 new drift, %5 resolved.")
        .arg(diff.addedCount())
        .arg(diff.removedCount())
        .arg(diff.changedCount())
        .arg(diff.newDrift.size())
        .arg(diff.resolvedDrift.size());
}

} // namespace

QString formatDiffText(const SnapshotDiff &diff, const DiffSides &sides, int width)
{
    QString out;
    const auto line = [&](const QString &text) {
        out += elide(text, width) + u'\n';
    };
    line(DiffText::tr("Snapshot diff: %1").arg(sides.workspaceName));
    line(QStringLiteral("  A  %1  %2").arg(when(sides.takenAtA), sides.pathA));
    line(QStringLiteral("  B  %1  %2").arg(when(sides.takenAtB), sides.pathB));
    line(DiffText::tr("  baseline %1").arg(sides.baseline));
    out += u'\n';
    if (!diff.environmentsAdded.isEmpty())
        line(DiffText::tr("Environments added: %1").arg(diff.environmentsAdded.join(QStringLiteral(", "))));
    if (!diff.environmentsRemoved.isEmpty())
        line(DiffText::tr("Environments removed: %1").arg(diff.environmentsRemoved.join(QStringLiteral(", "))));
    if (diff.saltMismatch)
        line(DiffText::tr("Secrets were fingerprinted with different salts: their changes cannot be known."));

    for (const EnvironmentDiff &env : diff.environments) {
        if (env.isEmpty()) {
            line(DiffText::tr("%1: no changes").arg(env.environment));
            continue;
        }
        line(DiffText::tr("%1: %2 added, %3 removed, %4 changed")
                 .arg(env.environment)
                 .arg(env.added.size())
                 .arg(env.removed.size())
                 .arg(env.changed.size()));
        for (const QString &key : env.added)
            line(QStringLiteral("  + ") + key);
        for (const QString &key : env.removed)
            line(QStringLiteral("  - ") + key);
        for (const ChangedKey &change : env.changed)
            line(QStringLiteral("  ~ %1: %2").arg(change.key, changeText(change)));
        for (const QString &key : env.notComparable)
            line(QStringLiteral("  ? %1: %2").arg(key, DiffText::tr("secret, not comparable")));
    }

    out += u'\n';
    if (!diff.driftError.isEmpty()) {
        line(DiffText::tr("Drift not compared: %1").arg(diff.driftError));
    } else {
        const auto drift = [&](const QString &title, const QList<DriftChange> &changes) {
            line(title.arg(changes.size()));
            for (const DriftChange &change : changes)
                line(QStringLiteral("  %1  %2  %3 → %4")
                         .arg(change.key, change.environment, driftWord(change.before), driftWord(change.after)));
        };
        drift(DiffText::tr("New drift (%1):"), diff.newDrift);
        drift(DiffText::tr("Resolved drift (%1):"), diff.resolvedDrift);
    }
    out += u'\n';
    line(diff.isEmpty() ? DiffText::tr("The snapshots are identical.") : countsLine(diff));
    return out;
}

// Schema "driftdeck-diff", version 1. Additive changes keep the version; anything that
// changes or removes a field bumps it. Documented in the README.
QByteArray formatDiffJson(const SnapshotDiff &diff, const DiffSides &sides)
{
    const auto side = [](const QString &path, const QDateTime &takenAt) {
        QJsonObject o;
        o[u"path"] = path;
        o[u"takenAt"] = takenAt.toUTC().toString(Qt::ISODateWithMs);
        return o;
    };
    const auto keys = [](const QStringList &list) {
        return QJsonArray::fromStringList(list);
    };
    const auto drift = [](const QList<DriftChange> &changes) {
        QJsonArray array;
        for (const DriftChange &change : changes) {
            QJsonObject o;
            o[u"key"] = change.key;
            o[u"environment"] = change.environment;
            o[u"before"] = driftStatusId(change.before);
            o[u"after"] = driftStatusId(change.after);
            array.append(o);
        }
        return array;
    };

    QJsonObject root;
    root[u"schema"] = QStringLiteral("driftdeck-diff");
    root[u"schemaVersion"] = 1;
    root[u"workspace"] = sides.workspaceName;
    root[u"baseline"] = sides.baseline;
    root[u"a"] = side(sides.pathA, sides.takenAtA);
    root[u"b"] = side(sides.pathB, sides.takenAtB);
    root[u"identical"] = diff.isEmpty();
    root[u"saltMismatch"] = diff.saltMismatch;
    root[u"driftError"] = diff.driftError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(diff.driftError);
    root[u"environmentsAdded"] = keys(diff.environmentsAdded);
    root[u"environmentsRemoved"] = keys(diff.environmentsRemoved);
    QJsonArray environments;
    for (const EnvironmentDiff &env : diff.environments) {
        QJsonObject o;
        o[u"name"] = env.environment;
        o[u"added"] = keys(env.added);
        o[u"removed"] = keys(env.removed);
        QJsonArray changed;
        for (const ChangedKey &change : env.changed) {
            QJsonObject c;
            c[u"key"] = change.key;
            c[u"secret"] = change.secret;
            // A secret side has no value to show: null, never the fingerprint.
            c[u"before"] = change.secret ? QJsonValue(QJsonValue::Null) : QJsonValue(change.oldDisplay);
            c[u"after"] = change.secret ? QJsonValue(QJsonValue::Null) : QJsonValue(change.newDisplay);
            changed.append(c);
        }
        o[u"changed"] = changed;
        o[u"notComparable"] = keys(env.notComparable);
        environments.append(o);
    }
    root[u"environments"] = environments;
    root[u"newDrift"] = drift(diff.newDrift);
    root[u"resolvedDrift"] = drift(diff.resolvedDrift);
    QJsonObject counts;
    counts[u"added"] = diff.addedCount();
    counts[u"removed"] = diff.removedCount();
    counts[u"changed"] = diff.changedCount();
    counts[u"notComparable"] = diff.notComparableCount();
    counts[u"newDrift"] = int(diff.newDrift.size());
    counts[u"resolvedDrift"] = int(diff.resolvedDrift.size());
    root[u"counts"] = counts;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

QString markdownCell(const QString &text)
{
    QString out = oneLine(text).left(80);
    if (text.size() > 80)
        out += u'…';
    out.replace(u'|', QStringLiteral("\\|"));
    out.replace(u'`', u'\'');
    return out.isEmpty() ? QString() : u'`' + out + u'`';
}

} // namespace

QString formatDiffMarkdown(const SnapshotDiff &diff, const DiffSides &sides)
{
    QString out;
    out += QStringLiteral("### ") + DiffText::tr("Drift Deck diff: %1").arg(sides.workspaceName) + u"\n\n";
    out += DiffText::tr("From %1 to %2, baseline **%3**.")
               .arg(when(sides.takenAtA), when(sides.takenAtB), sides.baseline)
        + u"\n\n";
    out += u"**" + (diff.isEmpty() ? DiffText::tr("The snapshots are identical.") : countsLine(diff)) + u"**\n";
    if (!diff.environmentsAdded.isEmpty())
        out += u"\n" + DiffText::tr("Environments added: %1").arg(diff.environmentsAdded.join(QStringLiteral(", ")))
            + u"\n";
    if (!diff.environmentsRemoved.isEmpty())
        out += u"\n" + DiffText::tr("Environments removed: %1").arg(diff.environmentsRemoved.join(QStringLiteral(", ")))
            + u"\n";

    bool anyChange = false;
    for (const EnvironmentDiff &env : diff.environments)
        anyChange = anyChange || !env.isEmpty();
    if (anyChange) {
        out += u"\n| " + DiffText::tr("Environment") + u" | " + DiffText::tr("Change") + u" | " + DiffText::tr("Key")
            + u" | " + DiffText::tr("Before") + u" | " + DiffText::tr("After") + u" |\n|---|---|---|---|---|\n";
        for (const EnvironmentDiff &env : diff.environments) {
            for (const QString &key : env.added)
                out += QStringLiteral("| %1 | %2 | %3 | | |\n")
                           .arg(env.environment, DiffText::tr("added"), markdownCell(key));
            for (const QString &key : env.removed)
                out += QStringLiteral("| %1 | %2 | %3 | | |\n")
                           .arg(env.environment, DiffText::tr("removed"), markdownCell(key));
            for (const ChangedKey &change : env.changed) {
                out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                           .arg(env.environment, DiffText::tr("changed"), markdownCell(change.key),
                                change.secret ? DiffText::tr("secret") : markdownCell(change.oldDisplay),
                                change.secret ? DiffText::tr("secret") : markdownCell(change.newDisplay));
            }
            for (const QString &key : env.notComparable)
                out += QStringLiteral("| %1 | %2 | %3 | | |\n")
                           .arg(env.environment, DiffText::tr("not comparable"), markdownCell(key));
        }
    }
    if (!diff.driftError.isEmpty()) {
        out += u"\n" + DiffText::tr("Drift not compared: %1").arg(diff.driftError) + u"\n";
    } else if (!diff.newDrift.isEmpty() || !diff.resolvedDrift.isEmpty()) {
        out += u"\n| " + DiffText::tr("Drift") + u" | " + DiffText::tr("Key") + u" | " + DiffText::tr("Environment")
            + u" | " + DiffText::tr("Before") + u" | " + DiffText::tr("After") + u" |\n|---|---|---|---|---|\n";
        const auto rows = [&](const QString &title, const QList<DriftChange> &changes) {
            for (const DriftChange &change : changes)
                out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                           .arg(title, markdownCell(change.key), change.environment, driftWord(change.before),
                                driftWord(change.after));
        };
        rows(DiffText::tr("new"), diff.newDrift);
        rows(DiffText::tr("resolved"), diff.resolvedDrift);
    }
    return out;
}

} // namespace DriftDeck
