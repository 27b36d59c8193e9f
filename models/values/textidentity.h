#pragma once

#include <QString>

#include <algorithm>
#include <utility>
#include <vector>

namespace DriftDeck {

// Numbers by the identity of a string's text: the address and length of its characters. Readers
// pool their strings (every environment's file lists the same keys, a snapshot has one key
// table), so a pooled string is found with one probe of a flat table, without hashing or
// comparing its characters. Equal texts at different addresses get different slots: callers use
// it in front of a lookup by text, never instead of one. The strings must stay alive (and so at
// their addresses) while the table knows them; the caller keeps them.
class TextIdentityTable
{
public:
    // The number kept for text, or value kept now (second: true when it was new). The reference
    // is valid until the next call.
    std::pair<qint32 &, bool> findOrInsert(const QString &text, qint32 value)
    {
        if (m_used * 2 >= m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = slotFor(text.constData(), mask);; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.data == text.constData() && slot.size == text.size())
                return {slot.value, false};
            if (!slot.data) {
                slot = {text.constData(), text.size(), value};
                ++m_used;
                return {slot.value, true};
            }
        }
    }

    // The number kept for text, or -1 (so callers keep numbers from 0). Only reads: safe from
    // several threads at once while no thread inserts.
    qint32 find(const QString &text) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = slotFor(text.constData(), mask);; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.data == text.constData() && slot.size == text.size())
                return slot.value;
            if (!slot.data)
                return -1;
        }
    }

    void reserve(size_t count)
    {
        while (m_slots.size() < count * 2)
            grow();
    }

private:
    struct Slot {
        const QChar *data = nullptr; // nullptr: empty (a QString's text is never at nullptr)
        qsizetype size = 0;
        qint32 value = 0;
    };

    static size_t slotFor(const QChar *data, size_t mask)
    {
        return size_t((quint64(quintptr(data)) * 0x9e3779b97f4a7c15ULL) >> 24) & mask;
    }

    void grow()
    {
        std::vector<Slot> old(std::max<size_t>(1024, m_slots.size() * 2));
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (!slot.data)
                continue;
            size_t i = slotFor(slot.data, mask);
            while (m_slots[i].data)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots; // a power of two, at most half full
    size_t m_used = 0;
};

} // namespace DriftDeck
