#include "localhttpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace DriftDeck::Testing {

using namespace Qt::StringLiterals;

struct LocalHttpServer::Connection {
    QByteArray buffer;
    bool answered = false;
    qint64 fillLeft = 0; // filler bytes still to stream
    bool endless = false; // stream chunks of filler until the client goes away
    QByteArray drip; // body bytes still to drip
    QTimer *dripTimer = nullptr;
};

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

QByteArray LocalHttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray LocalHttpRequest::queryItem(const QString &name) const
{
    const qsizetype mark = target.indexOf('?');
    if (mark < 0)
        return {};
    const QUrlQuery query(QString::fromLatin1(target.mid(mark + 1)));
    return query.queryItemValue(name, QUrl::FullyDecoded).toUtf8();
}

LocalHttpReply LocalHttpReply::json(const QByteArray &body, int status)
{
    LocalHttpReply reply;
    reply.status = status;
    reply.headers.emplaceBack("Content-Type", "application/json");
    reply.body = body;
    return reply;
}

LocalHttpReply LocalHttpReply::text(const QByteArray &body, const QByteArray &contentType)
{
    LocalHttpReply reply;
    reply.headers.emplaceBack("Content-Type", contentType);
    reply.body = body;
    return reply;
}

LocalHttpReply LocalHttpReply::silent()
{
    LocalHttpReply reply;
    reply.never = true;
    return reply;
}

LocalHttpReply LocalHttpReply::slow(int delayMs, const QByteArray &body)
{
    LocalHttpReply reply = json(body);
    reply.delayMs = delayMs;
    return reply;
}

LocalHttpReply LocalHttpReply::huge(qint64 bytes)
{
    LocalHttpReply reply = text({}, "application/json");
    reply.fillBytes = bytes;
    return reply;
}

LocalHttpReply LocalHttpReply::malformedJson()
{
    return json(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":)");
}

LocalHttpReply LocalHttpReply::tooManyRequests(const QByteArray &retryAfter)
{
    LocalHttpReply reply = json(R"({"error":"slow down"})", 429);
    reply.headers.emplaceBack("Retry-After", retryAfter);
    return reply;
}

LocalHttpReply LocalHttpReply::redirect(const QByteArray &location, int status)
{
    LocalHttpReply reply;
    reply.status = status;
    reply.headers.emplaceBack("Location", location);
    return reply;
}

LocalHttpReply LocalHttpReply::endlessChunks()
{
    LocalHttpReply reply = text({}, "application/json");
    reply.endless = true;
    return reply;
}

LocalHttpServer::LocalHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &LocalHttpServer::onNewConnection);
}

LocalHttpServer::~LocalHttpServer()
{
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        it.key()->disconnect(this);
        delete it.value();
    }
}

bool LocalHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LocalHttpServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(path));
}

void LocalHttpServer::route(const QByteArray &path, Handler handler)
{
    m_routes.append({path, std::move(handler)});
}

void LocalHttpServer::route(const QByteArray &path, const LocalHttpReply &reply)
{
    route(path, [reply](const LocalHttpRequest &) { return reply; });
}

int LocalHttpServer::hits(const QByteArray &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const LocalHttpRequest &r) { return r.path == path; }));
}

int LocalHttpServer::openConnections() const
{
    return int(m_connections.size());
}

void LocalHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { writeMore(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_connections.take(socket);
            socket->deleteLater();
        });
    }
}

void LocalHttpServer::onReadyRead(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection || connection->answered)
        return;
    connection->buffer += socket->readAll();
    const qsizetype end = connection->buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    LocalHttpRequest request;
    const QList<QByteArray> lines = connection->buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    request.path
        = request.target.left(request.target.indexOf('?') < 0 ? request.target.size() : request.target.indexOf('?'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    const qsizetype length = request.header("Content-Length").toLongLong();
    if (connection->buffer.size() - end - 4 < length)
        return; // the body is still coming
    request.body = connection->buffer.mid(end + 4, length);
    connection->answered = true;
    m_requests.append(request);

    LocalHttpReply reply = LocalHttpReply::json(R"({"error":"no route"})", 404);
    for (const auto &[path, handler] : std::as_const(m_routes)) {
        const bool prefix = path.endsWith('*');
        if (prefix ? request.path.startsWith(path.chopped(1)) : request.path == path) {
            reply = handler(request);
            break;
        }
    }
    if (reply.never)
        return;
    if (reply.delayMs > 0) {
        QPointer<QTcpSocket> guard = socket;
        QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
            if (guard && m_connections.contains(guard))
                answer(guard, reply);
        });
        return;
    }
    answer(socket, reply);
}

void LocalHttpServer::answer(QTcpSocket *socket, const LocalHttpReply &reply)
{
    Connection *connection = m_connections.value(socket);
    QByteArray body = reply.body;
    QList<std::pair<QByteArray, QByteArray>> headers = reply.headers;
    if (reply.deflate) {
        body = qCompress(body).mid(4); // zlib stream without Qt's length prefix
        headers.emplaceBack("Content-Encoding", "deflate");
    }
    if (!reply.contentEncoding.isEmpty())
        headers.emplaceBack("Content-Encoding", reply.contentEncoding);
    if (reply.endless)
        headers.emplaceBack("Transfer-Encoding", "chunked");
    else if (!reply.lieAboutLength)
        headers.emplaceBack("Content-Length", QByteArray::number(body.size() + reply.fillBytes));
    headers.emplaceBack("Connection", "close");

    QByteArray reason = reply.reason;
    if (reason.isEmpty())
        reason = QByteArray(reasonPhrase(reply.status));
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head);

    if (reply.dripMs > 0) {
        connection->drip = body;
        connection->endless = reply.endless; // then a 4 KiB chunk every dripMs, for ever
        connection->dripTimer = new QTimer(socket);
        QPointer<QTcpSocket> guard = socket;
        connect(connection->dripTimer, &QTimer::timeout, this, [this, guard] {
            Connection *c = guard ? m_connections.value(guard) : nullptr;
            if (!c)
                return;
            if (c->endless) {
                static const QByteArray framed = "1000\r\n" + QByteArray(4096, 'x') + "\r\n";
                guard->write(framed);
                return;
            }
            if (c->drip.isEmpty()) {
                c->dripTimer->stop();
                guard->disconnectFromHost();
                return;
            }
            guard->write(c->drip.left(1));
            c->drip.remove(0, 1);
        });
        connection->dripTimer->start(reply.dripMs);
        return;
    }
    if (reply.cutAfter >= 0) {
        socket->write(body.left(reply.cutAfter));
        socket->disconnectFromHost(); // after what was written has gone out
        return;
    }
    if (reply.endless) {
        if (!body.isEmpty())
            socket->write(QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n");
        connection->endless = true;
        writeMore(socket);
        return;
    }
    socket->write(body);
    connection->fillLeft = reply.fillBytes;
    writeMore(socket);
}

void LocalHttpServer::writeMore(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection || !connection->answered || connection->dripTimer)
        return;
    static const QByteArray chunk(64 * 1024, 'x');
    if (connection->endless) {
        static const QByteArray framed = QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        while (socket->bytesToWrite() < 4 * framed.size())
            socket->write(framed);
        return;
    }
    while (connection->fillLeft > 0 && socket->bytesToWrite() < 4 * chunk.size()) {
        const qint64 n = std::min<qint64>(connection->fillLeft, chunk.size());
        socket->write(chunk.constData(), n);
        connection->fillLeft -= n;
    }
    if (connection->fillLeft == 0 && socket->bytesToWrite() == 0)
        socket->disconnectFromHost();
}

} // namespace DriftDeck::Testing
