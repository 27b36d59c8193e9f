#include "listedfiles.h"

#include "filetree.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace DriftDeck {

namespace {

class ListedFileText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::FileSource)
};

} // namespace

QStringList optionStrings(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return { value.toString() };
    QStringList out;
    for (const QVariant &item : value.toList())
        out.append(item.toString());
    return out;
}

QList<ListedFile> listedFiles(const SourceContext &context, const QString &option)
{
    QList<ListedFile> files;
    // The workspace loader expands templates already; options handed over directly may not be.
    for (const QString &written : optionStrings(context.options.value(option))) {
        const QString label = expandTemplate(written, context.environment);
        files.append({ label, context.resolvePath(label) });
    }
    return files;
}

QString readListedFile(const ListedFile &file, qint64 maxSize, QByteArray *bytes)
{
    const QFileInfo info(file.absolute);
    if (!info.isFile())
        return fileErrorAt(file.label, 0, 0, ListedFileText::tr("no such file"));
    if (info.size() > maxSize)
        return fileErrorAt(file.label, 0, 0, ListedFileText::tr("the file is larger than %1 MiB").arg(maxSize >> 20));
    QFile in(file.absolute);
    if (!in.open(QIODevice::ReadOnly))
        return fileErrorAt(file.label, 0, 0, ListedFileText::tr("cannot read: %1").arg(in.errorString()));
    *bytes = in.readAll();
    return {};
}

} // namespace DriftDeck
