#pragma once

#include <atomic>
#include <memory>

namespace DriftDeck {

// The one way background work learns that nobody wants its result any more.
//
// The requester keeps a CancelFlagPtr and hands a copy to the work; work captures copies of its
// inputs and this flag, never `this` of an object that may die first. To drop stale work, the
// requester sets the flag and lets go of the work's watcher (disconnecting it), so a late result
// is never applied; the work checks the flag between steps and ends early. Nobody waits for it.
using CancelFlag = std::atomic_bool;
using CancelFlagPtr = std::shared_ptr<CancelFlag>;

inline CancelFlagPtr makeCancelFlag()
{
    return std::make_shared<CancelFlag>(false);
}

} // namespace DriftDeck
