#pragma once

#include "workspace.h"

#include <QString>

#include <memory>
#include <optional>

namespace DriftDeck {

// Reads the secret a workspace names (never the workspace file itself). read() blocks and may be
// called from worker threads; on failure it returns nullopt and says why in *error, without
// the secret. Errors name the variable or keychain entry, so the user knows what to set.
class CredentialProvider
{
public:
    virtual ~CredentialProvider();
    virtual std::optional<QString> read(const CredentialRef &ref, QString *error) = 0;
};

// A credential from an environment variable, e.g. PROM_TOKEN_STAGING in CI.
class EnvironmentCredentialProvider final : public CredentialProvider
{
public:
    std::optional<QString> read(const CredentialRef &ref, QString *error) override;
};

// A credential from the desktop keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) under the service "driftdeck". Never falls back to a plain-text file.
class KeychainCredentialProvider final : public CredentialProvider
{
public:
    static constexpr int DefaultTimeoutMs = 30000; // long enough to type a keyring password
    static QString serviceName();

    explicit KeychainCredentialProvider(int timeoutMs = DefaultTimeoutMs);
    std::optional<QString> read(const CredentialRef &ref, QString *error) override;

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

    std::optional<QString> read(const CredentialRef &ref, QString *error) override;

private:
    std::unique_ptr<CredentialProvider> m_environment;
    std::unique_ptr<CredentialProvider> m_keychain;
};

} // namespace DriftDeck
