#include "snapshot.h"

#include "values/category.h"

#include <QSet>

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
    // Collect the union of keys; the largest environment first so most inserts are lookups.
    QSet<QString> all;
    qsizetype largest = 0;
    for (const auto &env : std::as_const(environments))
        largest = std::max(largest, env.entries.size());
    all.reserve(largest + largest / 8);
    for (const auto &env : std::as_const(environments)) {
        for (auto it = env.entries.cbegin(); it != env.entries.cend(); ++it)
            all.insert(it.key());
    }
    // Sort (category, key) pairs: the category is worked out once per key, not per comparison.
    std::vector<std::pair<Category, QString>> ordered;
    ordered.reserve(size_t(all.size()));
    for (const QString &key : std::as_const(all))
        ordered.emplace_back(categoryOfKey(key), key);
    all = QSet<QString>();
    std::sort(ordered.begin(), ordered.end());
    m_keys.clear();
    m_keys.reserve(qsizetype(ordered.size()));
    for (auto &[category, key] : ordered)
        m_keys.append(std::move(key));

    m_envCount = size_t(environments.size());
    m_cells.assign(size_t(m_keys.size()) * m_envCount, nullptr);
    for (size_t e = 0; e < m_envCount; ++e) {
        const auto &entries = environments[qsizetype(e)].entries;
        for (qsizetype row = 0; row < m_keys.size(); ++row) {
            const auto it = entries.constFind(m_keys[row]);
            if (it != entries.cend())
                m_cells[size_t(row) * m_envCount + e] = &it.value();
        }
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
