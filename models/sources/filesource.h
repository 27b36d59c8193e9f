#pragma once

#include "background/cancelflag.h"
#include "source.h"

#include <QFutureWatcher>

namespace DriftDeck {

// A source that reads local files. The reading runs on a thread-pool thread so neither the window
// nor other sources wait for the disk; the result comes back on the source's own thread.
//
// The reading is a plain function of a copy of the context: the source may be deleted (a watchdog,
// a newer refresh) while its reading is still queued or running, so the work must not reach back
// into the object. Deleting the source only raises the cancel flag; it never waits.
class FileSource : public Source
{
    Q_OBJECT
public:
    // Runs off the calling thread. Checks cancelled between files; returns a failure result
    // (errorString set) rather than throwing.
    using ReadFunction = SourceResult (*)(const SourceContext &context, const CancelFlag &cancelled);

    FileSource(SourceContext context, ReadFunction read, QObject *parent = nullptr);
    ~FileSource() override;

    void start() override;
    void cancel() override;

private:
    ReadFunction m_read;
    CancelFlagPtr m_cancelled = makeCancelFlag();
    QFutureWatcher<SourceResult> m_watcher;
};

} // namespace DriftDeck
