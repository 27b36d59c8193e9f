#pragma once

#include "sources/source.h"

#include <QString>
#include <QVariantMap>

#include <memory>

namespace DriftDeck::Testing {

// How one run of a source ended, for assertions.
struct SourceOutcome {
    bool finished = false; // valuesAvailable or failed arrived in time
    int emissions = 0; // must be exactly 1
    SourceResult result; // errorString set when failed
    qint64 elapsedMs = 0;

    bool ok() const { return finished && result.ok(); }
    QString error() const { return result.errorString; }
    // The display text of key, or "<missing>".
    QString value(const QString &key) const;
    bool has(const QString &key) const { return result.entries.contains(key); }
};

// Starts source and waits (event loop running) until it reports or waitMs passes; then keeps
// the loop running briefly to catch a second, forbidden emission.
SourceOutcome runSource(Source &source, int waitMs = 30000);

// Creates a source of a registered type for one environment and runs it.
SourceOutcome runSource(const QString &type, const QVariantMap &options, const QString &credential = {},
                        int timeoutMs = 10000, const QString &environment = QStringLiteral("staging"));

std::unique_ptr<Source> createSource(const QString &type, const QVariantMap &options, const QString &credential = {},
                                     int timeoutMs = 10000, const QString &environment = QStringLiteral("staging"));

} // namespace DriftDeck::Testing
