#pragma once

#include "provenance.h"
#include "values/value.h"

#include <QExplicitlySharedDataPointer>
#include <QSharedData>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <iterator>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace DriftDeck {

struct Entry {
    Value value;
    Provenance provenance;
    qint32 source = -1; // index into EnvironmentCapture::sources
    bool stale = false; // the source failed now; this is the last good value
    // The source knows this value is a secret (a Kubernetes Secret, say): it is fingerprinted
    // whatever the workspace's secret patterns say.
    bool sensitive = false;
};
} // namespace DriftDeck
Q_DECLARE_TYPEINFO(DriftDeck::Entry, Q_RELOCATABLE_TYPE);
namespace DriftDeck {

// The entries of one environment (full key -> entry), with the part of QHash's interface the
// code uses, implicitly shared as QHash is.
//
// Why not QHash: a snapshot of 20 environments × 100,000 keys holds two million of these, and a
// QHash node costs its size times about 1.3 (the spare room its spans keep) plus the buckets:
// about 118 bytes for an 88-byte node, 230 MiB at that size. Here the nodes sit densely in
// blocks (no spare room but the last block's) and the index is an array of 32-bit buckets at
// most 80 % full: with Entry at 56 bytes, about 85 bytes a node (the 80-byte node and its share
// of the index).
//
// Iteration runs in insertion order. erase() moves the last node into the gap, so the iterator
// it returns still visits every node not yet visited.
class EntryMap
{
    struct Node {
        QString key;
        Entry entry;
    };
    struct Data;

public:
    template<bool Const> class Iterator
    {
        using MapData = std::conditional_t<Const, const Data, Data>;
        using EntryType = std::conditional_t<Const, const Entry, Entry>;

    public:
        using iterator_category = std::forward_iterator_tag;
        using difference_type = qptrdiff;
        using value_type = Entry;
        using pointer = EntryType *;
        using reference = EntryType &;

        Iterator() = default;
        // A const_iterator from an iterator.
        template<bool OtherConst, typename = std::enable_if_t<Const && !OtherConst>>
        Iterator(const Iterator<OtherConst> &other)
            : m_data(other.m_data)
            , m_index(other.m_index)
        {
        }

        const QString &key() const { return m_data->node(m_index).key; }
        qsizetype index() const { return m_index; } // for keyAt() and entryAt()
        reference value() const { return m_data->node(m_index).entry; }
        reference operator*() const { return value(); }
        pointer operator->() const { return &value(); }
        Iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        Iterator operator++(int)
        {
            Iterator before = *this;
            ++m_index;
            return before;
        }
        friend bool operator==(const Iterator &a, const Iterator &b) { return a.m_index == b.m_index; }

    private:
        friend class EntryMap;
        template<bool> friend class Iterator;
        Iterator(MapData *data, quint32 index)
            : m_data(data)
            , m_index(index)
        {
        }

        MapData *m_data = nullptr;
        quint32 m_index = 0;
    };
    using iterator = Iterator<false>;
    using const_iterator = Iterator<true>;
    using key_type = QString;
    using mapped_type = Entry;

    EntryMap() = default;

    qsizetype size() const { return d ? qsizetype(d->count) : 0; }
    qsizetype count() const { return size(); }
    bool isEmpty() const { return size() == 0; }
    bool empty() const { return isEmpty(); }
    void reserve(qsizetype count);
    void clear() { d.reset(); }

    bool contains(QStringView key) const { return indexOf(key) < quint32(size()); }
    Entry value(QStringView key, const Entry &fallback = Entry()) const;
    Entry &operator[](const QString &key);
    Entry operator[](const QString &key) const { return value(key); } // a copy, as QHash's
    iterator insert(const QString &key, const Entry &entry);
    iterator insert(const QString &key, Entry &&entry);
    // Inserts unless the key is there; either way returns the key's entry and whether it was
    // added (one lookup, where contains() then insert() would take two).
    std::pair<iterator, bool> tryInsert(const QString &key, Entry &&entry);
    // The same with key's hashOf(), for callers that hashed it already (the config readers'
    // key pool uses the same hash).
    std::pair<iterator, bool> tryInsert(const QString &key, size_t hash, Entry &&entry);
    std::pair<iterator, bool> tryInsert(QString &&key, size_t hash, Entry &&entry); // key moved in when added
    static size_t hashOf(QStringView key);
    template<typename... Arguments> iterator emplace(const QString &key, Arguments &&...arguments)
    {
        return insert(key, Entry{std::forward<Arguments>(arguments)...});
    }
    bool remove(QStringView key);
    iterator erase(const_iterator it);
    QStringList keys() const;
    // By position in iteration order, 0 to size() - 1: valid until the map is changed (copies
    // keep the positions).
    const QString &keyAt(qsizetype index) const { return d->node(quint32(index)).key; }
    const Entry &entryAt(qsizetype index) const { return d->node(quint32(index)).entry; }

    const_iterator constFind(QStringView key) const { return const_iterator(d.data(), indexOf(key)); }
    const_iterator find(QStringView key) const { return constFind(key); }
    iterator find(QStringView key);
    // For arguments that become a QString but not a QStringView (a QStringBuilder, say).
    bool contains(const QString &key) const { return contains(QStringView(key)); }
    Entry value(const QString &key, const Entry &fallback = Entry()) const { return value(QStringView(key), fallback); }
    bool remove(const QString &key) { return remove(QStringView(key)); }
    const_iterator constFind(const QString &key) const { return constFind(QStringView(key)); }
    const_iterator find(const QString &key) const { return constFind(QStringView(key)); }
    iterator find(const QString &key) { return find(QStringView(key)); }

    const_iterator cbegin() const { return const_iterator(d.data(), 0); }
    const_iterator cend() const { return const_iterator(d.data(), quint32(size())); }
    const_iterator constBegin() const { return cbegin(); }
    const_iterator constEnd() const { return cend(); }
    const_iterator begin() const { return cbegin(); }
    const_iterator end() const { return cend(); }
    iterator begin();
    iterator end();

private:
    struct Data : QSharedData {
        Data() = default;
        Data(const Data &other);
        ~Data();
        Data &operator=(const Data &) = delete;

        // Blocks of nodes, growing from FirstBlock to LastBlock nodes, so that a map of five
        // entries stays small and a map of a million wastes at most one block.
        static constexpr quint32 FirstBlockBits = 3;
        static constexpr quint32 LastBlockBits = 10;
        static void locate(quint32 index, quint32 *block, quint32 *offset);
        Node &node(quint32 index)
        {
            quint32 block, offset;
            locate(index, &block, &offset);
            return blocks[block][offset];
        }
        const Node &node(quint32 index) const { return const_cast<Data *>(this)->node(index); }
        Node *appendNode(); // room for one more node at index count (not constructed)

        // Each bucket is 0 (empty) or the node's index + 1 with the top TagBits of its key's hash
        // above it, so most probes that miss are told without reading the node.
        static constexpr quint32 TagBits = 6;
        static constexpr quint32 IndexMask = (quint32(1) << (32 - TagBits)) - 1;
        static quint32 tagOf(size_t hash) { return quint32(hash >> (sizeof(size_t) * 8 - TagBits)) << (32 - TagBits); }
        void rehash(quint32 bucketCount);
        quint32 slotOf(QStringView key, size_t hash) const; // the bucket holding key, or the empty one it would take
        void growForOneMore();

        std::vector<Node *> blocks;
        std::unique_ptr<quint32[]> buckets;
        quint32 bucketCount = 0; // a power of two, or 0
        quint32 count = 0;
    };

    quint32 indexOf(QStringView key) const; // size() when absent
    void detach();
    template<typename Key> std::pair<iterator, bool> insertNode(Key &&key, size_t hash, Entry &&entry, bool replace);

    QExplicitlySharedDataPointer<Data> d; // null when empty and never reserved
};

} // namespace DriftDeck
// A shared pointer, as QHash is.
Q_DECLARE_TYPEINFO(DriftDeck::EntryMap, Q_RELOCATABLE_TYPE);
