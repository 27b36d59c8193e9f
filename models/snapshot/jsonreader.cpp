#include "jsonreader.h"

#include <QCoreApplication>

#include <charconv>
#include <cstring>

namespace DriftDeck {

namespace {
// Strings filed under the context DriftDeck::JsonReader, the same in lupdate and at run time.
struct JsonReaderText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::JsonReader)
};

constexpr int MaxDepth = 256; // deeper nesting is never a snapshot; refuse before the stack suffers

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t code)
{
    if (code < 0x80) {
        out.append(char(code));
    } else if (code < 0x800) {
        out.append(char(0xC0 | (code >> 6)));
        out.append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.append(char(0xE0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    } else {
        out.append(char(0xF0 | (code >> 18)));
        out.append(char(0x80 | ((code >> 12) & 0x3F)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    }
}
} // namespace

JsonReader::JsonReader(QByteArrayView data)
    : m_data(data.data())
    , m_size(data.size())
{
}

QString JsonReader::tokenName(Token token)
{
    switch (token) {
    case Token::Null:
        return JsonReaderText::tr("null");
    case Token::Boolean:
        return JsonReaderText::tr("a boolean");
    case Token::Number:
        return JsonReaderText::tr("a number");
    case Token::String:
        return JsonReaderText::tr("a string");
    case Token::Array:
        return JsonReaderText::tr("an array");
    case Token::Object:
        return JsonReaderText::tr("an object");
    case Token::Invalid:
        break;
    }
    return JsonReaderText::tr("nothing");
}

bool JsonReader::fail(const QString &reason)
{
    if (!m_error) {
        m_error = true;
        m_errorOffset = m_pos;
        m_reason = reason;
    }
    return false;
}

bool JsonReader::failUnexpected()
{
    if (m_pos >= m_size)
        return fail(JsonReaderText::tr("unexpected end of data"));
    const char c = m_data[m_pos];
    if (uchar(c) >= 0x20 && uchar(c) < 0x7F)
        return fail(JsonReaderText::tr("unexpected character '%1'").arg(QLatin1Char(c)));
    return fail(JsonReaderText::tr("unexpected byte 0x%1").arg(uint(uchar(c)), 2, 16, QLatin1Char('0')));
}

void JsonReader::skipWhitespace()
{
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

bool JsonReader::expect(char c)
{
    skipWhitespace();
    if (m_pos < m_size && m_data[m_pos] == c) {
        ++m_pos;
        return true;
    }
    return failUnexpected();
}

JsonReader::Token JsonReader::peek()
{
    if (m_error)
        return Token::Invalid;
    skipWhitespace();
    if (m_pos >= m_size) {
        failUnexpected();
        return Token::Invalid;
    }
    switch (m_data[m_pos]) {
    case '{':
        return Token::Object;
    case '[':
        return Token::Array;
    case '"':
        return Token::String;
    case 't':
    case 'f':
        return Token::Boolean;
    case 'n':
        return Token::Null;
    default:
        if (m_data[m_pos] == '-' || isDigit(m_data[m_pos]))
            return Token::Number;
    }
    failUnexpected();
    return Token::Invalid;
}

bool JsonReader::push()
{
    if (m_first.size() >= MaxDepth)
        return fail(JsonReaderText::tr("nested more than %1 levels deep").arg(MaxDepth));
    m_first.append(true);
    return true;
}

bool JsonReader::beginObject()
{
    return !m_error && expect('{') && push();
}

// Consumes what may precede a member's name; false when the object ends or on error.
bool JsonReader::beforeMember()
{
    if (m_error || m_first.isEmpty())
        return false;
    skipWhitespace();
    if (m_pos < m_size && m_data[m_pos] == '}') {
        ++m_pos;
        m_first.removeLast();
        return false;
    }
    if (!m_first.last()) {
        if (!expect(','))
            return false;
        skipWhitespace();
    }
    m_first.last() = false;
    if (m_pos >= m_size || m_data[m_pos] != '"')
        return failUnexpected();
    return true;
}

bool JsonReader::nextMember(QString *name)
{
    return beforeMember() && readString(name) && expect(':');
}

bool JsonReader::nextMember(QByteArrayView *name)
{
    return beforeMember() && readUtf8(name) && expect(':');
}

bool JsonReader::beginArray()
{
    return !m_error && expect('[') && push();
}

bool JsonReader::nextElement()
{
    if (m_error || m_first.isEmpty())
        return false;
    skipWhitespace();
    if (m_pos < m_size && m_data[m_pos] == ']') {
        ++m_pos;
        m_first.removeLast();
        return false;
    }
    if (!m_first.last() && !expect(','))
        return false;
    m_first.last() = false;
    return true;
}

bool JsonReader::readUtf8(QByteArrayView *out)
{
    if (m_error)
        return false;
    skipWhitespace();
    if (m_pos >= m_size || m_data[m_pos] != '"')
        return failUnexpected();
    const char *start = m_data + m_pos + 1;
    const char *end = m_data + m_size;
    const char *p = start;
    // Most strings hold no escapes: hand out the bytes between the quotes as they are.
    while (p < end && *p != '"' && *p != '\\' && uchar(*p) >= 0x20)
        ++p;
    if (p < end && *p == '"') {
        *out = QByteArrayView(start, p - start);
        m_pos = (p - m_data) + 1;
        return true;
    }
    if (!readStringSlow(start, &m_scratch))
        return false;
    *out = m_scratch;
    return true;
}

bool JsonReader::readString(QString *out)
{
    QByteArrayView utf8;
    if (!readUtf8(&utf8))
        return false;
    *out = QString::fromUtf8(utf8);
    return true;
}

bool JsonReader::readStringSlow(const char *start, QByteArray *out)
{
    QByteArray &utf8 = *out;
    utf8.resize(0);
    m_pos = start - m_data;
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (uchar(c) < 0x20)
            return fail(JsonReaderText::tr("control character in a string"));
        if (c != '\\') {
            utf8.append(c);
            ++m_pos;
            continue;
        }
        if (m_pos + 1 >= m_size)
            break;
        const char e = m_data[m_pos + 1];
        m_pos += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            utf8.append(e);
            continue;
        case 'b':
            utf8.append('\b');
            continue;
        case 'f':
            utf8.append('\f');
            continue;
        case 'n':
            utf8.append('\n');
            continue;
        case 'r':
            utf8.append('\r');
            continue;
        case 't':
            utf8.append('\t');
            continue;
        case 'u':
            break;
        default:
            m_pos -= 2;
            return fail(JsonReaderText::tr("invalid escape sequence"));
        }
        auto readHex = [this](char32_t *code) {
            if (m_pos + 4 > m_size)
                return false;
            char32_t v = 0;
            for (int i = 0; i < 4; ++i) {
                const int h = hexValue(m_data[m_pos + i]);
                if (h < 0)
                    return false;
                v = (v << 4) | char32_t(h);
            }
            m_pos += 4;
            *code = v;
            return true;
        };
        char32_t code = 0;
        if (!readHex(&code))
            return m_pos + 4 > m_size ? failUnexpected() : fail(JsonReaderText::tr("invalid \\u escape"));
        if (code >= 0xD800 && code < 0xDC00 && m_pos + 1 < m_size && m_data[m_pos] == '\\'
            && m_data[m_pos + 1] == 'u') {
            const qint64 save = m_pos;
            m_pos += 2;
            char32_t low = 0;
            if (readHex(&low) && low >= 0xDC00 && low < 0xE000)
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            else
                m_pos = save;
        }
        if (code >= 0xD800 && code < 0xE000)
            code = 0xFFFD; // a lone surrogate cannot be represented: replace it, as QJsonDocument does
        appendUtf8(utf8, code);
    }
    m_pos = m_size;
    return failUnexpected();
}

bool JsonReader::skipString()
{
    ++m_pos; // opening quote
    while (m_pos < m_size) {
        const char *p = static_cast<const char *>(std::memchr(m_data + m_pos, '"', size_t(m_size - m_pos)));
        if (!p)
            break;
        // The quote ends the string unless an odd number of backslashes precede it.
        qint64 backslashes = 0;
        for (const char *b = p - 1; b >= m_data + m_pos && *b == '\\'; --b)
            ++backslashes;
        m_pos = (p - m_data) + 1;
        if (backslashes % 2 == 0)
            return true;
    }
    m_pos = m_size;
    return failUnexpected();
}

bool JsonReader::scanNumber(qint64 *end)
{
    qint64 p = m_pos;
    if (p < m_size && m_data[p] == '-')
        ++p;
    if (p >= m_size || !isDigit(m_data[p]))
        return (m_pos = p), failUnexpected();
    while (p < m_size && isDigit(m_data[p]))
        ++p;
    if (p < m_size && m_data[p] == '.') {
        ++p;
        if (p >= m_size || !isDigit(m_data[p]))
            return (m_pos = p), failUnexpected();
        while (p < m_size && isDigit(m_data[p]))
            ++p;
    }
    if (p < m_size && (m_data[p] == 'e' || m_data[p] == 'E')) {
        ++p;
        if (p < m_size && (m_data[p] == '+' || m_data[p] == '-'))
            ++p;
        if (p >= m_size || !isDigit(m_data[p]))
            return (m_pos = p), failUnexpected();
        while (p < m_size && isDigit(m_data[p]))
            ++p;
    }
    *end = p;
    return true;
}

bool JsonReader::readNumber(double *out)
{
    if (peek() != Token::Number)
        return m_error ? false : failUnexpected();
    qint64 end = 0;
    if (!scanNumber(&end))
        return false;
    // Whole numbers (indexes, lines) are the common case: no need for a floating-point parse.
    const bool negative = m_data[m_pos] == '-';
    const qint64 digits = end - m_pos - (negative ? 1 : 0);
    if (digits <= 15) {
        qint64 value = 0;
        qint64 p = m_pos + (negative ? 1 : 0);
        for (; p < end && isDigit(m_data[p]); ++p)
            value = value * 10 + (m_data[p] - '0');
        if (p == end) {
            *out = negative ? -double(value) : double(value);
            m_pos = end;
            return true;
        }
    }
    const auto result = std::from_chars(m_data + m_pos, m_data + end, *out);
    if (result.ec != std::errc())
        return fail(JsonReaderText::tr("number out of range"));
    m_pos = end;
    return true;
}

bool JsonReader::readBoolean(bool *out)
{
    if (m_error)
        return false;
    skipWhitespace();
    if (m_size - m_pos >= 4 && std::memcmp(m_data + m_pos, "true", 4) == 0) {
        m_pos += 4;
        *out = true;
        return true;
    }
    if (m_size - m_pos >= 5 && std::memcmp(m_data + m_pos, "false", 5) == 0) {
        m_pos += 5;
        *out = false;
        return true;
    }
    return failUnexpected();
}

bool JsonReader::readNull()
{
    if (m_error)
        return false;
    skipWhitespace();
    if (m_size - m_pos >= 4 && std::memcmp(m_data + m_pos, "null", 4) == 0) {
        m_pos += 4;
        return true;
    }
    return failUnexpected();
}

bool JsonReader::skipValue()
{
    switch (peek()) {
    case Token::Invalid:
        return false;
    case Token::Null:
        return readNull();
    case Token::Boolean: {
        bool ignored = false;
        return readBoolean(&ignored);
    }
    case Token::Number: {
        qint64 end = 0;
        if (!scanNumber(&end))
            return false;
        m_pos = end;
        return true;
    }
    case Token::String:
        return skipString();
    case Token::Array:
        if (!beginArray())
            return false;
        while (nextElement()) {
            if (!skipValue())
                return false;
        }
        return !m_error;
    case Token::Object: {
        if (!beginObject())
            return false;
        QString name;
        while (nextMember(&name)) {
            if (!skipValue())
                return false;
        }
        return !m_error;
    }
    }
    return false;
}

bool JsonReader::finish()
{
    if (m_error)
        return false;
    skipWhitespace();
    if (m_pos < m_size)
        return fail(JsonReaderText::tr("unexpected data after the end of the document"));
    return true;
}

} // namespace DriftDeck
