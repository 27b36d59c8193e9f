#pragma once

#include "keyvaluerows.h"

#include <QByteArray>
#include <QString>

class QJsonValue;

namespace DriftDeck {

// The etcd v3 JSON gateway (https://etcd.io/docs/v3.5/dev-guide/api_grpc_gateway/), as pure
// functions so they can be tested without a server. Keys and values travel base64-encoded;
// 64-bit numbers arrive as JSON strings.

// The range_end that selects every key starting with prefix: the prefix with its last byte
// incremented (trailing 0xff bytes dropped first); "\0" (all keys) for an empty prefix or one of
// only 0xff bytes.
QByteArray etcdRangeEnd(const QByteArray &prefix);

// POST /v3/kv/range body. limit 0 = no limit; revision 0 = the current one. Later pages pin the
// first page's revision so every page shows the same moment.
QByteArray etcdRangeRequest(const QByteArray &key, const QByteArray &rangeEnd, qint64 limit, qint64 revision);

// The key a next page starts at: just after the last key of this one.
QByteArray etcdNextKey(const QByteArray &lastKey);

struct EtcdRangePage {
    QList<StoredKey> keys;
    qint64 revision = 0; // header.revision: the store's revision the page was read at
    bool more = false; // more keys in the range than the limit allowed
    QString errorString; // empty on success
};

// A /v3/kv/range answer. An empty range has neither "kvs" nor "count".
EtcdRangePage parseEtcdRange(const QByteArray &body);

// POST /v3/auth/authenticate body from "user:password" (the password may contain colons).
// Empty when the credential has no colon.
QByteArray etcdAuthenticateRequest(const QString &credential);

struct EtcdToken {
    QByteArray token;
    QString errorString;
};
EtcdToken parseEtcdAuthenticate(const QByteArray &body);

// What an etcd error answer ({"code": 3, "message": "…"}) says, or empty if it says nothing.
QString etcdErrorMessage(const QByteArray &body);

// 64-bit JSON numbers as etcd writes them (strings), also accepting plain numbers.
qint64 etcdInteger(const QJsonValue &value, bool *ok = nullptr);

} // namespace DriftDeck
