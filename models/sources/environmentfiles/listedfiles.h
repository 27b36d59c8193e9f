#pragma once

#include "sources/source.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace DriftDeck {

// What every environment-file source does first: take the files its workspace entry lists,
// fill in {env}, resolve them against the workspace folder and read them with a size limit.
struct ListedFile {
    QString label; // as the workspace names it, {env} filled in: messages and provenance use it
    QString absolute;
};

// A string or a list of strings, as a path-list option may be written.
QStringList optionStrings(const QVariant &value);

// The option's files in order; empty when the option is missing.
QList<ListedFile> listedFiles(const SourceContext &context, const QString &option);

// The file's bytes into *bytes; else "label: no such file" (and the like) as the error.
QString readListedFile(const ListedFile &file, qint64 maxSize, QByteArray *bytes);

} // namespace DriftDeck
