#include "secrets.h"

#include "glob.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace DriftDeck {

namespace {

constexpr qsizetype SaltSize = 32;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// An ASCII pattern is lowercased once; a key of ASCII (nearly all) too, which is case folding
// there, so the two compare as plain text.
QString lowercasedAscii(QStringView text)
{
    QString lower(text.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(lower.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        out[i] = (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
    }
    return lower;
}

// None of the patterns of looksLikeSecret() can match text without '=' (a parameter), '@' (a
// URL's password), a space (an authorisation header) or five dashes in a row (a PEM key's
// "-----BEGIN"); non-ASCII text, which may hold other spaces, goes to the patterns. Most values
// (numbers, words, hosts, URLs and names with a hyphen) stop here.
bool mayLookLikeSecret(QStringView value)
{
    int dashes = 0;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || u == u'=' || u == u'@' || u == u' ' || (u >= u'\t' && u <= u'\r'))
            return true;
        dashes = u == u'-' ? dashes + 1 : 0;
        if (dashes == 5)
            return true;
    }
    return false;
}

bool endsAuthority(QChar c)
{
    return c == u'/' || c == u'?' || c == u'#' || c.isSpace();
}

} // namespace

SecretPolicy::SecretPolicy(QStringList patterns, QByteArray salt)
    : m_patterns(std::move(patterns))
    , m_salt(std::move(salt))
{
    m_compiled.reserve(m_patterns.size());
    for (const QString &pattern : std::as_const(m_patterns))
        m_compiled.append(compile(pattern));
}

SecretPolicy::KeyPattern SecretPolicy::compile(const QString &pattern)
{
    using Shape = KeyPattern::Shape;
    // Non-ASCII patterns fold beyond ASCII (the Kelvin sign is a 'k'): the general matcher.
    if (!isAscii(pattern))
        return {pattern, Shape::General};
    const QString lower = lowercasedAscii(pattern);
    const bool leading = lower.startsWith(u'*');
    const bool trailing = lower.size() > 1 && lower.endsWith(u'*');
    const QStringView word
        = QStringView(lower).sliced(leading ? 1 : 0, lower.size() - (leading ? 1 : 0) - (trailing ? 1 : 0));
    if (word.isEmpty() || word.contains(u'*') || word.contains(u'?'))
        return {lower, Shape::Glob};
    const Shape shape
        = leading ? (trailing ? Shape::Contains : Shape::Suffix) : (trailing ? Shape::Prefix : Shape::Exact);
    KeyPattern compiled{word.toString(), shape};
    if (word.size() >= 2)
        compiled.firstPair = qint16(pairHash(word[0].unicode(), word[1].unicode()));
    return compiled;
}

bool SecretPolicy::isSecretKey(QStringView key) const
{
    if (m_compiled.isEmpty())
        return false;
    using Shape = KeyPattern::Shape;
    const bool ascii = isAscii(key);
    QVarLengthArray<char16_t, 256> lower;
    if (ascii) {
        lower.resize(key.size());
        for (qsizetype i = 0; i < key.size(); ++i) {
            const char16_t c = key[i].unicode();
            lower[i] = (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
        }
    }
    const QStringView lowered(lower.constData(), lower.size());
    // The character pairs the key has, hashed into 256 bits: a word whose first pair is missing
    // cannot be in the key. Most keys rule out most patterns so, instead of searching for each
    // (searching for the nine default words cost about 3,700 instructions a key).
    quint64 pairs[4] = {0, 0, 0, 0};
    for (qsizetype i = 0; i + 1 < lowered.size(); ++i) {
        const unsigned pair = pairHash(lowered[i].unicode(), lowered[i + 1].unicode());
        pairs[pair >> 6] |= quint64(1) << (pair & 63);
    }
    for (qsizetype i = 0; i < m_compiled.size(); ++i) {
        const KeyPattern &pattern = m_compiled[i];
        if (!ascii || pattern.shape == Shape::General) {
            if (globMatch(m_patterns[i], key, Qt::CaseInsensitive))
                return true;
            continue;
        }
        if (pattern.firstPair >= 0 && !((pairs[pattern.firstPair >> 6] >> (pattern.firstPair & 63)) & 1))
            continue;
        bool match = false;
        switch (pattern.shape) {
        case Shape::Contains:
            match = lowered.contains(pattern.text);
            break;
        case Shape::Prefix:
            match = lowered.startsWith(pattern.text);
            break;
        case Shape::Suffix:
            match = lowered.endsWith(pattern.text);
            break;
        case Shape::Exact:
            match = lowered == pattern.text;
            break;
        case Shape::Glob:
            match = globMatch(pattern.text, lowered);
            break;
        case Shape::General:
            break;
        }
        if (match)
            return true;
    }
    return false;
}

bool SecretPolicy::isUrlWithUserInfo(QStringView value)
{
    // Every "scheme://" in the text counts, so a JDBC URL ("jdbc:postgresql://u:pw@h") or a URL
    // inside a command line is caught too: declaring too much secret is the safe mistake.
    qsizetype from = 0;
    while (true) {
        const qsizetype marker = value.indexOf(u"://", from);
        if (marker < 0)
            return false;
        from = marker + 3;
        if (marker == 0 || !value[marker - 1].isLetterOrNumber())
            continue; // no scheme in front
        qsizetype end = from;
        while (end < value.size() && !endsAuthority(value[end]))
            ++end;
        const QStringView authority = value.sliced(from, end - from);
        const qsizetype at = authority.lastIndexOf(u'@');
        if (at < 0)
            continue;
        const QStringView userInfo = authority.left(at);
        const qsizetype colon = userInfo.indexOf(u':');
        // "user@host" names an account without proving anything; only a password is a secret.
        if (colon >= 0 && colon + 1 < userInfo.size())
            return true;
    }
}

bool SecretPolicy::looksLikeSecret(QStringView value)
{
    if (value.isEmpty() || !mayLookLikeSecret(value))
        return false;
    if (isUrlWithUserInfo(value))
        return true;
    // A credential parameter with a value: connection strings ("Server=db;Password=x;"), libpq
    // keywords ("host=db password=x"), query strings ("?user=a&password=x").
    static const QRegularExpression parameter(
        QStringLiteral(R"((?:^|[\s;&?,])(?:password|passwd|pwd|secret|client_?secret|token|access_?token|api_?key|)"
                       R"(access_?key|secret_?key|sig|signature)\s*=\s*[^\s;&,]+)"),
        QRegularExpression::CaseInsensitiveOption);
    // An authorisation header's value ("Bearer eyJ…", "Basic dXNlcjpwdw==").
    static const QRegularExpression authorization(QStringLiteral(R"(^\s*(?:bearer|basic|token|apikey)\s+\S{6,})"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression privateKey(QStringLiteral(R"(-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----)"));
    return parameter.matchView(value).hasMatch() || authorization.matchView(value).hasMatch()
        || privateKey.matchView(value).hasMatch();
}

QString SecretPolicy::fingerprint(const Value &value) const
{
    // The kind takes part, so a secret compares like any other value: the number 3000 and the
    // string "3000" are different unless the normaliser coerced them to one kind.
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_salt);
    code.addData(valueKindName(value.kind()).toUtf8());
    code.addData(QByteArrayView("\0", 1));
    code.addData(value.canonical().toUtf8());
    return QString::fromLatin1(code.result().toHex());
}

Value SecretPolicy::protect(QStringView key, const Value &value, QStringView originalName) const
{
    if (value.isMasked() || value.isSecret())
        return value;
    return makesSecret(isSecretKey(key), value, originalName) ? Value::secret(fingerprint(value)) : value;
}

bool SecretKeyVerdicts::isSecretKey(const QString &key)
{
    const auto [verdict, added] = m_verdicts.findOrInsert(key, 0);
    if (added) {
        verdict = m_policy.isSecretKey(key) ? 1 : 0;
        m_judged.append(key);
    }
    return verdict == 1;
}

bool SecretKeyVerdicts::looksLikeSecret(const QString &text)
{
    const qint32 known = m_valueVerdicts.find(text, m_valueCursor);
    if (known >= 0)
        return known == 1;
    const bool looks = SecretPolicy::looksLikeSecret(text);
    // Pooled values (config files) are a few thousand texts; values that are not pooled would
    // each be new, and remembering millions of them would only cost memory.
    if (m_judged.size() < MaximumRemembered) {
        m_valueVerdicts.findOrInsert(text, looks ? 1 : 0);
        m_judged.append(text);
    }
    return looks;
}

bool SecretKeyVerdicts::makesSecret(const QString &key, const Value &value, QStringView originalName)
{
    return m_policy.makesSecret(isSecretKey(key), value, originalName,
                                [this](const QString &text) { return looksLikeSecret(text); });
}

QString SecretPolicy::saltId() const
{
    return QString::fromLatin1(QCryptographicHash::hash(m_salt, QCryptographicHash::Sha256).toHex().left(12));
}

SaltStore::SaltStore(QString directory)
    : m_directory(std::move(directory))
{
    if (m_directory.isEmpty())
        m_directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1StringView("/salts");
}

QByteArray SaltStore::saltFor(const QString &workspacePath, QString *error) const
{
    // An empty variable is treated as unset: CI systems expand a missing secret to "", and an
    // empty salt would make every fingerprint guessable.
    const QByteArray fromEnvironment = qgetenv("DRIFTDECK_SECRET_SALT");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;

    const QFileInfo info(workspacePath);
    QString canonicalPath = info.canonicalFilePath();
    if (canonicalPath.isEmpty())
        canonicalPath = QDir::cleanPath(info.absoluteFilePath());
    const QString fileName
        = QString::fromLatin1(QCryptographicHash::hash(canonicalPath.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString path = m_directory + u'/' + fileName;

    if (!QDir().mkpath(m_directory)) {
        setError(error, tr("Cannot create the folder for secret salts: %1").arg(m_directory));
        return {};
    }
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // Two windows or a window and a CI run may ask at once: only one may create the salt.
    QLockFile lock(path + QLatin1StringView(".lock"));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(10000)) {
        setError(error, tr("Cannot lock the secret salt %1").arg(path));
        return {};
    }

    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            setError(error, tr("Cannot read the secret salt %1: %2").arg(path, existing.errorString()));
            return {};
        }
        const QByteArray salt = existing.readAll();
        if (salt.isEmpty()) {
            // Replacing it would silently change every fingerprint; let a person decide.
            setError(error, tr("The secret salt %1 is empty; delete it to create a new one").arg(path));
            return {};
        }
        return salt;
    }

    std::array<quint32, SaltSize / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray salt(reinterpret_cast<const char *>(words.data()), SaltSize);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("Cannot write the secret salt %1: %2").arg(path, file.errorString()));
        return {};
    }
    // Before commit, so the salt is never readable by others, not even for a moment.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(salt) != salt.size() || !file.commit()) {
        setError(error, tr("Cannot write the secret salt %1: %2").arg(path, file.errorString()));
        return {};
    }
    return salt;
}

} // namespace DriftDeck
