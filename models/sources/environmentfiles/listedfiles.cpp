#include "listedfiles.h"

#include "filetree.h"
#include "workspace/localfile.h"
#include "workspace/workspace.h"

namespace DriftDeck {

QStringList optionStrings(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return {value.toString()};
    QStringList out;
    for (const auto items = value.toList(); const QVariant &item : items)
        out.append(item.toString());
    return out;
}

QList<ListedFile> listedFiles(const SourceContext &context, const QString &option)
{
    QList<ListedFile> files;
    // The workspace loader expands templates already; options handed over directly may not be.
    for (const auto writtenList = optionStrings(context.options.value(option)); const QString &written : writtenList) {
        const QString label = expandTemplate(written, context.environment);
        files.append({label, context.resolvePath(label)});
    }
    return files;
}

QString readListedFile(const ListedFile &file, qint64 maxSize, QByteArray *bytes)
{
    LocalFile::Read read = LocalFile::readRegular(file.absolute, maxSize);
    if (!read.ok())
        return fileErrorAt(file.label, 0, 0, read.errorString);
    *bytes = std::move(read.bytes);
    return {};
}

} // namespace DriftDeck
