// The tls source against `openssl s_server` with certificates made at test time: one signed by a
// test CA, one self-signed, one expired; plus endpoints that are silent or do not speak TLS.
#include "localhttpserver.h"
#include "sourcerun.h"
#include "testserver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

// s_server -HTTP sends this file as it is: a complete response with the headers we read.
constexpr auto Response = "HTTP/1.0 200 OK\r\nServer: test-edge/1.0\r\nVia: 1.1 cache\r\n"
                          "Strict-Transport-Security: max-age=31536000\r\nContent-Type: text/plain\r\n\r\nhello\r\n";

QString runOpenssl(const QStringList &arguments, const QString &directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(TestServer::findProgram(u"openssl"_s), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return u"openssl %1 failed: %2"_s.arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAll()));
    return {};
}

QStringList newKey(const QString &name)
{
    return {u"-newkey"_s, u"ec"_s,      u"-pkeyopt"_s,   u"ec_paramgen_curve:P-256"_s,
            u"-nodes"_s,  u"-keyout"_s, name + u".key"_s};
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        DRIFTDECK_REQUIRE_SERVER(m_trusted);
        const QString dir = m_trusted.directory();
        const QStringList san{u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s};
        QString error = runOpenssl(
            QStringList{u"req"_s, u"-x509"_s} + newKey(u"ca"_s)
                + QStringList{u"-out"_s, u"ca.pem"_s, u"-days"_s, u"30"_s, u"-subj"_s, u"/CN=Drift Deck Test CA"_s},
            dir);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = runOpenssl(
            QStringList{u"req"_s, u"-x509"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s} + newKey(u"leaf"_s)
                + QStringList{u"-out"_s, u"leaf.pem"_s, u"-days"_s, u"20"_s, u"-subj"_s, u"/CN=127.0.0.1"_s} + san,
            dir);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = runOpenssl(
            QStringList{u"req"_s, u"-x509"_s} + newKey(u"self"_s)
                + QStringList{u"-out"_s, u"self.pem"_s, u"-days"_s, u"30"_s, u"-subj"_s, u"/CN=selfsigned.test"_s}
                + san,
            dir);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = runOpenssl(QStringList{u"req"_s, u"-x509"_s} + newKey(u"expired"_s)
                               + QStringList{u"-out"_s, u"expired.pem"_s, u"-subj"_s, u"/CN=expired.test"_s,
                                             u"-not_before"_s, u"20200101000000Z"_s, u"-not_after"_s,
                                             u"20200201000000Z"_s}
                               + san,
                           dir);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const std::pair<TestServer *, QString> servers[]
            = {{&m_trusted, u"leaf"_s}, {&m_selfSigned, u"self"_s}, {&m_expired, u"expired"_s}};
        for (const auto &[server, name] : servers) {
            QVERIFY(server->writeFile(u"index.html"_s, Response));
            QVERIFY2(server->start({u"s_server"_s, u"-quiet"_s, u"-HTTP"_s, u"-accept"_s,
                                    u"127.0.0.1:%1"_s.arg(server->port()), u"-cert"_s, dir + u'/' + name + u".pem"_s,
                                    u"-key"_s, dir + u'/' + name + u".key"_s}),
                     qPrintable(server->errorString()));
        }
        for (TestServer *server : {&m_trusted, &m_selfSigned, &m_expired})
            QVERIFY2(server->waitForTcp(server->port(), 10000), qPrintable(server->errorString()));
        QVERIFY(m_silent.listen());
        m_silent.route("/*", LocalHttpReply::silent());
        // Plain HTTP where TLS was expected: the answer to a ClientHello is garbage.
        QVERIFY(m_plain.listen(QHostAddress::LocalHost, 0));
        connect(&m_plain, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_plain.nextPendingConnection()) {
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
    }

    void trustedWithCaFile()
    {
        const SourceOutcome outcome = runSource(u"tls"_s,
                                                {{u"url"_s, m_trusted.url(u"/index.html"_s, u"https"_s).toString()},
                                                 {u"name"_s, u"api"_s},
                                                 {u"caFile"_s, m_trusted.path(u"ca.pem"_s)}});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.emissions, 1);
        QCOMPARE(outcome.value(u"tls/api/issuer"_s), u"Drift Deck Test CA"_s);
        QCOMPARE(outcome.value(u"tls/api/subject"_s), u"127.0.0.1"_s);
        QCOMPARE(outcome.value(u"tls/api/selfSigned"_s), u"false"_s);
        QCOMPARE(outcome.value(u"tls/api/verification"_s), u"ok"_s);
        // 19 days is within the default warning limit (30) and above the critical one (14).
        QVERIFY2(outcome.value(u"tls/api/daysToExpiry"_s).startsWith(u"19 days (until "_s),
                 qPrintable(outcome.value(u"tls/api/daysToExpiry"_s)));
        QCOMPARE(outcome.result.entries.value(u"tls/api/daysToExpiry"_s).value.canonical(), u"warning"_s);
        QCOMPARE(outcome.value(u"tls/api/protocol"_s), u"TLS 1.3"_s);
        QCOMPARE(outcome.value(u"tls/api/hsts"_s), u"max-age=31536000"_s);
        QCOMPARE(outcome.value(u"tls/api/server"_s), u"test-edge/1.0 via 1.1 cache"_s);
        QVERIFY(outcome.result.warnings.isEmpty());
    }

    void plainHttpIsAFinding()
    {
        // Where the baseline has TLS and this environment serves plain HTTP, the rows say so.
        const SourceOutcome outcome
            = runSource(u"tls"_s, {{u"url"_s, u"http://127.0.0.1:9/"_s}, {u"name"_s, u"api"_s}});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"tls/api/protocol"_s), u"no TLS"_s);
        QCOMPARE(outcome.result.entries.size(), 1);
    }

    void untrustedCertificatesAreValues_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("selfSigned");
        QTest::addColumn<QString>("verification");
        QTest::addColumn<bool>("expired");
        QTest::addRow("CA unknown without caFile")
            << u"trusted"_s << u"127.0.0.1"_s << false
            << u"The issuer certificate of a locally looked up certificate could not be found; "
               "No certificates could be verified"_s
            << false;
        QTest::addRow("self-signed") << u"self"_s << u"selfsigned.test"_s << true
                                     << u"The certificate is self-signed, and untrusted"_s << false;
        QTest::addRow("expired") << u"expired"_s << u"expired.test"_s << true
                                 << u"The certificate is self-signed, and untrusted; The certificate has expired"_s
                                 << true;
    }

    void untrustedCertificatesAreValues()
    {
        QFETCH(QString, server);
        QFETCH(QString, subject);
        QFETCH(bool, selfSigned);
        QFETCH(QString, verification);
        QFETCH(bool, expired);
        TestServer &target = server == u"trusted" ? m_trusted : server == u"self" ? m_selfSigned : m_expired;
        const QString name = u"127.0.0.1:%1"_s.arg(target.port());
        const SourceOutcome outcome
            = runSource(u"tls"_s, {{u"url"_s, target.url(u"/index.html"_s, u"https"_s).toString()}});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"tls/%1/subject"_s.arg(name)), subject);
        QCOMPARE(outcome.value(u"tls/%1/selfSigned"_s.arg(name)), selfSigned ? u"true"_s : u"false"_s);
        QCOMPARE(outcome.value(u"tls/%1/verification"_s.arg(name)), verification);
        const double days = outcome.value(u"tls/%1/daysToExpiry"_s.arg(name)).section(u' ', 0, 0).toDouble();
        if (expired) // on 2020-02-01; rounded down, so any negative number means expired
            QCOMPARE(days,
                     std::floor(QDateTime::currentDateTimeUtc().secsTo(
                                    QDateTime(QDate(2020, 2, 1), QTime(0, 0), QTimeZone::UTC))
                                / 86400.0));
        else
            QVERIFY(days >= 19);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("url"); // {silent}, {plain}, {closed}: ports
        QTest::addColumn<QString>("error"); // a trailing * matches any rest
        QTest::addRow("accepts and never answers")
            << u"https://127.0.0.1:{silent}/"_s << u"127.0.0.1:{silent}: no TLS answer within 0.7 s"_s;
        QTest::addRow("not TLS") << u"https://127.0.0.1:{plain}/"_s << u"127.0.0.1:{plain}: no TLS handshake (*"_s;
        QTest::addRow("refused") << u"https://127.0.0.1:{closed}/"_s << u"127.0.0.1:{closed}: connection refused"_s;
        QTest::addRow("not a web URL") << u"ftp://127.0.0.1:{plain}/"_s
                                       << u"Not an http or https URL: ftp://127.0.0.1:{plain}/"_s;
    }

    void failures()
    {
        QFETCH(QString, url);
        QFETCH(QString, error);
        const QString closed = QString::number(TestServer::freePort());
        for (QString *text : {&url, &error})
            text->replace(u"{silent}"_s, QString::number(m_silent.port()))
                .replace(u"{plain}"_s, QString::number(m_plain.serverPort()))
                .replace(u"{closed}"_s, closed);
        const SourceOutcome outcome = runSource(u"tls"_s, {{u"url"_s, url}}, {}, 700);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.emissions, 1);
        if (error.endsWith(u'*'))
            QVERIFY2(outcome.error().startsWith(error.chopped(1)), qPrintable(outcome.error()));
        else
            QCOMPARE(outcome.error(), error);
        QVERIFY(outcome.elapsedMs < 2000);
    }

private:
    TestServer m_trusted{u"openssl"_s};
    TestServer m_selfSigned{u"openssl"_s};
    TestServer m_expired{u"openssl"_s};
    LocalHttpServer m_silent;
    QTcpServer m_plain;
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
