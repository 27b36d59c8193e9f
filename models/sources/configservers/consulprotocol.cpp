#include "consulprotocol.h"

#include "sources/http/jsonanswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DriftDeck {

namespace {

class ConsulText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ConsulSource)
};

} // namespace

ConsulKeys parseConsulKeys(const QByteArray &body)
{
    ConsulKeys result;
    const QJsonDocument document = parseJsonAnswer(body, &result.errorString);
    if (!result.errorString.isEmpty())
        return result;
    if (!document.isArray()) {
        result.errorString = ConsulText::tr("the answer is not a list of keys: is this Consul's /v1/kv API?");
        return result;
    }
    const QJsonArray items = document.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue key = item.value(QLatin1StringView("Key"));
        const QJsonValue value = item.value(QLatin1StringView("Value"));
        const QJsonValue index = item.value(QLatin1StringView("ModifyIndex"));
        if (!items.at(i).isObject() || !key.isString() || key.toString().isEmpty()
            || !(value.isString() || value.isNull()) || !index.isDouble()) {
            result.errorString = ConsulText::tr("entry %1 is not {Key, Value, ModifyIndex}").arg(i);
            result.keys.clear();
            return result;
        }
        // A null value is a folder marker ("app/") or a key stored without a value.
        if (value.isNull() && key.toString().endsWith(u'/'))
            continue;
        StoredKey stored;
        stored.key = key.toString().toUtf8();
        stored.modifiedAt = index.toInteger();
        if (value.isString()) {
            const auto decoded
                = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                result.errorString = ConsulText::tr("the value of \"%1\" is not base64").arg(key.toString());
                result.keys.clear();
                return result;
            }
            stored.value = *decoded;
        }
        result.keys.append(stored);
    }
    return result;
}

} // namespace DriftDeck
