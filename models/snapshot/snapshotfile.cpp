#include "snapshotfile.h"

#include "jsonwriter.h"
#include "snapshotcolumns.h"
#include "snapshotparser.h"
#include "snapshotschema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <array>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::SnapshotFile, the same in lupdate and at run time.
struct SnapshotFileText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::SnapshotFile)
};

QString isoDateTime(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

void writeDateTime(JsonWriter &w, const QDateTime &when)
{
    if (when.isValid())
        w.string(isoDateTime(when));
    else
        w.null();
}

void writeStringList(JsonWriter &w, const QStringList &list)
{
    w.raw('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            w.raw(',');
        w.string(list[i]);
    }
    w.raw(']');
}

// The described objects of the header (snapshotschema.h), written member by member.
void write(JsonWriter &w, const QString &text)
{
    w.string(text);
}
void write(JsonWriter &w, const QStringList &list)
{
    writeStringList(w, list);
}
void write(JsonWriter &w, QDate date)
{
    if (date.isValid())
        w.string(date.toString(Qt::ISODate));
    else
        w.null();
}
void write(JsonWriter &w, const QDateTime &when)
{
    writeDateTime(w, when);
}
void write(JsonWriter &w, bool value)
{
    w.boolean(value);
}
void write(JsonWriter &w, double value)
{
    w.number(value);
}
void write(JsonWriter &w, qint32 value)
{
    w.integer(value);
}
void write(JsonWriter &w, qint64 value)
{
    w.integer(value);
}
void write(JsonWriter &w, SourceState state)
{
    w.string(sourceStateName(state));
}
template<typename T> void write(JsonWriter &w, const QList<T> &objects);
template<typename T> void write(JsonWriter &w, const T &object);

// Visits a description: "name":value, separated by commas, a Break member on a new line.
class FieldWriter
{
public:
    explicit FieldWriter(JsonWriter &w)
        : m_w(w)
    {
    }
    template<typename T> void field(const char *name, const T &value, SnapshotSchema::Flags flags)
    {
        if constexpr (requires { value.isEmpty(); }) {
            if ((flags & SnapshotSchema::OmitWhenEmpty) && value.isEmpty())
                return;
        }
        if (!m_first)
            m_w.raw((flags & SnapshotSchema::Break) ? ",\n" : ",");
        m_first = false;
        m_w.name(name);
        write(m_w, value);
    }

private:
    JsonWriter &m_w;
    bool m_first = true;
};

// A described object, in braces.
template<typename T> void write(JsonWriter &w, const T &object)
{
    w.raw('{');
    FieldWriter fields(w);
    SnapshotSchema::describe(fields, object);
    w.raw('}');
}

// Objects one a line, so a file diffs line by line.
template<typename T> void write(JsonWriter &w, const QList<T> &objects)
{
    w.raw('[');
    for (qsizetype i = 0; i < objects.size(); ++i) {
        w.raw(i ? ",\n" : "\n");
        write(w, objects[i]);
    }
    w.raw(']');
}

// "number" with its quotes, made once rather than for each of millions of entries.
const char *kindJson(ValueKind kind)
{
    static const auto names = [] {
        std::array<QByteArray, 8> list;
        for (size_t i = 0; i < list.size(); ++i)
            list[i] = '"' + valueKindName(ValueKind(i)).toLatin1() + '"';
        return list;
    }();
    return names[size_t(kind)].constData();
}

void writeEntry(JsonWriter &w, const QString &key, const Entry &entry)
{
    const Value &value = entry.value;
    const bool secret = value.isSecret();
    // A secret's value only ever holds its fingerprint; a display here would be a leak upstream.
    Q_ASSERT_X(!secret || value.display().isEmpty(), "SnapshotFile::write", "a secret carries a display");
    w.raw('\n');
    w.string(key);
    w.raw(":{\"kind\":");
    w.raw(kindJson(value.kind()));
    if (!secret) {
        w.raw(",\"display\":");
        w.string(value.display());
    }
    if (secret || value.canonical() != value.display()) {
        w.raw(",\"canonical\":");
        w.string(value.canonical());
    }
    w.raw(",\"provenance\":[");
    for (qsizetype i = 0; i < entry.provenance.size(); ++i) {
        const Origin &origin = entry.provenance[i];
        w.raw(i ? ",[" : "[");
        w.integer(origin.layer);
        w.raw(',');
        w.integer(origin.line);
        w.raw(',');
        w.integer(origin.column);
        w.raw(',');
        // What a layer said about a secret key is the plaintext: never write it.
        w.string(secret ? QStringView() : QStringView(origin.display));
        w.raw(']');
    }
    w.raw("],\"source\":");
    w.integer(entry.source);
    if (entry.stale)
        w.raw(",\"stale\":true");
    w.raw('}');
}

void writeEnvironment(JsonWriter &w, const EnvironmentCapture &env, bool withEntries)
{
    w.raw("\n{");
    FieldWriter fields(w);
    SnapshotSchema::describe(fields, env);
    if (!withEntries) {
        w.raw('}');
        return;
    }
    w.raw(",\n\"entries\":{");
    // Sorted, so the same capture always gives the same bytes (and readable diffs).
    QStringList keys = env.entries.keys();
    std::sort(keys.begin(), keys.end());
    bool first = true;
    for (const QString &key : std::as_const(keys)) {
        if (!first)
            w.raw(',');
        first = false;
        writeEntry(w, key, env.entries.find(key).value());
        w.maybeFlush();
    }
    w.raw("}}");
}

struct PayloadInfo {
    qint64 size;
    qint64 unpackedSize;
};

// payload: null for version 1 (entries inline), else what follows the header.
void writeSnapshot(JsonWriter &w, const Snapshot &s, const PayloadInfo *payload = nullptr)
{
    w.raw("{\"format\":\"");
    w.raw(SnapshotFile::Format);
    w.raw("\",\"formatVersion\":");
    w.integer(payload ? Snapshot::FormatVersion : SnapshotFile::JsonFormatVersion);
    if (payload) {
        w.raw(",\n\"payload\":{\"encoding\":\"");
        w.raw(SnapshotFile::Encoding);
        w.raw("\",\"size\":");
        w.integer(payload->size);
        w.raw(",\"unpackedSize\":");
        w.integer(payload->unpackedSize);
        w.raw('}');
    }
    w.raw(",\n\"workspace\":{\"name\":");
    w.string(s.workspaceName);
    w.raw(",\"path\":");
    w.string(s.workspacePath);
    w.raw("},\n\"takenAt\":");
    writeDateTime(w, s.takenAt);
    w.raw(",\"baseline\":");
    w.string(s.baseline);
    w.raw(",\"saltId\":");
    w.string(s.saltId);
    if (!s.warnings.isEmpty()) { // added within versions 1 and 2
        w.raw(",\"warnings\":");
        writeStringList(w, s.warnings);
    }
    w.raw(",\n\"policy\":");
    write(w, s.policy);
    w.raw(",\n\"environments\":[");
    for (qsizetype i = 0; i < s.environments.size(); ++i) {
        if (i)
            w.raw(',');
        writeEnvironment(w, s.environments[i], !payload);
    }
    w.raw("]}\n");
}

constexpr QByteArrayView TrailerStart("\nsha256:");
constexpr qsizetype TrailerSize = 8 + 64 + 1; // "\nsha256:" + hex + "\n"

QByteArray checksumOf(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// "\nsha256:<64 hex digits>\n" at the very end.
bool hasTrailer(QByteArrayView bytes)
{
    if (bytes.size() < TrailerSize || !bytes.endsWith('\n'))
        return false;
    const QByteArrayView trailer = bytes.last(TrailerSize);
    if (!trailer.startsWith(TrailerStart))
        return false;
    for (const char c : trailer.sliced(TrailerStart.size(), 64)) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

QByteArray SnapshotFile::toJson(const Snapshot &snapshot)
{
    JsonWriter writer;
    writeSnapshot(writer, snapshot);
    return writer.takeBuffer();
}

QByteArray SnapshotFile::toBytes(const Snapshot &snapshot)
{
    QByteArray packed;
    if (snapshot.rowCount() == 0
        && std::any_of(snapshot.environments.cbegin(), snapshot.environments.cend(),
                       [](const EnvironmentCapture &e) { return !e.entries.isEmpty(); })) {
        Snapshot indexed = snapshot;
        indexed.buildIndex(); // the columns are written in row order
        packed = SnapshotColumns::encode(indexed);
    } else {
        packed = SnapshotColumns::encode(snapshot);
    }
    // Level 1: the columns are already small integers and shared tables; higher levels take
    // several times longer for a few per cent.
    const QByteArray compressed = qCompress(packed, 1);
    const PayloadInfo payload{compressed.size(), packed.size()};
    packed = QByteArray();
    JsonWriter writer;
    writeSnapshot(writer, snapshot, &payload);
    QByteArray bytes = writer.takeBuffer(); // ends with the header's line break
    bytes.reserve(bytes.size() + compressed.size() + TrailerSize);
    bytes += compressed;
    const QByteArray checksum = checksumOf(bytes);
    bytes += TrailerStart;
    bytes += checksum;
    bytes += '\n';
    return bytes;
}

bool SnapshotFile::write(const Snapshot &snapshot, const QString &path, QString *error)
{
    QSaveFile file(path);
    auto failed = [&] {
        if (error)
            *error
                = SnapshotFileText::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    const QByteArray bytes = toBytes(snapshot);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed();
    return true;
}

bool SnapshotFile::looksLikeSnapshot(QByteArrayView head)
{
    // The format marker sits in the first few hundred bytes of every snapshot we write.
    return head.trimmed().startsWith('{') && head.contains("\"driftdeck-snapshot\"");
}

SnapshotReadResult SnapshotFile::fromBytes(QByteArrayView bytes, const QString &nameForMessages)
{
    QByteArrayView body = bytes;
    const bool sealed = hasTrailer(bytes);
    if (sealed) {
        body = bytes.first(bytes.size() - TrailerSize);
        if (checksumOf(body).compare(bytes.last(TrailerSize).sliced(TrailerStart.size(), 64)) != 0) {
            return {std::nullopt,
                    SnapshotFileText::tr("%1: the file is damaged: its content no longer matches its checksum "
                                         "(it was changed or partly overwritten after it was written)")
                        .arg(nameForMessages)};
        }
    }
    SnapshotParser parser(body, nameForMessages);
    SnapshotReadResult result = parser.parse();
    const SnapshotParser::Payload &payload = parser.payload();
    if (!result.ok() || payload.offset < 0)
        return result;
    if (!sealed) {
        return {std::nullopt,
                SnapshotFileText::tr("%1: the file is cut short or damaged: it ends without its checksum")
                    .arg(nameForMessages)};
    }
    if (payload.encoding != Encoding) {
        return {std::nullopt,
                SnapshotFileText::tr("%1: payload.encoding: unknown encoding \"%2\" (this Drift Deck reads \"%3\")")
                    .arg(nameForMessages, QString::fromUtf8(payload.encoding), QLatin1StringView(Encoding))};
    }
    // qUncompress wants the unpacked size in its first four bytes, as qCompress wrote it.
    const QByteArrayView compressed = body.sliced(payload.offset, payload.size);
    // Checked before unpacking, so a hand-made header cannot make qUncompress allocate gigabytes.
    const auto declared = compressed.size() >= 4 ? qFromBigEndian<quint32>(compressed.data()) : 0;
    const QByteArray packed = compressed.size() >= 4 && qint64(declared) == payload.unpackedSize
        ? qUncompress(reinterpret_cast<const uchar *>(compressed.data()), compressed.size())
        : QByteArray();
    if (packed.size() != payload.unpackedSize) {
        return {std::nullopt,
                SnapshotFileText::tr("%1: the entries cannot be unpacked (%2 of %3 bytes)")
                    .arg(nameForMessages)
                    .arg(packed.size())
                    .arg(payload.unpackedSize)};
    }
    QString error;
    if (!SnapshotColumns::decode(packed, &*result.snapshot, &error))
        return {std::nullopt, nameForMessages + u": " + error};
    result.snapshot->buildIndex();
    return result;
}

SnapshotReadResult SnapshotFile::read(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, SnapshotFileText::tr("cannot open %1: %2").arg(name, file.errorString())};
    const qint64 size = file.size();
    if (size > MaximumFileSize) {
        return {std::nullopt,
                SnapshotFileText::tr("%1: the file is %2 bytes; snapshots larger than 1 GiB are not read")
                    .arg(name)
                    .arg(size)};
    }
    // Map the file rather than copy it: a large snapshot is hundreds of megabytes.
    if (uchar *mapped = size > 0 ? file.map(0, size) : nullptr) {
        SnapshotReadResult result = fromBytes(QByteArrayView(reinterpret_cast<const char *>(mapped), size), name);
        file.unmap(mapped);
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, SnapshotFileText::tr("cannot read %1: %2").arg(name, file.errorString())};
    return fromBytes(bytes, name);
}

} // namespace DriftDeck
