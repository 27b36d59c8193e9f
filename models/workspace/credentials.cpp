#include "credentials.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace DriftDeck {

namespace {
struct CredentialText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::CredentialProvider)
};
} // namespace

CredentialProvider::~CredentialProvider() = default;

void CredentialProvider::answerLater(QObject *receiver, AnswerFunction answer, CredentialAnswer result)
{
    QMetaObject::invokeMethod(
        receiver, [answer = std::move(answer), result = std::move(result)] { answer(result); }, Qt::QueuedConnection);
}

void EnvironmentCredentialProvider::request(const CredentialRef &ref, QObject *receiver, AnswerFunction answer)
{
    CredentialAnswer result;
    const QByteArray name = ref.name.toLocal8Bit();
    // qEnvironmentVariable() cannot tell an unset variable from an empty one.
    if (ref.name.isEmpty() || !qEnvironmentVariableIsSet(name.constData()))
        result.errorString = CredentialText::tr("environment variable %1 is not set").arg(ref.name);
    else
        result.secret = qEnvironmentVariable(name.constData());
    answerLater(receiver, std::move(answer), std::move(result));
}

QString KeychainCredentialProvider::serviceName()
{
    return QStringLiteral("driftdeck");
}

KeychainCredentialProvider::KeychainCredentialProvider(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

namespace {

CredentialAnswer keychainAnswer(const QString &entry, QKeychain::Error code, const QString &message,
                                const QString &secret)
{
    CredentialAnswer result;
    switch (code) {
    case QKeychain::NoError:
        result.secret = secret;
        break;
    case QKeychain::EntryNotFound:
        result.errorString = CredentialText::tr("keychain entry \"%1\" does not exist (service \"%2\")")
                                 .arg(entry, KeychainCredentialProvider::serviceName());
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.errorString
            = CredentialText::tr("keychain entry \"%1\" could not be read: no keychain service is available (%2)")
                  .arg(entry, message);
        break;
    case QKeychain::OtherError:
        // Without a running Secret Service or KWallet QtKeychain only says "Unknown error".
        result.errorString = CredentialText::tr("keychain entry \"%1\" could not be read: %2 (is a keychain service "
                                                "such as GNOME Keyring or KWallet running?)")
                                 .arg(entry, message);
        break;
    default:
        result.errorString = CredentialText::tr("keychain entry \"%1\" could not be read: %2").arg(entry, message);
        break;
    }
    return result;
}

} // namespace

void KeychainCredentialProvider::request(const CredentialRef &ref, QObject *receiver, AnswerFunction answer)
{
    // The job answers through this thread's event loop. Whichever comes first, its answer or the
    // timeout (a keychain daemon that never answers), is delivered; the other is dropped.
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true); // after a timeout the job still cleans up once it finishes
    job->setInsecureFallback(false);
    job->setKey(ref.name);
    auto delivered = std::make_shared<bool>(false);
    QObject::connect(job, &QKeychain::Job::finished, receiver,
                     [delivered, answer, entry = ref.name](QKeychain::Job *done) {
                         if (std::exchange(*delivered, true))
                             return;
                         const auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
                         answer(keychainAnswer(entry, read->error(), read->errorString(),
                                               read->error() == QKeychain::NoError ? read->textData() : QString()));
                     });
    QTimer::singleShot(m_timeoutMs, receiver, [delivered, answer, entry = ref.name, seconds = m_timeoutMs / 1000.0] {
        if (std::exchange(*delivered, true))
            return;
        answer({std::nullopt,
                CredentialText::tr("keychain entry \"%1\" could not be read: the keychain did not answer within %2 s")
                    .arg(entry)
                    .arg(seconds)});
    });
    // Started from the event loop, so even a backend that fails at once answers after request().
    QMetaObject::invokeMethod(job, [job] { job->start(); }, Qt::QueuedConnection);
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

void CompositeCredentialProvider::request(const CredentialRef &ref, QObject *receiver, AnswerFunction answer)
{
    switch (ref.kind) {
    case CredentialRef::Kind::EnvironmentVariable:
        m_environment->request(ref, receiver, std::move(answer));
        return;
    case CredentialRef::Kind::Keychain:
        m_keychain->request(ref, receiver, std::move(answer));
        return;
    case CredentialRef::Kind::None:
        break;
    }
    answerLater(receiver, std::move(answer), {std::nullopt, CredentialText::tr("the source names no credentials")});
}

} // namespace DriftDeck
