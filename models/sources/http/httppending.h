#pragma once

#include "httpsource.h"

#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimer>

namespace DriftDeck {

// One request of an HttpSource, across its redirects and retries.
struct HttpSource::Pending {
    HttpRequest request;
    ResponseHandler done;
    QPointer<QNetworkReply> reply;
    QTimer deadline; // what is left of the source's timeout, not only silence between bytes
    QTimer retryWait;
    QUrl url; // where the current attempt goes, after redirects
    QByteArray body;
    QString abortReason; // why we aborted the reply ourselves
    QList<QSslError> sslErrors; // why the certificate was refused, to say which check failed
    int attempt = 1;
    int redirects = 0;
    bool crossedOrigin = false;
    bool encrypted = false; // the TLS handshake of the current attempt finished
};

} // namespace DriftDeck
