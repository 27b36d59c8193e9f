#pragma once

#include "configformats/configcontent.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace DriftDeck {

struct SourceContext;

// The options of a config-files source, checked and with {env} expanded.
struct ConfigFilesOptions {
    ConfigFileContent defaults; // flattened like a file, keys "config/…", no positions
    QStringList layers; // as written, relative to the workspace folder
    QString dotenv;
    QHash<QString, QString> envMapping; // variable -> "config/<dotted key>"
    bool optional = true;

    // Returns an error message, or an empty string when the options are usable.
    QString parse(const SourceContext &context);
};

} // namespace DriftDeck
