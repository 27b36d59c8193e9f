#include "valuehighlighter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPalette>
#include <QPointer>
#include <QRegularExpression>
#include <QTextDocument>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace DriftDeck {

namespace {

bool looksLikeXml(QStringView text)
{
    if (text.startsWith(u"<?xml"))
        return true;
    static const QRegularExpression element(
        QStringLiteral(R"(^<([A-Za-z_][\w:.-]*)[\s\S]*</\1\s*>$|^<[A-Za-z_][^>]*/>$)"));
    return element.matchView(text).hasMatch();
}

// Section headers, or several "name = value" lines (comments allowed): INI, properties, dotenv.
bool looksLikeIni(const QStringList &lines)
{
    static const QRegularExpression section(QStringLiteral(R"(^\s*\[[^\]\[]+\]\s*$)"));
    static const QRegularExpression assignment(QStringLiteral(R"(^\s*[\w.-]+\s*=)"));
    int sections = 0;
    int assignments = 0;
    for (const QString &line : lines) {
        const QStringView t = QStringView(line).trimmed();
        if (t.isEmpty() || t.startsWith(u'#') || t.startsWith(u';'))
            continue;
        if (section.matchView(t).hasMatch())
            ++sections;
        else if (assignment.matchView(t).hasMatch())
            ++assignments;
        else
            return false;
    }
    return (sections > 0 && assignments > 0) || assignments > 1;
}

// Several lines of "key: value" or "- item": a YAML document (a single line is just a string).
bool looksLikeYaml(const QStringList &lines)
{
    static const QRegularExpression mapping(QStringLiteral(R"(^\s*("[^"]*"|'[^']*'|[^\s#:][^:#]*):(\s|$))"));
    static const QRegularExpression item(QStringLiteral(R"(^\s*-(\s|$))"));
    int structured = 0;
    for (const QString &line : lines) {
        const QStringView t = QStringView(line).trimmed();
        if (t.isEmpty() || t.startsWith(u'#') || t == u"---")
            continue;
        if (mapping.matchView(line).hasMatch() || item.matchView(line).hasMatch())
            ++structured;
    }
    return lines.size() > 1 && structured > 0;
}

} // namespace

KSyntaxHighlighting::Repository *ValueHighlighter::sharedRepository()
{
    static QPointer<KSyntaxHighlighting::Repository> repository;
    if (!repository) {
        repository = new KSyntaxHighlighting::Repository;
        // Dies with the application rather than at static destruction, after Qt is gone.
        repository->setParent(QCoreApplication::instance());
    }
    return repository;
}

ValueHighlighter::Syntax ValueHighlighter::detect(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return Syntax::PlainText;
    if (text.startsWith(u"-----BEGIN "))
        return Syntax::Pem;
    if (text.startsWith(u'{') || text.startsWith(u'[')) {
        QJsonParseError error;
        QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError)
            return Syntax::Json;
    }
    if (text.startsWith(u'<') && looksLikeXml(text))
        return Syntax::Xml;
    const QStringList lines = text.split(u'\n');
    if (looksLikeIni(lines))
        return Syntax::Ini;
    if (looksLikeYaml(lines))
        return Syntax::Yaml;
    return Syntax::PlainText;
}

QString ValueHighlighter::title(Syntax syntax)
{
    switch (syntax) {
    case Syntax::Json:
        return tr("JSON");
    case Syntax::Yaml:
        return tr("YAML");
    case Syntax::Ini:
        return tr("INI");
    case Syntax::Xml:
        return tr("XML");
    case Syntax::Pem:
        return tr("PEM");
    case Syntax::PlainText:
        break;
    }
    return tr("Plain text");
}

QString ValueHighlighter::definitionName(Syntax syntax)
{
    switch (syntax) {
    case Syntax::Json:
        return QStringLiteral("JSON");
    case Syntax::Yaml:
        return QStringLiteral("YAML");
    case Syntax::Ini:
        return QStringLiteral("INI Files");
    case Syntax::Xml:
        return QStringLiteral("XML");
    case Syntax::Pem: // base64 has nothing to colour
    case Syntax::PlainText:
        break;
    }
    return {};
}

ValueHighlighter::ValueHighlighter(QTextDocument *document, KSyntaxHighlighting::Repository *repository)
    : QObject(document)
    , m_repository(repository ? repository : sharedRepository())
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document)) // owned by the document
{
}

ValueHighlighter::~ValueHighlighter() = default;

void ValueHighlighter::setSyntax(Syntax syntax)
{
    if (syntax == m_syntax && m_highlighter->definition().isValid() == !definitionName(syntax).isEmpty())
        return;
    m_syntax = syntax;
    const QString name = definitionName(syntax);
    // An empty definition highlights nothing: plain text in the palette's own colours.
    m_highlighter->setDefinition(name.isEmpty() ? KSyntaxHighlighting::Definition()
                                                : m_repository->definitionForName(name));
    m_highlighter->rehighlight();
}

void ValueHighlighter::setPalette(const QPalette &palette)
{
    const KSyntaxHighlighting::Theme theme = m_repository->themeForPalette(palette);
    if (theme.name() == m_highlighter->theme().name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

QString ValueHighlighter::themeName() const
{
    return m_highlighter->theme().name();
}

} // namespace DriftDeck
