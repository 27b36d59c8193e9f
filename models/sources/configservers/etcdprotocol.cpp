#include "etcdprotocol.h"

#include "sources/http/jsonanswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DriftDeck {

namespace {

class EtcdText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::EtcdSource)
};

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

bool decodeBase64(const QJsonValue &value, QByteArray *out)
{
    if (value.isUndefined()) { // proto3 JSON leaves empty bytes out
        out->clear();
        return true;
    }
    if (!value.isString())
        return false;
    const auto decoded
        = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *out = *decoded;
    return true;
}

} // namespace

qint64 etcdInteger(const QJsonValue &value, bool *ok)
{
    bool valid = true;
    qint64 number = 0;
    if (value.isString())
        number = value.toString().toLongLong(&valid);
    else if (value.isDouble())
        number = value.toInteger();
    else if (!value.isUndefined()) // proto3 JSON leaves 0 out
        valid = false;
    if (ok)
        *ok = valid;
    return valid ? number : 0;
}

QByteArray etcdRangeEnd(const QByteArray &prefix)
{
    QByteArray end = prefix;
    while (!end.isEmpty()) {
        const auto last = static_cast<unsigned char>(end.back());
        if (last < 0xff) {
            end.back() = char(last + 1);
            return end;
        }
        end.chop(1);
    }
    return QByteArray(1, '\0');
}

QByteArray etcdRangeRequest(const QByteArray &key, const QByteArray &rangeEnd, qint64 limit, qint64 revision)
{
    QJsonObject request{{QLatin1StringView("key"), base64(key)}, {QLatin1StringView("range_end"), base64(rangeEnd)}};
    if (limit > 0)
        request.insert(QLatin1StringView("limit"), QString::number(limit));
    if (revision > 0)
        request.insert(QLatin1StringView("revision"), QString::number(revision));
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

QByteArray etcdNextKey(const QByteArray &lastKey)
{
    return lastKey + '\0';
}

EtcdRangePage parseEtcdRange(const QByteArray &body)
{
    EtcdRangePage page;
    const QJsonDocument document = parseJsonAnswer(body, &page.errorString);
    if (!page.errorString.isEmpty())
        return page;
    if (!document.isObject()) {
        page.errorString = EtcdText::tr("the answer is not a JSON object");
        return page;
    }
    const QJsonObject root = document.object();
    bool ok = false;
    page.revision
        = etcdInteger(root.value(QLatin1StringView("header")).toObject().value(QLatin1StringView("revision")), &ok);
    if (!root.value(QLatin1StringView("header")).isObject() || !ok || page.revision <= 0) {
        page.errorString = EtcdText::tr("the answer has no header.revision: is this the etcd v3 API?");
        return page;
    }
    const QJsonValue kvs = root.value(QLatin1StringView("kvs"));
    if (!kvs.isUndefined() && !kvs.isArray()) {
        page.errorString = EtcdText::tr("\"kvs\" must be a list");
        return page;
    }
    const QJsonArray items = kvs.toArray();
    page.keys.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject kv = items.at(i).toObject();
        StoredKey stored;
        bool revisionOk = false;
        stored.modifiedAt = etcdInteger(kv.value(QLatin1StringView("mod_revision")), &revisionOk);
        if (!items.at(i).isObject() || !decodeBase64(kv.value(QLatin1StringView("key")), &stored.key)
            || stored.key.isEmpty() || !decodeBase64(kv.value(QLatin1StringView("value")), &stored.value)
            || !revisionOk) {
            page.errorString = EtcdText::tr("kvs[%1] is not a key-value pair with base64 key and value").arg(i);
            page.keys.clear();
            return page;
        }
        page.keys.append(stored);
    }
    const QJsonValue more = root.value(QLatin1StringView("more"));
    if (!more.isUndefined() && !more.isBool()) {
        page.errorString = EtcdText::tr("\"more\" must be true or false");
        page.keys.clear();
        return page;
    }
    page.more = more.toBool();
    return page;
}

QByteArray etcdAuthenticateRequest(const QString &credential)
{
    const qsizetype colon = credential.indexOf(u':');
    if (colon <= 0)
        return {};
    const QJsonObject request{{QLatin1StringView("name"), credential.left(colon)},
                              {QLatin1StringView("password"), credential.mid(colon + 1)}};
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

EtcdToken parseEtcdAuthenticate(const QByteArray &body)
{
    EtcdToken result;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QString token = document.object().value(QLatin1StringView("token")).toString();
    if (token.isEmpty())
        result.errorString = EtcdText::tr("the authentication answer carries no token");
    else
        result.token = token.toUtf8();
    return result;
}

QString etcdErrorMessage(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    QString message = error.value(QLatin1StringView("message")).toString();
    if (message.isEmpty())
        message = error.value(QLatin1StringView("error")).toString();
    return message.left(300);
}

} // namespace DriftDeck
