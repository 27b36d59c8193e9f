#include "entrymap.h"

#include <QHash>
#include <QHashFunctions>

#include <bit>
#include <cstring>
#include <new>

namespace DriftDeck {

namespace {

// Slots are at most 80 % full: probes stay short, and a map of 100,000 keys needs 131,072
// buckets (half a MiB) where a limit of 50 % would need twice as many.
bool tooFull(quint32 count, quint32 bucketCount)
{
    return quint64(count) * 5 > quint64(bucketCount) * 4;
}

quint32 slotsFor(qsizetype count)
{
    quint32 buckets = 8;
    while (tooFull(quint32(count), buckets))
        buckets *= 2;
    return buckets;
}

} // namespace

void EntryMap::Data::locate(quint32 index, quint32 *block, quint32 *offset)
{
    // Block b < GrowingBlocks holds 8 << b nodes and starts at 8 × (2^b − 1); the rest hold
    // 1 << LastBlockBits each.
    constexpr quint32 GrowingBlocks = LastBlockBits - FirstBlockBits;
    constexpr quint32 GrowingNodes = ((quint32(1) << GrowingBlocks) - 1) << FirstBlockBits;
    if (index < GrowingNodes) {
        const quint32 b = quint32(std::bit_width((index >> FirstBlockBits) + 1)) - 1;
        *block = b;
        *offset = index - (((quint32(1) << b) - 1) << FirstBlockBits);
        return;
    }
    *block = GrowingBlocks + ((index - GrowingNodes) >> LastBlockBits);
    *offset = (index - GrowingNodes) & ((quint32(1) << LastBlockBits) - 1);
}

EntryMap::Node *EntryMap::Data::appendNode()
{
    quint32 block, offset;
    locate(count, &block, &offset);
    if (block == blocks.size()) {
        const quint32 bits = std::min(FirstBlockBits + block, LastBlockBits);
        blocks.push_back(static_cast<Node *>(::operator new(sizeof(Node) << bits)));
    }
    return blocks[block] + offset;
}

EntryMap::Data::Data(const Data &other)
    : QSharedData()
    , buckets(other.bucketCount ? new quint32[other.bucketCount] : nullptr)
    , bucketCount(other.bucketCount)
{
    if (bucketCount)
        std::memcpy(buckets.get(), other.buckets.get(), sizeof(quint32) * bucketCount);
    blocks.reserve(other.blocks.size());
    for (quint32 i = 0; i < other.count; ++i) {
        new (appendNode()) Node(other.node(i));
        ++count;
    }
}

EntryMap::Data::~Data()
{
    for (quint32 i = 0; i < count; ++i)
        node(i).~Node();
    for (Node *block : blocks)
        ::operator delete(block);
}

void EntryMap::Data::rehash(quint32 newBucketCount)
{
    buckets.reset(new quint32[newBucketCount]());
    bucketCount = newBucketCount;
    const quint32 mask = bucketCount - 1;
    for (quint32 i = 0; i < count; ++i) {
        const size_t hash = hashOf(node(i).key);
        quint32 at = quint32(hash) & mask;
        while (buckets[at])
            at = (at + 1) & mask;
        buckets[at] = tagOf(hash) | (i + 1);
    }
}

quint32 EntryMap::Data::slotOf(QStringView key, size_t hash) const
{
    const quint32 mask = bucketCount - 1;
    const quint32 tag = tagOf(hash);
    for (quint32 at = quint32(hash) & mask;; at = (at + 1) & mask) {
        const quint32 slot = buckets[at];
        if (!slot || ((slot & ~IndexMask) == tag && node((slot & IndexMask) - 1).key == key))
            return at;
    }
}

void EntryMap::Data::growForOneMore()
{
    // The index leaves room for 2^26 − 1 nodes: far beyond what one environment holds (that many
    // entries would take gigabytes before the index filled).
    Q_ASSERT(count < IndexMask);
    if (!bucketCount || tooFull(count + 1, bucketCount))
        rehash(bucketCount ? bucketCount * 2 : 8);
}

void EntryMap::detach()
{
    if (!d) {
        d = new Data;
    } else {
        d.detach();
    }
}

void EntryMap::reserve(qsizetype count)
{
    detach();
    const quint32 wanted = slotsFor(count);
    if (wanted > d->bucketCount)
        d->rehash(wanted);
}

quint32 EntryMap::indexOf(QStringView key) const
{
    if (!d || !d->count)
        return 0;
    const quint32 slot = d->buckets[d->slotOf(key, hashOf(key))];
    return slot ? (slot & Data::IndexMask) - 1 : d->count;
}

Entry EntryMap::value(QStringView key, const Entry &fallback) const
{
    const quint32 index = indexOf(key);
    return index < quint32(size()) ? d->node(index).entry : fallback;
}

Entry &EntryMap::operator[](const QString &key)
{
    return insertNode(key, hashOf(key), Entry(), false).first.value();
}

EntryMap::iterator EntryMap::insert(const QString &key, const Entry &entry)
{
    return insertNode(key, hashOf(key), Entry(entry), true).first;
}

EntryMap::iterator EntryMap::insert(const QString &key, Entry &&entry)
{
    return insertNode(key, hashOf(key), std::move(entry), true).first;
}

std::pair<EntryMap::iterator, bool> EntryMap::tryInsert(const QString &key, Entry &&entry)
{
    return insertNode(key, hashOf(key), std::move(entry), false);
}

std::pair<EntryMap::iterator, bool> EntryMap::tryInsert(const QString &key, size_t hash, Entry &&entry)
{
    Q_ASSERT(hash == hashOf(key));
    return insertNode(key, hash, std::move(entry), false);
}

std::pair<EntryMap::iterator, bool> EntryMap::tryInsert(QString &&key, size_t hash, Entry &&entry)
{
    Q_ASSERT(hash == hashOf(key));
    return insertNode(std::move(key), hash, std::move(entry), false);
}

size_t EntryMap::hashOf(QStringView key)
{
    // The process's seed: set once, before any table is made (resetting it is for tests, at
    // their start), so a hash taken earlier stays good for every map.
    return qHash(key, QHashSeed::globalSeed());
}

template<typename Key>
std::pair<EntryMap::iterator, bool> EntryMap::insertNode(Key &&key, size_t hash, Entry &&entry, bool replace)
{
    detach();
    d->growForOneMore();
    const quint32 at = d->slotOf(key, hash);
    if (const quint32 slot = d->buckets[at]) {
        const quint32 index = (slot & Data::IndexMask) - 1;
        if (replace)
            d->node(index).entry = std::move(entry);
        return {iterator(d.data(), index), false};
    }
    new (d->appendNode()) Node{std::forward<Key>(key), std::move(entry)};
    d->buckets[at] = Data::tagOf(hash) | (d->count + 1);
    return {iterator(d.data(), d->count++), true};
}

EntryMap::iterator EntryMap::find(QStringView key)
{
    detach();
    return iterator(d.data(), indexOf(key));
}

EntryMap::iterator EntryMap::begin()
{
    detach();
    return iterator(d.data(), 0);
}

EntryMap::iterator EntryMap::end()
{
    detach();
    return iterator(d.data(), d->count);
}

bool EntryMap::remove(QStringView key)
{
    const quint32 index = indexOf(key);
    if (index >= quint32(size()))
        return false;
    erase(const_iterator(d.data(), index));
    return true;
}

EntryMap::iterator EntryMap::erase(const_iterator it)
{
    const quint32 index = it.m_index;
    detach();
    Data &data = *d;
    const quint32 mask = data.bucketCount - 1;
    auto slotOfNode = [&data](quint32 node) {
        const QString &key = data.node(node).key;
        return data.slotOf(key, hashOf(key));
    };

    // Empty the node's slot, shifting back the buckets after it that probed past it (linear
    // probing has no tombstones).
    quint32 hole = slotOfNode(index);
    for (quint32 at = (hole + 1) & mask; data.buckets[at]; at = (at + 1) & mask) {
        const QString &key = data.node((data.buckets[at] & Data::IndexMask) - 1).key;
        const quint32 home = quint32(hashOf(key)) & mask;
        const bool stays = hole <= at ? (hole < home && home <= at) : (hole < home || home <= at);
        if (stays)
            continue;
        data.buckets[hole] = data.buckets[at];
        hole = at;
    }
    data.buckets[hole] = 0;

    // Move the last node into the gap.
    const quint32 last = data.count - 1;
    if (index != last) {
        quint32 &slot = data.buckets[slotOfNode(last)];
        slot = (slot & ~Data::IndexMask) | (index + 1);
        data.node(index) = std::move(data.node(last));
    }
    data.node(last).~Node();
    --data.count;
    return iterator(d.data(), index);
}

QStringList EntryMap::keys() const
{
    QStringList keys;
    keys.reserve(size());
    for (auto it = cbegin(); it != cend(); ++it)
        keys.append(it.key());
    return keys;
}

} // namespace DriftDeck
