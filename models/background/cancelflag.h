#pragma once

#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

namespace DriftDeck {

// The one way to drop stale background work.
//
// The requester keeps a CancelFlagPtr and hands a copy to the work; work captures copies of its
// inputs and this flag, never `this` of an object that may die first. To drop stale work, the
// requester sets the flag and lets go of the work's watcher (disconnecting it), so a late result
// is never applied; the work checks the flag between steps and ends early. Nobody waits for it.
// For work on the pool that is supersede() below; objects that run work themselves (a Capture,
// a MetricRangeFetch, a source's network replies) are let go of in the same three steps.
// No generation counters, no "is this still the current one" comparisons in result handlers.
using CancelFlag = std::atomic_bool;
using CancelFlagPtr = std::shared_ptr<CancelFlag>;

inline CancelFlagPtr makeCancelFlag()
{
    return std::make_shared<CancelFlag>(false);
}

// Lets go of pool work that newer work replaces or that nobody wants: cancel (if given) asks the
// worker to stop at its next step, its late result never reaches receiver, and the watcher
// deletes itself once the worker is done. work is cleared.
inline void supersede(QPointer<QFutureWatcherBase> &work, QObject *receiver, const CancelFlagPtr &cancel = {})
{
    if (cancel)
        cancel->store(true);
    if (!work)
        return;
    work->disconnect(receiver);
    QObject::connect(work, &QFutureWatcherBase::finished, work, &QObject::deleteLater);
    if (work->isFinished()) // finished already, its signal queued to nobody: nothing will come
        work->deleteLater();
    work = nullptr;
}

} // namespace DriftDeck
