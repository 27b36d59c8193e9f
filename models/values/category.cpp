#include "category.h"

#include <QCoreApplication>

namespace DriftDeck {

Category categoryOfKey(QStringView key)
{
    const qsizetype slash = key.indexOf(u'/');
    const QStringView ns = slash < 0 ? QStringView() : key.left(slash);
    if (ns == u"config")
        return Category::Configuration;
    if (ns == u"flag")
        return Category::FeatureFlags;
    if (ns == u"image" || ns == u"runtime")
        return Category::Versions;
    if (ns == u"infra")
        return Category::Infrastructure;
    if (ns == u"metric")
        return Category::Metrics;
    if (ns == u"tls")
        return Category::Tls;
    return Category::Other;
}

QString categoryId(Category category)
{
    switch (category) {
    case Category::Versions:
        return QStringLiteral("versions");
    case Category::Configuration:
        return QStringLiteral("config");
    case Category::FeatureFlags:
        return QStringLiteral("flags");
    case Category::Infrastructure:
        return QStringLiteral("infra");
    case Category::Metrics:
        return QStringLiteral("metrics");
    case Category::Tls:
        return QStringLiteral("tls");
    case Category::Other:
        break;
    }
    return QStringLiteral("other");
}

QString categoryTitle(Category category)
{
    switch (category) {
    case Category::Versions:
        return QCoreApplication::translate("DriftDeck::Category", "Versions");
    case Category::Configuration:
        return QCoreApplication::translate("DriftDeck::Category", "Configuration");
    case Category::FeatureFlags:
        return QCoreApplication::translate("DriftDeck::Category", "Feature flags");
    case Category::Infrastructure:
        return QCoreApplication::translate("DriftDeck::Category", "Infrastructure");
    case Category::Metrics:
        return QCoreApplication::translate("DriftDeck::Category", "Metrics");
    case Category::Tls:
        return QCoreApplication::translate("DriftDeck::Category", "TLS");
    case Category::Other:
        break;
    }
    return QCoreApplication::translate("DriftDeck::Category", "Other");
}

} // namespace DriftDeck
