#include "configreaders.h"
#include "scalarcache.h"
#include "values/normaliser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstring>

namespace DriftDeck {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct FormatText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ConfigFormats)
};

// What expect() says when the character is not there.
const char *const ExpectedColon = QT_TRANSLATE_NOOP("DriftDeck::ConfigFormats", "expected “:” after the key");
const char *const ExpectedObjectEnd = QT_TRANSLATE_NOOP("DriftDeck::ConfigFormats", "expected “,” or “}”");
const char *const ExpectedArrayEnd = QT_TRANSLATE_NOOP("DriftDeck::ConfigFormats", "expected “,” or “]”");

// A small strict JSON reader that knows where every key is written (QJsonDocument does not),
// and flattens nested objects into dotted keys as it goes. Not the snapshot's pull reader
// (snapshot/jsonreader.h): that one keeps no lines and columns, which provenance needs here.
class JsonSettingsReader
{
public:
    JsonSettingsReader(const QByteArray &text, ConfigContentBuilder &builder, const Normaliser &normaliser)
        : m_text(text)
        , m_builder(builder)
        , m_normaliser(normaliser)
        , m_scalars(normaliser)
    {
    }

    void readDocument();

private:
    TextPosition position() const { return positionAt(m_pos); }
    TextPosition positionAt(qsizetype offset) const;
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skipWhitespace();
    bool fail(const QString &message);
    // message: untranslated (QT_TRANSLATE_NOOP), translated only when c is not there: expect()
    // runs for every key, and translating each time was a sixth of the reader's time.
    bool expect(char c, const char *message);

    void readSettings(const QString &prefix, int depth);
    bool readString(QString *out);
    // A string without escapes or control characters (the usual one), as the bytes between its
    // quotes, moving past it; false, having read nothing, for any other.
    bool readPlainString(QByteArrayView *out);
    bool readNumber(QString *out);
    bool readLiteral(QString *out);
    // Move past a number or a literal without making its text (the caller takes the bytes).
    bool skipNumber();
    bool skipLiteral();
    bool readValue(QJsonValue *out, int depth);

    const QByteArray &m_text;
    ConfigContentBuilder &m_builder;
    const Normaliser &m_normaliser;
    ScalarCache m_scalars;
    qsizetype m_pos = 0;
    qint32 m_line = 1;
    qsizetype m_lineStart = 0;
    mutable qsizetype m_columnOffset = 0; // where m_column was last counted to
    mutable qint32 m_column = 1;
    mutable qint32 m_columnLine = 1;
};

// Columns count characters from the line's start. Counting from there for every key made a
// minified file (one line, as json.dump writes it) quadratic: the count goes on from the
// previous position asked for on the same line instead.
TextPosition JsonSettingsReader::positionAt(qsizetype offset) const
{
    offset = qMin(offset, m_text.size());
    if (m_columnLine != m_line || m_columnOffset < m_lineStart || m_columnOffset > offset) {
        m_columnLine = m_line;
        m_columnOffset = m_lineStart;
        m_column = 1;
    }
    // A column is a character: every byte but UTF-8's continuation bytes (10xxxxxx). Eight bytes
    // at a time, since a minified file's keys are all on one line and the count runs over the
    // whole file: a continuation byte has its top bit set and the next one clear.
    const char *data = m_text.constData();
    qsizetype i = m_columnOffset;
    for (; i + 8 <= offset; i += 8) {
        quint64 bytes;
        std::memcpy(&bytes, data + i, sizeof bytes);
        const quint64 continuation = bytes & ~(bytes << 1) & 0x8080808080808080ULL;
        // Their count: each marked byte as 1, summed into the top byte by the multiplication
        // (std::popcount is a library call on the baseline x86-64 these builds target).
        m_column += 8 - int(((continuation >> 7) * 0x0101010101010101ULL) >> 56);
    }
    for (; i < offset; ++i) {
        if ((data[i] & 0xC0) != 0x80)
            ++m_column;
    }
    m_columnOffset = offset;
    return {m_line, m_column};
}

void JsonSettingsReader::skipWhitespace()
{
    while (!atEnd()) {
        const char c = m_text[m_pos];
        if (c == '\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            return;
        }
        ++m_pos;
    }
}

bool JsonSettingsReader::fail(const QString &message)
{
    m_builder.fail(position(), FormatText::tr("invalid JSON: %1").arg(message));
    return false;
}

bool JsonSettingsReader::expect(char c, const char *message)
{
    skipWhitespace();
    if (peek() != c)
        return fail(atEnd() ? FormatText::tr("unexpected end of file") : FormatText::tr(message));
    ++m_pos;
    return true;
}

bool JsonSettingsReader::readString(QString *out)
{
    ++m_pos; // opening quote
    qsizetype runStart = m_pos;
    const auto flush = [&] {
        out->append(QUtf8StringView(m_text.constData() + runStart, m_pos - runStart)); // no temporary string
    };
    while (!atEnd()) {
        const char c = m_text[m_pos];
        if (c == '"') {
            flush();
            ++m_pos;
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return fail(FormatText::tr("line break or control character inside a string"));
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        flush();
        if (m_pos + 1 >= m_text.size())
            break;
        const char escape = m_text[m_pos + 1];
        m_pos += 2;
        switch (escape) {
        case '"':
            out->append(u'"');
            break;
        case '\\':
            out->append(u'\\');
            break;
        case '/':
            out->append(u'/');
            break;
        case 'b':
            out->append(u'\b');
            break;
        case 'f':
            out->append(u'\f');
            break;
        case 'n':
            out->append(u'\n');
            break;
        case 'r':
            out->append(u'\r');
            break;
        case 't':
            out->append(u'\t');
            break;
        case 'u': {
            bool ok = false;
            const ushort unit = m_text.mid(m_pos, 4).toUShort(&ok, 16);
            if (!ok || m_text.mid(m_pos, 4).size() != 4) {
                m_pos -= 2;
                return fail(FormatText::tr("\\u must be followed by four hexadecimal digits"));
            }
            out->append(QChar(unit)); // surrogate pairs arrive as two escapes and join up here
            m_pos += 4;
            break;
        }
        default:
            m_pos -= 2;
            return fail(FormatText::tr("unknown escape \\%1").arg(QLatin1Char(escape)));
        }
        runStart = m_pos;
    }
    return fail(FormatText::tr("unexpected end of file inside a string"));
}

bool JsonSettingsReader::readPlainString(QByteArrayView *out)
{
    const char *data = m_text.constData();
    for (qsizetype i = m_pos + 1; i < m_text.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == '"') {
            *out = QByteArrayView(data + m_pos + 1, i - m_pos - 1);
            m_pos = i + 1;
            return true;
        }
        if (c == '\\' || c < 0x20)
            return false;
    }
    return false;
}

bool JsonSettingsReader::readNumber(QString *out)
{
    const qsizetype start = m_pos;
    if (!skipNumber())
        return false;
    *out = QString::fromLatin1(m_text.constData() + start, m_pos - start);
    return true;
}

bool JsonSettingsReader::skipNumber()
{
    const auto digits = [this] {
        const qsizetype from = m_pos;
        while (!atEnd() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        return m_pos > from;
    };
    if (peek() == '-')
        ++m_pos;
    if (peek() == '0')
        ++m_pos;
    else if (!digits())
        return fail(FormatText::tr("expected a value"));
    if (peek() == '.') {
        ++m_pos;
        if (!digits())
            return fail(FormatText::tr("expected digits after the decimal point"));
    }
    if (peek() == 'e' || peek() == 'E') {
        ++m_pos;
        if (peek() == '+' || peek() == '-')
            ++m_pos;
        if (!digits())
            return fail(FormatText::tr("expected digits in the exponent"));
    }
    return true;
}

bool JsonSettingsReader::readLiteral(QString *out)
{
    const qsizetype start = m_pos;
    if (!skipLiteral())
        return false;
    *out = QString::fromLatin1(m_text.constData() + start, m_pos - start);
    return true;
}

bool JsonSettingsReader::skipLiteral()
{
    for (const char *word : {"true", "false", "null"}) {
        const QByteArrayView literal(word);
        if (QByteArrayView(m_text).sliced(m_pos).startsWith(literal)) {
            m_pos += literal.size();
            return true;
        }
    }
    return false;
}

bool JsonSettingsReader::readValue(QJsonValue *out, int depth)
{
    skipWhitespace();
    if (depth > MaximumConfigDepth)
        return fail(FormatText::tr("nested more than %1 levels deep").arg(MaximumConfigDepth));
    const char c = peek();
    if (c == '{' || c == '[') {
        const char close = c == '{' ? '}' : ']';
        ++m_pos;
        QJsonObject object;
        QJsonArray array;
        skipWhitespace();
        if (peek() == close) {
            ++m_pos;
        } else {
            for (;;) {
                QString key;
                if (c == '{') {
                    skipWhitespace();
                    if (peek() != '"')
                        return fail(atEnd() ? FormatText::tr("unexpected end of file")
                                            : FormatText::tr("expected a key in double quotes"));
                    if (!readString(&key) || !expect(':', ExpectedColon))
                        return false;
                }
                QJsonValue item;
                if (!readValue(&item, depth + 1))
                    return false;
                if (c == '{')
                    object.insert(key, item);
                else
                    array.append(item);
                skipWhitespace();
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (!expect(close, c == '{' ? ExpectedObjectEnd : ExpectedArrayEnd))
                    return false;
                break;
            }
        }
        *out = c == '{' ? QJsonValue(object) : QJsonValue(array);
        return true;
    }
    QString text;
    if (c == '"') {
        if (!readString(&text))
            return false;
        *out = text;
        return true;
    }
    if (readLiteral(&text)) {
        *out = text == u"null" ? QJsonValue(QJsonValue::Null) : QJsonValue(text == u"true");
        return true;
    }
    if (atEnd())
        return fail(FormatText::tr("unexpected end of file"));
    if (!readNumber(&text))
        return false;
    *out = text.toDouble();
    return true;
}

void JsonSettingsReader::readSettings(const QString &prefix, int depth)
{
    if (depth > MaximumConfigDepth) {
        fail(FormatText::tr("nested more than %1 levels deep").arg(MaximumConfigDepth));
        return;
    }
    ++m_pos; // '{'
    skipWhitespace();
    if (peek() == '}') {
        ++m_pos;
        return;
    }
    QString name; // reused: each key is decoded into the same room
    for (;;) {
        skipWhitespace();
        const TextPosition keyPosition = position();
        name.resize(0);
        if (peek() != '"') {
            fail(atEnd() ? FormatText::tr("unexpected end of file")
                         : FormatText::tr("expected a key in double quotes"));
            return;
        }
        if (!readString(&name) || !expect(':', ExpectedColon))
            return;
        if (name.isEmpty()) {
            m_builder.fail(keyPosition, FormatText::tr("empty key"));
            return;
        }
        skipWhitespace();
        const char c = peek();
        QString text;
        if (c == '{') {
            const QString key = prefix + name;
            qsizetype after = m_pos + 1;
            while (after < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text[after]))
                ++after;
            if (after < m_text.size() && m_text[after] != '}') {
                m_builder.addSection(key, keyPosition);
                readSettings(key + u'.', depth + 1);
                if (m_builder.failed())
                    return;
            } else {
                QJsonValue empty;
                if (!readValue(&empty, depth + 1))
                    return;
                m_builder.addSetting(prefix, name, m_normaliser.fromJson(empty), keyPosition);
            }
        } else if (c == '[') {
            QJsonValue list;
            if (!readValue(&list, depth + 1))
                return;
            m_builder.addSetting(prefix, name, m_normaliser.fromJson(list), keyPosition);
        } else if (c == '"') {
            // Values are looked up by their bytes where they can be: a value met before then
            // costs neither decoding nor a string.
            QByteArrayView bytes;
            if (readPlainString(&bytes)) {
                m_builder.addSetting(prefix, name, m_scalars.scalar(bytes, true), keyPosition);
            } else {
                if (!readString(&text))
                    return;
                m_builder.addSetting(prefix, name, m_scalars.scalar(text, true), keyPosition);
            }
        } else if (const qsizetype start = m_pos; skipLiteral() || (!atEnd() && skipNumber())) {
            const QByteArrayView bytes = QByteArrayView(m_text).sliced(start, m_pos - start);
            m_builder.addSetting(prefix, name, m_scalars.scalar(bytes, false), keyPosition);
        } else {
            if (!m_builder.failed())
                fail(atEnd() ? FormatText::tr("unexpected end of file") : FormatText::tr("expected a value"));
            return;
        }
        skipWhitespace();
        if (peek() == ',') {
            ++m_pos;
            continue;
        }
        expect('}', ExpectedObjectEnd);
        return;
    }
}

void JsonSettingsReader::readDocument()
{
    skipWhitespace();
    if (atEnd())
        return; // an empty file sets nothing
    if (peek() != '{') {
        m_builder.fail(position(),
                       peek() == '[' ? FormatText::tr("expected an object of settings at the top level, found a list")
                                     : FormatText::tr("expected an object of settings at the top level"));
        return;
    }
    readSettings(QString(), 1);
    if (m_builder.failed())
        return;
    skipWhitespace();
    if (!atEnd())
        fail(FormatText::tr("unexpected text after the end of the object"));
}

} // namespace

ConfigFileContent parseJsonConfig(const QByteArray &text, ConfigContentBuilder builder, const Normaliser &normaliser)
{
    JsonSettingsReader(text, builder, normaliser).readDocument();
    return builder.finish(false);
}

} // namespace DriftDeck
