#pragma once

// Helm 3 release records built the way Helm writes them (pkg/storage/driver/util.go encodeRelease:
// json.Marshal of the release, gzip.NewWriterLevel(BestCompression), base64.StdEncoding; the
// Secret driver then stores that text in data.release, which the API shows base64 once more).
// Shared by the unit, replayed and benchmark tests.

#include "sources/kubernetes/gunzip.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QtEndian>

namespace DriftDeck::Testing {

// Go's compress/gzip framing byte for byte: magic, CM=8, no flags, MTIME 0, XFL 2 (best
// compression), OS 255; then raw deflate; CRC-32 and size, little-endian. The deflate stream is
// zlib's (qCompress), not Go's compressor: both are valid RFC 1951 streams of the same bytes.
inline QByteArray helmGzip(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9); // 4-byte size, 2-byte zlib header, deflate, Adler-32
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    // qCompress of nothing is only its size header; deflate writes one empty final block.
    out += data.isEmpty() ? QByteArray("\x03\x00", 2) : zlib.mid(6, zlib.size() - 10);
    char trailer[8];
    qToLittleEndian<quint32>(crc32(data), trailer);
    qToLittleEndian<quint32>(quint32(data.size()), trailer + 4);
    out.append(trailer, 8);
    return out;
}

struct HelmReleaseSpec {
    QByteArray name = "checkout";
    QByteArray ns = "shop";
    int revision = 7;
    QByteArray chart = "checkout";
    QByteArray chartVersion = "1.4.0";
    QByteArray appVersion = "2.14.0";
    QByteArray status = "deployed";
    QByteArray lastDeployed = "2026-12-03T16:42:07.512934021+01:00";
    QByteArray config
        = R"({"image":{"tag":"2.14.0"},"replicaCount":3,"database":{"password":"s3cr3t-pw","host":"db.shop.svc"},"ingress":{"hosts":["shop.example.com"]}})";
};

// json.Marshal of a release: Go's field order, compact, the chart's defaults and a rendered
// manifest included (the reader must never show them).
inline QByteArray helmReleaseJson(const HelmReleaseSpec &spec)
{
    const QByteArray templateData = QByteArray("apiVersion: apps/v1\nkind: Deployment\n").toBase64();
    return "{\"name\":\"" + spec.name
        + "\",\"info\":{\"first_deployed\":\"2026-10-01T09:00:00.000000001+01:00\","
          "\"last_deployed\":\""
        + spec.lastDeployed
        + "\",\"deleted\":\"0001-01-01T00:00:00Z\","
          "\"description\":\"Upgrade complete\",\"status\":\""
        + spec.status
        + "\",\"notes\":\"Visit the shop.\"},"
          "\"chart\":{\"metadata\":{\"name\":\""
        + spec.chart + "\",\"version\":\"" + spec.chartVersion
        + "\","
          "\"description\":\"The checkout service\",\"apiVersion\":\"v2\",\"appVersion\":\""
        + spec.appVersion
        + "\","
          "\"type\":\"application\"},\"lock\":null,\"templates\":[{\"name\":\"templates/deployment.yaml\","
          "\"data\":\""
        + templateData
        + "\"}],\"values\":{\"replicaCount\":1,\"chartDefaultOnly\":\"never a row\"},"
          "\"schema\":null,\"files\":[]},\"config\":"
        + spec.config
        + ","
          "\"manifest\":\"---\\n# Source: checkout/templates/deployment.yaml\\nkind: Deployment\\n\","
          "\"version\":"
        + QByteArray::number(spec.revision) + ",\"namespace\":\"" + spec.ns + "\"}";
}

// One item of a SecretList (no kind, as the API lists them), data.release given as the API shows it.
inline QByteArray helmSecretItem(const HelmReleaseSpec &spec, const QByteArray &apiRelease)
{
    const QByteArray revision = QByteArray::number(spec.revision);
    return "{\"metadata\":{\"name\":\"sh.helm.release.v1." + spec.name + ".v" + revision + "\",\"namespace\":\""
        + spec.ns + "\",\"resourceVersion\":\"48650\",\"labels\":{\"modifiedAt\":\"1764776527\",\"name\":\"" + spec.name
        + "\",\"owner\":\"helm\",\"status\":\"" + spec.status + "\",\"version\":\"" + revision
        + "\"}},\"data\":{\"release\":\"" + apiRelease + "\"},\"type\":\"helm.sh/release.v1\"}";
}

// data.release as the API shows it: base64 (the Secret's) of base64 (Helm's) of gzip of the JSON.
inline QByteArray helmApiRelease(const QByteArray &releaseJson)
{
    return helmGzip(releaseJson).toBase64().toBase64();
}

inline QByteArray helmSecretList(const QList<QByteArray> &items, const QByteArray &continueToken = {})
{
    QByteArray metadata = "{\"resourceVersion\":\"48700\"";
    if (!continueToken.isEmpty())
        metadata += ",\"continue\":\"" + continueToken + "\"";
    metadata += '}';
    return "{\"kind\":\"SecretList\",\"apiVersion\":\"v1\",\"metadata\":" + metadata + ",\"items\":[" + items.join(',')
        + "]}";
}

} // namespace DriftDeck::Testing
