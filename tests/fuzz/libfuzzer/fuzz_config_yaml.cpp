// Configuration files in the Yaml format, read as a config-files layer reads them (size and
// UTF-8 checks, then the parser).
#include "fuzzinput.h"
#include "sources/configformats/configreaders.h"
#include "values/normaliser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    static Fuzz::MemoryFile file;
    static const Normaliser normaliser;
    const ConfigFileContent content = readConfigFile(file.write(data, size), QStringLiteral("fuzz.yaml"),
                                                     ConfigFormat::Yaml, normaliser, QStringLiteral("config/"));
    if (!content.ok() && content.settingCount() > 0)
        __builtin_trap(); // a failed file must not hand out half its settings
    return 0;
}
