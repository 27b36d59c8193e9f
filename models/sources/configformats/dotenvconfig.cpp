#include "configreaders.h"
#include "values/normaliser.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct FormatText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ConfigFormats)
};

bool isNameStart(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
}

bool isNameCharacter(QChar c)
{
    return isNameStart(c) || c.isDigit() || c == u'.' || c == u'-';
}

// Reads .env files the way docker compose and the dotenv libraries do: KEY=value, an optional
// "export ", '#' comments, single quotes taken literally, double quotes with escapes, quoted
// values may span lines. No ${VAR} interpolation: the file is compared as written.
class DotenvReader
{
public:
    DotenvReader(const QString &text, ConfigContentBuilder &builder, const Normaliser &normaliser)
        : m_text(text)
        , m_builder(builder)
        , m_normaliser(normaliser)
    {
    }

    void read();

private:
    TextPosition position() const { return {m_line, qint32(m_pos - m_lineStart + 1)}; }
    bool atLineEnd() const { return m_pos >= m_text.size() || m_text[m_pos] == u'\n'; }
    void skipBlanks()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == u' ' || m_text[m_pos] == u'\t' || m_text[m_pos] == u'\r'))
            ++m_pos;
    }
    void skipLine()
    {
        while (!atLineEnd())
            ++m_pos;
    }
    void newLine()
    {
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }
    bool readQuoted(QChar quote, QString *value);
    bool readEntry();

    const QString &m_text;
    ConfigContentBuilder &m_builder;
    const Normaliser &m_normaliser;
    qsizetype m_pos = 0;
    qint32 m_line = 1;
    qsizetype m_lineStart = 0;
};

bool DotenvReader::readQuoted(QChar quote, QString *value)
{
    const TextPosition opening = position();
    ++m_pos;
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (c == quote) {
            ++m_pos;
            return true;
        }
        if (c == u'\n') {
            value->append(c);
            newLine();
            continue;
        }
        if (c == u'\\' && quote == u'"' && m_pos + 1 < m_text.size()) {
            const QChar escaped = m_text[m_pos + 1];
            if (escaped == u'n')
                value->append(u'\n');
            else if (escaped == u't')
                value->append(u'\t');
            else if (escaped == u'r')
                value->append(u'\r');
            else if (escaped == u'"' || escaped == u'\\' || escaped == u'$' || escaped == u'`')
                value->append(escaped);
            else
                value->append(c).append(escaped); // unknown escapes stay as written
            if (escaped == u'\n') {
                m_pos += 1;
                newLine();
            } else {
                m_pos += 2;
            }
            continue;
        }
        value->append(c);
        ++m_pos;
    }
    m_builder.fail(opening, FormatText::tr("the quote opened here is never closed"));
    return false;
}

bool DotenvReader::readEntry()
{
    // A view: QString::sliced() copies, and copying the rest of the file for every line made
    // reading quadratic.
    const QStringView rest = QStringView(m_text).sliced(m_pos);
    if (rest.startsWith(QLatin1StringView("export ")) || rest.startsWith(QLatin1StringView("export\t"))) {
        m_pos += 7;
        skipBlanks();
    }
    const TextPosition keyPosition = position();
    const qsizetype nameStart = m_pos;
    if (m_pos < m_text.size() && isNameStart(m_text[m_pos])) {
        while (m_pos < m_text.size() && isNameCharacter(m_text[m_pos]))
            ++m_pos;
    }
    const QString name = m_text.sliced(nameStart, m_pos - nameStart);
    if (name.isEmpty()) {
        m_builder.fail(keyPosition, FormatText::tr("expected a variable name (letters, digits and “_”)"));
        return false;
    }
    skipBlanks();
    if (m_pos >= m_text.size() || m_text[m_pos] != u'=') {
        m_builder.fail(position(), FormatText::tr("expected “=” after %1").arg(name));
        return false;
    }
    ++m_pos;
    skipBlanks();

    QString value;
    bool quoted = false;
    if (m_pos < m_text.size() && (m_text[m_pos] == u'"' || m_text[m_pos] == u'\'')) {
        quoted = true;
        if (!readQuoted(m_text[m_pos], &value))
            return false;
        skipBlanks();
        if (!atLineEnd() && m_text[m_pos] != u'#') {
            m_builder.fail(position(), FormatText::tr("unexpected text after the closing quote"));
            return false;
        }
        skipLine();
    } else {
        const qsizetype start = m_pos;
        // An unquoted value ends at the line end or at a " #" comment.
        while (!atLineEnd() && !(m_text[m_pos] == u'#' && m_pos > start && m_text[m_pos - 1].isSpace()))
            ++m_pos;
        value = m_text.sliced(start, m_pos - start).trimmed();
        skipLine();
        quoted = value.isEmpty(); // "KEY=" is an empty string, not null
    }
    m_builder.addSetting(name, m_normaliser.scalar(value, quoted), keyPosition);
    return true;
}

void DotenvReader::read()
{
    while (m_pos < m_text.size()) {
        skipBlanks();
        if (atLineEnd() || m_text[m_pos] == u'#') {
            skipLine();
        } else if (!readEntry()) {
            return;
        }
        if (m_pos < m_text.size())
            newLine();
    }
}

} // namespace

ConfigFileContent parseDotenvConfig(const QByteArray &text, ConfigContentBuilder builder, const Normaliser &normaliser)
{
    const QString decoded = QString::fromUtf8(text);
    DotenvReader(decoded, builder, normaliser).read();
    return builder.finish(false); // the caller maps variables to keys and works out sections
}

} // namespace DriftDeck
