// The parts of SnapshotParser that read the policy and the environments.
#include "snapshotparser.h"

#include <QCoreApplication>

#include <array>

namespace DriftDeck {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct SnapshotText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::SnapshotFile)
};

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

bool sourceStateFromName(QStringView name, SourceState *out)
{
    for (const SourceState state :
         {SourceState::Pending, SourceState::Fetching, SourceState::Ok, SourceState::Failed, SourceState::Cancelled}) {
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
        return SnapshotText::tr("%1 %2 does not exist: the environment lists no %1s")
            .arg(QLatin1StringView(what))
            .arg(index);
    return SnapshotText::tr("%1 %2 is out of range (0 to %3)").arg(QLatin1StringView(what)).arg(index).arg(count - 1);
}

// Matches the bytes of a kind name without building a QString for each of millions of entries.
bool kindFromUtf8(QByteArrayView bytes, ValueKind *out)
{
    static const auto names = [] {
        std::array<QByteArray, 8> list;
        for (size_t i = 0; i < list.size(); ++i)
            list[i] = valueKindName(ValueKind(i)).toLatin1();
        return list;
    }();
    static_assert(int(ValueKind::Masked) == 7, "update the list of kind names");
    for (size_t i = 0; i < names.size(); ++i) {
        if (bytes == names[i]) {
            *out = ValueKind(i);
            return true;
        }
    }
    return false;
}

} // namespace

bool SnapshotParser::readRuleOrigin(const JsonPath &path, RuleOrigin *out)
{
    return readObject(path, [&](QByteArrayView name) {
        if (name == "file")
            return readString(JsonPath(path, "file"), &out->file);
        qint32 v = 0;
        if (name == "line")
            return readInt32(JsonPath(path, "line"), 0, &v) && ((out->line = v), true);
        if (name == "column")
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
            return readObject(p,
                              [&](QByteArrayView name) {
                                  if (name == "key") {
                                      seenKey = true;
                                      return readString(JsonPath(p, "key"), &rule->key);
                                  }
                                  if (name == "origin")
                                      return readRuleOrigin(JsonPath(p, "origin"), &rule->origin);
                                  return readField(p, name, rule);
                              })
                && (seenKey || missing(JsonPath(p, "key")));
        });
    };
    return readObject(path, [&](QByteArrayView name) {
        if (name == "expected") {
            return rules(JsonPath(path, "expected"), &out->expected,
                         [this](const JsonPath &p, QByteArrayView field, ExpectedDifference *rule) {
                             if (field == "environments")
                                 return readStringList(JsonPath(p, "environments"), &rule->environments);
                             if (field == "reason")
                                 return readString(JsonPath(p, "reason"), &rule->reason);
                             if (field == "owner")
                                 return readString(JsonPath(p, "owner"), &rule->owner);
                             if (field == "expires")
                                 return readDate(JsonPath(p, "expires"), &rule->expires);
                             return m_reader.skipValue();
                         });
        }
        if (name == "ignore") {
            return rules(JsonPath(path, "ignore"), &out->ignore,
                         [this](const JsonPath &p, QByteArrayView field, IgnoreRule *rule) {
                             if (field == "environments")
                                 return readStringList(JsonPath(p, "environments"), &rule->environments);
                             return m_reader.skipValue();
                         });
        }
        if (name == "tolerance") {
            return rules(JsonPath(path, "tolerance"), &out->tolerance,
                         [this](const JsonPath &p, QByteArrayView field, ToleranceRule *rule) {
                             if (field == "absolute")
                                 return readDouble(JsonPath(p, "absolute"), &rule->absolute);
                             if (field == "relative")
                                 return readDouble(JsonPath(p, "relative"), &rule->relative);
                             return m_reader.skipValue();
                         });
        }
        if (name == "mustMatch") {
            return rules(JsonPath(path, "mustMatch"), &out->mustMatch,
                         [this](const JsonPath &, QByteArrayView, MustMatchRule *) { return m_reader.skipValue(); });
        }
        if (name == "checklist") {
            return rules(JsonPath(path, "checklist"), &out->checklist,
                         [this](const JsonPath &p, QByteArrayView field, ChecklistTick *tick) {
                             if (field == "environments")
                                 return readStringList(JsonPath(p, "environments"), &tick->environments);
                             if (field == "pass")
                                 return readBoolean(JsonPath(p, "pass"), &tick->pass);
                             if (field == "note")
                                 return readString(JsonPath(p, "note"), &tick->note);
                             if (field == "by")
                                 return readString(JsonPath(p, "by"), &tick->by);
                             if (field == "date")
                                 return readDate(JsonPath(p, "date"), &tick->date);
                             return m_reader.skipValue();
                         });
        }
        if (name == "secrets")
            return readStringList(JsonPath(path, "secrets"), &out->secrets);
        return m_reader.skipValue();
    });
}

bool SnapshotParser::readEnvironment(const JsonPath &path, EnvironmentCapture *out)
{
    bool seenName = false;
    return readObject(path,
                      [&](QByteArrayView name) {
                          if (name == "name") {
                              seenName = true;
                              return readString(JsonPath(path, "name"), &out->name);
                          }
                          if (name == "displayName")
                              return readString(JsonPath(path, "displayName"), &out->displayName);
                          if (name == "colour")
                              return readString(JsonPath(path, "colour"), &out->colour);
                          if (name == "layers") {
                              return readArray(JsonPath(path, "layers"), &out->layers,
                                               [this](const JsonPath &p, Layer *layer) { return readLayer(p, layer); });
                          }
                          if (name == "sources") {
                              return readArray(
                                  JsonPath(path, "sources"), &out->sources,
                                  [this](const JsonPath &p, SourceStatus *source) { return readSource(p, source); });
                          }
                          if (name == "entries")
                              return readEntries(JsonPath(path, "entries"), &out->entries);
                          return m_reader.skipValue();
                      })
        && (seenName || missing(JsonPath(path, "name"))) && checkReferences(JsonPath(path, "entries"), *out);
}

bool SnapshotParser::readLayer(const JsonPath &path, Layer *out)
{
    return readObject(path, [&](QByteArrayView name) {
        if (name == "source")
            return readString(JsonPath(path, "source"), &out->source);
        if (name == "label")
            return readString(JsonPath(path, "label"), &out->label);
        if (name == "location")
            return readString(JsonPath(path, "location"), &out->location);
        return m_reader.skipValue();
    });
}

bool SnapshotParser::readSource(const JsonPath &path, SourceStatus *out)
{
    return readObject(path, [&](QByteArrayView name) {
        if (name == "id")
            return readString(JsonPath(path, "id"), &out->id);
        if (name == "type")
            return readString(JsonPath(path, "type"), &out->type);
        if (name == "label")
            return readString(JsonPath(path, "label"), &out->label);
        if (name == "keyPrefixes")
            return readStringList(JsonPath(path, "keyPrefixes"), &out->keyPrefixes);
        if (name == "state") {
            const JsonPath p(path, "state");
            QString text;
            return readString(p, &text)
                && (sourceStateFromName(text, &out->state)
                    || failAt(p, SnapshotText::tr("unknown state %1").arg(quoted(text))));
        }
        if (name == "error")
            return readString(JsonPath(path, "error"), &out->error);
        if (name == "warnings")
            return readStringList(JsonPath(path, "warnings"), &out->warnings);
        if (name == "fetchedAt")
            return readDateTime(JsonPath(path, "fetchedAt"), &out->fetchedAt, false);
        if (name == "lastSuccess")
            return readDateTime(JsonPath(path, "lastSuccess"), &out->lastSuccess, false);
        if (name == "latencyMs") {
            return readInteger(JsonPath(path, "latencyMs"), -1, std::numeric_limits<qint64>::max() / 2,
                               &out->latencyMs);
        }
        return m_reader.skipValue();
    });
}

bool SnapshotParser::readEntries(const JsonPath &path, QHash<QString, Entry> *out)
{
    out->clear();
    // Environments of one workspace hold about as many keys as each other: growing the hash
    // step by step would rehash it a dozen times.
    out->reserve(m_lastEntryCount);
    if (!expect(path, Token::Object) || !m_reader.beginObject())
        return false;
    QString key;
    while (m_reader.nextMember(&key)) {
        const qsizetype before = out->size();
        Entry &entry = (*out)[key];
        const JsonPath entryPath(path, key);
        if (out->size() == before)
            return failAt(entryPath, SnapshotText::tr("the key appears twice"));
        if (!readEntry(entryPath, &entry))
            return false;
    }
    m_lastEntryCount = out->size();
    return !m_reader.hasError();
}

bool SnapshotParser::readEntry(const JsonPath &path, Entry *out)
{
    QString display, canonical, unknownKind;
    m_lastDisplay.clear();
    ValueKind kind = ValueKind::Null;
    bool seenKind = false, seenDisplay = false, seenCanonical = false;
    const bool read = readObject(path, [&](QByteArrayView name) {
        if (name == "kind") {
            seenKind = true;
            QByteArrayView bytes;
            if (!expect(JsonPath(path, "kind"), Token::String) || !m_reader.readUtf8(&bytes))
                return false;
            if (!kindFromUtf8(bytes, &kind))
                unknownKind = QString::fromUtf8(bytes);
            return true;
        }
        if (name == "display") {
            seenDisplay = true;
            return readString(JsonPath(path, "display"), &display) && ((m_lastDisplay = display), true);
        }
        if (name == "canonical") {
            seenCanonical = true;
            return readString(JsonPath(path, "canonical"), &canonical);
        }
        if (name == "provenance")
            return readProvenance(JsonPath(path, "provenance"), &out->provenance);
        if (name == "source")
            return readInt32(JsonPath(path, "source"), -1, &out->source);
        if (name == "stale")
            return readBoolean(JsonPath(path, "stale"), &out->stale);
        return m_reader.skipValue();
    });
    if (!read)
        return false;
    if (!seenKind)
        return missing(JsonPath(path, "kind"));
    if (!unknownKind.isNull())
        return failAt(JsonPath(path, "kind"), SnapshotText::tr("unknown kind %1").arg(quoted(unknownKind)));
    if (kind == ValueKind::Secret) {
        // The file must never have held a secret's plaintext: refuse rather than show it.
        if (seenDisplay)
            return failAt(JsonPath(path, "display"), SnapshotText::tr("a secret never carries a display"));
        if (!seenCanonical)
            return failAt(JsonPath(path, "canonical"),
                          SnapshotText::tr("required field is missing (the secret's fingerprint)"));
        for (qsizetype i = 0; i < out->provenance.size(); ++i) {
            if (!out->provenance[i].display.isEmpty()) {
                return failAt(JsonPath(JsonPath(JsonPath(path, "provenance"), i), qsizetype(3)),
                              SnapshotText::tr("a secret's provenance never carries a display"));
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
            case 3: {
                // Usually what the winning layer said equals the display read just before:
                // share that string instead of allocating a copy.
                QByteArrayView bytes;
                ok = expect(field, Token::String) && m_reader.readUtf8(&bytes);
                if (ok)
                    origin->display
                        = (m_lastDisplay == QUtf8StringView(bytes)) ? m_lastDisplay : QString::fromUtf8(bytes);
                break;
            }
            default:
                return failAt(p, SnapshotText::tr("expected [layer, line, column, display]"));
            }
            if (!ok)
                return false;
        }
        return !m_reader.hasError()
            && (count == 4 || failAt(p, SnapshotText::tr("expected [layer, line, column, display]")));
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
