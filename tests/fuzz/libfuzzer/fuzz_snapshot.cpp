// Snapshot files (*.driftsnap.json): the streaming pull parser.
#include "fuzzinput.h"
#include "snapshot/snapshotfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    const SnapshotReadResult result = SnapshotFile::fromJson(Fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (result.snapshot.has_value() == !result.errorString.isEmpty())
        __builtin_trap(); // exactly one of a snapshot and an error
    return 0;
}
