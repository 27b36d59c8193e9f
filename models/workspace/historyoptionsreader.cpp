#include "historyoptionsreader.h"

#include "loadertext.h"

#include <QDir>

#include <cmath>

namespace DriftDeck {

namespace {

// The same bounds as the window's settings (HistorySettings), repeated here because the
// workspace reader must not depend on the pipeline.
constexpr int MaximumKeepCount = 1000000;
constexpr int MaximumKeepDays = 36500;

int readLimit(NodeReader &reader, const YamlNode &node, const QString &path, int minimum, int maximum)
{
    const std::optional<double> number = reader.number(node, path);
    if (!number)
        return -2;
    if (*number == -1)
        return -1;
    if (std::floor(*number) != *number || *number < minimum || *number > maximum) {
        reader.error(node, path,
                     LoaderText::tr("expected a whole number from %1 to %2, or -1 for no limit; got %3")
                         .arg(minimum)
                         .arg(maximum)
                         .arg(NodeReader::shown(node)));
        return -2;
    }
    return int(*number);
}

} // namespace

HistoryOptions readHistoryOptions(NodeReader &reader, const YamlNode &node, const Workspace &workspace)
{
    HistoryOptions options;
    const QString path = QStringLiteral("history");
    if (!reader.expectMap(node, path))
        return options;
    reader.checkKeys(node, path, {QStringLiteral("folder"), QStringLiteral("keepCount"), QStringLiteral("keepDays")});
    if (const YamlNode *folder = node.value(u"folder")) {
        const QString p = NodeReader::child(path, u"folder");
        if (const auto written = reader.text(*folder, p)) {
            QString expanded = written->trimmed();
            if (expanded == u'~' || expanded.startsWith(QLatin1StringView("~/")))
                expanded = QDir::homePath() + expanded.mid(1);
            if (expanded.isEmpty())
                reader.error(*folder, p, LoaderText::tr("the history folder must not be empty"));
            else
                options.folder = QDir::cleanPath(workspace.resolvePath(expanded));
        }
    }
    // At least one snapshot is kept by count, so a save is never deleted by its own retention.
    if (const YamlNode *count = node.value(u"keepCount"))
        options.keepCount = readLimit(reader, *count, NodeReader::child(path, u"keepCount"), 1, MaximumKeepCount);
    if (const YamlNode *days = node.value(u"keepDays"))
        options.keepDays = readLimit(reader, *days, NodeReader::child(path, u"keepDays"), 0, MaximumKeepDays);
    return options;
}

} // namespace DriftDeck
