#include "workspaceloader.h"

#include "discoveryreader.h"
#include "historyoptionsreader.h"
#include "loadertext.h"
#include "localfile.h"
#include "logicalrowsreader.h"
#include "nodereader.h"
#include "policyreader.h"
#include "sourcesreader.h"
#include "yamltree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace DriftDeck {

QString WorkspaceError::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out = file;
        if (line > 0) {
            out += u':' + QString::number(line);
            if (column > 0)
                out += u':' + QString::number(column);
        }
        out += QLatin1StringView(": ");
    }
    if (!path.isEmpty())
        out += path + QLatin1StringView(": ");
    return out + message;
}

QString WorkspaceLoadResult::errorString() const
{
    QStringList lines;
    for (const auto &e : errors)
        lines.append(e.toString());
    return lines.join(u'\n');
}

namespace {
// Names appear in keys, templates ("{env}") and on the command line, so they stay simple.
bool isUsableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return pattern.match(name).hasMatch();
}

QList<EnvironmentSpec> readEnvironments(NodeReader &reader, const YamlNode &node,
                                        QList<EnvironmentDiscovery> *discoveries)
{
    const QString path = QStringLiteral("environments");
    QList<EnvironmentSpec> environments;
    if (!reader.expectList(node, path))
        return environments;
    if (node.items.isEmpty())
        reader.error(node, path, LoaderText::tr("list at least one environment"));
    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    for (qsizetype i = 0; i < node.items.size(); ++i) {
        const YamlNode &item = *node.items[i];
        const QString itemPath = NodeReader::child(path, i);
        EnvironmentSpec env;
        const YamlNode *nameNode = &item;
        QString namePath = itemPath;
        if (item.isMap() && item.value(u"discover")) {
            readDiscovery(reader, item, itemPath, discoveries);
            continue;
        }
        if (item.isMap()) {
            reader.checkKeys(item, itemPath,
                             {QStringLiteral("name"), QStringLiteral("displayName"), QStringLiteral("colour")},
                             {QStringLiteral("name")});
            nameNode = item.value(u"name");
            namePath = NodeReader::child(itemPath, u"name");
            if (const YamlNode *display = item.value(u"displayName")) {
                if (const auto text = reader.text(*display, NodeReader::child(itemPath, u"displayName")))
                    env.displayName = *text;
            }
            if (const YamlNode *colour = item.value(u"colour")) {
                const QString colourPath = NodeReader::child(itemPath, u"colour");
                if (colour->isScalar() && colourPattern.match(colour->text).hasMatch()) {
                    env.colour = colour->text.toLower();
                } else {
                    reader.error(
                        *colour, colourPath,
                        LoaderText::tr("expected a colour like \"#3366cc\", got %1").arg(NodeReader::shown(*colour)));
                }
            }
        } else if (!item.isScalar()) {
            reader.error(item, itemPath,
                         LoaderText::tr("expected an environment name or a map with \"name\", got %1")
                             .arg(NodeReader::describe(item)));
            continue;
        }
        if (!nameNode)
            continue;
        const auto name = reader.text(*nameNode, namePath);
        if (!name)
            continue;
        if (!isUsableName(*name)) {
            reader.error(*nameNode, namePath,
                         LoaderText::tr("%1 cannot be an environment name; use letters, digits, \".\", \"-\" and \"_\"")
                             .arg(NodeReader::quoted(*name)));
            continue;
        }
        const bool duplicate = std::any_of(environments.cbegin(), environments.cend(),
                                           [&](const EnvironmentSpec &e) { return e.name == *name; });
        if (duplicate) {
            reader.error(*nameNode, namePath, LoaderText::tr("%1 is declared twice").arg(NodeReader::quoted(*name)));
            continue;
        }
        env.name = *name;
        if (env.displayName.isEmpty())
            env.displayName = env.name;
        environments.append(env);
    }
    if (environments.isEmpty() && !discoveries->isEmpty())
        reader.error(node, path,
                     LoaderText::tr("list at least one environment besides the discovered ones: the baseline"));
    return environments;
}

// False when the file is from a newer Drift Deck: its other keys would only produce noise.
bool readVersion(NodeReader &reader, const YamlNode &root)
{
    const YamlNode *version = root.value(u"version");
    if (!version)
        return true; // reported as a missing key
    const QString path = QStringLiteral("version");
    bool ok = false;
    const qint64 v = version->toInteger(&ok);
    if (!ok) {
        reader.error(
            *version, path,
            LoaderText::tr("expected a format version number like 1, got %1").arg(NodeReader::describe(*version)));
        return true;
    }
    if (v > Workspace::FormatVersion) {
        reader.error(
            *version, path,
            LoaderText::tr("%1 is newer than this Drift Deck understands (%2)").arg(v).arg(Workspace::FormatVersion));
        return false;
    }
    if (v < Workspace::FormatVersion) {
        reader.error(
            *version, path,
            LoaderText::tr("%1 is not a workspace format version; use %2").arg(v).arg(Workspace::FormatVersion));
    }
    return true;
}

QByteArray readSmallFile(const QString &path, QString *error)
{
    // A FIFO or a device (a workspace path that is a pipe) must not block: regular files only here;
    // openInput() reads pipes once and hands the bytes to loadText().
    QFile file;
    QString openError;
    if (!LocalFile::openRegular(file, path, &openError)) {
        *error = LoaderText::tr("cannot be read: %1").arg(openError);
        return {};
    }
    if (file.size() > YamlDocument::MaxBytes) {
        *error = LoaderText::tr("the file is %1 MiB; workspace files may be at most %2 MiB")
                     .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                     .arg(YamlDocument::MaxBytes / (1024 * 1024));
        return {};
    }
    // One byte more than allowed, so a file that grew since size() is still refused by the parser.
    return LocalFile::readAtMost(file, YamlDocument::MaxBytes);
}

// The app-owned file of rules made in the GUI; a missing file simply holds no rules yet.
void loadRulesFile(const QString &displayPath, const QString &absolutePath, const QStringList &environments,
                   Policy *policy, QList<WorkspaceError> *errors)
{
    if (!QFileInfo(absolutePath).isFile())
        return;
    NodeReader reader(displayPath, absolutePath);
    QString readError;
    const QByteArray bytes = readSmallFile(absolutePath, &readError);
    if (!readError.isEmpty()) {
        reader.error(0, 0, {}, readError);
    } else {
        const YamlDocument doc = YamlDocument::parse(bytes);
        reader.addProblems(doc.problems);
        if (doc.problems.isEmpty() && doc.root && !doc.root->isNull())
            readRulesFile(reader, *doc.root, environments, policy);
    }
    errors->append(reader.errors());
}
} // namespace

WorkspaceLoadResult WorkspaceLoader::loadFile(const QString &path)
{
    const QFileInfo info(path);
    QString error;
    if (!info.exists())
        error = LoaderText::tr("the file does not exist");
    else if (info.isDir())
        error = LoaderText::tr("is a folder, not a workspace file");
    QByteArray bytes;
    if (error.isEmpty())
        bytes = readSmallFile(path, &error);
    if (!error.isEmpty()) {
        WorkspaceLoadResult result;
        result.errors.append({path, 0, 0, {}, error});
        return result;
    }
    return loadText(bytes, path);
}

WorkspaceLoadResult WorkspaceLoader::loadText(const QByteArray &text, const QString &path)
{
    WorkspaceLoadResult result;
    Workspace ws;
    ws.filePath = QFileInfo(path).absoluteFilePath();
    ws.policy = Policy::defaults();
    NodeReader reader(path, ws.filePath);

    const YamlDocument doc = YamlDocument::parse(text);
    reader.addProblems(doc.problems);
    if (!doc.problems.isEmpty()) {
        result.errors = reader.errors();
        return result;
    }
    if (!doc.root || doc.root->isNull()) {
        reader.error(0, 0, {},
                     LoaderText::tr("the file is empty; a workspace needs version, name, environments and sources"));
        result.errors = reader.errors();
        return result;
    }
    const YamlNode &root = *doc.root;
    if (!root.isMap()) {
        reader.error(root, {},
                     LoaderText::tr("expected a map of workspace settings (version, name, environments, …) at the top "
                                    "level, got %1")
                         .arg(NodeReader::describe(root)));
        result.errors = reader.errors();
        return result;
    }
    if (!readVersion(reader, root)) {
        result.errors = reader.errors();
        return result;
    }
    reader.checkKeys(
        root, {},
        {QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("baseline"), QStringLiteral("environments"),
         QStringLiteral("normalise"), QStringLiteral("sources"), QStringLiteral("policy"), QStringLiteral("rows"),
         QStringLiteral("history")},
        {QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("environments"), QStringLiteral("sources")});
    if (const YamlNode *name = root.value(u"name")) {
        if (const auto written = reader.text(*name, QStringLiteral("name"))) {
            if (written->trimmed().isEmpty())
                reader.error(*name, QStringLiteral("name"), LoaderText::tr("the workspace needs a name"));
            ws.name = *written;
        }
    }
    if (const YamlNode *environments = root.value(u"environments"))
        ws.environments = readEnvironments(reader, *environments, &ws.discoveries);
    const QStringList names = ws.environmentNames();
    if (const YamlNode *baseline = root.value(u"baseline")) {
        if (const auto env = reader.environment(*baseline, QStringLiteral("baseline"), names))
            ws.baseline = *env;
    } else if (!names.isEmpty()) {
        ws.baseline = names.last(); // by convention environments run towards production
    }
    if (const YamlNode *normalise = root.value(u"normalise"))
        readNormalisation(reader, *normalise, QStringLiteral("normalise"), &ws.normalisation);
    if (const YamlNode *sources = root.value(u"sources"))
        ws.sources = readSources(reader, *sources, QStringLiteral("sources"), names, ws.normalisation);
    if (const YamlNode *environments = root.value(u"environments"); environments && !ws.discoveries.isEmpty())
        checkDiscoverySources(reader, *environments, ws);
    if (const YamlNode *rows = root.value(u"rows"))
        readLogicalRows(reader, *rows, names, &ws.rows);
    if (const YamlNode *history = root.value(u"history"))
        ws.history = readHistoryOptions(reader, *history, ws);
    QString rulesFile;
    if (const YamlNode *policy = root.value(u"policy"))
        readPolicy(reader, *policy, names, &ws.policy, &rulesFile);

    result.errors = reader.errors();
    std::stable_sort(result.errors.begin(), result.errors.end(), [](const WorkspaceError &a, const WorkspaceError &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });

    // Rules made in the GUI live beside the workspace so the user's own file is never rewritten.
    if (rulesFile.isEmpty())
        rulesFile = QFileInfo(path).completeBaseName() + QLatin1StringView(".rules.yaml");
    ws.rulesFilePath = ws.resolvePath(rulesFile);
    const QString rulesDisplay
        = QDir::isAbsolutePath(rulesFile) ? rulesFile : QDir::cleanPath(QFileInfo(path).path() + u'/' + rulesFile);
    loadRulesFile(rulesDisplay, ws.rulesFilePath, names, &ws.policy, &result.errors);

    if (result.errors.isEmpty())
        result.workspace = std::move(ws);
    return result;
}

} // namespace DriftDeck
