#include "configfilecache.h"

#include "configreaders.h"
#include "values/normaliser.h"

#include <QDateTime>
#include <QFileInfo>
#include <QMutexLocker>

namespace DriftDeck {

namespace {

// Enough for a few hundred ordinary files or a handful of huge ones; beyond this the least
// recently used files are parsed again when next needed.
constexpr qsizetype MaximumCachedSettings = 2'000'000;
constexpr std::size_t MaximumCachedFiles = 256;

// The normalisation options shape the cached values, so they are part of the key.
QString optionsKey(const NormalisationOptions &options)
{
    QString key;
    key += options.coerceScalars ? u'c' : u'-';
    key += options.quantities ? u'q' : u'-';
    key += options.structuredJsonStrings ? u'j' : u'-';
    key += options.relaxedNames ? u'r' : u'-';
    for (const QString &field : options.listIdentityFields)
        key += u'\x1f' + field;
    return key;
}

} // namespace

ConfigFileCache &ConfigFileCache::instance()
{
    // Never destroyed: at the end of a command holding twenty large files, the process's exit
    // frees the memory at once where destroying millions of entries one by one took 0.3 s.
    static ConfigFileCache *cache = new ConfigFileCache;
    return *cache;
}

ConfigFileContentPtr ConfigFileCache::load(const Request &request, const Normaliser &normaliser)
{
    return get(request, normaliser, true);
}

ConfigFileContentPtr ConfigFileCache::loadUnlessBusy(const Request &request, const Normaliser &normaliser)
{
    return get(request, normaliser, false);
}

ConfigFileContentPtr ConfigFileCache::get(const Request &request, const Normaliser &normaliser, bool wait)
{
    if (request.format == ConfigFormat::Dotenv) {
        // .env files hold the secrets and belong to one environment: sharing gains nothing, and
        // secrets should not stay in memory longer than one read.
        return std::make_shared<const ConfigFileContent>(
            readConfigFile(request.absolutePath, request.displayPath, request.format, normaliser, request.keyPrefix));
    }
    const QFileInfo info(request.absolutePath);
    const QString stamp
        = QString::number(info.size()) + u'@' + QString::number(info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch());
    // The display path is part of the key because it is part of every message in the content.
    const QString key = request.absolutePath + u'\n' + request.displayPath + u'\n'
        + QString::number(int(request.format)) + u'\n' + request.keyPrefix + u'\n' + optionsKey(normaliser.options());

    std::promise<ConfigFileContentPtr> promise;
    {
        QMutexLocker locker(&m_mutex);
        auto it = m_slots.find(key);
        if (it != m_slots.end() && it->second.stamp == stamp) {
            it->second.lastUse = ++m_clock;
            if (!wait && !it->second.ready)
                return nullptr;
            const auto content = it->second.content; // wait outside the lock
            locker.unlock();
            return content.get();
        }
        if (it != m_slots.end()) {
            m_totalCost -= it->second.cost; // the file changed: drop the old content
            m_slots.erase(it);
        }
        Slot slot;
        slot.stamp = stamp;
        slot.content = promise.get_future().share();
        slot.lastUse = ++m_clock;
        m_slots.emplace(key, std::move(slot));
        ++m_parses;
    }

    ConfigFileContentPtr content;
    try {
        content = std::make_shared<const ConfigFileContent>(
            readConfigFile(request.absolutePath, request.displayPath, request.format, normaliser, request.keyPrefix));
    } catch (const std::exception &error) { // out of memory: report, never leave waiters hanging
        ConfigFileContent failure;
        failure.errorString = configErrorAt(request.displayPath, {}, QString::fromLocal8Bit(error.what()));
        content = std::make_shared<const ConfigFileContent>(std::move(failure));
    }
    promise.set_value(content);

    QMutexLocker locker(&m_mutex);
    auto it = m_slots.find(key);
    if (it != m_slots.end() && it->second.stamp == stamp && !it->second.ready) {
        it->second.ready = true;
        it->second.cost = content->settingCount() + 1;
        m_totalCost += it->second.cost;
        evictLocked();
    }
    return content;
}

void ConfigFileCache::evictLocked()
{
    while (m_totalCost > MaximumCachedSettings || m_slots.size() > MaximumCachedFiles) {
        auto oldest = m_slots.end();
        for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
            if (it->second.ready && (oldest == m_slots.end() || it->second.lastUse < oldest->second.lastUse))
                oldest = it;
        }
        if (oldest == m_slots.end())
            return;
        m_totalCost -= oldest->second.cost;
        m_slots.erase(oldest);
    }
}

void ConfigFileCache::clear()
{
    QMutexLocker locker(&m_mutex);
    for (auto it = m_slots.begin(); it != m_slots.end();) {
        if (it->second.ready) {
            m_totalCost -= it->second.cost;
            it = m_slots.erase(it);
        } else {
            ++it; // being parsed: its parser still needs the slot
        }
    }
}

qsizetype ConfigFileCache::size() const
{
    QMutexLocker locker(&m_mutex);
    return qsizetype(m_slots.size());
}

quint64 ConfigFileCache::parseCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_parses;
}

} // namespace DriftDeck
