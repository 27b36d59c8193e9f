#include "policyreader.h"

#include "checklist/checklist.h"
#include "didyoumean.h"
#include "loadertext.h"
#include "workspace.h"

namespace DriftDeck {

namespace {
std::optional<QString> readKey(NodeReader &reader, const YamlNode &node, const QString &path)
{
    const auto key = reader.text(node, path);
    if (key && key->trimmed().isEmpty()) {
        reader.error(node, path, LoaderText::tr("the key pattern cannot be empty"));
        return std::nullopt;
    }
    return key;
}

// An item that is a key pattern, either bare ("config/hostname") or as {key: …, environments: …}.
struct KeyItem {
    QString key;
    QStringList environments;
    bool ok = false;
};

KeyItem readKeyItem(NodeReader &reader, const YamlNode &node, const QString &path, const QStringList &environments,
                    bool allowEnvironments)
{
    KeyItem item;
    if (node.isScalar()) {
        if (const auto key = readKey(reader, node, path)) {
            item.key = *key;
            item.ok = true;
        }
        return item;
    }
    if (!node.isMap()) {
        reader.error(
            node, path,
            LoaderText::tr("expected a key pattern or a map with \"key\", got %1").arg(NodeReader::describe(node)));
        return item;
    }
    QStringList allowed = {QStringLiteral("key")};
    if (allowEnvironments)
        allowed.append(QStringLiteral("environments"));
    const qsizetype before = reader.errorCount();
    reader.checkKeys(node, path, allowed, {QStringLiteral("key")});
    if (const YamlNode *key = node.value(u"key")) {
        if (const auto k = readKey(reader, *key, NodeReader::child(path, u"key")))
            item.key = *k;
    }
    if (const YamlNode *envs = node.value(u"environments")) {
        if (const auto names = reader.environments(*envs, NodeReader::child(path, u"environments"), environments))
            item.environments = *names;
    }
    item.ok = reader.errorCount() == before;
    return item;
}

void readTolerance(NodeReader &reader, const YamlNode &node, const QString &path, QList<ToleranceRule> *rules)
{
    if (!reader.expectList(node, path))
        return;
    for (qsizetype i = 0; i < node.items.size(); ++i) {
        const YamlNode &item = *node.items[i];
        const QString itemPath = NodeReader::child(path, i);
        if (!reader.expectMap(item, itemPath))
            continue;
        const qsizetype before = reader.errorCount();
        reader.checkKeys(item, itemPath,
                         {QStringLiteral("key"), QStringLiteral("absolute"), QStringLiteral("relative")},
                         {QStringLiteral("key")});
        ToleranceRule rule;
        rule.origin = reader.origin(item);
        if (const YamlNode *key = item.value(u"key")) {
            if (const auto k = readKey(reader, *key, NodeReader::child(itemPath, u"key")))
                rule.key = *k;
        }
        const YamlNode *absolute = item.value(u"absolute");
        const YamlNode *relative = item.value(u"relative");
        if (!absolute && !relative)
            reader.error(item, itemPath, LoaderText::tr("give an absolute or a relative tolerance, or both"));
        if (absolute) {
            const QString p = NodeReader::child(itemPath, u"absolute");
            if (const auto value = reader.number(*absolute, p)) {
                if (*value < 0 || qIsNaN(*value))
                    reader.error(*absolute, p, LoaderText::tr("a tolerance cannot be negative"));
                rule.absolute = *value;
            }
        }
        if (relative) {
            const QString p = NodeReader::child(itemPath, u"relative");
            bool ok = false;
            double value = relative->toDouble(&ok);
            if (!ok && relative->isScalar() && relative->text.endsWith(u'%')) {
                value = QStringView(relative->text).chopped(1).trimmed().toDouble(&ok) / 100;
            }
            if (!ok) {
                reader.error(*relative, p,
                             LoaderText::tr("expected a fraction like 0.1 or a percentage like \"10%\", got %1")
                                 .arg(NodeReader::describe(*relative)));
            } else if (value < 0 || qIsNaN(value)) {
                reader.error(*relative, p, LoaderText::tr("a tolerance cannot be negative"));
            }
            rule.relative = value;
        }
        if (reader.errorCount() == before)
            rules->append(rule);
    }
}
} // namespace

void readExpected(NodeReader &reader, const YamlNode &node, const QString &path, const QStringList &environments,
                  QList<ExpectedDifference> *expected)
{
    if (!reader.expectList(node, path))
        return;
    for (qsizetype i = 0; i < node.items.size(); ++i) {
        const YamlNode &item = *node.items[i];
        const QString itemPath = NodeReader::child(path, i);
        if (!reader.expectMap(item, itemPath))
            continue;
        reader.checkKeys(item, itemPath,
                         {QStringLiteral("key"), QStringLiteral("environments"), QStringLiteral("reason"),
                          QStringLiteral("owner"), QStringLiteral("expires")},
                         {QStringLiteral("key"), QStringLiteral("reason"), QStringLiteral("owner")});
        ExpectedDifference rule;
        rule.origin = reader.origin(item);
        if (const YamlNode *key = item.value(u"key")) {
            if (const auto k = readKey(reader, *key, NodeReader::child(itemPath, u"key")))
                rule.key = *k;
        }
        if (const YamlNode *envs = item.value(u"environments")) {
            if (const auto names
                = reader.environments(*envs, NodeReader::child(itemPath, u"environments"), environments))
                rule.environments = *names;
        }
        // Why and who are what make an exemption reviewable; blank ones are as good as missing.
        const auto requiredText = [&](QStringView key, QString *target) {
            const YamlNode *value = item.value(key);
            if (!value)
                return;
            const QString p = NodeReader::child(itemPath, key);
            if (const auto t = reader.text(*value, p)) {
                if (t->trimmed().isEmpty())
                    reader.error(*value, p, LoaderText::tr("cannot be empty"));
                *target = *t;
            }
        };
        requiredText(u"reason", &rule.reason);
        requiredText(u"owner", &rule.owner);
        if (const YamlNode *expires = item.value(u"expires")) {
            if (const auto date = reader.date(*expires, NodeReader::child(itemPath, u"expires")))
                rule.expires = *date;
        }
        expected->append(rule);
    }
}

void readPolicy(NodeReader &reader, const YamlNode &node, const QStringList &environments, Policy *policy,
                QString *rulesFile)
{
    const QString path = QStringLiteral("policy");
    if (!reader.expectMap(node, path))
        return;
    reader.checkKeys(node, path,
                     {QStringLiteral("expected"), QStringLiteral("mustMatch"), QStringLiteral("ignore"),
                      QStringLiteral("tolerance"), QStringLiteral("secrets"), QStringLiteral("rulesFile")});
    if (const YamlNode *expected = node.value(u"expected"))
        readExpected(reader, *expected, NodeReader::child(path, u"expected"), environments, &policy->expected);

    if (const YamlNode *mustMatch = node.value(u"mustMatch")) {
        const QString p = NodeReader::child(path, u"mustMatch");
        if (reader.expectList(*mustMatch, p)) {
            for (qsizetype i = 0; i < mustMatch->items.size(); ++i) {
                const YamlNode &item = *mustMatch->items[i];
                const KeyItem k = readKeyItem(reader, item, NodeReader::child(p, i), environments, false);
                if (k.ok)
                    policy->mustMatch.append({k.key, reader.origin(item)});
            }
        }
    }
    if (const YamlNode *ignore = node.value(u"ignore")) {
        const QString p = NodeReader::child(path, u"ignore");
        if (reader.expectList(*ignore, p)) {
            for (qsizetype i = 0; i < ignore->items.size(); ++i) {
                const YamlNode &item = *ignore->items[i];
                const KeyItem k = readKeyItem(reader, item, NodeReader::child(p, i), environments, true);
                if (k.ok)
                    policy->ignore.append({k.key, k.environments, reader.origin(item)});
            }
        }
    }
    if (const YamlNode *tolerance = node.value(u"tolerance"))
        readTolerance(reader, *tolerance, NodeReader::child(path, u"tolerance"), &policy->tolerance);
    if (const YamlNode *secrets = node.value(u"secrets")) {
        if (const auto patterns = reader.textList(*secrets, NodeReader::child(path, u"secrets"))) {
            for (const QString &pattern : *patterns) {
                if (!policy->secrets.contains(pattern))
                    policy->secrets.append(pattern);
            }
        }
    }
    if (const YamlNode *file = node.value(u"rulesFile")) {
        const QString p = NodeReader::child(path, u"rulesFile");
        if (const auto name = reader.text(*file, p)) {
            if (name->trimmed().isEmpty())
                reader.error(*file, p, LoaderText::tr("expected a path, got %1").arg(NodeReader::describe(*file)));
            else
                *rulesFile = *name;
        }
    }
}

void readChecklistTicks(NodeReader &reader, const YamlNode &node, const QString &path, const QStringList &environments,
                        QList<ChecklistTick> *ticks)
{
    if (!reader.expectList(node, path))
        return;
    const QStringList items = Checklist::itemIds();
    for (qsizetype i = 0; i < node.items.size(); ++i) {
        const YamlNode &entry = *node.items[i];
        const QString itemPath = NodeReader::child(path, i);
        if (!reader.expectMap(entry, itemPath))
            continue;
        reader.checkKeys(entry, itemPath,
                         {QStringLiteral("item"), QStringLiteral("environments"), QStringLiteral("state"),
                          QStringLiteral("note"), QStringLiteral("by"), QStringLiteral("date")},
                         {QStringLiteral("item"), QStringLiteral("state"), QStringLiteral("note")});
        ChecklistTick tick;
        tick.origin = reader.origin(entry);
        bool ok = true;
        if (const YamlNode *item = entry.value(u"item")) {
            const QString p = NodeReader::child(itemPath, u"item");
            if (const auto id = reader.text(*item, p)) {
                if (!items.contains(*id)) {
                    const QString guess = didYouMean(*id, items);
                    reader.error(
                        *item, p,
                        guess.isEmpty()
                            ? LoaderText::tr("%1 is not a checklist item (items: %2)")
                                  .arg(NodeReader::quoted(*id), items.join(QStringLiteral(", ")))
                            : LoaderText::tr("%1 is not a checklist item%2").arg(NodeReader::quoted(*id), guess));
                    ok = false;
                }
                tick.key = *id;
            } else {
                ok = false;
            }
        }
        if (const YamlNode *envs = entry.value(u"environments")) {
            if (const auto names
                = reader.environments(*envs, NodeReader::child(itemPath, u"environments"), environments))
                tick.environments = *names;
        }
        if (const YamlNode *state = entry.value(u"state")) {
            const QString p = NodeReader::child(itemPath, u"state");
            const QString text = state->isScalar() ? state->text : QString();
            if (text == u"pass" || text == u"fail")
                tick.pass = text == u"pass";
            else {
                reader.error(*state, p, LoaderText::tr("expected pass or fail, got %1").arg(NodeReader::shown(*state)));
                ok = false;
            }
        }
        if (const YamlNode *note = entry.value(u"note")) {
            const QString p = NodeReader::child(itemPath, u"note");
            if (const auto t = reader.text(*note, p)) {
                // A tick is evidence someone gives; without a note nobody can check it.
                if (t->trimmed().isEmpty())
                    reader.error(*note, p, LoaderText::tr("cannot be empty"));
                tick.note = *t;
            }
        }
        if (const YamlNode *by = entry.value(u"by")) {
            if (const auto t = reader.text(*by, NodeReader::child(itemPath, u"by")))
                tick.by = *t;
        }
        if (const YamlNode *date = entry.value(u"date")) {
            if (const auto d = reader.date(*date, NodeReader::child(itemPath, u"date")))
                tick.date = *d;
        }
        if (ok && !tick.key.isEmpty() && !tick.note.trimmed().isEmpty())
            ticks->append(tick);
    }
}

void readRulesFile(NodeReader &reader, const YamlNode &root, const QStringList &environments, Policy *policy)
{
    if (!root.isMap()) {
        reader.error(root, {},
                     LoaderText::tr("expected a map with \"version\" and \"expected\" at the top level, got %1")
                         .arg(NodeReader::describe(root)));
        return;
    }
    reader.checkKeys(root, {}, {QStringLiteral("version"), QStringLiteral("expected"), QStringLiteral("checklist")},
                     {QStringLiteral("version")});
    if (const YamlNode *version = root.value(u"version")) {
        bool ok = false;
        const qint64 v = version->toInteger(&ok);
        if (!ok || v != 1) {
            reader.error(
                *version, QStringLiteral("version"),
                ok && v > 1
                    ? LoaderText::tr("%1 is newer than this Drift Deck understands (1)").arg(v)
                    : LoaderText::tr("expected the format version 1, got %1").arg(NodeReader::describe(*version)));
            return;
        }
    }
    if (const YamlNode *list = root.value(u"expected"))
        readExpected(reader, *list, QStringLiteral("expected"), environments, &policy->expected);
    if (const YamlNode *list = root.value(u"checklist"))
        readChecklistTicks(reader, *list, QStringLiteral("checklist"), environments, &policy->checklist);
}

} // namespace DriftDeck
