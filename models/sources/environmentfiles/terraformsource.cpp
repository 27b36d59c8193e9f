#include "terraformsource.h"

#include "filetree.h"
#include "listedfiles.h"
#include "terraformformat.h"
#include "tfvarsformat.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>

namespace DriftDeck {

namespace {

// Terraform state files of large estates reach tens of MiB; beyond this something is wrong.
constexpr qint64 MaximumFileSize = 256 * 1024 * 1024;

// Appends what one file gave, its layers renumbered; a later file's row keeps the earlier chain.
void append(SourceResult &into, SourceResult &&from)
{
    const qint32 offset = qint32(into.layers.size());
    into.layers += from.layers;
    for (auto it = from.entries.begin(); it != from.entries.end(); ++it) {
        Entry entry = std::move(it.value());
        for (Origin &origin : entry.provenance)
            origin.layer += offset;
        if (const auto existing = into.entries.constFind(it.key()); existing != into.entries.cend())
            entry.provenance = existing->provenance + entry.provenance;
        into.entries.emplace(it.key(), std::move(entry));
    }
}

SourceResult readTerraform(const SourceContext &context, const CancelFlag &cancelled)
{
    const QString show = expandTemplate(context.options.value(QStringLiteral("show")).toString(), context.environment);
    const QList<ListedFile> varFiles = listedFiles(context, QStringLiteral("varFiles"));
    if (show.isEmpty() && varFiles.isEmpty())
        return SourceResult::failure(TerraformSource::tr("terraform: give \"show\" (terraform show -json output), "
                                                         "\"varFiles\" or both"));
    const Normaliser normaliser(context.normalisation);
    SourceResult result;
    for (const ListedFile &file : varFiles) {
        if (cancelled.load())
            return SourceResult::failure(TerraformSource::tr("Cancelled"));
        const QString &label = file.label;
        QByteArray bytes;
        if (QString error = readListedFile(file, MaximumFileSize, &bytes); !error.isEmpty())
            return SourceResult::failure(error);
        SourceResult vars = label.endsWith(QLatin1StringView(".json"))
            ? readTerraformVarsJson(bytes, label, normaliser, context.sourceId)
            : readTerraformVars(bytes, label, normaliser, context.sourceId);
        if (!vars.ok())
            return vars;
        append(result, std::move(vars));
    }
    if (!show.isEmpty()) {
        if (cancelled.load())
            return SourceResult::failure(TerraformSource::tr("Cancelled"));
        QByteArray bytes;
        if (QString error = readListedFile({show, context.resolvePath(show)}, MaximumFileSize, &bytes);
            !error.isEmpty())
            return SourceResult::failure(error);
        TerraformReadOptions options;
        options.includeData = context.options.value(QStringLiteral("includeData")).toBool();
        options.priorState = context.options.value(QStringLiteral("priorState")).toBool();
        SourceResult state = readTerraformShowJson(bytes, show, options, normaliser, context.sourceId);
        if (!state.ok())
            return state;
        append(result, std::move(state));
    }
    return result;
}

} // namespace

TerraformSource::TerraformSource(SourceContext context, QObject *parent)
    : FileSource(std::move(context), &readTerraform, parent)
{
}

SourceType terraformSourceType()
{
    using Kind = SourceOption::Kind;
    SourceType type;
    type.localFilesOnly = true;
    type.name = TerraformSource::TypeName;
    type.description = TerraformSource::tr("Terraform resources, outputs and variables: terraform show -json output "
                                           "and tfvars files");
    type.keyPrefixes = {QStringLiteral("infra/")};
    type.options = {
        {QStringLiteral("show"), Kind::Path, false,
         TerraformSource::tr("The output of \"terraform show -json\" (a state or a saved plan)")},
        {QStringLiteral("varFiles"), Kind::PathList, false,
         TerraformSource::tr("*.tfvars or *.tfvars.json files, later ones winning; rows infra/var.<name>")},
        {QStringLiteral("includeData"), Kind::Boolean, false,
         TerraformSource::tr("Also read data sources (default false)")},
        {QStringLiteral("priorState"), Kind::Boolean, false,
         TerraformSource::tr("For a saved plan: the state before it instead of the planned values")},
    };
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<TerraformSource>(context);
    };
    return type;
}

} // namespace DriftDeck
