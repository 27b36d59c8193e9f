#include "workspace/credentials.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {
// Answers with its own name and the reference, so the test sees which provider was asked.
class FakeProvider final : public CredentialProvider
{
public:
    explicit FakeProvider(QString label, QList<CredentialRef> *asked)
        : m_label(std::move(label))
        , m_asked(asked)
    {
    }
    std::optional<QString> read(const CredentialRef &ref, QString *) override
    {
        m_asked->append(ref);
        return m_label + u':' + ref.name;
    }

private:
    QString m_label;
    QList<CredentialRef> *m_asked;
};

constexpr int KeychainTimeoutMs = 3000;
}

class CredentialsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // No Secret Service here, whatever the machine running the test has: the keychain
        // provider must fail quickly and clearly, not hang or fall back to a plain-text file.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/driftdeck-test-bus");
        qputenv("DRIFTDECK_TEST_TOKEN", "s3cret");
        qputenv("DRIFTDECK_TEST_EMPTY", "");
        qunsetenv("DRIFTDECK_TEST_UNSET");
    }

    void environment_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("expected");
        QTest::addRow("set") << u"DRIFTDECK_TEST_TOKEN"_s << true << u"s3cret"_s;
        QTest::addRow("set but empty") << u"DRIFTDECK_TEST_EMPTY"_s << true << QString();
        QTest::addRow("unset") << u"DRIFTDECK_TEST_UNSET"_s << false
                               << u"environment variable DRIFTDECK_TEST_UNSET is not set"_s;
        QTest::addRow("no name") << QString() << false << u"environment variable  is not set"_s;
    }

    void environment()
    {
        QFETCH(QString, name);
        QFETCH(bool, found);
        QFETCH(QString, expected);
        EnvironmentCredentialProvider provider;
        QString error;
        const auto secret = provider.read({CredentialRef::Kind::EnvironmentVariable, name}, &error);
        QCOMPARE(secret.has_value(), found);
        if (found) {
            QCOMPARE(*secret, expected);
            QVERIFY(error.isEmpty());
        } else {
            QCOMPARE(error, expected);
        }
    }

    void dispatch_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        QTest::addRow("environment variable") << int(CredentialRef::Kind::EnvironmentVariable) << u"env:NAME"_s << QString();
        QTest::addRow("keychain") << int(CredentialRef::Kind::Keychain) << u"keychain:NAME"_s << QString();
        QTest::addRow("none") << int(CredentialRef::Kind::None) << QString() << u"the source names no credentials"_s;
    }

    void dispatch()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        QList<CredentialRef> environmentAsked, keychainAsked;
        CompositeCredentialProvider provider(std::make_unique<FakeProvider>(u"env"_s, &environmentAsked),
                                             std::make_unique<FakeProvider>(u"keychain"_s, &keychainAsked));
        QString message;
        const auto secret = provider.read({CredentialRef::Kind(kind), u"NAME"_s}, &message);
        QCOMPARE(secret.value_or(QString()), expected);
        QCOMPARE(message, error);
        QCOMPARE(environmentAsked.size(), kind == int(CredentialRef::Kind::EnvironmentVariable) ? 1 : 0);
        QCOMPARE(keychainAsked.size(), kind == int(CredentialRef::Kind::Keychain) ? 1 : 0);
    }

    void defaultCompositeReadsEnvironment()
    {
        CompositeCredentialProvider provider;
        QString error;
        QCOMPARE(provider.read({CredentialRef::Kind::EnvironmentVariable, u"DRIFTDECK_TEST_TOKEN"_s}, &error),
                 std::optional(u"s3cret"_s));
    }

    void keychainWithoutService()
    {
        KeychainCredentialProvider provider(KeychainTimeoutMs);
        QString error;
        QElapsedTimer clock;
        clock.start();
        const auto secret = provider.read({CredentialRef::Kind::Keychain, u"driftdeck-test-entry"_s}, &error);
        QVERIFY(!secret.has_value());
        QVERIFY2(clock.elapsed() < KeychainTimeoutMs + 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(error.startsWith(u"keychain entry \"driftdeck-test-entry\" "_s), qPrintable(error));
        QVERIFY2(error.contains(u"could not be read: "_s) || error.contains(u"does not exist"_s), qPrintable(error));
    }

    void keychainFromWorkerThread()
    {
        // Sources fetch on pool threads; the provider must work (and give up) there too.
        QString error;
        bool found = true;
        QThread *thread = QThread::create([&] {
            KeychainCredentialProvider provider(KeychainTimeoutMs);
            found = provider.read({CredentialRef::Kind::Keychain, u"driftdeck-test-entry"_s}, &error).has_value();
        });
        thread->start();
        QVERIFY(thread->wait(KeychainTimeoutMs + 5000));
        delete thread;
        QVERIFY(!found);
        QVERIFY2(error.startsWith(u"keychain entry \"driftdeck-test-entry\" "_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(CredentialsTest)
#include "tst_credentials.moc"
