#include "keypool.h"

#include "snapshot/entrymap.h"

namespace DriftDeck {

KeyPool::Table::Table(quint32 size)
    : mask(size - 1)
    , cells(new std::atomic<quint32>[size]())
{
}

KeyPool::KeyPool(quint32 maximumKeys)
    : m_maximum(maximumKeys)
    , m_blocks(new std::atomic<Key *>[(maximumKeys >> BlockBits) + 1]())
{
}

KeyPool::~KeyPool() = default;

KeyPool &KeyPool::shared()
{
    // Never destroyed: a reading thread still at work while the process exits (a window closed
    // during a load) must not find it gone, and its keys live as long as the process anyway.
    static KeyPool *const pool = new KeyPool;
    return *pool;
}

const KeyPool::Key *KeyPool::intern(QStringView key, Cursor &cursor)
{
    // Positions below the count hold keys written before it was published.
    if (cursor.next < m_count.load(std::memory_order_acquire)) {
        const Key &next = at(cursor.next);
        if (next.text == key) {
            ++cursor.next;
            return &next;
        }
    }
    const size_t hash = EntryMap::hashOf(key);
    quint32 found = lookUp(key, hash);
    if (!found) {
        QMutexLocker locker(&m_mutex);
        found = insert(key, hash);
    }
    if (!found)
        return nullptr;
    cursor.next = found; // the position after the key's
    return &at(found - 1);
}

quint32 KeyPool::lookUp(QStringView key, size_t hash) const
{
    const Table *table = m_table.load(std::memory_order_acquire);
    if (!table)
        return 0;
    for (quint32 i = quint32(hash) & table->mask;; i = (i + 1) & table->mask) {
        // A cell is published after the key it points to.
        const quint32 cell = table->cells[i].load(std::memory_order_acquire);
        if (!cell)
            return 0;
        const Key &candidate = at(cell - 1);
        if (candidate.hash == hash && candidate.text == key)
            return cell;
    }
}

quint32 KeyPool::insert(QStringView key, size_t hash)
{
    if (const quint32 found = lookUp(key, hash)) // added by another thread meanwhile
        return found;
    const quint32 position = m_count.load(std::memory_order_relaxed);
    if (position >= m_maximum)
        return 0;
    const quint32 block = position >> BlockBits;
    if (block == m_ownedBlocks.size()) {
        m_ownedBlocks.push_back(std::make_unique<Key[]>(size_t(1) << BlockBits));
        m_blocks[block].store(m_ownedBlocks.back().get(), std::memory_order_release);
    }
    Key &added = m_ownedBlocks[block][position & ((1u << BlockBits) - 1)];
    added = Key{hash, key.toString()};
    const Table *table = m_table.load(std::memory_order_relaxed);
    if (!table || quint64(position + 1) * 2 > quint64(table->mask) + 1) {
        grow();
        table = m_table.load(std::memory_order_relaxed);
    }
    quint32 i = quint32(hash) & table->mask;
    while (table->cells[i].load(std::memory_order_relaxed))
        i = (i + 1) & table->mask;
    table->cells[i].store(position + 1, std::memory_order_release);
    m_count.store(position + 1, std::memory_order_release);
    return position + 1;
}

void KeyPool::grow()
{
    const Table *old = m_table.load(std::memory_order_relaxed);
    auto larger = std::make_unique<Table>(old ? (old->mask + 1) * 2 : 1024);
    const quint32 count = m_count.load(std::memory_order_relaxed);
    for (quint32 position = 0; position < count; ++position) {
        quint32 i = quint32(at(position).hash) & larger->mask;
        while (larger->cells[i].load(std::memory_order_relaxed))
            i = (i + 1) & larger->mask;
        larger->cells[i].store(position + 1, std::memory_order_relaxed);
    }
    m_table.store(larger.get(), std::memory_order_release); // publishes the cells too
    m_tables.push_back(std::move(larger));
}

} // namespace DriftDeck
