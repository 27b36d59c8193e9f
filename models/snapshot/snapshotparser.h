#pragma once

#include "jsonreader.h"
#include "snapshotfile.h"

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

    bool readMember(QByteArrayView name, const JsonPath &path);
    bool readWorkspace(const JsonPath &path);
    bool readPayload(const JsonPath &path);
    bool readPolicy(const JsonPath &path, Policy *out);
    bool readRuleOrigin(const JsonPath &path, RuleOrigin *out);
    bool readEnvironment(const JsonPath &path, EnvironmentCapture *out);
    bool readLayer(const JsonPath &path, Layer *out);
    bool readSource(const JsonPath &path, SourceStatus *out);
    bool readEntries(const JsonPath &path, QHash<QString, Entry> *out);
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

} // namespace DriftDeck
