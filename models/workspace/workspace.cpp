#include "workspace.h"

#include <QDir>
#include <QFileInfo>

namespace DriftDeck {

QString expandTemplate(const QString &text, const QString &environment)
{
    if (!text.contains(u'{'))
        return text;
    QString out = text;
    out.replace(QLatin1StringView("{env}"), environment);
    out.replace(QLatin1StringView("{environment}"), environment);
    return out;
}

namespace {
QVariant expandVariant(const QVariant &value, const QString &environment)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return expandTemplate(value.toString(), environment);
    case QMetaType::QVariantList: {
        QVariantList list = value.toList();
        for (QVariant &item : list)
            item = expandVariant(item, environment);
        return list;
    }
    case QMetaType::QVariantMap: {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            it.value() = expandVariant(it.value(), environment);
        return map;
    }
    default:
        return value;
    }
}
} // namespace

bool SourceSpec::appliesTo(const QString &environment) const
{
    return environments.isEmpty() || environments.contains(environment);
}

QVariantMap SourceSpec::optionsFor(const QString &environment) const
{
    QVariantMap merged = options;
    const auto it = overrides.constFind(environment);
    if (it != overrides.cend()) {
        for (auto o = it->cbegin(); o != it->cend(); ++o)
            merged.insert(o.key(), o.value());
    }
    return expandVariant(merged, environment).toMap();
}

CredentialRef SourceSpec::credentialsFor(const QString &environment) const
{
    CredentialRef ref = credentials;
    ref.name = expandTemplate(ref.name, environment);
    return ref;
}

QVariantMap SourceSpec::optionsFor(const EnvironmentSpec &environment) const
{
    if (environment.listedBy != id)
        return optionsFor(environment.name);
    QVariantMap listed = optionsFor(environment.listedLike);
    listed.insert(type == u"registry" ? QStringLiteral("tag") : QStringLiteral("namespace"), environment.name);
    return listed;
}

CredentialRef SourceSpec::credentialsFor(const EnvironmentSpec &environment) const
{
    return credentialsFor(environment.listedBy == id ? environment.listedLike : environment.name);
}

QString Workspace::directory() const
{
    return QFileInfo(filePath).absolutePath();
}

QString Workspace::resolvePath(const QString &path) const
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir::cleanPath(directory() + u'/' + path);
}

int Workspace::environmentIndex(QStringView name) const
{
    for (qsizetype i = 0; i < environments.size(); ++i) {
        if (environments[i].name == name)
            return int(i);
    }
    return -1;
}

QStringList Workspace::environmentNames() const
{
    QStringList names;
    names.reserve(environments.size());
    for (const auto &env : environments)
        names.append(env.name);
    return names;
}

} // namespace DriftDeck
