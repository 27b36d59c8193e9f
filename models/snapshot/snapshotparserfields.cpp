// The parts of SnapshotParser that read the policy and the environments.
#include "snapshotparser.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DriftDeck::SnapshotFile", text);
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

bool sourceStateFromName(QStringView name, SourceState *out)
{
    for (const SourceState state : {SourceState::Pending, SourceState::Fetching, SourceState::Ok,
                                    SourceState::Failed, SourceState::Cancelled}) {
        if (name == sourceStateName(state)) {
            *out = state;
            return true;
        }
    }
    return false;
}

// A reference into a list the environment holds must be -1 (none) or a valid index.
QString rangeProblem(const char *what, qint32 index, qsizetype count)
{
    if (index >= -1 && index < count)
        return {};
    if (count == 0)
        return tr("%1 %2 does not exist: the environment lists no %1s").arg(QLatin1StringView(what)).arg(index);
    return tr("%1 %2 is out of range (0 to %3)").arg(QLatin1StringView(what)).arg(index).arg(count - 1);
}

} // namespace

bool SnapshotParser::readRuleOrigin(const JsonPath &path, RuleOrigin *out)
{
    return readObject(path, [&](const QString &name) {
        if (name == u"file")
            return readString(JsonPath(path, "file"), &out->file);
        qint32 v = 0;
        if (name == u"line")
            return readInt32(JsonPath(path, "line"), 0, &v) && ((out->line = v), true);
        if (name == u"column")
            return readInt32(JsonPath(path, "column"), 0, &v) && ((out->column = v), true);
        return m_reader.skipValue();
    });
}

bool SnapshotParser::readPolicy(const JsonPath &path, Policy *out)
{
    // Every rule has a key (required) and an origin; the rest is per kind.
    auto rules = [this](const JsonPath &listPath, auto *list, auto readField) {
        return readArray(listPath, list, [&](const JsonPath &p, auto *rule) {
            bool seenKey = false;
            return readObject(p, [&](const QString &name) {
                if (name == u"key") {
                    seenKey = true;
                    return readString(JsonPath(p, "key"), &rule->key);
                }
                if (name == u"origin")
                    return readRuleOrigin(JsonPath(p, "origin"), &rule->origin);
                return readField(p, name, rule);
            }) && (seenKey || missing(JsonPath(p, "key")));
        });
    };
    return readObject(path, [&](const QString &name) {
        if (name == u"expected") {
            return rules(JsonPath(path, "expected"), &out->expected,
                         [this](const JsonPath &p, const QString &field, ExpectedDifference *rule) {
                             if (field == u"environments")
                                 return readStringList(JsonPath(p, "environments"), &rule->environments);
                             if (field == u"reason")
                                 return readString(JsonPath(p, "reason"), &rule->reason);
                             if (field == u"owner")
                                 return readString(JsonPath(p, "owner"), &rule->owner);
                             if (field == u"expires")
                                 return readDate(JsonPath(p, "expires"), &rule->expires);
                             return m_reader.skipValue();
                         });
        }
        if (name == u"ignore") {
            return rules(JsonPath(path, "ignore"), &out->ignore,
                         [this](const JsonPath &p, const QString &field, IgnoreRule *rule) {
                             if (field == u"environments")
                                 return readStringList(JsonPath(p, "environments"), &rule->environments);
                             return m_reader.skipValue();
                         });
        }
        if (name == u"tolerance") {
            return rules(JsonPath(path, "tolerance"), &out->tolerance,
                         [this](const JsonPath &p, const QString &field, ToleranceRule *rule) {
                             if (field == u"absolute")
                                 return readDouble(JsonPath(p, "absolute"), &rule->absolute);
                             if (field == u"relative")
                                 return readDouble(JsonPath(p, "relative"), &rule->relative);
                             return m_reader.skipValue();
                         });
        }
        if (name == u"mustMatch") {
            return rules(JsonPath(path, "mustMatch"), &out->mustMatch,
                         [this](const JsonPath &, const QString &, MustMatchRule *) { return m_reader.skipValue(); });
        }
        if (name == u"secrets")
            return readStringList(JsonPath(path, "secrets"), &out->secrets);
        return m_reader.skipValue();
    });
}

bool SnapshotParser::readEnvironment(const JsonPath &path, EnvironmentCapture *out)
{
    bool seenName = false;
    return readObject(path, [&](const QString &name) {
        if (name == u"name") {
            seenName = true;
            return readString(JsonPath(path, "name"), &out->name);
        }
        if (name == u"displayName")
            return readString(JsonPath(path, "displayName"), &out->displayName);
        if (name == u"colour")
            return readString(JsonPath(path, "colour"), &out->colour);
        if (name == u"layers") {
            return readArray(JsonPath(path, "layers"), &out->layers,
                             [this](const JsonPath &p, Layer *layer) { return readLayer(p, layer); });
        }
        if (name == u"sources") {
            return readArray(JsonPath(path, "sources"), &out->sources,
                             [this](const JsonPath &p, SourceStatus *source) { return readSource(p, source); });
        }
        if (name == u"entries")
            return readEntries(JsonPath(path, "entries"), &out->entries);
        return m_reader.skipValue();
    }) && (seenName || missing(JsonPath(path, "name"))) && checkReferences(JsonPath(path, "entries"), *out);
}

bool SnapshotParser::readLayer(const JsonPath &path, Layer *out)
{
    return readObject(path, [&](const QString &name) {
        if (name == u"source")
            return readString(JsonPath(path, "source"), &out->source);
        if (name == u"label")
            return readString(JsonPath(path, "label"), &out->label);
        if (name == u"location")
            return readString(JsonPath(path, "location"), &out->location);
        return m_reader.skipValue();
    });
}

bool SnapshotParser::readSource(const JsonPath &path, SourceStatus *out)
{
    return readObject(path, [&](const QString &name) {
        if (name == u"id")
            return readString(JsonPath(path, "id"), &out->id);
        if (name == u"type")
            return readString(JsonPath(path, "type"), &out->type);
        if (name == u"label")
            return readString(JsonPath(path, "label"), &out->label);
        if (name == u"keyPrefixes")
            return readStringList(JsonPath(path, "keyPrefixes"), &out->keyPrefixes);
        if (name == u"state") {
            const JsonPath p(path, "state");
            QString text;
            return readString(p, &text)
                && (sourceStateFromName(text, &out->state) || failAt(p, tr("unknown state %1").arg(quoted(text))));
        }
        if (name == u"error")
            return readString(JsonPath(path, "error"), &out->error);
        if (name == u"warnings")
            return readStringList(JsonPath(path, "warnings"), &out->warnings);
        if (name == u"fetchedAt")
            return readDateTime(JsonPath(path, "fetchedAt"), &out->fetchedAt, false);
        if (name == u"lastSuccess")
            return readDateTime(JsonPath(path, "lastSuccess"), &out->lastSuccess, false);
        if (name == u"latencyMs") {
            return readInteger(JsonPath(path, "latencyMs"), -1, std::numeric_limits<qint64>::max() / 2,
                               &out->latencyMs);
        }
        return m_reader.skipValue();
    });
}

bool SnapshotParser::readEntries(const JsonPath &path, QHash<QString, Entry> *out)
{
    out->clear();
    if (!expect(path, Token::Object) || !m_reader.beginObject())
        return false;
    QString key;
    while (m_reader.nextMember(&key)) {
        const qsizetype before = out->size();
        Entry &entry = (*out)[key];
        const JsonPath entryPath(path, key);
        if (out->size() == before)
            return failAt(entryPath, tr("the key appears twice"));
        if (!readEntry(entryPath, &entry))
            return false;
    }
    return !m_reader.hasError();
}

bool SnapshotParser::readEntry(const JsonPath &path, Entry *out)
{
    QString kindName, display, canonical;
    bool seenKind = false, seenDisplay = false, seenCanonical = false;
    const bool read = readObject(path, [&](const QString &name) {
        if (name == u"kind") {
            seenKind = true;
            return readString(JsonPath(path, "kind"), &kindName);
        }
        if (name == u"display") {
            seenDisplay = true;
            return readString(JsonPath(path, "display"), &display);
        }
        if (name == u"canonical") {
            seenCanonical = true;
            return readString(JsonPath(path, "canonical"), &canonical);
        }
        if (name == u"provenance")
            return readProvenance(JsonPath(path, "provenance"), &out->provenance);
        if (name == u"source")
            return readInt32(JsonPath(path, "source"), -1, &out->source);
        if (name == u"stale")
            return readBoolean(JsonPath(path, "stale"), &out->stale);
        return m_reader.skipValue();
    });
    if (!read)
        return false;
    if (!seenKind)
        return missing(JsonPath(path, "kind"));
    bool known = false;
    const ValueKind kind = valueKindFromName(kindName, &known);
    if (!known)
        return failAt(JsonPath(path, "kind"), tr("unknown kind %1").arg(quoted(kindName)));
    if (kind == ValueKind::Secret) {
        // The file must never have held a secret's plaintext: refuse rather than show it.
        if (seenDisplay)
            return failAt(JsonPath(path, "display"), tr("a secret never carries a display"));
        if (!seenCanonical)
            return failAt(JsonPath(path, "canonical"), tr("required field is missing (the secret's fingerprint)"));
        for (qsizetype i = 0; i < out->provenance.size(); ++i) {
            if (!out->provenance[i].display.isEmpty()) {
                return failAt(JsonPath(JsonPath(JsonPath(path, "provenance"), i), qsizetype(3)),
                              tr("a secret's provenance never carries a display"));
            }
        }
        out->value = Value::secret(canonical);
        return true;
    }
    if (!seenDisplay)
        return missing(JsonPath(path, "display"));
    // Share the text: the canonical form and the winning layer usually say the same as the display.
    out->value = Value::withCanonical(kind, seenCanonical ? canonical : display, display);
    for (Origin &origin : out->provenance) {
        if (origin.display == display)
            origin.display = display;
    }
    return true;
}

bool SnapshotParser::readProvenance(const JsonPath &path, QList<Origin> *out)
{
    return readArray(path, out, [this](const JsonPath &p, Origin *origin) {
        if (!expect(p, Token::Array) || !m_reader.beginArray())
            return false;
        int count = 0;
        while (m_reader.nextElement()) {
            const JsonPath field(p, qsizetype(count));
            bool ok = false;
            switch (count++) {
            case 0:
                ok = readInt32(field, -1, &origin->layer);
                break;
            case 1:
                ok = readInt32(field, 0, &origin->line);
                break;
            case 2:
                ok = readInt32(field, 0, &origin->column);
                break;
            case 3:
                ok = readString(field, &origin->display);
                break;
            default:
                return failAt(p, tr("expected [layer, line, column, display]"));
            }
            if (!ok)
                return false;
        }
        return !m_reader.hasError() && (count == 4 || failAt(p, tr("expected [layer, line, column, display]")));
    });
}

bool SnapshotParser::checkReferences(const JsonPath &path, const EnvironmentCapture &env)
{
    // Checked once the whole environment is read, because a hand-edited file may list the
    // entries before the layers. The first bad key in sorted order is reported, so the message
    // does not depend on hash order.
    auto problem = [&env](const Entry &entry, qsizetype *originIndex) {
        QString text = rangeProblem("source", entry.source, env.sources.size());
        *originIndex = -1;
        for (qsizetype i = 0; text.isEmpty() && i < entry.provenance.size(); ++i) {
            text = rangeProblem("layer", entry.provenance[i].layer, env.layers.size());
            *originIndex = i;
        }
        return text;
    };
    const QString *worst = nullptr;
    for (auto it = env.entries.cbegin(); it != env.entries.cend(); ++it) {
        qsizetype ignored = 0;
        if ((!worst || it.key() < *worst) && !problem(it.value(), &ignored).isEmpty())
            worst = &it.key();
    }
    if (!worst)
        return true;
    qsizetype originIndex = -1;
    const QString text = problem(env.entries.value(*worst), &originIndex);
    const JsonPath entryPath(path, *worst);
    if (originIndex < 0)
        return failAt(JsonPath(entryPath, "source"), text);
    const JsonPath provenance(entryPath, "provenance");
    const JsonPath origin(provenance, originIndex);
    return failAt(JsonPath(origin, qsizetype(0)), text);
}

} // namespace DriftDeck
