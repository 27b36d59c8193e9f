#include "composesource.h"

#include "composerows.h"
#include "listedfiles.h"
#include "sources/configformats/configreaders.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>

namespace DriftDeck {

namespace {

// A dotenv file's variables as tree nodes, so their positions reach the provenance.
ComposeEnvFile readDotenv(const QString &absolute, const QString &label, const Normaliser &normaliser)
{
    ComposeEnvFile out;
    out.label = label;
    const ConfigFileContent content = readConfigFile(absolute, label, ConfigFormat::Dotenv, normaliser, {});
    if (!content.ok()) {
        out.errorString = content.errorString;
        return out;
    }
    for (const ConfigSetting &setting : content.settings) {
        FileTreeNode node;
        node.kind = FileTreeNode::Kind::Scalar;
        node.text = setting.value.display();
        node.quoted = true; // a variable is a string
        node.line = setting.position.line;
        node.column = setting.position.column;
        out.variables.append({setting.key, node});
    }
    return out;
}

SourceResult readCompose(const SourceContext &context, const CancelFlag &cancelled)
{
    const QList<ListedFile> files = listedFiles(context, QStringLiteral("files"));
    if (files.isEmpty())
        return SourceResult::failure(ComposeSource::tr("docker-compose: the \"files\" option is missing"));
    const Normaliser normaliser(context.normalisation);
    QList<ComposeFileInput> inputs;
    for (const ListedFile &file : files)
        inputs.append({file.absolute, file.label});
    // Compose's project folder is the first file's: .env and env_file paths are relative to it.
    const QString projectLabel = QFileInfo(files.constFirst().label).path();
    const QDir projectDir = QFileInfo(inputs.constFirst().absolutePath).absoluteDir();

    QHash<QString, QString> variables;
    QString envFile = expandTemplate(context.options.value(QStringLiteral("envFile")).toString(), context.environment);
    const bool explicitEnvFile = !envFile.isEmpty();
    if (!explicitEnvFile)
        envFile = QDir::cleanPath(projectLabel + QLatin1StringView("/.env"));
    const QString envFilePath
        = explicitEnvFile ? context.resolvePath(envFile) : projectDir.filePath(QStringLiteral(".env"));
    QStringList warnings;
    if (QFileInfo(envFilePath).isFile()) {
        const ComposeEnvFile dotenv = readDotenv(envFilePath, envFile, normaliser);
        if (!dotenv.errorString.isEmpty())
            return SourceResult::failure(dotenv.errorString);
        for (const auto &[name, node] : dotenv.variables)
            variables.insert(name, node.text);
    } else if (explicitEnvFile) {
        return SourceResult::failure(ComposeSource::tr("%1: no such file").arg(envFile));
    }
    const QVariantMap extra = context.options.value(QStringLiteral("variables")).toMap();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        variables.insert(it.key(), it.value().toString());

    const ComposeProject project = loadComposeProject(inputs, variables, cancelled);
    if (!project.ok())
        return SourceResult::failure(project.errorString);

    const auto readEnvFile = [&](const QString &path, bool required) -> ComposeEnvFile {
        const QString absolute = QDir::isAbsolutePath(path) ? path : projectDir.filePath(path);
        const QString label = QDir::isAbsolutePath(path) ? path : QDir::cleanPath(projectLabel + u'/' + path);
        if (!QFileInfo(absolute).isFile()) {
            if (!required)
                return {};
            return {label, {}, ComposeSource::tr("%1: env_file not found").arg(label)};
        }
        return readDotenv(absolute, label, normaliser);
    };
    SourceResult result = composeRows(project, readEnvFile, normaliser, context.sourceId);
    result.warnings += warnings;
    return result;
}

} // namespace

ComposeSource::ComposeSource(SourceContext context, QObject *parent)
    : FileSource(std::move(context), &readCompose, parent)
{
}

SourceType composeSourceType()
{
    using Kind = SourceOption::Kind;
    SourceType type;
    type.localFilesOnly = true;
    type.name = ComposeSource::TypeName;
    type.description = ComposeSource::tr("Services of docker-compose files: images, environment, ports, resources "
                                         "and healthchecks, merged and interpolated as Compose does");
    type.keyPrefixes = {QStringLiteral("image/"), QStringLiteral("config/compose."), QStringLiteral("infra/compose.")};
    type.options = {
        {QStringLiteral("files"), Kind::PathList, true,
         ComposeSource::tr("Compose files in order, later ones overriding earlier ones; may contain {env}")},
        {QStringLiteral("envFile"), Kind::Path, false,
         ComposeSource::tr("The .env file whose variables fill ${…} (default: .env beside the first file)")},
        {QStringLiteral("variables"), Kind::Map, false,
         ComposeSource::tr("Variables for ${…}, overriding the .env file's")},
    };
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<ComposeSource>(context);
    };
    return type;
}

} // namespace DriftDeck
