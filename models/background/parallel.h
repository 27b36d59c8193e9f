#pragma once

#include <functional>

namespace DriftDeck {

// Runs body(0) … body(count - 1) in parallel and returns when all are done.
//
// The work goes to a pool of its own, never to the global thread pool: callers of parallelFor
// usually run on the global pool themselves, and waiting there for tasks queued behind them on
// the same pool deadlocks a 2-core machine (two callers fill both threads, nobody runs the
// tasks). body must never block on other work; a parallelFor inside a body runs inline.
void parallelFor(int count, const std::function<void(int)> &body);

} // namespace DriftDeck
