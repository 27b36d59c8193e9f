#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace DriftDeck {

// gzip (RFC 1952) around deflate (RFC 1951), as Helm stores a release. Qt links zlib but does
// not expose it, and qUncompress only reads zlib streams (whose Adler-32 trailer gzip lacks), so
// the few kilobytes of a release are inflated here. Bounded: output beyond maxSize is refused.
struct GunzipResult {
    QByteArray data;
    QString errorString; // empty on success
};
GunzipResult gunzip(QByteArrayView gzip, qsizetype maxSize);

// The gzip trailer's checksum (CRC-32, IEEE 802.3 polynomial).
quint32 crc32(QByteArrayView data);

} // namespace DriftDeck
