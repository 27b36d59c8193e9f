#include "configreaders.h"
#include "scalarcache.h"
#include "values/normaliser.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct FormatText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ConfigFormats)
};

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\f';
}

// One logical line of a .properties file: natural lines joined where one ends in an odd number
// of backslashes, the continuation's leading blanks dropped. Escapes are still in place.
struct LogicalLine {
    // Into the file for a line on its own (nearly all: no copy), else into joined.
    QStringView text;
    QString joined;
    qint32 line = 0;
    qint32 column = 0; // of the first character that is not blank
};

// Java's java.util.Properties rules, read as UTF-8 (as Spring Boot does).
class PropertiesReader
{
public:
    PropertiesReader(const QString &text, ConfigContentBuilder &builder, const Normaliser &normaliser)
        : m_text(text)
        , m_builder(builder)
        , m_scalars(normaliser)
    {
    }

    void read();

private:
    bool nextLine(LogicalLine *out);
    // Resolves \t \n \r \f \uXXXX and \x -> x. Fails with the column of a broken \u escape.
    bool unescape(QStringView text, const LogicalLine &line, qsizetype offset, QString *out);

    const QString &m_text;
    ConfigContentBuilder &m_builder;
    ScalarCache m_scalars;
    qsizetype m_pos = 0;
    qint32 m_line = 0;
};

bool PropertiesReader::nextLine(LogicalLine *out)
{
    out->joined.resize(0); // keeps its room for the next continued line
    bool continued = false;
    while (m_pos < m_text.size()) {
        ++m_line;
        qsizetype end = m_pos;
        while (end < m_text.size() && m_text[end] != u'\n' && m_text[end] != u'\r')
            ++end;
        QStringView natural = QStringView(m_text).sliced(m_pos, end - m_pos);
        const qsizetype next
            = (end + 1 < m_text.size() && m_text[end] == u'\r' && m_text[end + 1] == u'\n') ? end + 2 : end + 1;
        m_pos = next;
        qsizetype start = 0;
        while (start < natural.size() && isBlank(natural[start]))
            ++start;
        natural = natural.sliced(start);
        if (!continued) {
            if (natural.isEmpty() || natural[0] == u'#' || natural[0] == u'!')
                continue; // comments and blank lines cannot be continued
            out->line = m_line;
            out->column = qint32(start + 1);
        }
        qsizetype backslashes = 0;
        while (backslashes < natural.size() && natural[natural.size() - 1 - backslashes] == u'\\')
            ++backslashes;
        const bool wasContinued = continued;
        continued = backslashes % 2 == 1;
        if (!wasContinued && !continued) {
            out->text = natural;
            return true;
        }
        out->joined += continued ? natural.chopped(1) : natural;
        if (!continued) {
            out->text = out->joined;
            return true;
        }
    }
    out->text = out->joined;
    return continued; // a file may end in a continuation
}

bool PropertiesReader::unescape(QStringView text, const LogicalLine &line, qsizetype offset, QString *out)
{
    out->reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\\' || i + 1 >= text.size()) {
            out->append(text[i]);
            continue;
        }
        const QChar c = text[++i];
        if (c == u't') {
            out->append(u'\t');
        } else if (c == u'n') {
            out->append(u'\n');
        } else if (c == u'r') {
            out->append(u'\r');
        } else if (c == u'f') {
            out->append(u'\f');
        } else if (c == u'u') {
            bool ok = text.size() >= i + 5;
            const ushort unit = ok ? text.sliced(i + 1, 4).toUShort(&ok, 16) : 0;
            if (!ok) {
                // Columns are only exact on the first natural line of a continued one.
                m_builder.fail({line.line, qint32(line.column + offset + i - 1)},
                               FormatText::tr("\\u must be followed by four hexadecimal digits"));
                return false;
            }
            out->append(QChar(unit));
            i += 4;
        } else {
            out->append(c);
        }
    }
    return true;
}

void PropertiesReader::read()
{
    LogicalLine line;
    while (nextLine(&line)) {
        const QStringView text = line.text;
        // The key ends at the first unescaped '=', ':' or blank.
        qsizetype keyEnd = 0;
        while (keyEnd < text.size()) {
            const QChar c = text[keyEnd];
            if (c == u'\\') {
                keyEnd += 2;
                continue;
            }
            if (c == u'=' || c == u':' || isBlank(c))
                break;
            ++keyEnd;
        }
        keyEnd = qMin(keyEnd, text.size());
        qsizetype valueStart = keyEnd;
        while (valueStart < text.size() && isBlank(text[valueStart]))
            ++valueStart;
        if (valueStart < text.size() && (text[valueStart] == u'=' || text[valueStart] == u':')) {
            ++valueStart;
            while (valueStart < text.size() && isBlank(text[valueStart]))
                ++valueStart;
        }
        // Without escapes (the usual line) key and value are read where they are: the value is
        // looked up without a copy, and the key is copied once, with the builder's prefix.
        const QStringView keyText = text.first(keyEnd);
        const QStringView valueText = text.sliced(valueStart);
        QString key;
        QString value;
        const bool plainKey = !keyText.contains(u'\\');
        const bool plainValue = !valueText.contains(u'\\');
        if ((!plainKey && !unescape(keyText, line, 0, &key))
            || (!plainValue && !unescape(valueText, line, valueStart, &value)))
            return;
        if (plainKey ? keyText.isEmpty() : key.isEmpty()) {
            m_builder.fail({line.line, line.column}, FormatText::tr("empty key"));
            return;
        }
        const Value scalar = plainValue ? m_scalars.scalar(valueText, false) : m_scalars.scalar(value, false);
        const TextPosition position{line.line, line.column};
        if (plainKey)
            m_builder.addSetting(QStringView(), keyText, scalar, position);
        else
            m_builder.addSetting(key, scalar, position);
    }
}

} // namespace

ConfigFileContent parsePropertiesConfig(const QByteArray &text, ConfigContentBuilder builder,
                                        const Normaliser &normaliser)
{
    const QString decoded = QString::fromUtf8(text);
    PropertiesReader(decoded, builder, normaliser).read();
    return builder.finish(true);
}

} // namespace DriftDeck
