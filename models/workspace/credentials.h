#pragma once

#include "workspace.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace DriftDeck {

// What a credential lookup found: the secret, or why not (naming the variable or keychain entry,
// so the user knows what to set; never the secret).
struct CredentialAnswer {
    std::optional<QString> secret;
    QString errorString;
};

// Reads the secret a workspace names (never the workspace file itself). Lookups are asynchronous:
// a keychain may take seconds (or prompt), and nothing may wait for it on a thread.
class CredentialProvider
{
public:
    using AnswerFunction = std::function<void(const CredentialAnswer &answer)>;

    virtual ~CredentialProvider();
    // Asks for the secret ref names. answer runs later on receiver's thread, exactly once, never
    // inside this call; not at all if receiver is destroyed first. Call on receiver's thread.
    virtual void request(const CredentialRef &ref, QObject *receiver, AnswerFunction answer) = 0;

protected:
    // Hands a ready answer over through receiver's event loop.
    static void answerLater(QObject *receiver, AnswerFunction answer, CredentialAnswer result);
};

// A credential from an environment variable, e.g. PROM_TOKEN_STAGING in CI.
class EnvironmentCredentialProvider final : public CredentialProvider
{
public:
    void request(const CredentialRef &ref, QObject *receiver, AnswerFunction answer) override;
};

// A credential from the desktop keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) under the service "driftdeck". Never falls back to a plain-text file.
class KeychainCredentialProvider final : public CredentialProvider
{
public:
    static constexpr int DefaultTimeoutMs = 30000; // long enough to type a keyring password
    static QString serviceName();

    explicit KeychainCredentialProvider(int timeoutMs = DefaultTimeoutMs);
    void request(const CredentialRef &ref, QObject *receiver, AnswerFunction answer) override;

private:
    int m_timeoutMs;
};

// Hands each reference to the provider for its kind; the default one for the app.
class CompositeCredentialProvider final : public CredentialProvider
{
public:
    // Defaults: EnvironmentCredentialProvider and KeychainCredentialProvider.
    CompositeCredentialProvider();
    CompositeCredentialProvider(std::unique_ptr<CredentialProvider> environment,
                                std::unique_ptr<CredentialProvider> keychain);
    ~CompositeCredentialProvider() override;

    void request(const CredentialRef &ref, QObject *receiver, AnswerFunction answer) override;

private:
    std::unique_ptr<CredentialProvider> m_environment;
    std::unique_ptr<CredentialProvider> m_keychain;
};

} // namespace DriftDeck
