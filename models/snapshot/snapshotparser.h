#pragma once

#include "jsonreader.h"
#include "snapshotfile.h"
#include "snapshotschema.h"

#include <optional>

namespace DriftDeck {

// Where in the document a value sits, built on the stack as the parser descends and turned
// into text ("environments[1].entries[\"config/x\"].kind") only when something is wrong.
struct JsonPath {
    const JsonPath *parent = nullptr;
    const char *member = nullptr;
    qsizetype index = -1;
    const QString *key = nullptr;

    JsonPath() = default;
    JsonPath(const JsonPath &p, const char *name)
        : parent(&p)
        , member(name)
    {
    }
    JsonPath(const JsonPath &p, qsizetype i)
        : parent(&p)
        , index(i)
    {
    }
    JsonPath(const JsonPath &p, const QString &k)
        : parent(&p)
        , key(&k)
    {
    }
    QString toString() const;
};

// Reads one snapshot document (internal to SnapshotFile). One pass over the text; the only
// backtracking is for members that precede "format"/"formatVersion", which a hand-edited file
// may have reordered: those are skipped and read once the version is known.
class SnapshotParser
{
public:
    SnapshotParser(QByteArrayView data, const QString &nameForMessages);
    SnapshotReadResult parse();

    // Version 2 files: the header names a payload of packed entries that follows it (after one
    // '\n'); parse() then reads the header only and leaves the entries to the caller.
    struct Payload {
        QByteArray encoding;
        qint64 size = -1; // bytes in the file
        qint64 unpackedSize = -1;
        qint64 offset = -1; // where it starts in the data
    };
    const Payload &payload() const { return m_payload; }

private:
    using Token = JsonReader::Token;

    bool failAt(const JsonPath &path, const QString &reason);
    bool missing(const JsonPath &path);
    bool expect(const JsonPath &path, Token token);
    bool readString(const JsonPath &path, QString *out);
    bool readInteger(const JsonPath &path, qint64 minimum, qint64 maximum, qint64 *out);
    bool readInt32(const JsonPath &path, qint32 minimum, qint32 *out);
    bool readDouble(const JsonPath &path, double *out);
    bool readBoolean(const JsonPath &path, bool *out);
    bool readStringList(const JsonPath &path, QStringList *out);
    bool readDateTime(const JsonPath &path, QDateTime *out, bool required);
    bool readDate(const JsonPath &path, QDate *out);
    template<typename Item, typename ReadItem>
    bool readArray(const JsonPath &path, QList<Item> *out, ReadItem readItem);
    // Calls field(name) for each member of an object; field returns false on failure and skips
    // members it does not know (a newer writer of the same format version may add some).
    template<typename Field> bool readObject(const JsonPath &path, Field field);

    // An object described in snapshotschema.h: each member is read by the type the description
    // gives it, unknown ones are skipped, and a Required one that is missing fails. other(name)
    // reads members the description leaves out (std::nullopt: not one of those either).
    template<typename T> bool readDescribed(const JsonPath &path, T *out)
    {
        return readDescribed(path, out, [](QByteArrayView) { return std::optional<bool>(); });
    }
    template<typename T, typename Other> bool readDescribed(const JsonPath &path, T *out, Other other);
    // One described member's value, by its type.
    bool readField(const JsonPath &path, QString *out) { return readString(path, out); }
    bool readField(const JsonPath &path, QStringList *out) { return readStringList(path, out); }
    bool readField(const JsonPath &path, QDate *out) { return readDate(path, out); }
    bool readField(const JsonPath &path, QDateTime *out) { return readDateTime(path, out, false); }
    bool readField(const JsonPath &path, bool *out) { return readBoolean(path, out); }
    bool readField(const JsonPath &path, double *out) { return readDouble(path, out); }
    bool readField(const JsonPath &path, qint32 *out) { return readInt32(path, 0, out); } // lines, columns
    bool readField(const JsonPath &path, qint64 *out); // latencies: -1 (none) or more
    bool readField(const JsonPath &path, SourceState *out);
    template<typename T> bool readField(const JsonPath &path, QList<T> *out)
    {
        return readArray(path, out, [this](const JsonPath &p, T *item) { return readField(p, item); });
    }
    template<typename T> bool readField(const JsonPath &path, T *out) { return readDescribed(path, out); }

    // The visitors readDescribed() walks a description with: the member called name, and then
    // the first Required member whose bit is not set in seen.
    struct FieldReader {
        SnapshotParser &parser;
        const JsonPath &path;
        QByteArrayView name;
        int index = -1; // of the member read, in description order
        int count = 0;
        bool ok = false;
        template<typename T> void field(const char *member, T &value, SnapshotSchema::Flags)
        {
            if (index < 0 && name == member) {
                index = count;
                ok = parser.readField(JsonPath(path, member), &value);
            }
            ++count;
        }
    };
    struct RequiredCheck {
        quint64 seen = 0;
        const char *missing = nullptr;
        int count = 0;
        template<typename T> void field(const char *member, T &, SnapshotSchema::Flags flags)
        {
            if (!missing && (flags & SnapshotSchema::Required) && !((seen >> count) & 1))
                missing = member;
            ++count;
        }
    };

    bool readMember(QByteArrayView name, const JsonPath &path);
    bool readWorkspace(const JsonPath &path);
    bool readPayload(const JsonPath &path);
    bool readEnvironment(const JsonPath &path, EnvironmentCapture *out);
    bool readEntries(const JsonPath &path, EntryMap *out);
    bool readEntry(const JsonPath &path, Entry *out);
    bool readProvenance(const JsonPath &path, QList<Origin> *out);
    bool checkReferences(const JsonPath &path, const EnvironmentCapture &env);
    // Where older format versions are brought up to the current one, step by step.
    void upgrade(int fromVersion);

    JsonReader m_reader;
    QString m_name;
    bool m_empty;
    QString m_error;
    Snapshot m_snapshot;
    bool m_seenWorkspace = false;
    bool m_seenTakenAt = false;
    bool m_seenEnvironments = false;
    qsizetype m_lastEntryCount = 0;
    QString m_lastDisplay; // the current entry's display, for sharing with its provenance
    QByteArrayView m_data;
    Payload m_payload;
    qint64 m_version = 0;
};

template<typename Item, typename ReadItem>
bool SnapshotParser::readArray(const JsonPath &path, QList<Item> *out, ReadItem readItem)
{
    if (!expect(path, Token::Array) || !m_reader.beginArray())
        return false;
    out->clear();
    for (qsizetype i = 0; m_reader.nextElement(); ++i) {
        Item item;
        if (!readItem(JsonPath(path, i), &item))
            return false;
        out->append(std::move(item));
    }
    return !m_reader.hasError();
}

template<typename Field> bool SnapshotParser::readObject(const JsonPath &path, Field field)
{
    if (!expect(path, Token::Object) || !m_reader.beginObject())
        return false;
    QByteArrayView name;
    while (m_reader.nextMember(&name)) {
        if (!field(name))
            return false;
    }
    return !m_reader.hasError();
}

template<typename T, typename Other> bool SnapshotParser::readDescribed(const JsonPath &path, T *out, Other other)
{
    quint64 seen = 0;
    const bool ok = readObject(path, [&](QByteArrayView name) {
        FieldReader reader{*this, path, name};
        SnapshotSchema::describe(reader, *out);
        if (reader.index < 0) {
            if (const std::optional<bool> read = other(name))
                return *read;
            return m_reader.skipValue();
        }
        seen |= quint64(1) << reader.index;
        return reader.ok;
    });
    if (!ok)
        return false;
    RequiredCheck check{seen};
    SnapshotSchema::describe(check, *out);
    return !check.missing || missing(JsonPath(path, check.missing));
}

} // namespace DriftDeck
