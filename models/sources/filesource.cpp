#include "filesource.h"

#include <QtConcurrentRun>

namespace DriftDeck {

FileSource::~FileSource()
{
    // read() uses this object's context: never let it outlive us.
    m_cancelled.storeRelaxed(1);
    m_watcher.waitForFinished();
}

void FileSource::start()
{
    connect(&m_watcher, &QFutureWatcher<SourceResult>::finished, this, [this] {
        if (isCancelled()) {
            Q_EMIT failed(tr("Cancelled"));
            return;
        }
        const SourceResult result = m_watcher.result();
        if (result.ok())
            Q_EMIT valuesAvailable(result);
        else
            Q_EMIT failed(result.errorString);
    });
    m_watcher.setFuture(QtConcurrent::run([this] { return read(); }));
}

void FileSource::cancel()
{
    m_cancelled.storeRelaxed(1);
}

} // namespace DriftDeck
