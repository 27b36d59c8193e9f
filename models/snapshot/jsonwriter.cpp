#include "jsonwriter.h"

#include "values/value.h"

#include <QIODevice>

#include <array>
#include <charconv>
#include <cmath>

namespace DriftDeck {

namespace {
constexpr qsizetype ChunkSize = 1 << 20;
}

JsonWriter::JsonWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(device ? ChunkSize + ChunkSize / 4 : ChunkSize);
}

void JsonWriter::string(QStringView text)
{
    // ASCII without specials is by far the common case: copy it without a UTF-8 conversion.
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7F || u == u'"' || u == u'\\') {
            plain = false;
            break;
        }
    }
    m_buffer.append('"');
    if (plain) {
        const qsizetype at = m_buffer.size();
        m_buffer.resize(at + text.size());
        char *out = m_buffer.data() + at;
        for (const QChar c : text)
            *out++ = char(c.unicode());
    } else {
        const QByteArray utf8 = text.toUtf8();
        appendEscaped(utf8.constData(), utf8.size());
    }
    m_buffer.append('"');
}

void JsonWriter::string(const QByteArray &utf8)
{
    m_buffer.append('"');
    appendEscaped(utf8.constData(), utf8.size());
    m_buffer.append('"');
}

void JsonWriter::appendEscaped(const char *data, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '"':
            m_buffer.append("\\\"");
            break;
        case '\\':
            m_buffer.append("\\\\");
            break;
        case '\n':
            m_buffer.append("\\n");
            break;
        case '\r':
            m_buffer.append("\\r");
            break;
        case '\t':
            m_buffer.append("\\t");
            break;
        default:
            if (uchar(c) < 0x20) {
                const char escape[] = {'\\', 'u', '0', '0', hex[uchar(c) >> 4], hex[uchar(c) & 0xF]};
                m_buffer.append(escape, sizeof escape);
            } else {
                m_buffer.append(c);
            }
        }
    }
}

void JsonWriter::integer(qint64 value)
{
    std::array<char, 24> digits{};
    const auto result = std::to_chars(digits.data(), digits.data() + digits.size(), value);
    m_buffer.append(digits.data(), result.ptr - digits.data());
}

void JsonWriter::number(double value)
{
    // JSON has no NaN or infinity; a rule holding one is broken anyway, so write 0.
    m_buffer.append(std::isfinite(value) ? canonicalNumber(value).toLatin1() : QByteArray("0"));
}

void JsonWriter::name(const char *latin1)
{
    m_buffer.append('"');
    m_buffer.append(latin1);
    m_buffer.append("\":");
}

void JsonWriter::maybeFlush()
{
    if (m_device && m_buffer.size() >= ChunkSize)
        flush();
}

bool JsonWriter::flush()
{
    if (!m_device || m_failed)
        return !m_failed;
    if (!m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.resize(0); // keeps the allocation for the next chunk
    return !m_failed;
}

} // namespace DriftDeck
