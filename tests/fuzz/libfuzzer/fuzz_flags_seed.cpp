// Flag files in the seed format (JSON or YAML), read as the flag-file source reads them.
#include "fuzzinput.h"
#include "sources/flagformats/flagfilesource.h"
#include "values/normaliser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    static Fuzz::MemoryFile file;
    static const Normaliser normaliser;
    const SourceResult result = readFlagFile(file.write(data, size), QStringLiteral("flags.json"), FlagFileFormat::Seed,
                                             normaliser, QStringLiteral("flags"));
    if (!result.ok() && !result.errorString.contains(QStringLiteral("flags.json")))
        __builtin_trap(); // errors name the file, so the user can find it
    for (auto it = result.entries.cbegin(); it != result.entries.cend(); ++it) {
        if (!it.key().startsWith(QStringLiteral("flag/")))
            __builtin_trap();
    }
    return 0;
}
