#pragma once

#include "httpsource.h"

#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace DriftDeck {

// One request of an HttpSource, across its redirects and retries.
struct HttpSource::Pending {
    HttpRequest request;
    ResponseHandler done;
    QPointer<QNetworkReply> reply;
    QTimer deadline; // the whole attempt, not only silence between bytes (setTransferTimeout)
    QTimer retryWait;
    QUrl url; // where the current attempt goes, after redirects
    QByteArray body;
    QString abortReason; // why we aborted the reply ourselves
    int attempt = 1;
    int redirects = 0;
    bool crossedOrigin = false;
};

} // namespace DriftDeck
