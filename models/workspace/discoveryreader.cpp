#include "discoveryreader.h"

#include "loadertext.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace DriftDeck {

namespace {

std::optional<QString> optionalText(NodeReader &reader, const YamlNode &item, const QString &itemPath, QStringView key)
{
    const YamlNode *node = item.value(key);
    return node ? reader.text(*node, NodeReader::child(itemPath, key)) : std::nullopt;
}

} // namespace

void readDiscovery(NodeReader &reader, const YamlNode &item, const QString &itemPath,
                   QList<EnvironmentDiscovery> *discoveries)
{
    reader.checkKeys(item, itemPath,
                     {QStringLiteral("discover"), QStringLiteral("newest"), QStringLiteral("group"),
                      QStringLiteral("from"), QStringLiteral("environment"), QStringLiteral("labelSelector"),
                      QStringLiteral("repository")},
                     {QStringLiteral("discover")});
    EnvironmentDiscovery discovery;
    const QString globPath = NodeReader::child(itemPath, u"discover");
    const YamlNode *glob = item.value(u"discover");
    const auto text = glob ? reader.text(*glob, globPath) : std::nullopt;
    if (!text)
        return;
    discovery.source = optionalText(reader, item, itemPath, u"from").value_or(QString());
    static const QRegularExpression wildcard(QStringLiteral("[*?\\[]"));
    const qsizetype slash = text->lastIndexOf(u'/');
    if (text->isEmpty() || (slash >= 0 && text->left(slash).contains(wildcard))) {
        reader.error(*glob, globPath,
                     LoaderText::tr("%1: only the last part of the path may hold wildcards, as in \"previews/pr-*\"")
                         .arg(NodeReader::quoted(*text)));
        return;
    }
    if (!discovery.source.isEmpty() && slash >= 0) {
        reader.error(*glob, globPath,
                     LoaderText::tr("%1: a source lists names, not paths; write a pattern such as \"preview-pr-*\"")
                         .arg(NodeReader::quoted(*text)));
        return;
    }
    discovery.glob = *text;
    if (const YamlNode *newest = item.value(u"newest")) {
        const QString newestPath = NodeReader::child(itemPath, u"newest");
        if (const auto count = reader.number(*newest, newestPath)) {
            if (*count < 1 || *count != std::floor(*count))
                reader.error(*newest, newestPath, LoaderText::tr("expected a whole number of environments, 1 or more"));
            else
                discovery.newest = int(std::min(*count, 1000.0));
        }
    }
    discovery.group = optionalText(reader, item, itemPath, u"group").value_or(QString());
    discovery.environment = optionalText(reader, item, itemPath, u"environment").value_or(QString());
    discovery.labelSelector = optionalText(reader, item, itemPath, u"labelSelector").value_or(QString()).trimmed();
    discovery.repository = optionalText(reader, item, itemPath, u"repository").value_or(QString()).trimmed();
    discoveries->append(discovery);
}

void checkDiscoverySources(NodeReader &reader, const YamlNode &environments, const Workspace &workspace)
{
    const QString path = QStringLiteral("environments");
    const QStringList declared = workspace.environmentNames();
    for (qsizetype i = 0; i < environments.items.size(); ++i) {
        const YamlNode &item = *environments.items[i];
        if (!item.isMap() || !item.value(u"discover"))
            continue;
        const QString itemPath = NodeReader::child(path, i);
        const YamlNode *from = item.value(u"from");
        const QString fromPath = NodeReader::child(itemPath, u"from");
        for (const QString &key :
             {QStringLiteral("environment"), QStringLiteral("labelSelector"), QStringLiteral("repository")}) {
            if (!from && item.value(key))
                reader.error(*item.value(key), NodeReader::child(itemPath, key),
                             LoaderText::tr("only a discovery with \"from\" (a source that lists names) takes %1")
                                 .arg(NodeReader::quoted(key)));
        }
        if (!from || !from->isScalar())
            continue;
        const auto spec = std::find_if(workspace.sources.cbegin(), workspace.sources.cend(),
                                       [&](const SourceSpec &s) { return s.id == from->text; });
        if (spec == workspace.sources.cend()) {
            QStringList ids;
            for (const SourceSpec &s : workspace.sources)
                ids.append(s.id);
            reader.error(*from, fromPath,
                         LoaderText::tr("no source has the id %1 (the sources are %2)")
                             .arg(NodeReader::quoted(from->text), ids.join(QLatin1StringView(", "))));
            continue;
        }
        const bool kubernetes = spec->type == u"kubernetes";
        const bool registry = spec->type == u"registry";
        if (!kubernetes && !registry) {
            reader.error(*from, fromPath,
                         LoaderText::tr("%1 is a %2 source; environments are discovered from a kubernetes source "
                                        "(namespaces) or a registry source (tags)")
                             .arg(NodeReader::quoted(from->text), spec->type));
            continue;
        }
        if (const YamlNode *selector = item.value(u"labelSelector"); selector && !kubernetes)
            reader.error(*selector, NodeReader::child(itemPath, u"labelSelector"),
                         LoaderText::tr("labelSelector narrows the namespaces of a kubernetes source"));
        if (const YamlNode *repository = item.value(u"repository"); repository && !registry)
            reader.error(*repository, NodeReader::child(itemPath, u"repository"),
                         LoaderText::tr("repository names whose tags a registry source lists"));
        if (const YamlNode *environment = item.value(u"environment"))
            reader.environment(*environment, NodeReader::child(itemPath, u"environment"), declared);
    }
}

} // namespace DriftDeck
