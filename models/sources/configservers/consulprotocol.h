#pragma once

#include "keyvaluerows.h"

namespace DriftDeck {

// Consul's KV API (https://developer.hashicorp.com/consul/api-docs/kv), as pure functions.
// GET /v1/kv/<prefix>?recurse answers [{"Key", "Value": base64 | null, "ModifyIndex", …}];
// 404 means no key has the prefix.

struct ConsulKeys {
    QList<StoredKey> keys; // folders (Value null and Key ending in "/") are left out
    QString errorString;
};

ConsulKeys parseConsulKeys(const QByteArray &body);

} // namespace DriftDeck
