#pragma once

#include "values/normaliser.h"

#include <QByteArray>
#include <QByteArrayView>
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

    // The same for a text inside another (a line of the file): looked up without a copy of it.
    Value scalar(QStringView text, bool quoted)
    {
        if (text.size() <= MaximumTextSize) {
            const QHash<QString, Value> &cache = quoted ? m_quoted : m_plain;
            // fromRawData: a view of the characters for the lookup, never stored.
            const auto it = cache.constFind(QString::fromRawData(text.data(), text.size()));
            if (it != cache.cend())
                return *it;
        }
        return scalar(text.toString(), quoted);
    }

    // The same for a text still in UTF-8 (as a file holds it): looked up by its bytes, so a text
    // met before costs no decoding and no string of its own. Equal bytes decode to equal texts,
    // invalid sequences included.
    Value scalar(QByteArrayView utf8, bool quoted)
    {
        if (utf8.size() > MaximumTextSize)
            return m_normaliser.scalar(QString::fromUtf8(utf8), quoted);
        QHash<QByteArray, Value> &cache = quoted ? m_quotedBytes : m_plainBytes;
        // fromRawData: a view of the bytes, not a copy, for the lookup.
        const auto it = cache.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
        if (it != cache.cend())
            return *it;
        Value value = scalar(QString::fromUtf8(utf8), quoted);
        if (cache.size() < MaximumEntries)
            cache.insert(utf8.toByteArray(), value);
        return value;
    }

    const Normaliser &normaliser() const { return m_normaliser; }

private:
    static constexpr qsizetype MaximumTextSize = 256;
    static constexpr qsizetype MaximumEntries = 1 << 18;

    const Normaliser &m_normaliser;
    QHash<QString, Value> m_quoted;
    QHash<QString, Value> m_plain;
    QHash<QByteArray, Value> m_quotedBytes;
    QHash<QByteArray, Value> m_plainBytes;
};

} // namespace DriftDeck
