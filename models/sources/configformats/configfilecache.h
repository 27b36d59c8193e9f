#pragma once

#include "configcontent.h"

#include <QMutex>
#include <QString>

#include <future>
#include <memory>
#include <unordered_map>

namespace DriftDeck {

class Normaliser;

using ConfigFileContentPtr = std::shared_ptr<const ConfigFileContent>;

// Parsed configuration files shared by every source that reads them: twenty environments
// layered on one base.yaml parse it once, even when they all start at the same moment.
// An entry is reused while the file keeps its size and modification time; errors are cached
// too (the same bytes give the same error). .env files are read afresh each time and never kept.
// Thread-safe.
class ConfigFileCache
{
public:
    static ConfigFileCache &instance();

    struct Request {
        QString absolutePath;
        QString displayPath;
        ConfigFormat format = ConfigFormat::Unknown;
        QString keyPrefix;
    };

    // The file's content, parsed now or earlier; waits when another thread is parsing it.
    ConfigFileContentPtr load(const Request &request, const Normaliser &normaliser);
    // Like load(), but returns nullptr at once when another thread is parsing the file, so the
    // caller can read its other files meanwhile.
    ConfigFileContentPtr loadUnlessBusy(const Request &request, const Normaliser &normaliser);

    void clear();
    qsizetype size() const;
    // How many files were parsed (not served from the cache) since start; for tests and benchmarks.
    quint64 parseCount() const;

private:
    struct Slot {
        QString stamp; // size and modification time the content belongs to
        std::shared_future<ConfigFileContentPtr> content;
        qsizetype cost = 0; // settings held, for eviction
        quint64 lastUse = 0;
        bool ready = false;
    };

    ConfigFileContentPtr get(const Request &request, const Normaliser &normaliser, bool wait);
    void evictLocked();

    mutable QMutex m_mutex;
    std::unordered_map<QString, Slot> m_slots; // request and normalisation options -> slot
    quint64 m_clock = 0;
    quint64 m_parses = 0;
    qsizetype m_totalCost = 0;
};

} // namespace DriftDeck
