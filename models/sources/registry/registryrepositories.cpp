#include "registryrepositories.h"

#include "sources/metrics/optioncheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

class RepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::RegistrySource)
};

// Reads the option; environment empty: check every `paths:` entry instead of choosing one.
QList<RegistryRepository> readItems(OptionCheck &check, const QVariant &option, const QString &environment,
                                    const QStringList *environments)
{
    QList<RegistryRepository> items;
    // A single string is one repository, as a string list option would accept it.
    const QVariantList list = option.typeId() == QMetaType::QString ? QVariantList{option} : option.toList();
    if (option.typeId() != QMetaType::QString && !check.expectList(option, {}))
        return items;
    QSet<QString> names;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QVariantList at{int(i)};
        RegistryRepository item;
        if (list[i].typeId() == QMetaType::QString) {
            item.name = list[i].toString().trimmed();
            item.path = item.name;
            if (item.name.isEmpty())
                continue; // an empty entry is skipped, as before
        } else {
            if (!check.expectMap(list[i], at))
                continue;
            const QVariantMap map = list[i].toMap();
            check.checkKeys(map, at, {u"name"_s, u"path"_s, u"paths"_s, u"tag"_s}, {u"name"_s});
            if (const auto name = check.text(map.value(u"name"_s), OptionCheck::append(at, u"name"_s)))
                item.name = name->trimmed();
            item.path = item.name;
            if (map.contains(u"path"_s)) {
                if (const auto path = check.text(map.value(u"path"_s), OptionCheck::append(at, u"path"_s)))
                    item.path = path->trimmed();
            }
            if (map.contains(u"paths"_s)) {
                const QVariantList pathsAt = OptionCheck::append(at, u"paths"_s);
                if (check.expectMap(map.value(u"paths"_s), pathsAt)) {
                    const QVariantMap paths = map.value(u"paths"_s).toMap();
                    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
                        const QVariantList envAt = OptionCheck::append(pathsAt, it.key());
                        if (environments && !environments->contains(it.key())) {
                            check.problem(envAt,
                                          RepositoryText::tr("\"%1\" is not an environment (environments: %2)")
                                              .arg(it.key(), environments->join(u", "_s)),
                                          true);
                            continue;
                        }
                        const auto path = check.text(it.value(), envAt);
                        if (QString probe = path.value_or(QString()).trimmed();
                            path && !isRepositoryPath(probe.replace(u"{env}"_s, u"env"_s)))
                            check.problem(envAt,
                                          RepositoryText::tr("\"%1\" is not a repository name, e.g. "
                                                             "acme/checkout-api")
                                              .arg(*path));
                        else if (path && it.key() == environment)
                            item.path = path->trimmed();
                    }
                }
            }
            if (map.contains(u"tag"_s)) {
                const QVariantList tagAt = OptionCheck::append(at, u"tag"_s);
                const auto tag = check.text(map.value(u"tag"_s), tagAt);
                if (tag && !isImageTag(tag->trimmed()))
                    check.problem(tagAt, RepositoryText::tr("\"%1\" is not a valid image tag").arg(*tag));
                else if (tag)
                    item.tag = tag->trimmed();
            }
            if (item.name.isEmpty())
                continue;
        }
        // A template is checked with a stand-in name: "{env}/checkout-api" is fine.
        if (QString probe = item.path; !isRepositoryPath(probe.replace(u"{env}"_s, u"env"_s)))
            check.problem(list[i].typeId() == QMetaType::QString ? at : OptionCheck::append(at, u"path"_s),
                          RepositoryText::tr("\"%1\" is not a repository name, e.g. acme/checkout-api").arg(item.path));
        if (names.contains(item.name))
            check.problem(at, RepositoryText::tr("the name \"%1\" is used twice").arg(item.name));
        names.insert(item.name);
        items.append(item);
    }
    return items;
}

} // namespace

bool isRepositoryPath(const QString &path)
{
    static const QRegularExpression pattern(
        u"^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$"_s);
    return path.size() <= 255 && pattern.match(path).hasMatch();
}

bool isImageTag(const QString &tag)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"_s);
    return pattern.match(tag).hasMatch();
}

RegistryRepositories readRegistryRepositories(const QVariant &option, const QString &environment)
{
    OptionCheck check;
    RegistryRepositories result;
    result.items = readItems(check, option, environment, nullptr);
    if (!check.problems().isEmpty())
        result.errorString = check.firstError(u"repositories"_s);
    return result;
}

QList<OptionProblem> checkRegistryRepositories(const QVariant &option, const QStringList *environments)
{
    OptionCheck check;
    readItems(check, option, {}, environments);
    return check.problems();
}

} // namespace DriftDeck
