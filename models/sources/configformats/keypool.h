#pragma once

#include <QMutex>
#include <QString>
#include <QStringView>

#include <atomic>
#include <memory>
#include <vector>

namespace DriftDeck {

// The keys of configuration files, each held once for the life of the process: twenty
// environments' files list the same keys, and a workspace of 20 × 100,000 keys would otherwise
// hold two million strings where 100,000 do.
//
// Both reading threads pool keys at once, a key at a time, so a key is found without a lock
// (taking one for every key made its cache line travel between the cores on almost every key).
// Keys sit in blocks that never move, in the order they were first met; an open-addressing
// table of their positions finds them by hash. A full table is replaced by a larger one under
// the lock while readers may still probe the old one, which is kept. Files of one layout list
// their keys in the same order, so each reader first tries the key after the one it found last
// (a Cursor): one comparison, no hash, no probe of a table twice the size of the cache.
class KeyPool
{
public:
    struct Key {
        size_t hash = 0; // EntryMap::hashOf(text)
        QString text;
    };
    // Where a reader's last key sits in the pool; one per file being read.
    struct Cursor {
        quint32 next = 0;
    };

    // Past maximumKeys, keys are no longer pooled (see intern()), so memory stays bounded in a
    // window that opens many workspaces.
    explicit KeyPool(quint32 maximumKeys = DefaultMaximumKeys);
    ~KeyPool();
    KeyPool(const KeyPool &) = delete;
    KeyPool &operator=(const KeyPool &) = delete;

    // The one the readers share.
    static KeyPool &shared();

    // The pooled key with text key, added when new; nullptr when the pool is full (the caller
    // then keeps a string of its own). Valid as long as the pool. Safe from any thread.
    const Key *intern(QStringView key, Cursor &cursor);
    quint32 size() const { return m_count.load(std::memory_order_acquire); }

    // Two million keys (about 150 MiB at the most): twenty times the largest workspace measured.
    static constexpr quint32 DefaultMaximumKeys = 1u << 21;

private:
    static constexpr quint32 BlockBits = 12;
    struct Table {
        explicit Table(quint32 size);
        quint32 mask; // the size, a power of two, less one
        std::unique_ptr<std::atomic<quint32>[]> cells; // a key's position + 1, or 0; at most half full
    };

    const Key &at(quint32 position) const
    {
        return m_blocks[position >> BlockBits].load(std::memory_order_acquire)[position & ((1u << BlockBits) - 1)];
    }
    // The key's position + 1, or 0.
    quint32 lookUp(QStringView key, size_t hash) const; // without a lock
    quint32 insert(QStringView key, size_t hash); // under m_mutex; 0 when full
    void grow(); // under m_mutex

    const quint32 m_maximum;
    std::unique_ptr<std::atomic<Key *>[]> m_blocks; // blocks of 2^BlockBits keys, filled in order
    std::atomic<quint32> m_count{0}; // keys written, published after each key
    std::atomic<const Table *> m_table{nullptr};

    QMutex m_mutex; // for adding keys
    std::vector<std::unique_ptr<Key[]>> m_ownedBlocks;
    std::vector<std::unique_ptr<Table>> m_tables; // every table made: readers may be in any
};

} // namespace DriftDeck
