#pragma once

#include <QNetworkProxyFactory>

namespace DriftDeck {

// The system's proxy settings (environment, desktop settings) for every request, except that
// loopback addresses are never proxied: a local server is local, whatever http_proxy says.
class LoopbackBypassProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    static bool isLoopbackHost(const QString &host);
};

} // namespace DriftDeck
