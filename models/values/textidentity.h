#pragma once

#include <QString>

#include <algorithm>
#include <utility>
#include <vector>

namespace DriftDeck {

// Numbers by the identity of a string's text: the address and length of its characters. Readers
// pool their strings (every environment's file lists the same keys, a snapshot has one key
// table), so a pooled string is found without hashing or comparing its characters. Equal texts
// at different addresses get different numbers: callers use it in front of a lookup by text,
// never instead of one. The strings must stay alive (and so at their addresses) while the table
// knows them; the caller keeps them.
//
// Texts are kept in the order they were added, and a lookup first tries the text after the one
// found last (a Cursor): environments list their keys in the same order, so most lookups are
// one comparison with the next element of an array instead of a probe of a table far larger
// than the cache.
class TextIdentityTable
{
public:
    // Where a run of lookups found its last text; one per thread.
    struct Cursor {
        quint32 next = 0;
    };

    // The number kept for text, or value kept now (second: true when it was new). The reference
    // is valid until the next call.
    std::pair<qint32 &, bool> findOrInsert(const QString &text, qint32 value)
    {
        if (const quint32 known = position(text, m_cursor))
            return {m_texts[known - 1].value, false};
        if ((m_texts.size() + 1) * 2 > m_cells.size())
            grow();
        m_texts.push_back({text.constData(), text.size(), value});
        place(quint32(m_texts.size()));
        m_cursor.next = quint32(m_texts.size());
        return {m_texts.back().value, true};
    }

    // The number kept for text, or -1 (so callers keep numbers from 0). Only reads: safe from
    // several threads at once (each with its cursor) while no thread inserts.
    qint32 find(const QString &text, Cursor &cursor) const
    {
        const quint32 known = position(text, cursor);
        return known ? m_texts[known - 1].value : -1;
    }

    void reserve(size_t count)
    {
        m_texts.reserve(count);
        while (m_cells.size() < count * 2)
            grow();
    }

private:
    struct Text {
        const QChar *data;
        qsizetype size;
        qint32 value;
        bool is(const QString &text) const { return data == text.constData() && size == text.size(); }
    };

    static size_t cellFor(const QChar *data, size_t mask)
    {
        return size_t((quint64(quintptr(data)) * 0x9e3779b97f4a7c15ULL) >> 24) & mask;
    }

    // The text's position + 1, or 0; moves the cursor past a text found.
    quint32 position(const QString &text, Cursor &cursor) const
    {
        if (cursor.next < m_texts.size() && m_texts[cursor.next].is(text))
            return ++cursor.next;
        if (m_cells.empty())
            return 0;
        const size_t mask = m_cells.size() - 1;
        for (size_t i = cellFor(text.constData(), mask);; i = (i + 1) & mask) {
            const quint32 cell = m_cells[i];
            if (!cell)
                return 0;
            if (m_texts[cell - 1].is(text)) {
                cursor.next = cell;
                return cell;
            }
        }
    }

    void place(quint32 cell)
    {
        const size_t mask = m_cells.size() - 1;
        size_t i = cellFor(m_texts[cell - 1].data, mask);
        while (m_cells[i])
            i = (i + 1) & mask;
        m_cells[i] = cell;
    }

    void grow()
    {
        m_cells.assign(std::max<size_t>(1024, m_cells.size() * 2), 0);
        for (quint32 cell = 1; cell <= m_texts.size(); ++cell)
            place(cell);
    }

    std::vector<Text> m_texts; // in the order added
    std::vector<quint32> m_cells; // position + 1, or 0; a power of two, at most half full
    Cursor m_cursor; // findOrInsert()'s
};

} // namespace DriftDeck
