#include "filesource.h"

#include <QtConcurrentRun>

namespace DriftDeck {

FileSource::FileSource(SourceContext context, ReadFunction read, QObject *parent)
    : Source(std::move(context), parent)
    , m_read(read)
{
}

FileSource::~FileSource()
{
    // The reading holds its own copies; it notices the flag between files and its result, if any,
    // goes nowhere (the watcher is gone). Waiting here could run a queued reading inline.
    m_cancelled->store(true);
}

void FileSource::start()
{
    connect(&m_watcher, &QFutureWatcher<SourceResult>::finished, this, [this] {
        if (m_cancelled->load()) {
            Q_EMIT failed(tr("Cancelled"));
            return;
        }
        const SourceResult result = m_watcher.result();
        if (result.ok())
            Q_EMIT valuesAvailable(result);
        else
            Q_EMIT failed(result.errorString);
    });
    m_watcher.setFuture(QtConcurrent::run(
        [read = m_read, context = m_context, cancelled = m_cancelled] { return read(context, *cancelled); }));
}

void FileSource::cancel()
{
    m_cancelled->store(true);
}

} // namespace DriftDeck
