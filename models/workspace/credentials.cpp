#include "credentials.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace DriftDeck {

namespace {
struct CredentialText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::CredentialProvider)
};
}

CredentialProvider::~CredentialProvider() = default;

std::optional<QString> EnvironmentCredentialProvider::read(const CredentialRef &ref, QString *error)
{
    const QByteArray name = ref.name.toLocal8Bit();
    // qEnvironmentVariable() cannot tell an unset variable from an empty one.
    if (ref.name.isEmpty() || !qEnvironmentVariableIsSet(name.constData())) {
        *error = CredentialText::tr("environment variable %1 is not set")
                     .arg(ref.name);
        return std::nullopt;
    }
    return qEnvironmentVariable(name.constData());
}

QString KeychainCredentialProvider::serviceName()
{
    return QStringLiteral("driftdeck");
}

KeychainCredentialProvider::KeychainCredentialProvider(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

std::optional<QString> KeychainCredentialProvider::read(const CredentialRef &ref, QString *error)
{
    // The job reports back through this thread's event loop; a local loop makes the call
    // blocking, and the timeout keeps a keychain daemon that never answers from hanging a refresh.
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true); // if we time out, the job still cleans up once it finishes
    job->setInsecureFallback(false);
    job->setKey(ref.name);

    struct Outcome {
        bool finished = false;
        QKeychain::Error code = QKeychain::NoError;
        QString message;
        QString secret;
    } outcome;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    // &loop is the context: once this function returns, a late answer is dropped.
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *) {
        outcome.finished = true;
        outcome.code = job->error();
        outcome.message = job->errorString();
        if (outcome.code == QKeychain::NoError)
            outcome.secret = job->textData();
        loop.quit();
    });
    job->start();
    timer.start(m_timeoutMs);
    if (!outcome.finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!outcome.finished) {
        *error = CredentialText::tr("keychain entry \"%1\" could not be read: the keychain did not answer within %2 s")
                     .arg(ref.name)
                     .arg(m_timeoutMs / 1000.0);
        return std::nullopt;
    }
    switch (outcome.code) {
    case QKeychain::NoError:
        return outcome.secret;
    case QKeychain::EntryNotFound:
        *error = CredentialText::tr("keychain entry \"%1\" does not exist (service \"%2\")").arg(ref.name, serviceName());
        return std::nullopt;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        *error = CredentialText::tr("keychain entry \"%1\" could not be read: no keychain service is available (%2)")
                     .arg(ref.name, outcome.message);
        return std::nullopt;
    case QKeychain::OtherError:
        // Without a running Secret Service or KWallet QtKeychain only says "Unknown error".
        *error = CredentialText::tr("keychain entry \"%1\" could not be read: %2 (is a keychain service such as "
                                    "GNOME Keyring or KWallet running?)")
                     .arg(ref.name, outcome.message);
        return std::nullopt;
    default:
        *error = CredentialText::tr("keychain entry \"%1\" could not be read: %2").arg(ref.name, outcome.message);
        return std::nullopt;
    }
}

CompositeCredentialProvider::CompositeCredentialProvider()
    : CompositeCredentialProvider(std::make_unique<EnvironmentCredentialProvider>(),
                                  std::make_unique<KeychainCredentialProvider>())
{
}

CompositeCredentialProvider::CompositeCredentialProvider(std::unique_ptr<CredentialProvider> environment,
                                                         std::unique_ptr<CredentialProvider> keychain)
    : m_environment(std::move(environment))
    , m_keychain(std::move(keychain))
{
}

CompositeCredentialProvider::~CompositeCredentialProvider() = default;

std::optional<QString> CompositeCredentialProvider::read(const CredentialRef &ref, QString *error)
{
    switch (ref.kind) {
    case CredentialRef::Kind::EnvironmentVariable:
        return m_environment->read(ref, error);
    case CredentialRef::Kind::Keychain:
        return m_keychain->read(ref, error);
    case CredentialRef::Kind::None:
        break;
    }
    *error = CredentialText::tr("the source names no credentials");
    return std::nullopt;
}

} // namespace DriftDeck
