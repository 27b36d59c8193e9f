#pragma once

#include <QObject>
#include <QString>

class QPalette;
class QTextDocument;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace DriftDeck {

// Syntax colouring for a configuration value shown in a text document. Values come without a
// file name, so the syntax is guessed from the text; the colour theme follows the widget's
// palette (light or dark) through KSyntaxHighlighting's themeForPalette.
class ValueHighlighter : public QObject
{
    Q_OBJECT
public:
    enum class Syntax { PlainText, Json, Yaml, Ini, Xml, Pem };
    Q_ENUM(Syntax)

    // The application's one repository of syntax definitions and themes: loading it costs
    // tens of milliseconds, so every view shares it. Owned by the application object.
    static KSyntaxHighlighting::Repository *sharedRepository();

    static Syntax detect(const QString &text);
    // For people: "JSON", "YAML", "INI", "XML", "PEM", "Plain text".
    static QString title(Syntax syntax);
    // The KSyntaxHighlighting definition used; empty for plain text and PEM.
    static QString definitionName(Syntax syntax);

    // Highlights document (which it does not own); repository defaults to the shared one.
    explicit ValueHighlighter(QTextDocument *document, KSyntaxHighlighting::Repository *repository = nullptr);
    ~ValueHighlighter() override;

    void setSyntax(Syntax syntax);
    Syntax syntax() const { return m_syntax; }
    // Picks the theme that suits this palette; call again when the palette changes.
    void setPalette(const QPalette &palette);
    QString themeName() const;

private:
    KSyntaxHighlighting::Repository *m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    Syntax m_syntax = Syntax::PlainText;
};

} // namespace DriftDeck
