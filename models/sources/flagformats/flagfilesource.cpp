#include "flagfilesource.h"

#include "flagdformat.h"
#include "seedflagformat.h"
#include "workspace/localfile.h"
#include "workspace/yamltree.h"

#include <QFile>
#include <QFileInfo>

namespace DriftDeck {

namespace {

QString optionText(const SourceContext &context, QLatin1StringView name)
{
    return context.options.value(name).toString();
}

} // namespace

bool parseFlagFileFormat(QStringView text, FlagFileFormat *format)
{
    if (text.isEmpty() || text.compare(u"auto", Qt::CaseInsensitive) == 0)
        *format = FlagFileFormat::Auto;
    else if (text.compare(u"flagd", Qt::CaseInsensitive) == 0)
        *format = FlagFileFormat::Flagd;
    else if (text.compare(u"seed", Qt::CaseInsensitive) == 0)
        *format = FlagFileFormat::Seed;
    else
        return false;
    return true;
}

SourceResult readFlagFile(const QString &filePath, const QString &label, FlagFileFormat format,
                          const Normaliser &normaliser, const QString &sourceId)
{
    const FlagFileReader reader(label, normaliser);
    const QFileInfo info(filePath);
    if (!info.exists())
        return SourceResult::failure(reader.errorAt(0, 0, FlagFileSource::tr("no such file")));
    if (info.isDir())
        return SourceResult::failure(reader.errorAt(0, 0, FlagFileSource::tr("is a folder, not a flag file")));
    // A FIFO or a device would block this pool thread for good: refused without opening it for real.
    QFile file;
    QString openError;
    if (!LocalFile::openRegular(file, filePath, &openError))
        return SourceResult::failure(reader.errorAt(0, 0, FlagFileSource::tr("cannot read: %1").arg(openError)));

    // One parser for JSON and YAML (JSON is YAML), so both give every value a line and column.
    const YamlDocument document = YamlDocument::parse(LocalFile::readAtMost(file, YamlDocument::MaxBytes));
    if (!document.problems.isEmpty()) {
        const YamlProblem &problem = document.problems.constFirst();
        return SourceResult::failure(reader.errorAt(problem.line, problem.column, problem.message));
    }
    if (!document.root || document.root->isNull())
        return SourceResult::failure(reader.errorAt(0, 0, FlagFileSource::tr("the file is empty")));
    const YamlNode &root = *document.root;

    if (format == FlagFileFormat::Auto) {
        if (root.isMap() && root.value(u"flags"))
            format = FlagFileFormat::Flagd;
        else if (root.isSequence())
            format = FlagFileFormat::Seed;
        else
            return SourceResult::failure(reader.errorAt(
                root,
                FlagFileSource::tr("not a flag file: expected a map with \"flags\" (flagd) or a list of flags "
                                   "(seed format)")));
    }
    const FlagRows rows = format == FlagFileFormat::Flagd ? readFlagdFlags(root, reader) : readSeedFlags(root, reader);
    if (!rows.ok())
        return SourceResult::failure(rows.errorString);
    return flagRowsResult(rows.rows, {sourceId, label, label});
}

namespace {

SourceResult readFlagFileSource(const SourceContext &context, const CancelFlag &cancelled)
{
    QString path = optionText(context, QLatin1StringView("path"));
    if (path.isEmpty())
        return SourceResult::failure(FlagFileSource::tr("flag-file: the \"path\" option is missing"));
    // The workspace loader usually expands templates already; a path handed over directly may
    // still carry one.
    path.replace(QLatin1StringView("{env}"), context.environment);

    FlagFileFormat format = FlagFileFormat::Auto;
    const QString formatText = optionText(context, QLatin1StringView("format"));
    if (!parseFlagFileFormat(formatText, &format))
        return SourceResult::failure(
            FlagFileSource::tr("flag-file: format must be auto, flagd or seed, got \"%1\"").arg(formatText));
    if (cancelled.load())
        return SourceResult::failure(FlagFileSource::tr("Cancelled"));
    return readFlagFile(context.resolvePath(path), path, format, Normaliser(context.normalisation), context.sourceId);
}

} // namespace

FlagFileSource::FlagFileSource(SourceContext context, QObject *parent)
    : FileSource(std::move(context), &readFlagFileSource, parent)
{
}

SourceType flagFileSourceType()
{
    SourceType type;
    type.localFilesOnly = true;
    type.name = FlagFileSource::TypeName;
    type.description = FlagFileSource::tr("Feature flags from a flagd or seed flag file (JSON or YAML)");
    type.keyPrefixes = {QStringLiteral("flag/")};
    type.options = {
        {QStringLiteral("path"), SourceOption::Kind::Path, true,
         FlagFileSource::tr("The flag file, relative to the workspace; may contain {env}")},
        {QStringLiteral("format"), SourceOption::Kind::String, false,
         FlagFileSource::tr("auto (default), flagd or seed")},
    };
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<FlagFileSource>(context);
    };
    return type;
}

} // namespace DriftDeck
