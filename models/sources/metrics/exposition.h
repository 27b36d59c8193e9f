#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace DriftDeck {

// One sample of the Prometheus text exposition format (text/plain; version=0.0.4):
// name{label="value",…} value [timestamp]
struct MetricSample {
    QString name;
    QList<std::pair<QString, QString>> labels;
    QString value; // as written: "1", "0.25", "NaN", "+Inf"

    QString label(const QString &name) const;
};

struct Exposition {
    QList<MetricSample> samples;
    QString errorString; // "line 12: …"; samples read before the error are kept
};

// Reads a whole /metrics body. # HELP and # TYPE lines (and other comments) are skipped; label
// values unescape \\, \" and \n.
Exposition parseExposition(const QByteArray &text);

} // namespace DriftDeck
