#include "searchtext.h"

#include "snapshot/snapshot.h"

namespace DriftDeck {

namespace {
// A fast path for ASCII, which keys and most values are.
inline char16_t foldUnit(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return char16_t(QChar::toCaseFolded(char32_t(c)));
}

void appendFolded(std::vector<char16_t> &out, QStringView text)
{
    const size_t at = out.size();
    out.resize(at + size_t(text.size()));
    char16_t *to = out.data() + at;
    const char16_t *from = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t f = foldUnit(from[i]);
        to[i] = f == 0 ? u' ' : f; // keep U+0000 for the separators alone
    }
}

// The cells of a row live in a different hash per environment, so reading them row by row is a
// chain of cache misses. Asking for rows ahead of time lets the memory system fetch many at once.
inline void prefetch(const void *address)
{
#if defined(__GNUC__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}
} // namespace

QString SearchText::fold(QStringView text)
{
    std::vector<char16_t> out;
    appendFolded(out, text);
    return QString(reinterpret_cast<const QChar *>(out.data()), qsizetype(out.size()));
}

std::shared_ptr<const SearchText> SearchText::build(const Snapshot &snapshot, const std::atomic<bool> *cancelled)
{
    auto search = std::make_shared<SearchText>();
    const int rows = snapshot.rowCount();
    const int envs = snapshot.environmentCount();
    search->m_rows = rows;
    search->m_stride = size_t(envs) + 1;
    search->m_offsets.reserve(size_t(rows) * search->m_stride + 1);
    // Keys are about five times longer than values; a guess that saves most reallocations.
    std::vector<char16_t> &text = search->m_text;
    text.reserve(size_t(rows) * (32 + 8 * size_t(envs)));
    constexpr int EntriesAhead = 8, TextAhead = 4;
    for (int row = 0; row < rows; ++row) {
        if (cancelled && (row & 1023) == 0 && cancelled->load(std::memory_order_relaxed))
            return nullptr;
        for (int env = 0; env < envs; ++env) {
            if (row + EntriesAhead < rows)
                prefetch(snapshot.entry(row + EntriesAhead, env));
            if (row + TextAhead < rows) {
                if (const Entry *ahead = snapshot.entry(row + TextAhead, env))
                    prefetch(ahead->value.display().constData());
            }
        }
        search->m_offsets.push_back(quint32(text.size()));
        appendFolded(text, snapshot.key(row));
        text.push_back(u'\0');
        for (int env = 0; env < envs; ++env) {
            search->m_offsets.push_back(quint32(text.size()));
            const Entry *entry = snapshot.entry(row, env);
            if (entry && !entry->value.isSecret() && !entry->value.isMasked())
                appendFolded(text, entry->value.display());
            text.push_back(u'\0');
        }
    }
    search->m_offsets.push_back(quint32(text.size()));
    text.shrink_to_fit();
    return search;
}

QStringView SearchText::slice(size_t begin, size_t end) const
{
    return QStringView(m_text.data() + begin, qsizetype(end - begin));
}

bool SearchText::keyContains(int row, QStringView needle) const
{
    return slice(start(row, 0), start(row, 1) - 1).contains(needle);
}

bool SearchText::cellContains(int row, int environment, QStringView needle) const
{
    return slice(start(row, environment + 1), start(row, environment + 2) - 1).contains(needle);
}

bool SearchText::rowContains(int row, QStringView needle) const
{
    // The separators keep a match from spanning two cells.
    return slice(start(row, 0), start(row + 1, 0)).contains(needle);
}

size_t SearchText::memoryUsage() const
{
    return m_text.capacity() * sizeof(char16_t) + m_offsets.capacity() * sizeof(quint32) + sizeof(*this);
}

} // namespace DriftDeck
