#include "configcontent.h"

#include <QCoreApplication>

namespace DriftDeck {

ConfigFormat configFormatForPath(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const QStringView name = slash >= 0 ? path.mid(slash + 1) : path;
    const auto endsWith = [name](QLatin1StringView suffix) { return name.endsWith(suffix, Qt::CaseInsensitive); };
    if (endsWith(QLatin1StringView(".yaml")) || endsWith(QLatin1StringView(".yml")))
        return ConfigFormat::Yaml;
    if (endsWith(QLatin1StringView(".json")))
        return ConfigFormat::Json;
    if (endsWith(QLatin1StringView(".properties")))
        return ConfigFormat::Properties;
    if (endsWith(QLatin1StringView(".env")) || name.startsWith(QLatin1StringView(".env"), Qt::CaseInsensitive))
        return ConfigFormat::Dotenv;
    return ConfigFormat::Unknown;
}

QString configErrorAt(const QString &path, TextPosition position, const QString &message)
{
    QString text = path;
    if (position.line > 0) {
        text += u':' + QString::number(position.line);
        if (position.column > 0)
            text += u':' + QString::number(position.column);
    }
    return text + QLatin1StringView(": ") + message;
}

ConfigContentBuilder::ConfigContentBuilder(QString displayPath, QString keyPrefix)
    : m_displayPath(std::move(displayPath))
    , m_prefix(std::move(keyPrefix))
{
}

void ConfigContentBuilder::addSetting(const QString &key, const Value &value, TextPosition position, int rank)
{
    if (failed())
        return;
    const QString fullKey = m_prefix + key;
    const auto existing = m_index.constFind(fullKey);
    if (existing == m_index.cend()) {
        m_index.insert(fullKey, m_content.settings.size());
        m_content.settings.append(ConfigSetting{fullKey, value, position});
        m_ranks.append(rank);
        return;
    }
    const qsizetype index = *existing;
    const int existingRank = m_ranks[index];
    if (rank > 0 && (existingRank == 0 || rank > existingRank))
        return; // a written key beats what a merge key brings in
    if (rank == 0 && existingRank == 0) {
        addWarning(position,
                   QCoreApplication::translate("DriftDeck::ConfigFormats",
                                               "“%1” is set again here (line %2); the later value wins")
                       .arg(key)
                       .arg(m_content.settings[index].position.line));
    }
    m_content.settings[index] = ConfigSetting{fullKey, value, position};
    m_ranks[index] = rank;
}

void ConfigContentBuilder::addSection(const QString &key, TextPosition position)
{
    if (!failed())
        m_content.sections.insert(m_prefix + key, position);
}

void ConfigContentBuilder::addWarning(TextPosition position, const QString &message)
{
    m_content.warnings.append(configErrorAt(m_displayPath, position, message));
}

void ConfigContentBuilder::fail(TextPosition position, const QString &message)
{
    if (!failed())
        m_content.errorString = configErrorAt(m_displayPath, position, message);
}

ConfigFileContent ConfigContentBuilder::finish(bool deriveSections)
{
    if (failed()) {
        ConfigFileContent failure;
        failure.errorString = m_content.errorString;
        return failure;
    }
    for (const ConfigSetting &setting : std::as_const(m_content.settings)) {
        if (!deriveSections)
            break;
        qsizetype dot = setting.key.indexOf(u'.', m_prefix.size());
        while (dot > 0) {
            const QString section = setting.key.left(dot);
            if (!m_content.sections.contains(section))
                m_content.sections.insert(section, setting.position);
            dot = setting.key.indexOf(u'.', dot + 1);
        }
    }
    m_index.clear();
    m_ranks.clear();
    if (!m_prefix.isEmpty()) {
        m_content.firstLayerEntries.reserve(m_content.settings.size());
        for (const ConfigSetting &setting : std::as_const(m_content.settings)) {
            const Origin origin{0, setting.position.line, setting.position.column, setting.value.display()};
            m_content.firstLayerEntries.insert(setting.key, Entry{setting.value, {origin}, -1, false});
        }
    }
    return std::move(m_content);
}

} // namespace DriftDeck
