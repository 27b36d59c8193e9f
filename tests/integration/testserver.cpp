#include "testserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace DriftDeck::Testing {

using namespace Qt::StringLiterals;

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

TestServer::TestServer(const QString &program)
    : m_program(program)
    , m_programPath(findProgram(program))
    , m_port(freePort())
    , m_environment(QProcessEnvironment::systemEnvironment())
{
}

TestServer::~TestServer()
{
    stop();
}

int TestServer::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

QString TestServer::findProgram(const QString &name)
{
    if (QDir::isAbsolutePath(name))
        return QFile::exists(name) ? name : QString();
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty()) // daemons such as docker-registry may live outside PATH
        found = QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/usr/lib/postgresql"_s});
    return found;
}

QString TestServer::skipReason() const
{
    return u"%1 is not installed in this build root (see packaging/devenv-packages.txt)"_s.arg(m_program);
}

QUrl TestServer::url(const QString &path, const QString &scheme) const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host());
    url.setPort(m_port);
    url.setPath(path.isEmpty() ? u"/"_s : path);
    return url;
}

bool TestServer::writeFile(const QString &relative, const QByteArray &contents)
{
    const QString filePath = path(relative);
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size()) {
        setError(u"cannot write %1: %2"_s.arg(filePath, file.errorString()));
        return false;
    }
    return true;
}

bool TestServer::start(const QStringList &arguments)
{
    if (!isAvailable()) {
        setError(skipReason());
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_programPath);
    m_process->setArguments(arguments);
    m_process->setWorkingDirectory(m_dir.path());
    m_process->setProcessEnvironment(m_environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start();
    if (!m_process->waitForStarted(5000)) {
        setError(u"%1 did not start: %2"_s.arg(m_program, m_process->errorString()));
        return false;
    }
    return true;
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool TestServer::waitForHttp(const QUrl &url, int timeoutMs, int expectedStatus)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QDeadlineTimer deadline(timeoutMs);
    int lastStatus = 0;
    while (!deadline.hasExpired()) {
        if (!isRunning()) {
            setError(u"%1 exited before answering (exit code %2)"_s.arg(m_program).arg(m_process ? m_process->exitCode()
                                                                                                 : -1));
            return false;
        }
        QNetworkRequest request(url);
        request.setTransferTimeout(1000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (lastStatus > 0 && (expectedStatus < 0 || lastStatus == expectedStatus))
            return true;
        waitUntil([] { return false; }, 50);
    }
    setError(u"%1 did not answer %2 within %3 ms (last status %4)"_s.arg(m_program, url.toString())
                 .arg(timeoutMs)
                 .arg(lastStatus));
    return false;
}

bool TestServer::waitForTcp(int port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!isRunning()) {
            setError(u"%1 exited before listening"_s.arg(m_program));
            return false;
        }
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (socket.waitForConnected(500))
            return true;
        waitUntil([] { return false; }, 50);
    }
    setError(u"%1 did not listen on port %2 within %3 ms"_s.arg(m_program).arg(port).arg(timeoutMs));
    return false;
}

void TestServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_output += m_process->readAll();
    m_process.reset();
}

QByteArray TestServer::output() const
{
    if (m_process)
        m_output += m_process->readAll();
    return m_output;
}

void TestServer::setError(const QString &message)
{
    m_error = message;
}

QString TestServer::errorString() const
{
    const QByteArray text = output();
    QString tail = QString::fromLocal8Bit(text.right(3000));
    return tail.isEmpty() ? m_error : m_error + u"\n--- server output (end) ---\n"_s + tail;
}

} // namespace DriftDeck::Testing
