#pragma once

#include "sources/sourcefactory.h"

#include <QVariant>

#include <optional>

namespace DriftDeck {

// Collects the problems of one structured option (see SourceOption::check) with messages worded
// like the workspace loader's own ("expected a number, got a string \"1%\"", "unknown key …").
class OptionCheck
{
public:
    // "a list", "a map", "a string \"x\"", "a number 3", "a boolean", "null".
    static QString describe(const QVariant &value);
    // "versions[0].metric" for option "versions" and path {0, "metric"}.
    static QString pathText(const QString &option, const QVariantList &path);

    void problem(const QVariantList &path, const QString &message, bool atKey = false);
    // Each key of map not in allowed is a problem (with a did-you-mean); each missing required one too.
    void checkKeys(const QVariantMap &map, const QVariantList &path, const QStringList &allowed,
                   const QStringList &required = {});
    bool expectMap(const QVariant &value, const QVariantList &path);
    bool expectList(const QVariant &value, const QVariantList &path);
    std::optional<QString> text(const QVariant &value, const QVariantList &path); // a non-empty string
    std::optional<double> number(const QVariant &value, const QVariantList &path);

    const QList<OptionProblem> &problems() const { return m_problems; }
    // The first problem as one line, for a source that checks its options at run time.
    QString firstError(const QString &option) const;

    static QVariantList append(QVariantList path, const QVariant &step)
    {
        path.append(step);
        return path;
    }

private:
    QList<OptionProblem> m_problems;
};

} // namespace DriftDeck
