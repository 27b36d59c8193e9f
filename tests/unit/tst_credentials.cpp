#include "workspace/credentials.h"

#include <QElapsedTimer>
#include <QTest>

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
    void request(const CredentialRef &ref, QObject *receiver, AnswerFunction answer) override
    {
        m_asked->append(ref);
        answerLater(receiver, std::move(answer), {m_label + u':' + ref.name, {}});
    }

private:
    QString m_label;
    QList<CredentialRef> *m_asked;
};

constexpr int KeychainTimeoutMs = 3000;

struct Asked {
    bool answered = false;
    bool answeredInsideRequest = false;
    int answers = 0;
    CredentialAnswer answer;
};

// Asks provider and spins the event loop until the answer arrives (or timeoutMs passes).
Asked ask(CredentialProvider &provider, const CredentialRef &ref, int timeoutMs = 5000)
{
    Asked asked;
    QObject receiver;
    bool inside = true;
    provider.request(ref, &receiver, [&](const CredentialAnswer &answer) {
        asked.answered = true;
        asked.answeredInsideRequest = inside;
        ++asked.answers;
        asked.answer = answer;
    });
    inside = false;
    QElapsedTimer clock;
    clock.start();
    while (!asked.answered && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return asked;
}
} // namespace

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
        const Asked asked = ask(provider, {CredentialRef::Kind::EnvironmentVariable, name});
        QVERIFY(asked.answered);
        QVERIFY(!asked.answeredInsideRequest);
        QCOMPARE(asked.answer.secret.has_value(), found);
        if (found) {
            QCOMPARE(*asked.answer.secret, expected);
            QVERIFY(asked.answer.errorString.isEmpty());
        } else {
            QCOMPARE(asked.answer.errorString, expected);
        }
    }

    void dispatch_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        QTest::addRow("environment variable")
            << int(CredentialRef::Kind::EnvironmentVariable) << u"env:NAME"_s << QString();
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
        const Asked asked = ask(provider, {CredentialRef::Kind(kind), u"NAME"_s});
        QVERIFY(asked.answered);
        QCOMPARE(asked.answer.secret.value_or(QString()), expected);
        QCOMPARE(asked.answer.errorString, error);
        QCOMPARE(environmentAsked.size(), kind == int(CredentialRef::Kind::EnvironmentVariable) ? 1 : 0);
        QCOMPARE(keychainAsked.size(), kind == int(CredentialRef::Kind::Keychain) ? 1 : 0);
    }

    void defaultCompositeReadsEnvironment()
    {
        CompositeCredentialProvider provider;
        QCOMPARE(ask(provider, {CredentialRef::Kind::EnvironmentVariable, u"DRIFTDECK_TEST_TOKEN"_s}).answer.secret,
                 std::optional(u"s3cret"_s));
    }

    void keychainWithoutService()
    {
        KeychainCredentialProvider provider(KeychainTimeoutMs);
        QElapsedTimer clock;
        clock.start();
        const Asked asked = ask(provider, {CredentialRef::Kind::Keychain, u"driftdeck-test-entry"_s}, 10000);
        QVERIFY(asked.answered);
        QVERIFY(!asked.answeredInsideRequest);
        QVERIFY(!asked.answer.secret.has_value());
        QVERIFY2(clock.elapsed() < KeychainTimeoutMs + 2000, qPrintable(QString::number(clock.elapsed())));
        const QString &error = asked.answer.errorString;
        QVERIFY2(error.startsWith(u"keychain entry \"driftdeck-test-entry\" "_s), qPrintable(error));
        QVERIFY2(error.contains(u"could not be read: "_s) || error.contains(u"does not exist"_s), qPrintable(error));
        // The timeout and the job's own answer never both arrive.
        QTest::qWait(KeychainTimeoutMs + 200 - int(clock.elapsed()) > 0 ? KeychainTimeoutMs + 200 - int(clock.elapsed())
                                                                        : 0);
        QCOMPARE(asked.answers, 1);
    }

    void noAnswerAfterTheReceiverIsGone()
    {
        EnvironmentCredentialProvider provider;
        bool answered = false;
        {
            QObject receiver;
            provider.request({CredentialRef::Kind::EnvironmentVariable, u"DRIFTDECK_TEST_TOKEN"_s}, &receiver,
                             [&](const CredentialAnswer &) { answered = true; });
        }
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(CredentialsTest)
#include "tst_credentials.moc"
