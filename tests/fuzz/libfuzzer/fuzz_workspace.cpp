// The workspace file: YAML, validated into environments, sources and policy.
#include "fuzzinput.h"
#include "workspace/workspaceloader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    const WorkspaceLoadResult result = WorkspaceLoader::loadText(Fuzz::bytes(data, size), QStringLiteral("fuzz.yaml"));
    if (!result.ok() && result.errors.isEmpty())
        __builtin_trap(); // neither a workspace nor a reason
    return 0;
}
