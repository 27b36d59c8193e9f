#include "values/glob.h"
#include "values/normaliser.h"
#include "values/secrets.h"
#include "workspace/policy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

const QStringList defaultPatterns = {QStringLiteral("*password*"), QStringLiteral("*secret*"),
                                     QStringLiteral("*token*"), QStringLiteral("*apiKey*"), QStringLiteral("*.url")};

// Restores DRIFTDECK_SECRET_SALT whatever a test does with it.
class SaltVariable
{
public:
    SaltVariable()
        : m_wasSet(qEnvironmentVariableIsSet("DRIFTDECK_SECRET_SALT"))
        , m_old(qgetenv("DRIFTDECK_SECRET_SALT"))
    {
        qunsetenv("DRIFTDECK_SECRET_SALT");
    }
    ~SaltVariable()
    {
        if (m_wasSet)
            qputenv("DRIFTDECK_SECRET_SALT", m_old);
        else
            qunsetenv("DRIFTDECK_SECRET_SALT");
    }
    Q_DISABLE_COPY_MOVE(SaltVariable)

private:
    bool m_wasSet;
    QByteArray m_old;
};

} // namespace

class SecretsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        QTest::addRow("password") << "config/database.password" << true;
        QTest::addRow("password upper case") << "config/DB_PASSWORD" << true;
        QTest::addRow("apiKey any case") << "config/payment.APIKEY" << true;
        QTest::addRow("token inside") << "config/github.tokenFile" << true;
        QTest::addRow("dot url suffix") << "config/spring.datasource.url" << true;
        QTest::addRow("url without dot") << "config/url" << false;
        QTest::addRow("plain") << "config/database.poolSize" << false;
        QTest::addRow("flag") << "flag/new-checkout" << false;
        QTest::addRow("secret inside a word") << "config/secretary" << true;
        QTest::addRow("pattern must match the full key") << "config/spring.datasource.url.timeout" << false;
        // Keys beyond ASCII take the general matcher; ASCII ones a faster path: both agree.
        QTest::addRow("non-ascii key") << "config/größe.PASSWORD" << true;
        QTest::addRow("non-ascii key, no secret") << "config/größe.limit" << false;
    }
    void secretKey()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        const SecretPolicy policy(defaultPatterns, "salt");
        QCOMPARE(policy.isSecretKey(key), secret);
    }

    // The ASCII path rules patterns out by the key's character pairs before searching: over keys
    // made of pieces of the pattern words (so near misses abound) it must agree with matching
    // every pattern as a glob.
    void fastPathAgreesWithGlobs()
    {
        const QStringList patterns
            = Policy::defaultSecretPatterns() + QStringList{u"db.*"_s, u"*.url"_s, u"x"_s, u"*ab*"_s, u"*_KEY"_s};
        const SecretPolicy policy(patterns, "salt");
        const QStringList pieces = {u"pass"_s, u"word"_s, u"Word"_s, u"se"_s,      u"cret"_s,   u"tok"_s,   u"en"_s,
                                    u"api"_s,  u"Key"_s,  u"_key"_s, u"private"_s, u"a"_s,      u"b"_s,     u"."_s,
                                    u"db"_s,   u"url"_s,  u"x"_s,    u"cred"_s,    u"ential"_s, u"passwd"_s};
        QRandomGenerator random(42);
        int secrets = 0;
        for (int n = 0; n < 20000; ++n) {
            QString key;
            const int count = 1 + int(random.bounded(5));
            for (int i = 0; i < count; ++i)
                key += pieces[random.bounded(pieces.size())];
            bool expected = false;
            for (const QString &pattern : patterns)
                expected = expected || globMatch(pattern, key, Qt::CaseInsensitive);
            QVERIFY2(policy.isSecretKey(key) == expected, qPrintable(key));
            secrets += expected ? 1 : 0;
        }
        QVERIFY(secrets > 1000 && secrets < 19000); // both answers were tried often
    }

    void noPatterns()
    {
        const SecretPolicy policy({}, "salt");
        QVERIFY(!policy.isSecretKey(u"config/database.password"));
    }

    void urlWithUserInfo_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("secret");
        QTest::addRow("postgres with password") << "postgres://app:s3cr3t@db.internal:5432/shop" << true;
        QTest::addRow("password only") << "redis://:s3cr3t@cache:6379" << true;
        QTest::addRow("jdbc") << "jdbc:postgresql://app:pw@db/shop" << true;
        QTest::addRow("inside text") << "--dsn=amqp://guest:guest@mq" << true;
        QTest::addRow("user only") << "https://app@example.com/x" << false;
        QTest::addRow("empty password") << "https://app:@example.com/x" << false;
        QTest::addRow("no user info") << "https://example.com:8443/path" << false;
        QTest::addRow("at sign in path") << "https://example.com/users/a:b@c" << false;
        QTest::addRow("at sign in query") << "https://example.com/?q=a:b@c" << false;
        QTest::addRow("no scheme") << "://a:b@c" << false;
        QTest::addRow("email") << "ops:team@example.com" << false;
        QTest::addRow("second url has password") << "https://x.org and ftp://u:p@files" << true;
        QTest::addRow("empty") << "" << false;
    }
    void urlWithUserInfo()
    {
        QFETCH(QString, value);
        QFETCH(bool, secret);
        QCOMPARE(SecretPolicy::isUrlWithUserInfo(value), secret);
    }

    void looksLikeSecret_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("secret");
        QTest::addRow("url with password") << "postgres://app:s3cr3t@db/shop" << true;
        QTest::addRow("ado.net connection string") << "Server=db;Database=shop;User Id=sa;Password=hunter2;" << true;
        QTest::addRow("libpq keywords") << "host=db port=5432 user=app password=hunter2" << true;
        QTest::addRow("pwd parameter") << "Driver={ODBC};Uid=app;Pwd=hunter2" << true;
        QTest::addRow("password query parameter") << "https://db.example.com/shop?user=app&password=hunter2" << true;
        QTest::addRow("token query parameter") << "https://hooks.example.com/x?token=abc123def" << true;
        QTest::addRow("signed url") << "https://bucket.example.com/a?X-Amz-Signature=abcdef&sig=0f0f" << true;
        QTest::addRow("bearer header") << "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x" << true;
        QTest::addRow("basic header") << "Basic dXNlcjpodW50ZXIy" << true;
        QTest::addRow("pem private key") << "-----BEGIN RSA PRIVATE KEY-----\nMIIE…" << true;
        QTest::addRow("pem certificate") << "-----BEGIN CERTIFICATE-----\nMIIE…" << false;
        QTest::addRow("password without value") << "password=" << false;
        QTest::addRow("the word bearer") << "bearer" << false;
        // Values without '=', '@', '-' or a space are passed over before the patterns run.
        QTest::addRow("bearer after a tab") << "Bearer\teyJhbGciOiJIUzI1NiJ9" << true;
        QTest::addRow("plain word") << "eyJhbGciOiJIUzI1NiJ9" << false;
        QTest::addRow("sentence about tokens") << "tokens expire after an hour" << false;
        QTest::addRow("plain url") << "https://example.com/path?page=2" << false;
        QTest::addRow("key=value that is not secret") << "host=db port=5432 user=app" << false;
        QTest::addRow("empty") << "" << false;
    }
    void looksLikeSecret()
    {
        QFETCH(QString, value);
        QFETCH(bool, secret);
        QCOMPARE(SecretPolicy::looksLikeSecret(value), secret);
        // And protect() hides it under any key.
        const SecretPolicy policy(defaultPatterns, "salt");
        QCOMPARE(policy.protect(u"config/innocent", Value::string(value)).isSecret(), secret);
    }

    void originalNameIsMatchedToo_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("originalName");
        QTest::addColumn<bool>("secret");
        // .env's PRIVATE_KEY becomes config/private.key, which *_KEY alone never matches.
        QTest::addRow("PRIVATE_KEY") << "config/private.key" << "PRIVATE_KEY" << true;
        QTest::addRow("mapped name hides the secret") << "config/database.login" << "DB_PASSWORD" << true;
        QTest::addRow("key alone") << "config/private.key" << "" << false;
        QTest::addRow("innocent both") << "config/log.level" << "LOG_LEVEL" << false;
    }
    void originalNameIsMatchedToo()
    {
        QFETCH(QString, key);
        QFETCH(QString, originalName);
        QFETCH(bool, secret);
        const SecretPolicy policy(Policy::defaultSecretPatterns(), "salt");
        QCOMPARE(policy.protect(key, Value::string(QStringLiteral("-----not a pem-----")), originalName).isSecret(),
                 secret);
    }

    void fingerprint()
    {
        const Normaliser normaliser;
        const SecretPolicy policy(defaultPatterns, "salt-a");
        const SecretPolicy otherSalt(defaultPatterns, "salt-b");
        const Value a = normaliser.scalar(QStringLiteral("hunter2"), true);
        const Value sameA = normaliser.scalar(QStringLiteral("hunter2"), false);
        const Value b = normaliser.scalar(QStringLiteral("hunter3"), true);

        const QString fa = policy.fingerprint(a);
        QCOMPARE(fa.size(), 64);
        QVERIFY(!fa.contains(u"hunter2"));
        QCOMPARE(policy.fingerprint(sameA), fa);
        QVERIFY(policy.fingerprint(b) != fa);
        QVERIFY(otherSalt.fingerprint(a) != fa);
        // Normalised first: 3000 and "3000" are one value when coercing, so one fingerprint.
        QCOMPARE(policy.fingerprint(normaliser.scalar(QStringLiteral("3000"), true)),
                 policy.fingerprint(normaliser.scalar(QStringLiteral("3000.0"), false)));
        // But kinds stay apart: the string "3000" is not the number 3000.
        QVERIFY(policy.fingerprint(Value::string(QStringLiteral("3000"))) != policy.fingerprint(Value::number(3000)));
        // It is the documented HMAC, so other tools can reproduce it.
        QCOMPARE(fa,
                 QString::fromLatin1(QMessageAuthenticationCode::hash(QByteArray("string\0hunter2", 14), "salt-a",
                                                                      QCryptographicHash::Sha256)
                                         .toHex()));
    }

    void protect_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("kind");
        QTest::addRow("secret key") << "config/db.password" << "hunter2" << "secret";
        QTest::addRow("url with password, innocent key") << "config/db.dsn" << "postgres://u:p@h/db" << "secret";
        QTest::addRow("url without password") << "config/db.dsn" << "postgres://u@h/db" << "string";
        QTest::addRow("plain") << "config/db.poolSize" << "10" << "number";
        QTest::addRow("masked stays masked") << "config/db.password" << "*masked*" << "masked";
        QTest::addRow("masked, innocent key") << "config/db.poolSize" << "*masked*" << "masked";
    }
    void protect()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, kind);
        const SecretPolicy policy(defaultPatterns, "salt");
        const Value input = value == u"*masked*" ? Value::masked() : Normaliser().scalar(value);
        const Value protectedValue = policy.protect(key, input);
        QCOMPARE(valueKindName(protectedValue.kind()), kind);
        if (kind == u"secret") {
            QCOMPARE(protectedValue.canonical(), policy.fingerprint(input));
            QVERIFY(protectedValue.display().isEmpty());
            QVERIFY(!protectedValue.canonical().contains(value));
            // Protecting twice changes nothing (a snapshot re-protected on load stays comparable).
            QCOMPARE(policy.protect(key, protectedValue), protectedValue);
        } else {
            QCOMPARE(protectedValue, input);
            QCOMPARE(protectedValue.display(), input.display());
        }
    }

    void displayDifferentFromCanonicalIsJudgedToo()
    {
        // A value compared by another text than it shows: either text carrying a credential
        // makes it a secret, whether its own text is one string or two.
        const SecretPolicy policy(defaultPatterns, "salt");
        const QString key = QStringLiteral("config/db.dsn");
        const Value shown = Value::withCanonical(ValueKind::String, QStringLiteral("postgres://h/db"),
                                                 QStringLiteral("postgres://u:hunter2@h/db"));
        QVERIFY(policy.makesSecret(false, shown));
        QVERIFY(policy.protect(key, shown).isSecret());
        const Value compared = Value::withCanonical(ValueKind::String, QStringLiteral("postgres://u:hunter2@h/db"),
                                                    QStringLiteral("postgres://h/db"));
        QVERIFY(policy.makesSecret(false, compared));
        const Value plain = Normaliser().scalar(QStringLiteral("postgres://h/db"));
        QVERIFY(!policy.makesSecret(false, plain));
        QVERIFY(policy.makesSecret(true, plain));
        QVERIFY(!policy.makesSecret(true, Value::masked()));
    }

    void keyVerdictsAreRememberedByText()
    {
        const SecretPolicy policy(defaultPatterns, "salt");
        SecretKeyVerdicts verdicts(policy);
        const QString secret = QStringLiteral("config/db.password");
        QString pooled = secret; // shares its text, as the readers' pooled keys do
        QVERIFY(verdicts.isSecretKey(secret));
        QVERIFY(verdicts.isSecretKey(pooled));
        QVERIFY(!verdicts.isSecretKey(QStringLiteral("config/db.host")));
        // Same address, other length: "config/db.pass" is judged by its own text.
        QString shorter = secret;
        shorter.truncate(QStringLiteral("config/db.pass").size());
        QCOMPARE(verdicts.isSecretKey(shorter), policy.isSecretKey(shorter));
        for (const QString &key : {u"config/app.name"_s, u"config/api.token"_s, u"config/service.url"_s, u"X"_s, u""_s})
            QCOMPARE(verdicts.isSecretKey(key), policy.isSecretKey(key));
        // Many keys (the memo's table grows several times), each asked twice.
        QStringList many;
        for (int i = 0; i < 5000; ++i)
            many.append(i % 7 == 0 ? u"config/svc%1.token"_s.arg(i) : u"config/svc%1.host"_s.arg(i));
        for (int round = 0; round < 2; ++round) {
            for (const QString &key : std::as_const(many))
                QCOMPARE(verdicts.isSecretKey(key), key.endsWith(u".token"));
        }
    }

    // The memo also remembers what a value's texts look like: a pooled value met in twenty
    // environments is scanned once. Its answers must be the policy's, for the same value met
    // again (shared texts), for an equal value with texts of its own, and under other keys.
    void valueVerdictsAreTheVerdictsOfThePolicy()
    {
        const SecretPolicy policy(defaultPatterns, "salt");
        SecretKeyVerdicts verdicts(policy);
        const Normaliser normaliser;
        const QList<Value> values = {
            normaliser.scalar(u"postgres://u:hunter2@h/db"_s),
            normaliser.scalar(u"postgres://h/db"_s),
            normaliser.scalar(u"Bearer abc.def"_s),
            Value::withCanonical(ValueKind::String, u"postgres://h/db"_s, u"postgres://u:pw@h/db"_s),
            Value::withCanonical(ValueKind::String, u"postgres://u:pw@h/db"_s, u"postgres://h/db"_s),
            normaliser.scalar(u"8080"_s),
            Value::masked(),
            Value::secret(u"fingerprint"_s),
            Value(),
        };
        for (int round = 0; round < 3; ++round) {
            for (const Value &value : values) {
                for (const QString &key : {u"config/service.endpoint"_s, u"config/db.password"_s}) {
                    // Round 2: the same texts, copied (other addresses).
                    const auto copied = [](const QString &text) {
                        return QString(text.constData(), text.size());
                    };
                    const Value copy = round == 2
                        ? Value::withCanonical(value.kind(), copied(value.canonical()), copied(value.display()))
                        : value;
                    QCOMPARE(verdicts.makesSecret(key, copy, {}), policy.makesSecret(policy.isSecretKey(key), copy));
                    QCOMPARE(verdicts.makesSecret(key, copy, u"DB_PASSWORD"),
                             policy.makesSecret(policy.isSecretKey(key), copy, u"DB_PASSWORD"));
                }
            }
        }
        QVERIFY(verdicts.makesSecret(u"config/service.endpoint"_s, values[0], {}));
        QVERIFY(!verdicts.makesSecret(u"config/service.endpoint"_s, values[1], {}));
    }

    void protectedSecretsCompare()
    {
        const Normaliser normaliser;
        const SecretPolicy policy(defaultPatterns, "salt");
        const QString key = QStringLiteral("config/db.password");
        QCOMPARE(policy.protect(key, normaliser.scalar(QStringLiteral("pw1"))),
                 policy.protect(key, normaliser.scalar(QStringLiteral("pw1"), true)));
        QVERIFY(!(policy.protect(key, normaliser.scalar(QStringLiteral("pw1")))
                  == policy.protect(key, normaliser.scalar(QStringLiteral("pw2")))));
    }

    void saltId()
    {
        const SecretPolicy a({}, "salt-a");
        QCOMPARE(a.saltId().size(), 12);
        QCOMPARE(a.saltId(),
                 QString::fromLatin1(QCryptographicHash::hash("salt-a", QCryptographicHash::Sha256).toHex().left(12)));
        QVERIFY(a.saltId() != SecretPolicy({}, "salt-b").saltId());
    }

    void saltStoreCreatesOnceAndReuses()
    {
        const SaltVariable variable;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString saltDir = dir.filePath(QStringLiteral("data/salts"));
        const QString workspace = dir.filePath(QStringLiteral("workspace.yaml"));
        QString error;
        const QByteArray first = SaltStore(saltDir).saltFor(workspace, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(first.size(), 32);
        const QByteArray again = SaltStore(saltDir).saltFor(workspace, &error);
        QCOMPARE(again, first);
        // The same workspace reached through another spelling of its path.
        const QString otherSpelling = dir.filePath(QStringLiteral("data/../workspace.yaml"));
        QCOMPARE(SaltStore(saltDir).saltFor(otherSpelling, &error), first);
        // Another workspace gets its own salt.
        const QByteArray other = SaltStore(saltDir).saltFor(dir.filePath(QStringLiteral("other.yaml")), &error);
        QCOMPARE(other.size(), 32);
        QVERIFY(other != first);

        const QString expectedName = QString::fromLatin1(
            QCryptographicHash::hash(QDir::cleanPath(workspace).toUtf8(), QCryptographicHash::Sha256).toHex());
        const QFileInfo file(saltDir + u'/' + expectedName);
        QVERIFY2(file.exists(), qPrintable(file.filePath()));
        QCOMPARE(
            file.permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QVERIFY(file.permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!QFileInfo(saltDir).permissions().testFlag(QFileDevice::ReadOther));
        QCOMPARE(QDir(saltDir).entryList(QDir::Files).filter(u".lock").size(), 0);
    }

    void saltStoreEnvironmentOverride()
    {
        const SaltVariable variable;
        QTemporaryDir dir;
        const QString saltDir = dir.filePath(QStringLiteral("salts"));
        qputenv("DRIFTDECK_SECRET_SALT", "ci-shared-salt");
        QString error;
        const QString workspace = dir.filePath(QStringLiteral("w.yaml"));
        QCOMPARE(SaltStore(saltDir).saltFor(workspace, &error), QByteArray("ci-shared-salt"));
        QVERIFY(error.isEmpty());
        QVERIFY(!QFileInfo::exists(saltDir)); // nothing written when CI provides the salt

        qputenv("DRIFTDECK_SECRET_SALT", "");
        QCOMPARE(SaltStore(saltDir).saltFor(workspace, &error).size(), 32);
    }

    void saltStoreFailures()
    {
        const SaltVariable variable;
        QTemporaryDir dir;
        // A file where the folder should be.
        const QString blocker = dir.filePath(QStringLiteral("salts"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        QVERIFY(SaltStore(blocker).saltFor(dir.filePath(QStringLiteral("w.yaml")), &error).isEmpty());
        QCOMPARE(error, QStringLiteral("Cannot create the folder for secret salts: %1").arg(blocker));

        // An empty salt file is reported, not silently replaced.
        const QString saltDir = dir.filePath(QStringLiteral("ok"));
        const QString workspace = dir.filePath(QStringLiteral("w.yaml"));
        QCOMPARE(SaltStore(saltDir).saltFor(workspace, &error).size(), 32);
        const QString saltFile = QDir(saltDir).entryInfoList(QDir::Files).constFirst().filePath();
        QFile truncate(saltFile);
        QVERIFY(truncate.open(QIODevice::WriteOnly | QIODevice::Truncate));
        truncate.close();
        error.clear();
        QVERIFY(SaltStore(saltDir).saltFor(workspace, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("The secret salt %1 is empty; delete it to create a new one").arg(saltFile));
    }
};

QTEST_GUILESS_MAIN(SecretsTest)
#include "tst_secrets.moc"
