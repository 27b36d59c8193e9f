#pragma once

#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

namespace DriftDeck {

// Lets go of a background read that a newer one replaces: the worker is asked to stop at its
// next snapshot, its late result is never delivered to receiver, and the watcher deletes
// itself once the worker is done.
inline void supersedeReading(QPointer<QFutureWatcherBase> &reading, const std::shared_ptr<std::atomic_bool> &cancel,
                             QObject *receiver)
{
    if (!reading)
        return;
    reading->disconnect(receiver);
    QObject::connect(reading, &QFutureWatcherBase::finished, reading, &QObject::deleteLater);
    if (cancel)
        cancel->store(true);
    reading = nullptr;
}

} // namespace DriftDeck
