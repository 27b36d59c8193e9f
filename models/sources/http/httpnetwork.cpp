#include "httpnetwork.h"

#include <QHostAddress>

namespace DriftDeck {

bool LoopbackBypassProxyFactory::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1StringView(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QList<QNetworkProxy> LoopbackBypassProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return systemProxyForQuery(query);
}

} // namespace DriftDeck
