#include "gunzip.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <zlib.h>

namespace DriftDeck {

namespace {

struct GunzipText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::Gunzip)
};

// zlib counts in uInt; its output is asked for in pieces that always fit.
constexpr qsizetype Piece = 1 << 20;

} // namespace

quint32 crc32(QByteArrayView data)
{
    uLong crc = ::crc32(0L, Z_NULL, 0);
    for (qsizetype at = 0; at < data.size(); at += Piece) {
        const qsizetype length = std::min(Piece, data.size() - at);
        crc = ::crc32(crc, reinterpret_cast<const Bytef *>(data.data() + at), uInt(length));
    }
    return quint32(crc);
}

GunzipResult gunzip(QByteArrayView gzip, qsizetype maxSize)
{
    GunzipResult result;
    // zlib would also take a zlib or raw stream; a release is gzip, so anything else is refused.
    if (gzip.size() < 18 || quint8(gzip[0]) != 0x1f || quint8(gzip[1]) != 0x8b) {
        result.errorString = GunzipText::tr("not gzip data");
        return result;
    }
    if (gzip[2] != 8) {
        result.errorString = GunzipText::tr("gzip data that is not deflate");
        return result;
    }

    if (gzip.size() > qsizetype(std::numeric_limits<uInt>::max())) {
        result.errorString = GunzipText::tr("larger than %1 MiB once uncompressed").arg(maxSize / (1024 * 1024));
        return result;
    }
    z_stream stream{};
    // 16 + MAX_WBITS: a gzip wrapper only; zlib checks the header, the CRC-32 and the length.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        result.errorString = GunzipText::tr("not enough memory to uncompress");
        return result;
    }
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gzip.data()));
    stream.avail_in = uInt(gzip.size());
    // Start near the usual ratio and double: a bomb stops at maxSize + 1 bytes, never beyond.
    QByteArray out;
    out.resize(std::min<qsizetype>(std::max<qsizetype>(gzip.size() * 4, 4096), maxSize + 1));
    int status = Z_OK;
    for (;;) {
        const qsizetype done = qsizetype(stream.total_out);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + done);
        stream.avail_out = uInt(std::min<qsizetype>(out.size() - done, Piece));
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_BUF_ERROR)
            break; // the end, or an error
        if (stream.avail_out > 0) {
            status = Z_BUF_ERROR; // room to write and nothing more came: the input ended too early
            break;
        }
        if (qsizetype(stream.total_out) > maxSize)
            break;
        if (qsizetype(stream.total_out) == out.size())
            out.resize(std::min<qsizetype>(out.size() * 2, maxSize + 1));
    }
    const qsizetype produced = qsizetype(stream.total_out);
    const char *message = stream.msg;
    inflateEnd(&stream);

    if (produced > maxSize) {
        result.errorString = GunzipText::tr("larger than %1 MiB once uncompressed").arg(maxSize / (1024 * 1024));
    } else if (status == Z_STREAM_END) {
        out.truncate(produced);
        result.data = std::move(out);
    } else if (status == Z_DATA_ERROR && message
               && (qstrcmp(message, "incorrect data check") == 0 || qstrcmp(message, "incorrect length check") == 0)) {
        result.errorString = GunzipText::tr("the gzip checksum does not match: the data is damaged");
    } else if (status == Z_DATA_ERROR) {
        result.errorString = GunzipText::tr("the compressed data is invalid (%1)")
                                 .arg(message ? QString::fromLatin1(message) : GunzipText::tr("unknown error"));
    } else if (status == Z_MEM_ERROR) {
        result.errorString = GunzipText::tr("not enough memory to uncompress");
    } else {
        result.errorString = GunzipText::tr("the compressed data ends too early");
    }
    return result;
}

} // namespace DriftDeck
