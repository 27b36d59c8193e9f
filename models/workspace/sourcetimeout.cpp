#include "sourcetimeout.h"

#include <algorithm>

namespace DriftDeck {

int SourceTimeout::fromOptions(const QVariantMap &options)
{
    const QVariant timeout = options.value(QStringLiteral("timeout"));
    bool ok = false;
    const qint64 ms = timeout.toLongLong(&ok);
    return ok ? clamped(ms) : DefaultMs;
}

int SourceTimeout::clamped(qint64 ms)
{
    return ms > 0 ? int(std::min(ms, MaxMs)) : DefaultMs;
}

QString SourceTimeout::problem(qint64 ms, const QString &written)
{
    if (ms > MaxMs)
        return tr("a timeout may be at most 1h (it bounds everything one source does), got %1").arg(written);
    return {};
}

} // namespace DriftDeck
