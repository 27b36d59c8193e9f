#include "snapshotcolumns.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <atomic>
#include <limits>
#include <thread>
#include <unordered_map>
#include <vector>

namespace DriftDeck::SnapshotColumns {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct SnapshotText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::SnapshotFile)
};

enum Column { KeyGaps, Values, Sources, Flags, OriginCounts, Layers, Lines, Columns, Displays, ColumnCount };

constexpr quint8 StaleFlag = 1;
constexpr quint64 OriginDisplayIsValue = 0;
constexpr quint64 OriginDisplayEmpty = 1;

void putUnsigned(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char(quint8(v) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

void putSigned(QByteArray &out, qint64 v)
{
    putUnsigned(out, (quint64(v) << 1) ^ quint64(v >> 63));
}

void putBytes(QByteArray &out, QByteArrayView bytes)
{
    putUnsigned(out, quint64(bytes.size()));
    out.append(bytes);
}

struct ValueKey {
    quint32 display;
    quint32 canonical; // 0: the display, else text + 1
    quint8 kind;
    bool operator==(const ValueKey &) const = default;
};

struct ValueKeyHash {
    size_t operator()(const ValueKey &k) const
    {
        return size_t((quint64(k.display) * 0x9e3779b97f4a7c15ULL) ^ (quint64(k.canonical) << 3) ^ k.kind);
    }
};

class Tables
{
public:
    quint32 text(const QString &text)
    {
        const auto it = m_textIds.constFind(text);
        if (it != m_textIds.cend())
            return *it;
        const quint32 id = quint32(m_textIds.size());
        m_textIds.insert(text, id);
        putBytes(m_texts, text.toUtf8());
        return id;
    }

    quint32 value(const Value &value)
    {
        const quint32 display = text(value.display());
        const quint32 canonical = value.canonical() == value.display() ? 0 : text(value.canonical()) + 1;
        const ValueKey key{display, canonical, quint8(value.kind())};
        const auto [it, inserted] = m_valueIds.try_emplace(key, quint32(m_valueIds.size()));
        if (inserted) {
            putUnsigned(m_values, key.kind);
            putUnsigned(m_values, key.display);
            putUnsigned(m_values, key.canonical);
        }
        return it->second;
    }

    void appendTo(QByteArray &out) const
    {
        putUnsigned(out, quint64(m_textIds.size()));
        out += m_texts;
        putUnsigned(out, quint64(m_valueIds.size()));
        out += m_values;
    }

private:
    QHash<QString, quint32> m_textIds;
    QByteArray m_texts;
    std::unordered_map<ValueKey, quint32, ValueKeyHash> m_valueIds;
    QByteArray m_values;
};

void encodeKeys(const QStringList &keys, QByteArray &out)
{
    putUnsigned(out, quint64(keys.size()));
    QByteArray previous;
    for (const QString &key : keys) {
        const QByteArray utf8 = key.toUtf8();
        qsizetype shared = 0;
        const qsizetype limit = qMin(previous.size(), utf8.size());
        while (shared < limit && previous[shared] == utf8[shared])
            ++shared;
        putUnsigned(out, quint64(shared));
        putBytes(out, QByteArrayView(utf8).sliced(shared));
        previous = utf8;
    }
}

// Reads the integers of one stretch of the payload; the first failure sticks.
class Cursor
{
public:
    Cursor(QByteArrayView data, qsizetype base)
        : m_data(data)
        , m_base(base)
    {
    }

    bool failed() const { return m_failed; }
    qsizetype offset() const { return m_base + m_pos; }
    qsizetype failedAt() const { return m_base + m_failedAt; }
    bool atEnd() const { return m_pos >= m_data.size(); }

    quint64 u()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_data.size())
                return fail();
            const quint8 byte = quint8(m_data[m_pos++]);
            v |= quint64(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                return v;
        }
        return fail();
    }
    qint64 s()
    {
        const quint64 v = u();
        return qint64(v >> 1) ^ -qint64(v & 1);
    }
    // A count or index that must stay below limit.
    quint64 below(quint64 limit)
    {
        const qsizetype at = m_pos;
        const quint64 v = u();
        if (v >= limit && !m_failed) {
            m_pos = at;
            return fail();
        }
        return v;
    }
    QByteArrayView bytes(quint64 size)
    {
        if (size > quint64(m_data.size() - m_pos)) {
            fail();
            return {};
        }
        const QByteArrayView out = m_data.sliced(m_pos, qsizetype(size));
        m_pos += qsizetype(size);
        return out;
    }

private:
    quint64 fail()
    {
        if (!m_failed) {
            m_failed = true;
            m_failedAt = m_pos;
        }
        m_pos = m_data.size();
        return 0;
    }

    QByteArrayView m_data;
    qsizetype m_base;
    qsizetype m_pos = 0;
    qsizetype m_failedAt = 0;
    bool m_failed = false;
};

// The values with strings of their own, for a second thread building entries: copies of one
// shared string raise one reference count from both cores, which then trade its cache line for
// nearly every cell ("true" is a fifth of them). The memory is that of the distinct values again.
QList<Value> ownCopies(const QList<Value> &values)
{
    QList<Value> copies;
    copies.reserve(values.size());
    for (const Value &value : values) {
        const QString &display = value.display();
        const QString &canonical = value.canonical();
        const auto own = [](const QString &text) {
            return text.isNull() ? QString() : QString(text.constData(), text.size());
        };
        const QString ownDisplay = own(display);
        const bool same = canonical.constData() == display.constData() && canonical.size() == display.size();
        copies.append(Value::withCanonical(value.kind(), same ? ownDisplay : own(canonical), ownDisplay));
    }
    return copies;
}

QString damagedAt(qsizetype offset)
{
    return SnapshotText::tr("the entries are damaged at byte %1 of the unpacked data").arg(offset);
}

} // namespace

QByteArray encode(const Snapshot &snapshot)
{
    const int rows = snapshot.rowCount();
    const int environments = snapshot.environmentCount();
    QByteArray keys;
    encodeKeys(snapshot.keys(), keys);
    Tables tables;
    // The previous environment's value of each row, to write "the same" as one zero byte.
    std::vector<const Value *> previousValue(size_t(rows), nullptr);
    QList<QByteArray> envBlocks;
    for (int e = 0; e < environments; ++e) {
        std::array<QByteArray, ColumnCount> columns;
        const qsizetype count = snapshot.environments[e].entries.size();
        for (QByteArray &column : columns)
            column.reserve(count);
        int previousRow = -1;
        qint64 previousLine = 0;
        quint64 written = 0;
        for (int row = 0; row < rows; ++row) {
            const Entry *entry = snapshot.entry(row, e);
            if (!entry)
                continue;
            putUnsigned(columns[KeyGaps], quint64(row - previousRow - 1));
            previousRow = row;
            ++written;
            const Value &value = entry->value;
            const Value *before = previousValue[size_t(row)];
            if (before && *before == value && before->display() == value.display())
                putUnsigned(columns[Values], 0);
            else
                putUnsigned(columns[Values], quint64(tables.value(value)) + 1);
            previousValue[size_t(row)] = &value;
            putUnsigned(columns[Sources], quint64(qint64(entry->source) + 1));
            columns[Flags].append(char(entry->stale ? StaleFlag : 0));
            putUnsigned(columns[OriginCounts], quint64(entry->provenance.size()));
            const bool secret = value.isSecret();
            for (const Origin &origin : entry->provenance) {
                putUnsigned(columns[Layers], quint64(qint64(origin.layer) + 1));
                putSigned(columns[Lines], qint64(origin.line) - previousLine);
                previousLine = origin.line;
                putUnsigned(columns[Columns], quint64(qMax(origin.column, 0)));
                // What a layer said about a secret key is the plaintext: never write it.
                if (secret || origin.display.isEmpty())
                    putUnsigned(columns[Displays], OriginDisplayEmpty);
                else if (origin.display == value.display())
                    putUnsigned(columns[Displays], OriginDisplayIsValue);
                else
                    putUnsigned(columns[Displays], quint64(tables.text(origin.display)) + 2);
            }
        }
        QByteArray block;
        putUnsigned(block, written);
        for (const QByteArray &column : columns)
            putUnsigned(block, quint64(column.size()));
        for (const QByteArray &column : columns)
            block += column;
        envBlocks.append(std::move(block));
    }
    QByteArray out = std::move(keys);
    tables.appendTo(out);
    for (const QByteArray &block : std::as_const(envBlocks))
        out += block;
    return out;
}

bool decode(QByteArrayView payload, Snapshot *snapshot, QString *error)
{
    Cursor in(payload, 0);
    const auto failed = [&](qsizetype offset) {
        *error = damagedAt(offset);
        return false;
    };

    // Keys, front-coded.
    const quint64 keyCount = in.below(quint64(payload.size()) + 1);
    QList<QString> keys;
    keys.reserve(qsizetype(keyCount));
    QByteArray previous;
    for (quint64 i = 0; i < keyCount && !in.failed(); ++i) {
        const qsizetype at = in.offset();
        const quint64 shared = in.u();
        if (shared > quint64(previous.size()))
            return failed(at);
        previous.truncate(qsizetype(shared));
        previous += in.bytes(in.u());
        keys.append(QString::fromUtf8(previous));
    }

    const quint64 textCount = in.below(quint64(payload.size()) + 1);
    QList<QString> texts;
    texts.reserve(qsizetype(textCount));
    for (quint64 i = 0; i < textCount && !in.failed(); ++i)
        texts.append(QString::fromUtf8(in.bytes(in.u())));

    const quint64 valueCount = in.below(quint64(payload.size()) + 1);
    QList<Value> values;
    values.reserve(qsizetype(valueCount));
    for (quint64 i = 0; i < valueCount && !in.failed(); ++i) {
        const qsizetype at = in.offset();
        const quint64 kind = in.u();
        const quint64 display = in.below(textCount);
        const quint64 canonical = in.below(textCount + 1);
        if (in.failed())
            break;
        if (kind > quint64(ValueKind::Masked))
            return failed(at);
        const QString &displayText = texts[qsizetype(display)];
        const QString &canonicalText = canonical == 0 ? displayText : texts[qsizetype(canonical - 1)];
        if (ValueKind(kind) == ValueKind::Secret && !displayText.isEmpty())
            return failed(at); // a secret never carries a display
        values.append(Value::withCanonical(ValueKind(kind), canonicalText, displayText));
    }
    if (in.failed())
        return failed(in.failedAt());

    // First, one pass over every environment's key and value columns (a value may refer to the
    // previous environment's); then the entries of the environments are built on two threads.
    struct Block {
        std::vector<Cursor> columns;
        std::vector<qint32> keys;
        std::vector<qint32> values;
    };
    std::vector<Block> blocks(size_t(snapshot->environments.size()));
    std::vector<qint32> previousValue(size_t(keyCount), -1);
    for (Block &block : blocks) {
        const qsizetype blockStart = in.offset();
        const quint64 count = in.below(keyCount + 1);
        std::array<quint64, ColumnCount> sizes{};
        for (quint64 &size : sizes)
            size = in.u();
        block.columns.reserve(ColumnCount);
        for (const quint64 size : sizes) {
            const qsizetype at = in.offset();
            block.columns.emplace_back(in.bytes(size), at);
        }
        if (in.failed())
            return failed(in.failedAt());
        block.keys.reserve(count);
        block.values.reserve(count);
        Cursor &gaps = block.columns[KeyGaps];
        Cursor &refs = block.columns[Values];
        qint64 key = -1;
        for (quint64 i = 0; i < count; ++i) {
            key += qint64(gaps.u()) + 1;
            if (key >= qint64(keyCount) || gaps.failed())
                return failed(gaps.failed() ? gaps.failedAt() : blockStart);
            const qsizetype valueAt = refs.offset();
            const quint64 valueRef = refs.below(valueCount + 1);
            const qint32 valueId = valueRef == 0 ? previousValue[size_t(key)] : qint32(valueRef - 1);
            if (valueId < 0 || refs.failed())
                return failed(valueAt);
            previousValue[size_t(key)] = valueId;
            block.keys.push_back(qint32(key));
            block.values.push_back(valueId);
        }
    }

    const auto build = [&](size_t index, const QList<Value> &table, QString *problem) {
        Block &block = blocks[index];
        EnvironmentCapture &env = snapshot->environments[qsizetype(index)];
        const quint64 layers = quint64(env.layers.size()) + 1;
        const quint64 sources = quint64(env.sources.size()) + 1;
        auto &columns = block.columns;
        const auto fail = [&](qsizetype offset) {
            *problem = damagedAt(offset);
            return false;
        };
        env.entries.clear();
        env.entries.reserve(qsizetype(block.keys.size()));
        qint64 line = 0;
        for (size_t i = 0; i < block.keys.size(); ++i) {
            Entry entry;
            entry.value = table[block.values[i]];
            entry.source = qint32(columns[Sources].below(sources)) - 1;
            const quint8 flags = quint8(columns[Flags].u());
            entry.stale = flags & StaleFlag;
            const quint64 origins = columns[OriginCounts].below(quint64(payload.size()) + 1);
            entry.provenance.reserve(qsizetype(origins));
            const bool secret = entry.value.isSecret();
            for (quint64 o = 0; o < origins; ++o) {
                Origin origin;
                origin.layer = qint32(columns[Layers].below(layers)) - 1;
                line += columns[Lines].s();
                if (line < 0 || line > std::numeric_limits<qint32>::max())
                    return fail(columns[Lines].offset());
                origin.line = qint32(line);
                origin.column = qint32(columns[Columns].below(quint64(std::numeric_limits<qint32>::max())));
                const quint64 display = columns[Displays].below(textCount + 2);
                if (display == OriginDisplayIsValue)
                    origin.display = entry.value.display();
                else if (display != OriginDisplayEmpty)
                    origin.display = texts[qsizetype(display - 2)];
                if (secret && !origin.display.isEmpty())
                    return fail(columns[Displays].offset());
                entry.provenance.append(std::move(origin));
            }
            for (const Cursor &column : columns) {
                if (column.failed())
                    return fail(column.failedAt());
            }
            env.entries.emplace(keys[block.keys[i]], std::move(entry));
        }
        for (const Cursor &column : columns) {
            if (!column.atEnd())
                return fail(column.offset());
        }
        return true;
    };
    // A thread of its own rather than the global pool: reading may itself run on a pool thread.
    std::vector<QString> problems(blocks.size());
    std::atomic<size_t> next{0};
    const auto work = [&](const QList<Value> &own) {
        for (size_t i = next++; i < blocks.size(); i = next++)
            build(i, own, &problems[i]);
    };
    std::thread helper;
    if (blocks.size() > 1)
        helper = std::thread([&] { work(ownCopies(values)); });
    work(values);
    if (helper.joinable())
        helper.join();
    for (const QString &problem : problems) {
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    if (!in.atEnd())
        return failed(in.offset());
    return true;
}

} // namespace DriftDeck::SnapshotColumns
