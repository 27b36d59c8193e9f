#include "parallel.h"

#include <QThreadPool>
#include <QtConcurrentMap>

#include <numeric>
#include <vector>

namespace DriftDeck {

namespace {

// True on the compute pool's own threads: a nested parallelFor there runs inline rather than
// waiting for threads that may all be busy waiting too.
thread_local bool onComputeThread = false;

QThreadPool &computePool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool; // lives for the process; its threads expire when idle
        created->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        created->setObjectName(QStringLiteral("DriftDeck compute"));
        return created;
    }();
    return *pool;
}

} // namespace

void parallelFor(int count, const std::function<void(int)> &body)
{
    if (count <= 0)
        return;
    if (count == 1 || onComputeThread) {
        for (int i = 0; i < count; ++i)
            body(i);
        return;
    }
    std::vector<int> indexes(static_cast<size_t>(count));
    std::iota(indexes.begin(), indexes.end(), 0);
    QtConcurrent::blockingMap(&computePool(), indexes, [&body](int index) {
        const bool wasOnComputeThread = onComputeThread;
        onComputeThread = true;
        body(index);
        onComputeThread = wasOnComputeThread;
    });
}

} // namespace DriftDeck
