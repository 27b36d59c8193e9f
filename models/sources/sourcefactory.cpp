#include "sourcefactory.h"

namespace DriftDeck {

const SourceOption *SourceType::option(QStringView name) const
{
    for (const auto &o : options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

SourceFactory &SourceFactory::instance()
{
    static SourceFactory factory;
    return factory;
}

SourceFactory::SourceFactory()
{
    registerBuiltinSourceTypes(*this);
}

void SourceFactory::registerType(SourceType type)
{
    for (auto &existing : m_types) {
        if (existing.name == type.name) {
            existing = std::move(type);
            return;
        }
    }
    m_types.append(std::move(type));
}

const SourceType *SourceFactory::type(QStringView name) const
{
    for (const auto &t : m_types) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList SourceFactory::typeNames() const
{
    QStringList names;
    for (const auto &t : m_types)
        names.append(t.name);
    return names;
}

std::unique_ptr<Source> SourceFactory::create(const SourceContext &context, const QString &typeName) const
{
    const SourceType *t = type(typeName);
    return (t && t->create) ? t->create(context) : nullptr;
}

} // namespace DriftDeck
