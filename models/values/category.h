#pragma once

#include <QString>
#include <QStringView>

namespace DriftDeck {

// Keys are namespaced ("config/database.poolSize", "image/checkout-api", "flag/x/rollout");
// the namespace decides the group a row is shown in. Order here is the order of the groups.
enum class Category : quint8 {
    Versions, // image/, runtime/
    Configuration, // config/
    FeatureFlags, // flag/
    Infrastructure, // infra/
    Metrics, // metric/
    Tls, // tls/
    Other,
};
inline constexpr int CategoryCount = 7;

Category categoryOfKey(QStringView key);
// Stable identifier for files and the command line: versions, config, flags, infra, metrics, tls, other.
QString categoryId(Category category);
// Translated name for people: "Feature flags".
QString categoryTitle(Category category);

} // namespace DriftDeck
