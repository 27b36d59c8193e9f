#include "nodereader.h"

#include "didyoumean.h"
#include "loadertext.h"

#include <QVariantList>
#include <QVariantMap>

namespace DriftDeck {

NodeReader::NodeReader(QString displayFile, QString originFile)
    : m_file(std::move(displayFile))
    , m_originFile(std::move(originFile))
{
}

void NodeReader::error(int line, int column, const QString &path, const QString &message)
{
    m_errors.append({m_file, line, column, path, message});
}

void NodeReader::error(const YamlNode &node, const QString &path, const QString &message)
{
    error(node.line, node.column, path, message);
}

void NodeReader::error(const YamlEntry &key, const QString &path, const QString &message)
{
    error(key.line, key.column, path, message);
}

void NodeReader::addProblems(const QList<YamlProblem> &problems)
{
    for (const auto &p : problems)
        error(p.line, p.column, p.path, p.message);
}

RuleOrigin NodeReader::origin(const YamlNode &node) const
{
    return {m_originFile, node.line, node.column};
}

QString NodeReader::quoted(const QString &text)
{
    constexpr qsizetype Longest = 40;
    QString shortened = text.size() > Longest ? text.left(Longest - 1) + u'…' : text;
    shortened.replace(u'\n', QLatin1StringView("\\n"));
    return u'"' + shortened + u'"';
}

QString NodeReader::describe(const YamlNode &node)
{
    switch (node.kind) {
    case YamlNode::Kind::Null:
        return LoaderText::tr("null");
    case YamlNode::Kind::Sequence:
        return LoaderText::tr("a list");
    case YamlNode::Kind::Map:
        return LoaderText::tr("a map");
    case YamlNode::Kind::Scalar:
        break;
    }
    switch (node.scalarType()) {
    case YamlNode::ScalarType::Boolean:
        return LoaderText::tr("a boolean");
    case YamlNode::ScalarType::Integer:
    case YamlNode::ScalarType::Float:
        return LoaderText::tr("a number %1").arg(node.text);
    case YamlNode::ScalarType::String:
        break;
    }
    return LoaderText::tr("a string %1").arg(quoted(node.text));
}

QString NodeReader::shown(const YamlNode &node)
{
    return node.isScalar() ? quoted(node.text) : describe(node);
}

QString NodeReader::child(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

QString NodeReader::child(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool NodeReader::expectMap(const YamlNode &node, const QString &path)
{
    if (node.isMap())
        return true;
    error(node, path, LoaderText::tr("expected a map, got %1").arg(describe(node)));
    return false;
}

bool NodeReader::expectList(const YamlNode &node, const QString &path)
{
    if (node.isSequence())
        return true;
    error(node, path, LoaderText::tr("expected a list, got %1").arg(describe(node)));
    return false;
}

void NodeReader::checkKeys(const YamlNode &map, const QString &path, const QStringList &allowed,
                           const QStringList &required, KeyNoun noun)
{
    for (const auto &entry : map.entries) {
        if (allowed.contains(entry.key))
            continue;
        const QString hint = didYouMean(entry.key, allowed);
        error(entry, child(path, entry.key),
              (noun == KeyNoun::Option ? LoaderText::tr("unknown option \"%1\"%2")
                                       : LoaderText::tr("unknown key \"%1\"%2"))
                  .arg(entry.key, hint));
    }
    for (const QString &key : required) {
        if (map.entry(key))
            continue;
        error(map, path,
              (noun == KeyNoun::Option ? LoaderText::tr("missing required option \"%1\"")
                                       : LoaderText::tr("missing required key \"%1\""))
                  .arg(key));
    }
}

std::optional<QString> NodeReader::text(const YamlNode &node, const QString &path)
{
    if (node.isScalar())
        return node.text;
    error(node, path, LoaderText::tr("expected a string, got %1").arg(describe(node)));
    return std::nullopt;
}

std::optional<bool> NodeReader::boolean(const YamlNode &node, const QString &path)
{
    bool ok = false;
    const bool value = node.toBool(&ok);
    if (ok)
        return value;
    error(node, path, LoaderText::tr("expected true or false, got %1").arg(describe(node)));
    return std::nullopt;
}

std::optional<double> NodeReader::number(const YamlNode &node, const QString &path)
{
    bool ok = false;
    const double value = node.toDouble(&ok);
    if (ok)
        return value;
    error(node, path, LoaderText::tr("expected a number, got %1").arg(describe(node)));
    return std::nullopt;
}

std::optional<QStringList> NodeReader::textList(const YamlNode &node, const QString &path, bool acceptSingle)
{
    if (acceptSingle && node.isScalar())
        return QStringList{node.text};
    if (!node.isSequence()) {
        error(node, path,
              (acceptSingle ? LoaderText::tr("expected a list of strings or one string, got %1")
                            : LoaderText::tr("expected a list of strings, got %1"))
                  .arg(describe(node)));
        return std::nullopt;
    }
    QStringList list;
    bool ok = true;
    for (qsizetype i = 0; i < node.items.size(); ++i) {
        if (const auto item = text(*node.items[i], child(path, i)))
            list.append(*item);
        else
            ok = false;
    }
    return ok ? std::optional(list) : std::nullopt;
}

std::optional<QDate> NodeReader::date(const YamlNode &node, const QString &path)
{
    if (node.isScalar()) {
        const QDate d = QDate::fromString(node.text, Qt::ISODate);
        // ISODate also takes "2027-03-31T…"; a rule's expiry is a plain day.
        if (d.isValid() && node.text.size() == 10)
            return d;
    }
    error(node, path, LoaderText::tr("expected a date like 2027-03-31, got %1").arg(shown(node)));
    return std::nullopt;
}

std::optional<QString> NodeReader::environment(const YamlNode &node, const QString &path, const QStringList &declared)
{
    const auto name = text(node, path);
    if (!name)
        return std::nullopt;
    if (declared.contains(*name))
        return name;
    const QString hint = didYouMean(*name, declared);
    if (!hint.isEmpty())
        error(node, path, LoaderText::tr("%1 is not an environment%2").arg(quoted(*name), hint));
    else
        error(node, path,
              LoaderText::tr("%1 is not an environment (environments: %2)").arg(quoted(*name), declared.join(u", ")));
    return std::nullopt;
}

std::optional<QStringList> NodeReader::environments(const YamlNode &node, const QString &path,
                                                    const QStringList &declared)
{
    if (!expectList(node, path))
        return std::nullopt;
    if (node.items.isEmpty()) {
        error(node, path, LoaderText::tr("name at least one environment, or leave the key out for all of them"));
        return std::nullopt;
    }
    QStringList names;
    bool ok = true;
    for (qsizetype i = 0; i < node.items.size(); ++i) {
        const auto name = environment(*node.items[i], child(path, i), declared);
        if (!name)
            ok = false;
        else if (!names.contains(*name))
            names.append(*name);
    }
    return ok ? std::optional(names) : std::nullopt;
}

QVariant NodeReader::toVariant(const YamlNode &node)
{
    switch (node.kind) {
    case YamlNode::Kind::Null:
        return {};
    case YamlNode::Kind::Sequence: {
        QVariantList list;
        list.reserve(node.items.size());
        for (const auto &item : node.items)
            list.append(toVariant(*item));
        return list;
    }
    case YamlNode::Kind::Map: {
        QVariantMap map;
        for (const auto &entry : node.entries)
            map.insert(entry.key, toVariant(*entry.value));
        return map;
    }
    case YamlNode::Kind::Scalar:
        break;
    }
    bool ok = false;
    switch (node.scalarType()) {
    case YamlNode::ScalarType::Boolean:
        return node.toBool(&ok);
    case YamlNode::ScalarType::Integer: {
        const qint64 value = node.toInteger(&ok);
        return ok ? QVariant(value) : QVariant(node.text); // beyond 64 bits: keep the text
    }
    case YamlNode::ScalarType::Float:
        return node.toDouble(&ok);
    case YamlNode::ScalarType::String:
        break;
    }
    return node.text;
}

} // namespace DriftDeck
