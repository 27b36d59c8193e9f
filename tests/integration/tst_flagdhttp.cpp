// The flagd-http source: a flagd flag-definition document fetched over HTTP gives the same rows as
// the same document read by the flag-file source. The document is static, so LocalHttpServer
// serves it (flagd itself is no Debian package), guarded by a bearer token like a flags service.
#include "localhttpserver.h"
#include "sourcerun.h"
#include "sources/flagformats/flagfilesource.h"
#include "sources/flagservices/flagdhttpsource.h"
#include "testserver.h"

#include <QFile>
#include <QtTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &relative)
{
    QFile file(QStringLiteral(DRIFTDECK_FIXTURES "/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class FlagdHttpTest : public QObject
{
    Q_OBJECT
private:
    LocalHttpServer m_server;

    SourceOutcome run(const QString &path, const QString &credential = u"flags-token"_s, int timeoutMs = 3000)
    {
        return runSource(FlagdHttpSource::TypeName, {{u"url"_s, m_server.url(path).toString()}}, credential, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        const auto guarded = [](const QByteArray &body) {
            return [body](const LocalHttpRequest &request) {
                if (request.header("Authorization") != "Bearer flags-token")
                    return LocalHttpReply::json(R"({"error":"unauthorized"})", 401);
                return LocalHttpReply::json(body);
            };
        };
        m_server.route("/flags/staging.json", guarded(fixture(u"flags/staging.json"_s)));
        m_server.route("/flags/production.yaml", guarded(fixture(u"flags/production.yaml"_s)));
        m_server.route("/flags/silent.json", LocalHttpReply::silent());
        m_server.route("/flags/cut.json", LocalHttpReply::json(fixture(u"flags/staging.json"_s).left(120)));
        m_server.route("/flags/seed.json", LocalHttpReply::json(fixture(u"flags/seed-production.json"_s)));
    }

    void sameRowsAsTheFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("JSON") << u"flags/staging.json"_s;
        QTest::addRow("YAML") << u"flags/production.yaml"_s;
    }
    void sameRowsAsTheFile()
    {
        QFETCH(QString, file);
        const SourceOutcome outcome = run(u"/"_s + file);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.emissions, 1);
        const SourceResult local = readFlagFile(QStringLiteral(DRIFTDECK_FIXTURES "/") + file, file,
                                                FlagFileFormat::Flagd, Normaliser(), u"flagd-http"_s);
        QVERIFY(local.ok());
        QStringList remoteKeys = outcome.result.entries.keys();
        QStringList localKeys = local.entries.keys();
        remoteKeys.sort();
        localKeys.sort();
        QCOMPARE(remoteKeys, localKeys);
        for (auto it = local.entries.cbegin(); it != local.entries.cend(); ++it) {
            const Entry remote = outcome.result.entries.value(it.key());
            QCOMPARE(remote.value, it->value);
            QCOMPARE(remote.provenance.at(0).line, it->provenance.at(0).line);
            QCOMPARE(remote.provenance.at(0).column, it->provenance.at(0).column);
        }
        QCOMPARE(outcome.result.layers.at(0).label, m_server.url(u"/"_s + file).toString());
    }

    void authFailure_data()
    {
        QTest::addColumn<QString>("credential");
        QTest::addRow("wrong token") << u"not-the-token"_s;
        QTest::addRow("no token") << QString();
    }
    void authFailure()
    {
        QFETCH(QString, credential);
        const SourceOutcome outcome = run(u"/flags/staging.json"_s, credential);
        QCOMPARE(outcome.error(),
                 u"flagd-http: HTTP 401 Unauthorized from %1"_s.arg(m_server.url(u"/flags/staging.json"_s).toString()));
    }

    void silence()
    {
        QElapsedTimer clock;
        clock.start();
        const SourceOutcome outcome = run(u"/flags/silent.json"_s, {}, 1000);
        QCOMPARE(outcome.emissions, 1);
        QVERIFY2(outcome.error().endsWith(u"no answer within 1 s"_s), qPrintable(outcome.error()));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        QTest::addRow("cut off") << u"/flags/cut.json"_s << u"%1:6:1: invalid YAML: end of map flow not found"_s;
        QTest::addRow("not flagd") << u"/flags/seed.json"_s << u"%1:1:1: a flagd file is a map with \"flags\""_s;
    }
    void malformed()
    {
        QFETCH(QString, path);
        QFETCH(QString, error);
        const SourceOutcome outcome = run(path);
        QCOMPARE(outcome.emissions, 1);
        QCOMPARE(outcome.error(), error.arg(m_server.url(path).toString()));
    }
};

QTEST_GUILESS_MAIN(FlagdHttpTest)
#include "tst_flagdhttp.moc"
