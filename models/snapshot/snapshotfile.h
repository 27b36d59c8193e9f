#pragma once

#include "snapshot.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace DriftDeck {

// The outcome of reading a snapshot: the snapshot (indexed, ready for the drift engine), or an
// error that names the file and, for content problems, the field ("environments[1].name: …").
struct SnapshotReadResult {
    std::optional<Snapshot> snapshot;
    QString errorString;

    bool ok() const { return snapshot.has_value(); }
};

// Snapshot files (*.driftsnap.json): one JSON document per capture, written as a stream (one
// entry a line) and read by a pull parser, so twenty environments of 100,000 keys each stay
// within seconds and a few hundred megabytes. Secrets are written as fingerprints only.
class SnapshotFile
{
public:
    static constexpr const char *Format = "driftdeck-snapshot";
    static constexpr qint64 MaximumFileSize = qint64(1) << 30; // 1 GiB

    static SnapshotReadResult read(const QString &path);
    // nameForMessages prefixes every error ("staging.json: …").
    static SnapshotReadResult fromJson(const QByteArray &bytes, const QString &nameForMessages);
    static QByteArray toJson(const Snapshot &snapshot);
    // Atomic: the file is replaced only once everything was written.
    static bool write(const Snapshot &snapshot, const QString &path, QString *error = nullptr);
};

} // namespace DriftDeck
