#include "tfvarsformat.h"

#include "filetree.h"
#include "terraformformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace DriftDeck {

namespace {

struct TfvarsText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::TfvarsFormat)
};

constexpr int MaximumDepth = 64;

class TfvarsParser
{
public:
    explicit TfvarsParser(QString text)
        : m_text(std::move(text))
    {
    }

    QString error; // "message" at m_errorLine:m_errorColumn
    int errorLine = 0;
    int errorColumn = 0;

    bool parseFile(QJsonObject *variables, QHash<QString, std::pair<int, int>> *positions)
    {
        while (true) {
            skipSpace(true);
            if (atEnd())
                return true;
            const int line = m_line, column = column_();
            QString name;
            if (!identifier(&name))
                return fail(TfvarsText::tr("expected a variable name"));
            skipSpace(false);
            if (!consume(u'='))
                return fail(TfvarsText::tr("expected \"=\" after %1").arg(name));
            QJsonValue value;
            if (!parseValue(&value, 0))
                return false;
            if (variables->contains(name)) {
                error = TfvarsText::tr("%1 is set twice").arg(name);
                errorLine = line;
                errorColumn = column;
                return false;
            }
            variables->insert(name, value);
            positions->insert(name, {line, column});
            skipSpace(false);
            if (!atEnd() && peek() != u'\n')
                return fail(TfvarsText::tr("expected a new line after the value of %1").arg(name));
        }
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar(); }
    int column_() const { return int(m_pos - m_lineStart + 1); }
    void advance()
    {
        if (m_text[m_pos] == u'\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }
    bool consume(QChar c)
    {
        if (peek() != c)
            return false;
        advance();
        return true;
    }
    bool fail(const QString &message)
    {
        if (error.isEmpty()) {
            error = message;
            errorLine = m_line;
            errorColumn = column_();
        }
        return false;
    }

    // Blanks and comments; newlines too when newlines is set.
    void skipSpace(bool newlines)
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u' ' || c == u'\t' || c == u'\r' || (newlines && c == u'\n')) {
                advance();
            } else if (c == u'#' || (c == u'/' && peek(1) == u'/')) {
                while (!atEnd() && peek() != u'\n')
                    advance();
            } else if (c == u'/' && peek(1) == u'*') {
                advance();
                advance();
                while (!atEnd() && !(peek() == u'*' && peek(1) == u'/'))
                    advance();
                if (!atEnd()) {
                    advance();
                    advance();
                }
            } else {
                return;
            }
        }
    }

    bool identifier(QString *out)
    {
        const QChar c = peek();
        if (!(c.isLetter() || c == u'_'))
            return false;
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_' || peek() == u'-')) {
            *out += peek();
            advance();
        }
        return true;
    }

    bool parseString(QString *out)
    {
        advance(); // the opening quote
        while (!atEnd() && peek() != u'"') {
            if (peek() == u'\n')
                return fail(TfvarsText::tr("a string must end on the line it starts"));
            if (peek() == u'\\') {
                advance();
                const QChar e = peek();
                if (e == u'n')
                    *out += u'\n';
                else if (e == u't')
                    *out += u'\t';
                else if (e == u'r')
                    *out += u'\r';
                else if (e == u'"' || e == u'\\')
                    *out += e;
                else if (e == u'u' && m_pos + 4 < m_text.size()) {
                    bool ok = false;
                    const uint code = QStringView(m_text).mid(m_pos + 1, 4).toUInt(&ok, 16);
                    if (!ok)
                        return fail(TfvarsText::tr("invalid \\u escape"));
                    *out += QChar(char16_t(code));
                    for (int i = 0; i < 4; ++i)
                        advance();
                } else
                    return fail(TfvarsText::tr("unknown escape \\%1").arg(e));
                advance();
                continue;
            }
            *out += peek();
            advance();
        }
        if (!consume(u'"'))
            return fail(TfvarsText::tr("the string is not closed"));
        return true;
    }

    bool parseHeredoc(QString *out)
    {
        advance();
        advance(); // <<
        const bool indented = consume(u'-');
        QString marker;
        if (!identifier(&marker))
            return fail(TfvarsText::tr("expected a heredoc marker after <<"));
        while (!atEnd() && peek() != u'\n')
            advance();
        if (atEnd())
            return fail(TfvarsText::tr("the heredoc %1 is not closed").arg(marker));
        advance();
        QStringList lines;
        while (true) {
            if (atEnd())
                return fail(TfvarsText::tr("the heredoc %1 is not closed").arg(marker));
            const qsizetype end = m_text.indexOf(u'\n', m_pos);
            const QString line = m_text.mid(m_pos, end < 0 ? -1 : end - m_pos);
            if (line.trimmed() == marker) {
                for (qsizetype i = 0; i < line.size(); ++i)
                    advance();
                break;
            }
            lines.append(line);
            while (!atEnd() && peek() != u'\n')
                advance();
            if (!atEnd())
                advance();
        }
        if (indented) {
            // <<- removes the indentation the lines share.
            qsizetype common = -1;
            for (const QString &line : std::as_const(lines)) {
                if (line.trimmed().isEmpty())
                    continue;
                qsizetype n = 0;
                while (n < line.size() && (line[n] == u' ' || line[n] == u'\t'))
                    ++n;
                common = common < 0 ? n : std::min(common, n);
            }
            for (QString &line : lines)
                line = line.mid(std::max<qsizetype>(common, 0));
        }
        *out = lines.join(u'\n') + u'\n';
        return true;
    }

    bool parseValue(QJsonValue *out, int depth)
    {
        if (depth > MaximumDepth)
            return fail(TfvarsText::tr("nested too deeply"));
        skipSpace(false);
        const QChar c = peek();
        if (c == u'"') {
            QString text;
            if (!parseString(&text))
                return false;
            *out = text;
            return true;
        }
        if (c == u'<' && peek(1) == u'<') {
            QString text;
            if (!parseHeredoc(&text))
                return false;
            *out = text;
            return true;
        }
        if (c == u'[')
            return parseList(out, depth);
        if (c == u'{')
            return parseObject(out, depth);
        if (c == u'-' || c.isDigit()) {
            QString number;
            while (!atEnd()
                   && (peek().isDigit() || peek() == u'.' || peek() == u'-' || peek() == u'+' || peek() == u'e'
                       || peek() == u'E')) {
                number += peek();
                advance();
            }
            bool ok = false;
            const double value = number.toDouble(&ok);
            if (!ok)
                return fail(TfvarsText::tr("%1 is not a number").arg(number));
            *out = value;
            return true;
        }
        QString word;
        if (identifier(&word)) {
            if (word == u"true" || word == u"false") {
                *out = word == u"true";
                return true;
            }
            if (word == u"null") {
                *out = QJsonValue::Null;
                return true;
            }
            return fail(TfvarsText::tr("%1: only literal values are allowed in a tfvars file").arg(word));
        }
        return atEnd() ? fail(TfvarsText::tr("expected a value, found the end of the file"))
                       : fail(TfvarsText::tr("expected a value, found \"%1\"").arg(c));
    }

    bool parseList(QJsonValue *out, int depth)
    {
        advance(); // [
        QJsonArray array;
        while (true) {
            skipSpace(true);
            if (consume(u']'))
                break;
            QJsonValue item;
            if (!parseValue(&item, depth + 1))
                return false;
            array.append(item);
            skipSpace(true);
            if (consume(u','))
                continue;
            if (consume(u']'))
                break;
            return fail(TfvarsText::tr("expected \",\" or \"]\" in the list"));
        }
        *out = array;
        return true;
    }

    bool parseObject(QJsonValue *out, int depth)
    {
        advance(); // {
        QJsonObject object;
        while (true) {
            skipSpace(true);
            if (consume(u'}'))
                break;
            QString key;
            if (peek() == u'"') {
                if (!parseString(&key))
                    return false;
            } else if (!identifier(&key)) {
                return fail(TfvarsText::tr("expected a key in the map"));
            }
            skipSpace(false);
            if (!consume(u'=') && !consume(u':'))
                return fail(TfvarsText::tr("expected \"=\" or \":\" after %1").arg(key));
            QJsonValue value;
            if (!parseValue(&value, depth + 1))
                return false;
            object.insert(key, value);
            skipSpace(false);
            if (consume(u','))
                continue;
            // A new line separates entries as well as a comma does.
            if (peek() == u'\n' || peek() == u'}')
                continue;
            return fail(TfvarsText::tr("expected \",\", a new line or \"}\" after the value of %1").arg(key));
        }
        *out = object;
        return true;
    }

    QString m_text;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

} // namespace

SourceResult readTerraformVars(const QByteArray &text, const QString &label, const Normaliser &normaliser,
                               const QString &sourceId)
{
    TfvarsParser parser(QString::fromUtf8(text));
    QJsonObject variables;
    QHash<QString, std::pair<int, int>> positions;
    if (!parser.parseFile(&variables, &positions))
        return SourceResult::failure(fileErrorAt(label, parser.errorLine, parser.errorColumn, parser.error));
    return terraformVarRows(variables, positions, label, normaliser, sourceId);
}

} // namespace DriftDeck
