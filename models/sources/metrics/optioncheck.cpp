#include "optioncheck.h"

#include "workspace/didyoumean.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::OptionCheck, the same in lupdate and at run time.
struct OptionCheckText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::OptionCheck)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

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
        return OptionCheckText::tr("null");
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return OptionCheckText::tr("a list");
    case QMetaType::QVariantMap:
        return OptionCheckText::tr("a map");
    case QMetaType::Bool:
        return OptionCheckText::tr("a boolean");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return OptionCheckText::tr("a number %1").arg(value.toString());
    default:
        return OptionCheckText::tr("a string \"%1\"").arg(value.toString());
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
                    OptionCheckText::tr("unknown key \"%1\"%2").arg(it.key(), didYouMean(it.key(), allowed)), true);
    }
    for (const QString &key : required) {
        if (!map.contains(key))
            problem(path, OptionCheckText::tr("missing required key \"%1\"").arg(key));
    }
}

bool OptionCheck::expectMap(const QVariant &value, const QVariantList &path)
{
    if (value.typeId() == QMetaType::QVariantMap)
        return true;
    problem(path, OptionCheckText::tr("expected a map, got %1").arg(describe(value)));
    return false;
}

bool OptionCheck::expectList(const QVariant &value, const QVariantList &path)
{
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList)
        return true;
    problem(path, OptionCheckText::tr("expected a list, got %1").arg(describe(value)));
    return false;
}

std::optional<QString> OptionCheck::text(const QVariant &value, const QVariantList &path)
{
    if (value.typeId() == QMetaType::QString && !value.toString().trimmed().isEmpty())
        return value.toString().trimmed();
    problem(path,
            value.typeId() == QMetaType::QString
                ? OptionCheckText::tr("the text cannot be empty")
                : OptionCheckText::tr("expected a string, got %1").arg(describe(value)));
    return std::nullopt;
}

std::optional<double> OptionCheck::number(const QVariant &value, const QVariantList &path)
{
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong
        || value.typeId() == QMetaType::Double)
        return value.toDouble();
    problem(path, OptionCheckText::tr("expected a number, got %1").arg(describe(value)));
    return std::nullopt;
}

QString OptionCheck::firstError(const QString &option) const
{
    if (m_problems.isEmpty())
        return {};
    return pathText(option, m_problems.first().path) + u": "_s + m_problems.first().message;
}

} // namespace DriftDeck
