#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace DriftDeck::Testing {

struct LocalHttpRequest {
    QByteArray method;
    QByteArray target; // path and query as sent: "/v2/app/tags/list?n=2"
    QByteArray path; // without the query
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    QByteArray queryItem(const QString &name) const;
};

// What a route answers. Besides ordinary answers it can misbehave on purpose.
struct LocalHttpReply {
    int status = 200;
    QByteArray reason; // defaults to the usual phrase
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // wait before answering at all
    bool never = false; // accept and read the request, then never answer
    int dripMs = 0; // send the headers, then the body one byte every dripMs
    qint64 fillBytes = 0; // stream this many more bytes of 'x' after body (a huge body)
    bool deflate = false; // send the body with Content-Encoding: deflate
    QByteArray contentEncoding; // the body is already encoded so ("gzip"): sent as it is, with this header
    bool lieAboutLength = false; // no Content-Length: the client cannot refuse early
    bool endless = false; // a chunked body of 'x' that never ends (with dripMs: 4 KiB every dripMs)
    qint64 cutAfter = -1; // announce the whole body but close the connection after this many bytes

    static LocalHttpReply json(const QByteArray &body, int status = 200);
    static LocalHttpReply text(const QByteArray &body, const QByteArray &contentType = "text/plain");
    static LocalHttpReply silent();
    static LocalHttpReply slow(int delayMs, const QByteArray &body = "{}");
    static LocalHttpReply huge(qint64 bytes);
    static LocalHttpReply malformedJson();
    static LocalHttpReply tooManyRequests(const QByteArray &retryAfter);
    static LocalHttpReply redirect(const QByteArray &location, int status = 302);
    static LocalHttpReply endlessChunks();
};

// A tiny HTTP/1.1 server on 127.0.0.1 running in the test's own event loop: for answers real
// servers cannot be made to give (silence, slowness, huge or broken bodies, 429s, redirect
// loops) and for replaying recorded responses of servers that cannot run here. Every answer
// closes the connection.
class LocalHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<LocalHttpReply(const LocalHttpRequest &)>;

    explicit LocalHttpServer(QObject *parent = nullptr);
    ~LocalHttpServer() override;

    bool listen(); // on 127.0.0.1 and a free port
    int port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/")) const;

    // path matches exactly (query ignored), or as a prefix when it ends with '*'.
    void route(const QByteArray &path, Handler handler);
    void route(const QByteArray &path, const LocalHttpReply &reply);

    const QList<LocalHttpRequest> &requests() const { return m_requests; }
    int hits(const QByteArray &path) const;
    int openConnections() const;

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const LocalHttpReply &reply);
    void writeMore(QTcpSocket *socket);

    QTcpServer m_server;
    QList<std::pair<QByteArray, Handler>> m_routes;
    QList<LocalHttpRequest> m_requests;
    QHash<QTcpSocket *, Connection *> m_connections;
};

} // namespace DriftDeck::Testing
