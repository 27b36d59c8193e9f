// The parts of SnapshotParser that read the policy and the environments.
#include "snapshotparser.h"

#include <QCoreApplication>

#include <array>
#include <limits>

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

bool SnapshotParser::readField(const JsonPath &path, qint64 *out)
{
    return readInteger(path, -1, std::numeric_limits<qint64>::max() / 2, out);
}

bool SnapshotParser::readField(const JsonPath &path, SourceState *out)
{
    QString text;
    return readString(path, &text)
        && (sourceStateFromName(text, out) || failAt(path, SnapshotText::tr("unknown state %1").arg(quoted(text))));
}

bool SnapshotParser::readEnvironment(const JsonPath &path, EnvironmentCapture *out)
{
    return readDescribed(path, out,
                         [&](QByteArrayView name) -> std::optional<bool> {
                             if (name == "entries")
                                 return readEntries(JsonPath(path, "entries"), &out->entries);
                             return std::nullopt;
                         })
        && checkReferences(JsonPath(path, "entries"), *out);
}

bool SnapshotParser::readEntries(const JsonPath &path, EntryMap *out)
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
        if (name == "provenance") {
            QList<Origin> steps;
            if (!readProvenance(JsonPath(path, "provenance"), &steps))
                return false;
            out->provenance = Provenance(steps);
            return true;
        }
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
