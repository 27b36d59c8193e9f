#include "configreaders.h"
#include "values/normaliser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace DriftDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DriftDeck::ConfigFormats", text);
}

TextPosition positionOf(const YAML::Mark &mark)
{
    if (mark.is_null())
        return {};
    return {qint32(mark.line + 1), qint32(mark.column + 1)};
}

QString qText(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A scalar the author quoted, wrote as a block (| >) or tagged !!str is text, whatever it looks like.
bool isQuoted(const YAML::Node &node)
{
    const std::string &tag = node.Tag();
    return tag == "!" || tag == "tag:yaml.org,2002:str";
}

// Plain scalars inside lists, typed the way YAML's core schema reads them.
QJsonValue plainScalarToJson(const QString &text)
{
    if (text == u"true" || text == u"True" || text == u"TRUE")
        return true;
    if (text == u"false" || text == u"False" || text == u"FALSE")
        return false;
    if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
        return QJsonValue::Null;
    // Decimal numbers only: "0755", "0x1F" and "1_000" stay text, as the normaliser reads them.
    const bool numberCharacters = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit() || c == u'.' || c == u'-' || c == u'+' || c == u'e' || c == u'E';
    });
    const qsizetype digits = (text.startsWith(u'-') || text.startsWith(u'+')) ? 1 : 0;
    const bool leadingZero = text.size() > digits + 1 && text[digits] == u'0' && text[digits + 1].isDigit();
    bool isNumber = false;
    const double number = numberCharacters && !leadingZero ? text.toDouble(&isNumber) : 0.0;
    if (isNumber)
        return number;
    return text;
}

class YamlWalker
{
public:
    YamlWalker(ConfigContentBuilder &builder, const Normaliser &normaliser)
        : m_builder(builder)
        , m_normaliser(normaliser)
    {
    }

    void walkMap(const YAML::Node &map, const QString &prefix, int depth, bool inherited);

private:
    bool checkDepth(const YAML::Node &node, int depth);
    QJsonValue toJson(const YAML::Node &node, int depth);
    void addValue(const QString &key, const YAML::Node &value, TextPosition position, int depth, bool inherited);
    void applyMergeKey(const YAML::Node &value, const QString &prefix, int depth);

    ConfigContentBuilder &m_builder;
    const Normaliser &m_normaliser;
};

bool YamlWalker::checkDepth(const YAML::Node &node, int depth)
{
    if (depth <= MaximumConfigDepth)
        return true;
    m_builder.fail(positionOf(node.Mark()),
                   tr("nested more than %1 levels deep; flatten the structure").arg(MaximumConfigDepth));
    return false;
}

QJsonValue YamlWalker::toJson(const YAML::Node &node, int depth)
{
    if (!checkDepth(node, depth))
        return {};
    switch (node.Type()) {
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item, depth + 1));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &pair : node) {
            if (!pair.first.IsScalar()) {
                m_builder.fail(positionOf(pair.first.Mark()), tr("a key must be text, not a list or map"));
                return {};
            }
            object.insert(qText(pair.first.Scalar()), toJson(pair.second, depth + 1));
        }
        return object;
    }
    case YAML::NodeType::Scalar: {
        const QString text = qText(node.Scalar());
        return isQuoted(node) ? QJsonValue(text) : plainScalarToJson(text);
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue::Null;
}

void YamlWalker::addValue(const QString &key, const YAML::Node &value, TextPosition position, int depth,
                          bool inherited)
{
    switch (value.Type()) {
    case YAML::NodeType::Map:
        if (value.size() > 0) {
            m_builder.addSection(key, position);
            walkMap(value, key + u'.', depth + 1, inherited);
        } else {
            m_builder.addSetting(key, m_normaliser.fromJson(QJsonObject()), position, inherited);
        }
        return;
    case YAML::NodeType::Sequence: {
        const QJsonValue list = toJson(value, depth + 1);
        if (!m_builder.failed())
            m_builder.addSetting(key, m_normaliser.fromJson(list), position, inherited);
        return;
    }
    case YAML::NodeType::Scalar:
        m_builder.addSetting(key, m_normaliser.scalar(qText(value.Scalar()), isQuoted(value)), position, inherited);
        return;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    m_builder.addSetting(key, m_normaliser.fromJson(QJsonValue::Null), position, inherited);
}

// "<<: *defaults" (or a list of aliases) copies the keys of other maps; keys written next to it
// win, and among several merged maps the first listed wins.
void YamlWalker::applyMergeKey(const YAML::Node &value, const QString &prefix, int depth)
{
    if (value.IsMap()) {
        walkMap(value, prefix, depth, true);
        return;
    }
    if (value.IsSequence()) {
        for (std::size_t i = value.size(); i-- > 0 && !m_builder.failed();) {
            if (!value[i].IsMap()) {
                m_builder.fail(positionOf(value[i].Mark()), tr("“<<” can only merge maps"));
                return;
            }
            walkMap(value[i], prefix, depth, true);
        }
        return;
    }
    m_builder.fail(positionOf(value.Mark()), tr("“<<” can only merge maps"));
}

void YamlWalker::walkMap(const YAML::Node &map, const QString &prefix, int depth, bool inherited)
{
    if (!checkDepth(map, depth))
        return;
    // Merge keys first, so the keys written in this map override what they bring in.
    for (const auto &pair : map) {
        if (pair.first.IsScalar() && pair.first.Scalar() == "<<" && !isQuoted(pair.first))
            applyMergeKey(pair.second, prefix, depth);
    }
    for (const auto &pair : map) {
        if (m_builder.failed())
            return;
        const YAML::Node &keyNode = pair.first;
        const TextPosition position = positionOf(keyNode.Mark());
        if (!keyNode.IsScalar()) {
            m_builder.fail(position, tr("a key must be text, not a list or map"));
            return;
        }
        if (keyNode.Scalar() == "<<" && !isQuoted(keyNode))
            continue;
        const QString name = qText(keyNode.Scalar());
        if (name.isEmpty()) {
            m_builder.fail(position, tr("empty key"));
            return;
        }
        addValue(prefix + name, pair.second, position, depth, inherited);
    }
}

} // namespace

ConfigFileContent parseYamlConfig(const QByteArray &text, ConfigContentBuilder builder, const Normaliser &normaliser)
{
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(std::string(text.constData(), size_t(text.size())));
        if (documents.size() > 1) {
            builder.fail(positionOf(documents[1].Mark()),
                         tr("more than one YAML document (---); put each environment in its own file"));
            return builder.finish(false);
        }
        if (documents.empty() || documents.front().IsNull())
            return builder.finish(false); // an empty file sets nothing
        const YAML::Node &root = documents.front();
        if (!root.IsMap()) {
            builder.fail(positionOf(root.Mark()),
                         root.IsSequence() ? tr("expected a map of settings at the top level, found a list")
                                           : tr("expected a map of settings at the top level, found a single value"));
            return builder.finish(false);
        }
        YamlWalker(builder, normaliser).walkMap(root, QString(), 1, false);
    } catch (const YAML::DeepRecursion &) {
        // yaml-cpp's own guard (2000 levels) reports neither a useful place nor a useful message.
        builder.fail({}, tr("nested more than %1 levels deep; flatten the structure").arg(MaximumConfigDepth));
    } catch (const YAML::Exception &error) {
        builder.fail(positionOf(error.mark), tr("invalid YAML: %1").arg(QString::fromStdString(error.msg)));
    } catch (const std::exception &error) {
        builder.fail({}, tr("invalid YAML: %1").arg(QString::fromLocal8Bit(error.what())));
    }
    return builder.finish(false);
}

} // namespace DriftDeck
