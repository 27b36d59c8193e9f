#pragma once

#include "values/normaliser.h"

#include <QHash>
#include <QString>

namespace DriftDeck {

// The normalised scalars of one file, by their text. Configuration files repeat their values
// (true, small numbers, hosts, durations): normalising each once instead of for every key saves
// most of a reader's time per key, and the keys that share a value share its strings in memory.
// Lives as long as one parse; not thread-safe.
class ScalarCache
{
public:
    explicit ScalarCache(const Normaliser &normaliser)
        : m_normaliser(normaliser)
    {
    }

    // Normaliser::scalar(text, quoted), remembered.
    Value scalar(const QString &text, bool quoted)
    {
        if (text.size() > MaximumTextSize)
            return m_normaliser.scalar(text, quoted); // long texts rarely repeat
        QHash<QString, Value> &cache = quoted ? m_quoted : m_plain;
        const auto it = cache.constFind(text);
        if (it != cache.cend())
            return *it;
        Value value = m_normaliser.scalar(text, quoted);
        if (cache.size() < MaximumEntries)
            cache.insert(text, value);
        return value;
    }

    const Normaliser &normaliser() const { return m_normaliser; }

private:
    static constexpr qsizetype MaximumTextSize = 256;
    static constexpr qsizetype MaximumEntries = 1 << 18;

    const Normaliser &m_normaliser;
    QHash<QString, Value> m_quoted;
    QHash<QString, Value> m_plain;
};

} // namespace DriftDeck
