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

// Snapshot files (*.driftsnap.json). Format version 2, what write() produces: a JSON header (the
// workspace, policy, environments with their layers and sources; `head` shows it) followed by
// one line break, the entries packed as columns (SnapshotColumns) and compressed, and a last
// line "sha256:<hex>" over everything before it, so a damaged or cut file is refused as such.
// A 20 × 100,000 snapshot takes a few bytes per cell. Version 1 files, entries written inline
// as JSON (what toJson() gives, for the PDF attachment and for people), are still read.
// Secrets are written as fingerprints only.
class SnapshotFile
{
public:
    static constexpr const char *Format = "driftdeck-snapshot";
    static constexpr const char *Encoding = "driftdeck-columns+zlib";
    static constexpr int JsonFormatVersion = 1;
    static constexpr qint64 MaximumFileSize = qint64(1) << 30; // 1 GiB
    static constexpr qint64 MaximumUnpackedSize = (qint64(1) << 31) - 1; // what zlib unpacks in one go

    static SnapshotReadResult read(const QString &path);
    // A snapshot in either version, from memory; nameForMessages prefixes every error
    // ("staging.json: …").
    static SnapshotReadResult fromBytes(QByteArrayView bytes, const QString &nameForMessages);
    static SnapshotReadResult fromJson(const QByteArray &bytes, const QString &nameForMessages)
    {
        return fromBytes(bytes, nameForMessages);
    }
    // Version 1: everything as one JSON document, entries inline.
    static QByteArray toJson(const Snapshot &snapshot);
    // Version 2, the bytes write() puts in a file.
    static QByteArray toBytes(const Snapshot &snapshot);
    // Atomic: the file is replaced only once everything was written.
    static bool write(const Snapshot &snapshot, const QString &path, QString *error = nullptr);
    // Whether the first bytes of a file are those of a snapshot (either version).
    static bool looksLikeSnapshot(QByteArrayView head);
};

} // namespace DriftDeck
