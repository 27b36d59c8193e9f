#include "category.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::Category, the same in lupdate and at run time.
struct CategoryText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::Category)
};

} // namespace

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
        return CategoryText::tr("Versions");
    case Category::Configuration:
        return CategoryText::tr("Configuration");
    case Category::FeatureFlags:
        return CategoryText::tr("Feature flags");
    case Category::Infrastructure:
        return CategoryText::tr("Infrastructure");
    case Category::Metrics:
        return CategoryText::tr("Metrics");
    case Category::Tls:
        return CategoryText::tr("TLS");
    case Category::Other:
        break;
    }
    return CategoryText::tr("Other");
}

} // namespace DriftDeck
