#include "snapshot.h"

#include "background/parallel.h"
#include "values/category.h"
#include "values/textidentity.h"

#include <algorithm>

namespace DriftDeck {

QString sourceStateName(SourceState state)
{
    switch (state) {
    case SourceState::Pending:
        return QStringLiteral("pending");
    case SourceState::Fetching:
        return QStringLiteral("fetching");
    case SourceState::Ok:
        return QStringLiteral("ok");
    case SourceState::Failed:
        return QStringLiteral("failed");
    case SourceState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("pending");
}

bool SourceStatus::covers(QStringView key) const
{
    for (const QString &prefix : keyPrefixes) {
        if (key.startsWith(prefix))
            return true;
    }
    return false;
}

const SourceStatus *EnvironmentCapture::failedSourceFor(QStringView key) const
{
    for (const SourceStatus &source : sources) {
        if ((source.state == SourceState::Failed || source.state == SourceState::Cancelled) && source.covers(key))
            return &source;
    }
    return nullptr;
}

bool keyLessThan(const QString &a, const QString &b)
{
    const Category ca = categoryOfKey(a), cb = categoryOfKey(b);
    if (ca != cb)
        return ca < cb;
    return a < b;
}

void Snapshot::buildIndex()
{
    // Every entry gets its key's provisional number: the largest environment numbers its keys
    // (one hash lookup each), the others look theirs up in parallel, and the few keys those have
    // on their own are numbered afterwards. Sorting the distinct keys then turns the numbers into
    // rows.
    m_envCount = size_t(environments.size());
    size_t largest = 0;
    for (size_t e = 0; e < m_envCount; ++e) {
        if (environments[qsizetype(e)].entries.size() > environments[qsizetype(largest)].entries.size())
            largest = e;
    }
    // Readers pool their keys (files of twenty environments, a snapshot's key table): most
    // entries' keys share one string's text, whose identity then finds the number without
    // hashing or comparing it; environments that list their keys in the largest one's order find
    // each by one comparison with the next. Safe because every key stays alive meanwhile.
    QHash<QString, qint32> numbers;
    TextIdentityTable byIdentity;
    std::vector<QString> distinct;
    struct Placed {
        qint32 number; // -1: a key the largest environment does not have, numbered afterwards
        quint32 index; // in the environment's entries
    };
    std::vector<std::vector<Placed>> placed(m_envCount);
    const auto number = [&](const QString &key) {
        const auto [known, added] = byIdentity.findOrInsert(key, 0);
        if (added) {
            auto slot = numbers.find(key); // local: find() never copies
            if (slot == numbers.end()) {
                slot = numbers.insert(key, qint32(distinct.size()));
                distinct.push_back(key);
            }
            known = *slot;
        }
        return known;
    };
    if (m_envCount > 0) {
        const auto &entries = environments[qsizetype(largest)].entries;
        numbers.reserve(entries.size() + entries.size() / 8);
        byIdentity.reserve(size_t(entries.size()));
        distinct.reserve(size_t(entries.size()));
        placed[largest].reserve(size_t(entries.size()));
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            placed[largest].push_back({number(it.key()), quint32(it.index())});
    }
    // Only reads of the tables from here to the join.
    const auto lookUp = [&](int e) {
        if (size_t(e) == largest)
            return;
        const auto &entries = environments[e].entries;
        std::vector<Placed> &mine = placed[size_t(e)];
        mine.reserve(size_t(entries.size()));
        TextIdentityTable::Cursor cursor;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            qint32 found = byIdentity.find(it.key(), cursor);
            if (found < 0) {
                const auto slot = numbers.constFind(it.key());
                found = slot == numbers.cend() ? -1 : *slot;
            }
            mine.push_back({found, quint32(it.index())});
        }
    };
    if (m_envCount > 2 && environments[qsizetype(largest)].entries.size() >= ParallelIndexEntries) {
        parallelFor(int(m_envCount), lookUp);
    } else {
        for (size_t e = 0; e < m_envCount; ++e)
            lookUp(int(e));
    }
    for (size_t e = 0; e < m_envCount; ++e) {
        for (Placed &p : placed[e]) {
            if (p.number < 0)
                p.number = number(environments[qsizetype(e)].entries.keyAt(p.index));
        }
    }
    numbers = QHash<QString, qint32>();
    byIdentity = TextIdentityTable();

    // Sort (category, key, number): the category is worked out once per key, not per comparison.
    struct Ordered {
        Category category;
        qint32 number;
    };
    std::vector<Ordered> ordered;
    ordered.reserve(distinct.size());
    for (size_t i = 0; i < distinct.size(); ++i)
        ordered.push_back({categoryOfKey(distinct[i]), qint32(i)});
    const auto before = [&distinct](const Ordered &a, const Ordered &b) {
        if (a.category != b.category)
            return a.category < b.category;
        return distinct[size_t(a.number)] < distinct[size_t(b.number)];
    };
    // Keys are numbered in the largest environment's order, which is often row order already (a
    // snapshot file, a file written with sorted keys): one pass tells, where sorting 100,000
    // keys again took a tenth of a second.
    if (!std::is_sorted(ordered.begin(), ordered.end(), before))
        std::sort(ordered.begin(), ordered.end(), before);
    std::vector<qint32> rowOfNumber(distinct.size());
    m_keys.clear();
    m_keys.reserve(qsizetype(ordered.size()));
    for (size_t row = 0; row < ordered.size(); ++row) {
        rowOfNumber[size_t(ordered[row].number)] = qint32(row);
        m_keys.append(std::move(distinct[size_t(ordered[row].number)]));
    }

    m_cells.assign(size_t(m_keys.size()) * m_envCount, NoEntry);
    for (size_t e = 0; e < m_envCount; ++e) {
        for (const Placed &p : placed[e])
            m_cells[size_t(rowOfNumber[size_t(p.number)]) * m_envCount + e] = p.index;
    }
}

int Snapshot::rowOf(const QString &key) const
{
    const auto it = std::lower_bound(m_keys.cbegin(), m_keys.cend(), key, keyLessThan);
    return (it != m_keys.cend() && *it == key) ? int(it - m_keys.cbegin()) : -1;
}

int Snapshot::environmentIndex(QStringView name) const
{
    for (qsizetype i = 0; i < environments.size(); ++i) {
        if (environments[i].name == name)
            return int(i);
    }
    return -1;
}

QString Snapshot::winningLayerLabel(int row, int environment) const
{
    const Entry *e = entry(row, environment);
    if (!e || e->provenance.isEmpty())
        return {};
    const qint32 layer = e->provenance.constLast().layer;
    const auto &layers = environments[environment].layers;
    return (layer >= 0 && layer < layers.size()) ? layers[layer].label : QString();
}

} // namespace DriftDeck
