#include "logicalrows.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace DriftDeck {

namespace {

struct LogicalRowsText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::LogicalRows)
};

// The value a source row gives a logical row, or an explanation in a masked value.
Value extract(const Value &original, const LogicalRowSource &source, LogicalRow::Compare compare)
{
    if (original.isMasked())
        return original;
    Value value = original;
    if (!source.pattern.isEmpty()) {
        if (original.isSecret())
            return Value::masked(LogicalRowsText::tr("secret: a pattern cannot read it"));
        const QRegularExpression expression(source.pattern);
        const QRegularExpressionMatch match = expression.match(original.display());
        if (!match.hasMatch())
            return Value::masked(LogicalRowsText::tr("%1 does not match %2").arg(original.display(), source.pattern));
        const QString text = match.lastCapturedIndex() >= 1 ? match.captured(1) : match.captured(0);
        value = Value::string(text);
    }
    if (compare == LogicalRow::Compare::Exact || value.isSecret())
        return value;
    const QString prefix = versionPrefix(value.display(), compare == LogicalRow::Compare::SameMajor ? 1 : 2);
    return Value::withCanonical(ValueKind::String, prefix, value.display());
}

} // namespace

QString versionPrefix(const QString &text, int parts)
{
    static const QRegularExpression number(QStringLiteral("\\d+(?:\\.\\d+)*"));
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch())
        return text;
    return match.captured(0).split(u'.').mid(0, parts).join(u'.');
}

Snapshot applyLogicalRows(Snapshot snapshot, const QList<LogicalRow> &rows, const SecretPolicy *secrets)
{
    if (rows.isEmpty())
        return snapshot;
    for (EnvironmentCapture &capture : snapshot.environments) {
        for (const LogicalRow &row : rows) {
            const LogicalRowSource *source = row.sourceFor(capture.name);
            if (!source)
                continue;
            const auto found = capture.entries.constFind(source->key);
            if (found == capture.entries.cend())
                continue;
            const Entry &original = *found;
            Entry entry;
            entry.value = extract(original.value, *source, row.compare);
            entry.source = original.source;
            entry.stale = original.stale;
            entry.sensitive = original.sensitive;
            entry.provenance = original.provenance;
            if (secrets && !entry.value.isSecret() && !entry.value.isMasked())
                entry.value = secrets->protect(row.key, entry.value);
            if (entry.value.isSecret()) {
                for (Origin &origin : entry.provenance)
                    origin.display.clear();
            }
            // One step naming the key the value was taken from, attributed to the same source.
            Layer layer;
            if (!original.provenance.isEmpty() && original.provenance.constLast().layer >= 0)
                layer.source = capture.layers.value(original.provenance.constLast().layer).source;
            layer.label = source->pattern.isEmpty()
                ? source->key
                : LogicalRowsText::tr("%1 (pattern %2)").arg(source->key, source->pattern);
            capture.layers.append(layer);
            const bool hidden = entry.value.isSecret() || entry.value.isMasked();
            entry.provenance.append(
                {qint32(capture.layers.size() - 1), 0, 0, hidden ? QString() : entry.value.display()});
            capture.entries.insert(row.key, entry);
        }
    }
    snapshot.buildIndex();
    return snapshot;
}

} // namespace DriftDeck
