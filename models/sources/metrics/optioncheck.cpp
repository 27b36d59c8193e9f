#include "optioncheck.h"

#include "workspace/didyoumean.h"

#include <QCoreApplication>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

QString translated(const char *message)
{
    return QCoreApplication::translate("DriftDeck::OptionCheck", message);
}

bool isIndex(const QVariant &step)
{
    return step.typeId() == QMetaType::Int || step.typeId() == QMetaType::LongLong;
}

} // namespace

QString OptionCheck::describe(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return translated("null");
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return translated("a list");
    case QMetaType::QVariantMap:
        return translated("a map");
    case QMetaType::Bool:
        return translated("a boolean");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return translated("a number %1").arg(value.toString());
    default:
        return translated("a string \"%1\"").arg(value.toString());
    }
}

QString OptionCheck::pathText(const QString &option, const QVariantList &path)
{
    QString out = option;
    for (const QVariant &step : path)
        out += isIndex(step) ? u"[%1]"_s.arg(step.toLongLong()) : u'.' + step.toString();
    return out;
}

void OptionCheck::problem(const QVariantList &path, const QString &message, bool atKey)
{
    m_problems.append({path, message, atKey});
}

void OptionCheck::checkKeys(const QVariantMap &map, const QVariantList &path, const QStringList &allowed,
                            const QStringList &required)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!allowed.contains(it.key()))
            problem(append(path, it.key()),
                    translated("unknown key \"%1\"%2").arg(it.key(), didYouMean(it.key(), allowed)), true);
    }
    for (const QString &key : required) {
        if (!map.contains(key))
            problem(path, translated("missing required key \"%1\"").arg(key));
    }
}

bool OptionCheck::expectMap(const QVariant &value, const QVariantList &path)
{
    if (value.typeId() == QMetaType::QVariantMap)
        return true;
    problem(path, translated("expected a map, got %1").arg(describe(value)));
    return false;
}

bool OptionCheck::expectList(const QVariant &value, const QVariantList &path)
{
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList)
        return true;
    problem(path, translated("expected a list, got %1").arg(describe(value)));
    return false;
}

std::optional<QString> OptionCheck::text(const QVariant &value, const QVariantList &path)
{
    if (value.typeId() == QMetaType::QString && !value.toString().trimmed().isEmpty())
        return value.toString().trimmed();
    problem(path,
            value.typeId() == QMetaType::QString ? translated("the text cannot be empty")
                                                 : translated("expected a string, got %1").arg(describe(value)));
    return std::nullopt;
}

std::optional<double> OptionCheck::number(const QVariant &value, const QVariantList &path)
{
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong
        || value.typeId() == QMetaType::Double)
        return value.toDouble();
    problem(path, translated("expected a number, got %1").arg(describe(value)));
    return std::nullopt;
}

QString OptionCheck::firstError(const QString &option) const
{
    if (m_problems.isEmpty())
        return {};
    return pathText(option, m_problems.first().path) + u": "_s + m_problems.first().message;
}

} // namespace DriftDeck
