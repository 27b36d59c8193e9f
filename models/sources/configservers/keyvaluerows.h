#pragma once

#include "sources/source.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace DriftDeck {

// One key of a key-value store (etcd, Consul) as the server listed it.
struct StoredKey {
    QByteArray key; // the full key, prefix included
    QByteArray value;
    qint64 modifiedAt = 0; // etcd mod_revision, Consul ModifyIndex
};

// "database/poolSize" → "config/database.poolSize": the part after the prefix, with slashes as
// dots so a key-value store lines up with the same setting read from a file. Leading and trailing
// slashes are dropped; empty when nothing is left.
QString configKeyFromStorePath(QStringView path);

// A stored byte string as a value: UTF-8 text goes through the normaliser like a value in a
// .properties file ("20" == 20, JSON compared structurally); anything else is compared as
// "base64:<bytes>" and *binary is set.
Value storedValue(const QByteArray &bytes, const Normaliser &normaliser, bool *binary = nullptr);

// Rows for the keys below prefix. The store has no files or lines, so provenance says when a
// key last changed: keys changed at the same revision/index share one layer, labelled by
// layerLabel(modifiedAt). Keys that are the prefix itself or are binary add a warning.
SourceResult keyValueResult(const QList<StoredKey> &keys, const QByteArray &prefix, const QString &sourceId,
                            const QString &location, const std::function<QString(qint64)> &layerLabel,
                            const Normaliser &normaliser);

} // namespace DriftDeck
