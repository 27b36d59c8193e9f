#include "composerows.h"

#include "composemerge.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace DriftDeck {

namespace {

struct RowsText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ComposeRows)
};

class RowWriter
{
public:
    RowWriter(SourceResult &result, const Normaliser &normaliser)
        : m_result(result)
        , m_normaliser(normaliser)
    {
    }

    void add(const QString &key, const Value &value, const FileTreeNode &at, qint32 layer = -1)
    {
        Entry entry;
        entry.value = value;
        entry.provenance.append({layer >= 0 ? layer : at.file, at.line, at.column, value.display()});
        m_result.entries.insert(key, entry);
    }
    void addScalar(const QString &key, const FileTreeNode &node, qint32 layer = -1)
    {
        add(key, node.isNull() ? Value::null() : m_normaliser.fromJson(node.toJson()), node, layer);
    }

    const Normaliser &normaliser() const { return m_normaliser; }

private:
    SourceResult &m_result;
    const Normaliser &m_normaliser;
};

// "[ip:]published:target/protocol" for the short and the long syntax alike.
QStringList portsOf(const FileTreeNode &ports)
{
    QStringList out;
    for (const FileTreeNode &item : ports.items) {
        if (item.isMap()) {
            const auto text = [&](QStringView name) {
                const FileTreeNode *n = item.value(name);
                return n && n->isScalar() ? n->text : QString();
            };
            QString port = text(u"published").isEmpty() ? text(u"target") : text(u"published") + u':' + text(u"target");
            if (!text(u"host_ip").isEmpty())
                port.prepend(text(u"host_ip") + u':');
            port += u'/' + (text(u"protocol").isEmpty() ? QStringLiteral("tcp") : text(u"protocol"));
            out.append(port);
        } else if (item.isScalar()) {
            out.append(item.text.contains(u'/') ? item.text : item.text + QLatin1StringView("/tcp"));
        }
    }
    out.sort();
    return out;
}

void addImage(RowWriter &rows, const QString &service, const FileTreeNode &image)
{
    const QString key = QLatin1StringView("image/") + service;
    const QString reference = image.text;
    const qsizetype at = reference.indexOf(u'@');
    if (at < 0) {
        rows.add(key, Value::string(reference), image);
        return;
    }
    // Pinned: the tag is only a label, the digest is what runs.
    const QString digest = reference.mid(at + 1);
    rows.add(key, Value::withCanonical(ValueKind::String, digest, reference), image);
    rows.add(key + QLatin1StringView("/digest"), Value::string(digest), image);
}

void addResources(RowWriter &rows, const QString &prefix, const FileTreeNode &deploy)
{
    if (const FileTreeNode *replicas = deploy.value(u"replicas"))
        rows.addScalar(prefix + QLatin1StringView("replicas"), *replicas);
    const FileTreeNode *resources = deploy.value(u"resources");
    if (!resources || !resources->isMap())
        return;
    for (const QString &group : {QStringLiteral("limits"), QStringLiteral("reservations")}) {
        const FileTreeNode *limits = resources->value(group);
        if (!limits || !limits->isMap())
            continue;
        for (const auto &[name, node] : limits->entries) {
            if (!node.isScalar())
                continue; // devices, generic_resources: not a number to compare
            const QString key = prefix + group + u'.' + name;
            double bytes = 0;
            if (name == u"memory" && parseComposeBytes(node.text, &bytes))
                rows.add(key, Value::withCanonical(ValueKind::Number, canonicalNumber(bytes), node.text), node);
            else
                rows.addScalar(key, node);
        }
    }
}

void addHealthcheck(RowWriter &rows, const QString &prefix, const FileTreeNode &healthcheck)
{
    for (const auto &[name, node] : healthcheck.entries) {
        const QString key = prefix + QLatin1StringView("healthcheck.") + name;
        if (name == u"test" && node.isScalar()) {
            // A string is run by the shell: the same as ["CMD-SHELL", string].
            rows.add(key, rows.normaliser().fromJson(QJsonArray{QStringLiteral("CMD-SHELL"), node.text}), node);
        } else {
            rows.addScalar(key, node);
        }
    }
}

QList<std::pair<QString, bool>> envFilesOf(const FileTreeNode &node)
{
    QList<std::pair<QString, bool>> out;
    const auto one = [&out](const FileTreeNode &item) {
        if (item.isScalar()) {
            out.append({item.text, true});
        } else if (item.isMap()) {
            const FileTreeNode *path = item.value(u"path");
            const FileTreeNode *required = item.value(u"required");
            if (path)
                out.append({path->text, !required || required->toJson().toBool(true)});
        }
    };
    if (node.isSequence()) {
        for (const FileTreeNode &item : node.items)
            one(item);
    } else {
        one(node);
    }
    return out;
}

} // namespace

bool parseComposeBytes(QStringView text, double *bytes)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?) ?([kmgtp])?i?b?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.matchView(text.trimmed());
    if (!match.hasMatch())
        return false;
    double value = match.captured(1).toDouble();
    const QString unit = match.captured(2).toLower();
    const QString units = QStringLiteral("kmgtp");
    if (!unit.isEmpty()) {
        for (qsizetype i = 0; i <= units.indexOf(unit); ++i)
            value *= 1024;
    }
    *bytes = value;
    return true;
}

SourceResult composeRows(const ComposeProject &project, const ComposeEnvFileReader &readEnvFile,
                         const Normaliser &normaliser, const QString &sourceId)
{
    SourceResult result;
    for (const QString &file : project.files)
        result.layers.append({sourceId, file, file});
    RowWriter rows(result, normaliser);
    const FileTreeNode *services = project.root.value(u"services");
    if (!services || !services->isMap())
        return result;

    for (const auto &[name, service] : services->entries) {
        if (const FileTreeNode *image = service.value(u"image"); image && image->isScalar())
            addImage(rows, name, *image);
        const QString config = QLatin1StringView("config/compose.") + name + u'.';
        const QString infra = QLatin1StringView("infra/compose.") + name + u'.';

        // env_file first: `environment` overrides what the files say.
        if (const FileTreeNode *envFiles = service.value(u"env_file")) {
            for (const auto entries = envFilesOf(*envFiles); const auto &[path, required] : entries) {
                const ComposeEnvFile file = readEnvFile(path, required);
                if (!file.errorString.isEmpty())
                    return SourceResult::failure(file.errorString);
                if (file.variables.isEmpty() && file.label.isEmpty())
                    continue; // optional and absent
                result.layers.append({sourceId, file.label, file.label});
                const qint32 layer = qint32(result.layers.size() - 1);
                for (const auto &[variable, value] : file.variables) {
                    const QString key = config + QLatin1StringView("environment.") + variable;
                    rows.addScalar(key, value, layer);
                    result.originalNames.insert(key, variable);
                }
            }
        }
        if (const FileTreeNode *environment = service.value(u"environment")) {
            for (const auto &[variable, value] : composeKeyValues(*environment)) {
                const QString key = config + QLatin1StringView("environment.") + variable;
                // A later layer wins but the env_file's value stays in the provenance.
                const Provenance before = result.entries.value(key).provenance;
                rows.addScalar(key, value);
                result.entries[key].provenance = before + result.entries[key].provenance;
                result.originalNames.insert(key, variable);
            }
        }
        if (const FileTreeNode *ports = service.value(u"ports"); ports && ports->isSequence()) {
            QJsonArray list;
            for (const auto portList = portsOf(*ports); const QString &port : portList)
                list.append(port);
            rows.add(config + QLatin1StringView("ports"), normaliser.fromJson(list), *ports);
        }
        if (const FileTreeNode *healthcheck = service.value(u"healthcheck"); healthcheck && healthcheck->isMap())
            addHealthcheck(rows, config, *healthcheck);
        if (const FileTreeNode *deploy = service.value(u"deploy"); deploy && deploy->isMap())
            addResources(rows, infra, *deploy);
    }
    return result;
}

} // namespace DriftDeck
