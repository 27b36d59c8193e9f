#pragma once

#include "textidentity.h"
#include "value.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace DriftDeck {

// Decides which keys hold secrets and replaces their values by a salted fingerprint, so that
// "same" and "differs" are known without the plaintext ever being stored, shown or exported.
class SecretPolicy
{
public:
    // salt: the per-workspace random salt (kept outside the workspace file, see SaltStore).
    SecretPolicy(QStringList patterns, QByteArray salt);

    bool isSecretKey(QStringView key) const;
    // "postgres://user:pw@host/db": a URL carrying credentials is a secret whatever its key.
    static bool isUrlWithUserInfo(QStringView value);
    // A value that carries a credential whatever its key: a URL with a password, a password or
    // token parameter ("Password=…;", "?password=…", "pwd=…"), an authorisation header value
    // ("Bearer …", "Basic …") or a PEM private key.
    static bool looksLikeSecret(QStringView value);

    // HMAC-SHA256 keyed with the salt over "<kind name>\0<canonical text>", hex. Never reversible;
    // differs between workspaces.
    QString fingerprint(const Value &value) const;
    // The value to store for key: a Secret fingerprint if the key or value is secret, else value.
    // Masked values stay masked (unknown is never "same").
    // originalName: the name the source read, where it renamed it (.env's PRIVATE_KEY is the key
    // config/private.key); the patterns are matched against both.
    Value protect(QStringView key, const Value &value, QStringView originalName = {}) const;
    // Whether protect() turns value into a fingerprint, given isSecretKey(key) already known (see
    // SecretKeyVerdicts): the one statement of what protect() decides. False for a value that is
    // a secret or masked already.
    bool makesSecret(bool secretKey, const Value &value, QStringView originalName = {}) const
    {
        return makesSecret(secretKey, value, originalName, [](const QString &text) { return looksLikeSecret(text); });
    }
    // The same, with looksLikeSecret answered by looks(text) (a memo of it, say).
    template<typename LooksLikeSecret>
    bool makesSecret(bool secretKey, const Value &value, QStringView originalName, LooksLikeSecret &&looks) const
    {
        if (value.isMasked() || value.isSecret())
            return false;
        if (secretKey || (!originalName.isEmpty() && isSecretKey(originalName)) || looks(value.canonical()))
            return true;
        // Display and canonical text are mostly one string: judged once.
        const bool sameText = value.display().constData() == value.canonical().constData()
            && value.display().size() == value.canonical().size();
        return !sameText && value.display() != value.canonical() && looks(value.display());
    }

    // Short identifier of the salt, stored in snapshots so fingerprints from different salts are
    // never compared with each other.
    QString saltId() const;

    const QStringList &patterns() const { return m_patterns; }

private:
    // A pattern prepared once: keys are matched two million times at the largest.
    struct KeyPattern {
        enum class Shape : quint8 { Contains, Prefix, Suffix, Exact, Glob, General };
        QString text; // lowercased for the ASCII shapes: the word, or the whole glob
        Shape shape = Shape::General;
        // For words of two characters or more: their first pair (pairHash), which a key must
        // have to contain the word; -1 when the pattern cannot be ruled out so.
        qint16 firstPair = -1;
    };
    static unsigned pairHash(char16_t first, char16_t second) { return (first * 31u + second) & 255u; }
    static KeyPattern compile(const QString &pattern);

    QStringList m_patterns;
    QList<KeyPattern> m_compiled; // m_patterns, in order
    QByteArray m_salt;
};

// SecretPolicy::isSecretKey and looksLikeSecret, remembered for texts met again: the same key in
// twenty environments is judged once, and so is the same value. Texts are remembered by their
// identity (TextIdentityTable), so a pooled key or value (config files, snapshots) costs one
// comparison (keys come in the order met before) or one probe instead of lowercasing and
// matching every pattern or scanning for credentials; the memo keeps a reference to each text it
// judged, so an address never comes back meaning another text while it is remembered. One per
// thread; lives as long as one pass over a snapshot.
class SecretKeyVerdicts
{
public:
    explicit SecretKeyVerdicts(const SecretPolicy &policy)
        : m_policy(policy)
    {
    }

    bool isSecretKey(const QString &key);
    // SecretPolicy::makesSecret for the value of key.
    bool makesSecret(const QString &key, const Value &value, QStringView originalName);

private:
    bool looksLikeSecret(const QString &text);
    static constexpr qsizetype MaximumRemembered = 1 << 18;

    const SecretPolicy &m_policy;
    TextIdentityTable m_verdicts; // keys: 1: secret, 0: not
    TextIdentityTable m_valueVerdicts; // values' texts: 1: looks like a secret, 0: not
    TextIdentityTable::Cursor m_valueCursor;
    QList<QString> m_judged; // keeps the remembered texts alive
};

// Per-workspace salts live in the user's data folder, never next to the workspace file; CI can
// pass one through the DRIFTDECK_SECRET_SALT environment variable so runs share fingerprints.
class SaltStore
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::SaltStore)
public:
    explicit SaltStore(QString directory = {}); // default: QStandardPaths::AppDataLocation/salts

    // The salt for the workspace at path, created (32 random bytes, written atomically) on first use.
    QByteArray saltFor(const QString &workspacePath, QString *error = nullptr) const;

private:
    QString m_directory;
};

} // namespace DriftDeck
