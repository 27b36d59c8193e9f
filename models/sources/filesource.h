#pragma once

#include "source.h"

#include <QAtomicInt>
#include <QFutureWatcher>

namespace DriftDeck {

// A source that reads local files. read() runs on a thread-pool thread so neither the window
// nor other sources wait for the disk; the result comes back on the source's own thread.
class FileSource : public Source
{
    Q_OBJECT
public:
    using Source::Source;
    ~FileSource() override;

    void start() override;
    void cancel() override;

protected:
    // Runs off the calling thread. Must not touch QObjects; should check isCancelled() between
    // files. Returns a failure result (errorString set) rather than throwing.
    virtual SourceResult read() const = 0;
    bool isCancelled() const { return m_cancelled.loadRelaxed() != 0; }

private:
    QFutureWatcher<SourceResult> m_watcher;
    QAtomicInt m_cancelled;
};

} // namespace DriftDeck
