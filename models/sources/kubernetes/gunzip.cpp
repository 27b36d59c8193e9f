#include "gunzip.h"

#include <QCoreApplication>

#include <array>

namespace DriftDeck {

namespace {

class GunzipText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::Gunzip)
};

constexpr int MaxBits = 15;

// A canonical Huffman code: how many codes each length has, and the symbols in code order.
struct Huffman {
    std::array<short, MaxBits + 1> count{};
    std::array<short, 288> symbol{};
};

// Builds the code from symbol lengths. 0: complete; > 0: incomplete; < 0: over-subscribed.
int construct(Huffman &h, const short *length, int n)
{
    h.count.fill(0);
    for (int symbol = 0; symbol < n; ++symbol)
        ++h.count[length[symbol]];
    if (h.count[0] == n)
        return 0;
    int left = 1;
    for (int len = 1; len <= MaxBits; ++len) {
        left <<= 1;
        left -= h.count[len];
        if (left < 0)
            return left;
    }
    std::array<short, MaxBits + 1> offsets{};
    for (int len = 1; len < MaxBits; ++len)
        offsets[len + 1] = short(offsets[len] + h.count[len]);
    for (int symbol = 0; symbol < n; ++symbol) {
        if (length[symbol] != 0)
            h.symbol[offsets[length[symbol]]++] = short(symbol);
    }
    return left;
}

class Inflater
{
public:
    Inflater(QByteArrayView input, qsizetype maxSize)
        : m_in(input)
        , m_max(maxSize)
    {
    }

    QString inflate()
    {
        int last = 0;
        do {
            int type = 0;
            if (!bits(1, &last) || !bits(2, &type))
                return truncated();
            QString error;
            if (type == 0)
                error = stored();
            else if (type == 1)
                error = fixed();
            else if (type == 2)
                error = dynamic();
            else
                error = GunzipText::tr("invalid deflate block type");
            if (!error.isEmpty())
                return error;
        } while (!last);
        return {};
    }

    QByteArray out;
    qsizetype position() const { return m_pos; } // the next whole byte after the stream

private:
    static QString truncated() { return GunzipText::tr("the compressed data ends too early"); }

    bool bits(int need, int *value)
    {
        quint32 buffer = m_bitBuffer;
        while (m_bitCount < need) {
            if (m_pos >= m_in.size())
                return false;
            buffer |= quint32(quint8(m_in[m_pos++])) << m_bitCount;
            m_bitCount += 8;
        }
        m_bitBuffer = buffer >> need;
        m_bitCount -= need;
        *value = int(buffer & ((1U << need) - 1));
        return true;
    }

    int decode(const Huffman &h)
    {
        int code = 0;
        int first = 0;
        int index = 0;
        for (int len = 1; len <= MaxBits; ++len) {
            int bit = 0;
            if (!bits(1, &bit))
                return -1;
            code |= bit;
            const int count = h.count[len];
            if (code - count < first)
                return h.symbol[index + (code - first)];
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        return -2;
    }

    bool room(qsizetype more) const { return out.size() + more <= m_max; }
    QString tooLarge() const
    {
        return GunzipText::tr("larger than %1 MiB once uncompressed").arg(m_max / (1024 * 1024));
    }

    QString stored()
    {
        m_bitBuffer = 0;
        m_bitCount = 0;
        if (m_pos + 4 > m_in.size())
            return truncated();
        const auto byte = [&](qsizetype i) { return unsigned(quint8(m_in[m_pos + i])); };
        const unsigned length = byte(0) | (byte(1) << 8);
        if ((byte(2) | (byte(3) << 8)) != (~length & 0xffffU))
            return GunzipText::tr("a stored deflate block has a broken length");
        m_pos += 4;
        if (m_pos + qsizetype(length) > m_in.size())
            return truncated();
        if (!room(length))
            return tooLarge();
        out.append(m_in.sliced(m_pos, length));
        m_pos += length;
        return {};
    }

    QString codes(const Huffman &lengths, const Huffman &distances)
    {
        static constexpr short LengthBase[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                                 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
        static constexpr short LengthExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                  2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        static constexpr short DistanceBase[30] = {1,   2,   3,   4,   5,   7,    9,    13,   17,   25,
                                                   33,  49,  65,  97,  129, 193,  257,  385,  513,  769,
                                                   1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
        static constexpr short DistanceExtra[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                                    6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
        for (;;) {
            int symbol = decode(lengths);
            if (symbol < 0)
                return symbol == -1 ? truncated() : GunzipText::tr("invalid deflate code");
            if (symbol < 256) {
                if (!room(1))
                    return tooLarge();
                out.append(char(symbol));
                continue;
            }
            if (symbol == 256)
                return {};
            symbol -= 257;
            if (symbol >= 29)
                return GunzipText::tr("invalid deflate length");
            int extra = 0;
            if (!bits(LengthExtra[symbol], &extra))
                return truncated();
            const int length = LengthBase[symbol] + extra;
            symbol = decode(distances);
            if (symbol < 0 || symbol >= 30)
                return symbol == -1 ? truncated() : GunzipText::tr("invalid deflate distance");
            if (!bits(DistanceExtra[symbol], &extra))
                return truncated();
            const qsizetype distance = DistanceBase[symbol] + extra;
            if (distance > out.size())
                return GunzipText::tr("a deflate distance points before the start");
            if (!room(length))
                return tooLarge();
            const qsizetype from = out.size() - distance;
            for (int i = 0; i < length; ++i) // overlapping copies repeat, byte by byte
                out.append(out.at(from + i));
        }
    }

    QString fixed()
    {
        static const std::pair<Huffman, Huffman> tables = [] {
            std::pair<Huffman, Huffman> made;
            short lengths[288];
            for (int i = 0; i < 288; ++i)
                lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
            construct(made.first, lengths, 288);
            for (int i = 0; i < 30; ++i)
                lengths[i] = 5;
            construct(made.second, lengths, 30);
            return made;
        }();
        return codes(tables.first, tables.second);
    }

    QString dynamic()
    {
        static constexpr short Order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
        int lengthCount = 0, distanceCount = 0, codeCount = 0;
        if (!bits(5, &lengthCount) || !bits(5, &distanceCount) || !bits(4, &codeCount))
            return truncated();
        lengthCount += 257;
        distanceCount += 1;
        codeCount += 4;
        if (lengthCount > 286 || distanceCount > 30)
            return GunzipText::tr("invalid deflate header");
        short lengths[320] = {};
        for (int i = 0; i < codeCount; ++i) {
            int value = 0;
            if (!bits(3, &value))
                return truncated();
            lengths[Order[i]] = short(value);
        }
        Huffman lengthCode;
        Huffman distanceCode;
        if (construct(lengthCode, lengths, 19) != 0)
            return GunzipText::tr("invalid deflate header");
        int index = 0;
        while (index < lengthCount + distanceCount) {
            int symbol = decode(lengthCode);
            if (symbol < 0)
                return symbol == -1 ? truncated() : GunzipText::tr("invalid deflate header");
            if (symbol < 16) {
                lengths[index++] = short(symbol);
                continue;
            }
            short repeated = 0;
            int times = 0;
            int ok = 0;
            if (symbol == 16) {
                if (index == 0)
                    return GunzipText::tr("invalid deflate header");
                repeated = lengths[index - 1];
                ok = bits(2, &times);
                times += 3;
            } else if (symbol == 17) {
                ok = bits(3, &times);
                times += 3;
            } else {
                ok = bits(7, &times);
                times += 11;
            }
            if (!ok)
                return truncated();
            if (index + times > lengthCount + distanceCount)
                return GunzipText::tr("invalid deflate header");
            while (times--)
                lengths[index++] = repeated;
        }
        if (lengths[256] == 0)
            return GunzipText::tr("invalid deflate header");
        int error = construct(lengthCode, lengths, lengthCount);
        if (error < 0 || (error > 0 && lengthCount - lengthCode.count[0] != 1))
            return GunzipText::tr("invalid deflate header");
        error = construct(distanceCode, lengths + lengthCount, distanceCount);
        if (error < 0 || (error > 0 && distanceCount - distanceCode.count[0] != 1))
            return GunzipText::tr("invalid deflate header");
        return codes(lengthCode, distanceCode);
    }

    QByteArrayView m_in;
    qsizetype m_max;
    qsizetype m_pos = 0;
    quint32 m_bitBuffer = 0;
    int m_bitCount = 0;
};

quint32 littleEndian32(QByteArrayView bytes, qsizetype at)
{
    return quint32(quint8(bytes[at])) | quint32(quint8(bytes[at + 1])) << 8 | quint32(quint8(bytes[at + 2])) << 16
        | quint32(quint8(bytes[at + 3])) << 24;
}

} // namespace

quint32 crc32(QByteArrayView data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> made{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
            made[n] = c;
        }
        return made;
    }();
    quint32 crc = 0xffffffffU;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffU;
}

GunzipResult gunzip(QByteArrayView gzip, qsizetype maxSize)
{
    GunzipResult result;
    if (gzip.size() < 18 || quint8(gzip[0]) != 0x1f || quint8(gzip[1]) != 0x8b) {
        result.errorString = GunzipText::tr("not gzip data");
        return result;
    }
    if (gzip[2] != 8) {
        result.errorString = GunzipText::tr("gzip data that is not deflate");
        return result;
    }
    const int flags = quint8(gzip[3]);
    qsizetype pos = 10;
    if (flags & 4) { // FEXTRA
        if (pos + 2 > gzip.size())
            pos = gzip.size();
        else
            pos += 2 + (quint8(gzip[pos]) | (quint8(gzip[pos + 1]) << 8));
    }
    for (const int field : {8, 16}) { // FNAME, FCOMMENT: zero-terminated
        if (flags & field) {
            while (pos < gzip.size() && gzip[pos] != 0)
                ++pos;
            ++pos;
        }
    }
    if (flags & 2) // FHCRC
        pos += 2;
    if (pos >= gzip.size()) {
        result.errorString = GunzipText::tr("the gzip header is truncated");
        return result;
    }
    Inflater inflater(gzip.sliced(pos), maxSize);
    result.errorString = inflater.inflate();
    if (!result.errorString.isEmpty())
        return result;
    const qsizetype trailer = pos + inflater.position();
    if (trailer + 8 > gzip.size()) {
        result.errorString = GunzipText::tr("the gzip trailer is missing");
        return result;
    }
    if (littleEndian32(gzip, trailer) != crc32(inflater.out)
        || littleEndian32(gzip, trailer + 4) != quint32(inflater.out.size())) {
        result.errorString = GunzipText::tr("the gzip checksum does not match: the data is damaged");
        return result;
    }
    result.data = std::move(inflater.out);
    return result;
}

} // namespace DriftDeck
