#include "policy.h"

#include <cmath>

namespace DriftDeck {

namespace {
bool listApplies(const QStringList &environments, QStringView environment)
{
    if (environments.isEmpty())
        return true;
    for (const QString &e : environments) {
        if (e == environment)
            return true;
    }
    return false;
}
} // namespace

bool ExpectedDifference::appliesTo(QStringView environment) const
{
    return listApplies(environments, environment);
}

bool IgnoreRule::appliesTo(QStringView environment) const
{
    return listApplies(environments, environment);
}

bool ChecklistTick::appliesTo(QStringView environment) const
{
    return listApplies(environments, environment);
}

bool ToleranceRule::accepts(double baseline, double value) const
{
    const double delta = std::fabs(value - baseline);
    return delta <= absolute || delta <= relative * std::fabs(baseline);
}

QStringList Policy::defaultSecretPatterns()
{
    return {QStringLiteral("*password*"), QStringLiteral("*passwd*"),     QStringLiteral("*secret*"),
            QStringLiteral("*token*"),    QStringLiteral("*apiKey*"),     QStringLiteral("*api_key*"),
            QStringLiteral("*_KEY"),      QStringLiteral("*privateKey*"), QStringLiteral("*credential*")};
}

QList<MustMatchRule> Policy::defaultMustMatch()
{
    return {MustMatchRule{QStringLiteral("image/*/digest"), {}}, MustMatchRule{QStringLiteral("infra/*version*"), {}}};
}

Policy Policy::defaults()
{
    Policy policy;
    policy.secrets = defaultSecretPatterns();
    policy.mustMatch = defaultMustMatch();
    return policy;
}

} // namespace DriftDeck
