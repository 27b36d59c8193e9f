#include "keyvaluerows.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

namespace DriftDeck {

namespace {

class KeyValueText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::KeyValueRows)
};

} // namespace

QString configKeyFromStorePath(QStringView path)
{
    while (path.startsWith(u'/'))
        path = path.mid(1);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        return {};
    QString name = path.toString();
    name.replace(u'/', u'.');
    return QLatin1StringView("config/") + name;
}

Value storedValue(const QByteArray &bytes, const Normaliser &normaliser, bool *binary)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    const bool isBinary = decoder.hasError() || text.contains(QChar(0));
    if (binary)
        *binary = isBinary;
    if (isBinary)
        return Value::string(QLatin1StringView("base64:") + QString::fromLatin1(bytes.toBase64()));
    return normaliser.scalar(text, false);
}

SourceResult keyValueResult(const QList<StoredKey> &keys, const QByteArray &prefix, const QString &sourceId,
                            const QString &location, const std::function<QString(qint64)> &layerLabel,
                            const Normaliser &normaliser)
{
    SourceResult result;
    QHash<qint64, qint32> layerOf;
    for (const StoredKey &stored : keys) {
        const QString path
            = QString::fromUtf8(stored.key.startsWith(prefix) ? stored.key.mid(prefix.size()) : stored.key);
        const QString key = configKeyFromStorePath(path);
        if (key.isEmpty()) {
            result.warnings.append(
                KeyValueText::tr("the key \"%1\" is the prefix itself and has no name below it; skipped")
                    .arg(QString::fromUtf8(stored.key)));
            continue;
        }
        bool binary = false;
        Entry entry;
        entry.value = storedValue(stored.value, normaliser, &binary);
        if (binary)
            result.warnings.append(
                KeyValueText::tr("the value of \"%1\" is not UTF-8 text; it is compared as base64").arg(path));
        auto layer = layerOf.find(stored.modifiedAt); // local: find() never copies
        if (layer == layerOf.end()) {
            layer = layerOf.insert(stored.modifiedAt, qint32(result.layers.size()));
            result.layers.append({sourceId, layerLabel(stored.modifiedAt), location});
        }
        entry.provenance.append({*layer, 0, 0, entry.value.display()});
        if (result.entries.contains(key))
            result.warnings.append(
                KeyValueText::tr("\"%1\" and another key both read as %2; the later one is kept").arg(path, key));
        result.entries.insert(key, entry);
    }
    return result;
}

} // namespace DriftDeck
