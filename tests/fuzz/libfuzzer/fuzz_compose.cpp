// Compose files: YAML read, interpolated (${VAR:-default}, ${VAR:?error}, $$) and made rows of.
// The input is one file, or two merged in order when it holds a line "---8<---".
#include "fuzzinput.h"
#include "sources/environmentfiles/composeproject.h"
#include "sources/environmentfiles/composerows.h"
#include "values/normaliser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    static const Normaliser normaliser;
    static const QHash<QString, QString> variables{{QStringLiteral("TAG"), QStringLiteral("2.14.0")},
                                                   {QStringLiteral("EMPTY"), QString()}};
    const QByteArray body = Fuzz::bytes(data, size);
    QList<std::pair<QString, QByteArray>> files;
    const qsizetype cut = body.indexOf("\n---8<---\n");
    if (cut >= 0) {
        files.append({QStringLiteral("compose.yaml"), body.left(cut)});
        files.append({QStringLiteral("compose.override.yaml"), body.mid(cut + 10)});
    } else {
        files.append({QStringLiteral("compose.yaml"), body});
    }
    const ComposeProject project = composeProjectFromText(files, variables);
    if (!project.ok())
        return 0;
    const auto noEnvFiles = [](const QString &path, bool) {
        ComposeEnvFile none;
        none.label = path;
        return none;
    };
    (void)composeRows(project, noEnvFiles, normaliser, QStringLiteral("compose"));
    return 0;
}
