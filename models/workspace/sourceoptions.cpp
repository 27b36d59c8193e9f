#include "sourceoptions.h"

#include "loadertext.h"
#include "sourcetimeout.h"
#include "workspace.h"

#include <QRegularExpression>
#include <QUrl>

namespace DriftDeck {

namespace {
std::optional<QVariant> readUrl(NodeReader &reader, const YamlNode &node, const QString &path)
{
    if (!node.isScalar()) {
        reader.error(node, path, LoaderText::tr("expected a URL, got %1").arg(NodeReader::describe(node)));
        return std::nullopt;
    }
    // Templates are checked with a stand-in name, so "https://prometheus.{env}.example.com" passes.
    const QUrl url(expandTemplate(node.text, QStringLiteral("env")), QUrl::StrictMode);
    if (!url.password().isEmpty()) {
        reader.error(node, path, literalSecretMessage());
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        reader.error(node, path, LoaderText::tr("expected an http or https URL, got %1").arg(NodeReader::shown(node)));
        return std::nullopt;
    }
    return node.text;
}

std::optional<QVariant> readDuration(NodeReader &reader, const YamlNode &node, const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([0-9]+(?:\.[0-9]+)?)\s*(ms|s|m|h)$)"));
    if (node.isScalar()) {
        const auto match = pattern.match(node.text);
        if (match.hasMatch()) {
            const QString unit = match.captured(2);
            const double factor = unit == u"ms" ? 1 : unit == u"s" ? 1000 : unit == u"m" ? 60000 : 3600000;
            const double ms = match.captured(1).toDouble() * factor;
            if (ms < 9.0e15) // far beyond any timeout (SourceTimeout bounds those), and exact in a qint64
                return QVariant(qint64(ms + 0.5));
        }
    }
    reader.error(node, path,
                 LoaderText::tr("expected a duration like 10s, 500ms or 2m, got %1").arg(NodeReader::shown(node)));
    return std::nullopt;
}

std::optional<QVariant> readStrings(NodeReader &reader, const YamlNode &node, const QString &path, bool acceptSingle)
{
    const auto list = reader.textList(node, path, acceptSingle);
    if (!list)
        return std::nullopt;
    // A QVariantList of strings, not a QStringList: SourceSpec::optionsFor() expands {env} in these.
    QVariantList out;
    for (const QString &s : *list)
        out.append(s);
    return out;
}
} // namespace

QString literalSecretMessage()
{
    return LoaderText::tr(
        "credentials never live in the workspace file; name an environment variable or keychain entry");
}

bool isSecretOptionName(QStringView name)
{
    QString simple = name.toString().toLower();
    simple.remove(u'-');
    simple.remove(u'_');
    static const QStringList endings
        = {QStringLiteral("password"), QStringLiteral("passwd"), QStringLiteral("secret"),
           QStringLiteral("token"),    QStringLiteral("apikey"), QStringLiteral("privatekey")};
    for (const QString &ending : endings) {
        if (simple.endsWith(ending))
            return true;
    }
    return false;
}

std::optional<QVariant> readSourceOption(NodeReader &reader, const SourceOption &option, const YamlNode &node,
                                         const QString &path)
{
    using Kind = SourceOption::Kind;
    switch (option.kind) {
    case Kind::String:
        if (auto s = reader.text(node, path))
            return QVariant(*s);
        return std::nullopt;
    case Kind::Url:
        return readUrl(reader, node, path);
    case Kind::Path:
        if (!node.isScalar() || node.text.isEmpty()) {
            reader.error(node, path, LoaderText::tr("expected a path, got %1").arg(NodeReader::describe(node)));
            return std::nullopt;
        }
        return node.text;
    case Kind::PathList:
        return readStrings(reader, node, path, true);
    case Kind::StringList:
        return readStrings(reader, node, path, false);
    case Kind::Boolean:
        if (auto b = reader.boolean(node, path))
            return QVariant(*b);
        return std::nullopt;
    case Kind::Integer: {
        bool ok = false;
        const qint64 value = node.toInteger(&ok);
        if (ok)
            return QVariant(value);
        reader.error(node, path, LoaderText::tr("expected a whole number, got %1").arg(NodeReader::describe(node)));
        return std::nullopt;
    }
    case Kind::Duration: {
        std::optional<QVariant> duration = readDuration(reader, node, path);
        if (duration && option.name == u"timeout") {
            const QString problem = SourceTimeout::problem(duration->toLongLong(), node.text);
            if (!problem.isEmpty()) {
                reader.error(node, path, problem);
                return std::nullopt;
            }
        }
        return duration;
    }
    case Kind::Map:
        if (!reader.expectMap(node, path))
            return std::nullopt;
        return NodeReader::toVariant(node);
    case Kind::Any:
        return NodeReader::toVariant(node);
    }
    return std::nullopt;
}

} // namespace DriftDeck
