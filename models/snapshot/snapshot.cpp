#include "snapshot.h"

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

Snapshot::Snapshot(const Snapshot &other)
    : workspaceName(other.workspaceName)
    , workspacePath(other.workspacePath)
    , takenAt(other.takenAt)
    , baseline(other.baseline)
    , saltId(other.saltId)
    , warnings(other.warnings)
    , policy(other.policy)
    , environments(other.environments)
{
    // The cell pointers point into the other snapshot's hashes: rebuild them for this copy.
    if (!other.m_cells.empty() || !other.m_keys.isEmpty())
        buildIndex();
}

Snapshot &Snapshot::operator=(const Snapshot &other)
{
    if (this != &other) {
        Snapshot copy(other);
        *this = std::move(copy);
    }
    return *this;
}

void Snapshot::buildIndex()
{
    // One pass over every entry gives each distinct key a provisional number (one hash lookup
    // per entry, the largest environment first so most are lookups), and remembers where each
    // entry went; sorting the distinct keys then turns the numbers into rows.
    m_envCount = size_t(environments.size());
    qsizetype largest = 0;
    size_t total = 0;
    for (const auto &env : std::as_const(environments)) {
        largest = std::max(largest, env.entries.size());
        total += size_t(env.entries.size());
    }
    std::vector<size_t> order(m_envCount);
    for (size_t e = 0; e < m_envCount; ++e)
        order[e] = e;
    std::stable_sort(order.begin(), order.end(), [this](size_t a, size_t b) {
        return environments[qsizetype(a)].entries.size() > environments[qsizetype(b)].entries.size();
    });
    QHash<QString, qint32> numbers;
    numbers.reserve(largest + largest / 8);
    // Readers pool their keys (files of twenty environments, a snapshot's key table): most
    // entries' keys share one string's text, whose identity then finds the number without
    // hashing or comparing it. Safe because every key stays alive while the index is built.
    TextIdentityTable byIdentity;
    byIdentity.reserve(size_t(largest));
    std::vector<QString> distinct;
    distinct.reserve(size_t(largest));
    struct Placed {
        qint32 number;
        qint32 environment;
        const Entry *entry;
    };
    std::vector<Placed> placed;
    placed.reserve(total);
    for (const size_t e : order) {
        const auto &entries = environments[qsizetype(e)].entries;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            // The same address with another length (a shortened copy) is looked up by text.
            const auto [number, added] = byIdentity.findOrInsert(it.key(), 0);
            if (added) {
                auto slot = numbers.find(it.key()); // local: find() never copies
                if (slot == numbers.end()) {
                    slot = numbers.insert(it.key(), qint32(distinct.size()));
                    distinct.push_back(it.key());
                }
                number = *slot;
            }
            placed.push_back({number, qint32(e), &it.value()});
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
    std::sort(ordered.begin(), ordered.end(), [&distinct](const Ordered &a, const Ordered &b) {
        if (a.category != b.category)
            return a.category < b.category;
        return distinct[size_t(a.number)] < distinct[size_t(b.number)];
    });
    std::vector<qint32> rowOfNumber(distinct.size());
    m_keys.clear();
    m_keys.reserve(qsizetype(ordered.size()));
    for (size_t row = 0; row < ordered.size(); ++row) {
        rowOfNumber[size_t(ordered[row].number)] = qint32(row);
        m_keys.append(std::move(distinct[size_t(ordered[row].number)]));
    }

    m_cells.assign(size_t(m_keys.size()) * m_envCount, nullptr);
    for (const Placed &p : placed)
        m_cells[size_t(rowOfNumber[size_t(p.number)]) * m_envCount + size_t(p.environment)] = p.entry;
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
