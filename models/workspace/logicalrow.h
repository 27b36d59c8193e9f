#pragma once

#include "policy.h"

#include <QList>
#include <QString>

namespace DriftDeck {

// Where one environment's value of a logical row comes from: a key the sources captured and,
// optionally, a regular expression that extracts the value from it (its first capture group, or
// the whole match), e.g. "postgres:(\d+(?:\.\d+)*)" on the compose image "postgres:15".
struct LogicalRowSource {
    QString environment; // "*": every environment not named otherwise
    QString key;
    QString pattern; // empty: the value as it is
};

// A row that takes each environment's value from a different key ("Postgres version": compose's
// image locally, the exporter in staging, Terraform's engine_version in production), written in
// the workspace's `rows:` section and applied to every capture before drift is computed.
struct LogicalRow {
    // How the values compare: exactly, or only by the first one or two numbers of a version
    // ("15.2" and "15.4" are the same major; the cell still shows the whole value).
    enum class Compare { Exact, SameMajor, SameMinor };

    QString key; // the row's own key, with a category: "infra/postgres"
    QList<LogicalRowSource> sources;
    Compare compare = Compare::Exact;
    RuleOrigin origin;

    // The source for environment (its own, else "*"), or nullptr.
    const LogicalRowSource *sourceFor(QStringView environment) const;
};

} // namespace DriftDeck
