#include "snapshotparser.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>
#include <limits>

namespace DriftDeck {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct SnapshotText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::SnapshotFile)
};

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace

QString JsonPath::toString() const
{
    QString text = parent ? parent->toString() : QString();
    if (member && !text.isEmpty())
        text += u'.';
    if (member)
        text += QLatin1StringView(member);
    else if (key)
        text += u'[' + quoted(*key) + u']';
    else if (index >= 0)
        text += u'[' + QString::number(index) + u']';
    return text;
}

SnapshotParser::SnapshotParser(QByteArrayView data, const QString &nameForMessages)
    : m_reader(data)
    , m_name(nameForMessages)
    , m_empty(data.trimmed().isEmpty())
    , m_data(data)
{
}

bool SnapshotParser::failAt(const JsonPath &path, const QString &reason)
{
    if (m_error.isEmpty()) {
        const QString where = path.toString();
        m_error = where.isEmpty() ? QString(m_name + u": " + reason) : QString(m_name + u": " + where + u": " + reason);
    }
    return false;
}

bool SnapshotParser::missing(const JsonPath &path)
{
    return failAt(path, SnapshotText::tr("required field is missing"));
}

bool SnapshotParser::expect(const JsonPath &path, Token token)
{
    const Token found = m_reader.peek();
    if (found == token)
        return true;
    if (found == Token::Invalid)
        return false; // a syntax error, reported as such
    return failAt(
        path,
        SnapshotText::tr("expected %1, found %2").arg(JsonReader::tokenName(token), JsonReader::tokenName(found)));
}

bool SnapshotParser::readString(const JsonPath &path, QString *out)
{
    return expect(path, Token::String) && m_reader.readString(out);
}

bool SnapshotParser::readDouble(const JsonPath &path, double *out)
{
    return expect(path, Token::Number) && m_reader.readNumber(out);
}

bool SnapshotParser::readInteger(const JsonPath &path, qint64 minimum, qint64 maximum, qint64 *out)
{
    double v = 0;
    if (!readDouble(path, &v))
        return false;
    if (std::floor(v) != v)
        return failAt(path, SnapshotText::tr("expected a whole number, found %1").arg(canonicalNumber(v)));
    if (v < double(minimum) || v > double(maximum))
        return failAt(
            path, SnapshotText::tr("%1 is out of range (%2 to %3)").arg(canonicalNumber(v)).arg(minimum).arg(maximum));
    *out = qint64(v);
    return true;
}

bool SnapshotParser::readInt32(const JsonPath &path, qint32 minimum, qint32 *out)
{
    qint64 v = 0;
    if (!readInteger(path, minimum, std::numeric_limits<qint32>::max(), &v))
        return false;
    *out = qint32(v);
    return true;
}

bool SnapshotParser::readBoolean(const JsonPath &path, bool *out)
{
    return expect(path, Token::Boolean) && m_reader.readBoolean(out);
}

bool SnapshotParser::readStringList(const JsonPath &path, QStringList *out)
{
    return readArray(path, out, [this](const JsonPath &p, QString *s) { return readString(p, s); });
}

bool SnapshotParser::readDateTime(const JsonPath &path, QDateTime *out, bool required)
{
    if (!required && m_reader.peek() == Token::Null) {
        *out = QDateTime();
        return m_reader.readNull();
    }
    QString text;
    if (!readString(path, &text))
        return false;
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        return failAt(path, SnapshotText::tr("not a date and time (expected ISO 8601): %1").arg(quoted(text)));
    *out = when.toUTC();
    return true;
}

bool SnapshotParser::readDate(const JsonPath &path, QDate *out)
{
    if (m_reader.peek() == Token::Null) {
        *out = QDate();
        return m_reader.readNull();
    }
    QString text;
    if (!readString(path, &text))
        return false;
    *out = QDate::fromString(text, Qt::ISODate);
    return out->isValid() || failAt(path, SnapshotText::tr("not a date (expected YYYY-MM-DD): %1").arg(quoted(text)));
}

SnapshotReadResult SnapshotParser::parse()
{
    const JsonPath root;
    struct Deferred {
        QByteArray name;
        qint64 position;
    };
    QList<Deferred> deferred;
    if (m_empty)
        return {std::nullopt, SnapshotText::tr("%1: the file is empty").arg(m_name)};
    bool seenFormat = false, seenVersion = false;
    qint64 version = 0;
    qint64 headerEnd = -1;
    {
        readObject(root, [&](QByteArrayView name) {
            if (name == "format") {
                QString format;
                if (!readString(JsonPath(root, "format"), &format))
                    return false;
                seenFormat = true;
                if (format == QLatin1StringView(SnapshotFile::Format))
                    return true;
                m_error = SnapshotText::tr("%1: not a Drift Deck snapshot: format is %2, expected %3")
                              .arg(m_name, quoted(format), quoted(QLatin1StringView(SnapshotFile::Format)));
                return false;
            }
            if (name == "formatVersion") {
                if (!readInteger(JsonPath(root, "formatVersion"), std::numeric_limits<qint32>::min(),
                                 std::numeric_limits<qint32>::max(), &version))
                    return false;
                seenVersion = true;
                m_version = version;
                if (version > Snapshot::FormatVersion) {
                    m_error = SnapshotText::tr("%1: snapshot format %2 is newer than this Drift Deck understands (%3)")
                                  .arg(m_name)
                                  .arg(version)
                                  .arg(Snapshot::FormatVersion);
                    return false;
                }
                if (version < 1) {
                    m_error = SnapshotText::tr("%1: snapshot format %2 does not exist").arg(m_name).arg(version);
                    return false;
                }
                return true;
            }
            if (!seenFormat || !seenVersion) {
                deferred.append({name.toByteArray(), m_reader.position()});
                return m_reader.skipValue();
            }
            return readMember(name, root);
        });
        if (m_error.isEmpty() && !m_reader.hasError()) {
            if (m_version >= 2)
                headerEnd = m_reader.position(); // the packed entries follow
            else
                m_reader.finish();
        }
    }
    if (m_reader.hasError()) {
        const QString where
            = SnapshotText::tr("%1: not valid JSON at byte %2: ").arg(m_name).arg(m_reader.errorOffset());
        return {std::nullopt,
                where
                    + (m_reader.errorAtEnd() ? SnapshotText::tr("the file looks truncated") : m_reader.errorReason())};
    }
    if (m_error.isEmpty() && !seenFormat)
        m_error = SnapshotText::tr("%1: not a Drift Deck snapshot: it has no \"format\" field").arg(m_name);
    if (m_error.isEmpty() && !seenVersion)
        missing(JsonPath(root, "formatVersion"));
    for (const Deferred &member : std::as_const(deferred)) {
        if (!m_error.isEmpty())
            break;
        m_reader.seek(member.position);
        readMember(member.name, root);
    }
    if (m_reader.hasError()) {
        return {std::nullopt,
                SnapshotText::tr("%1: not valid JSON at byte %2: %3")
                    .arg(m_name)
                    .arg(m_reader.errorOffset())
                    .arg(m_reader.errorReason())};
    }
    if (m_error.isEmpty() && !m_seenWorkspace)
        missing(JsonPath(root, "workspace"));
    if (m_error.isEmpty() && !m_seenTakenAt)
        missing(JsonPath(root, "takenAt"));
    if (m_error.isEmpty() && !m_seenEnvironments)
        missing(JsonPath(root, "environments"));
    if (m_error.isEmpty() && version >= 2 && m_payload.size < 0)
        missing(JsonPath(root, "payload"));
    if (m_error.isEmpty() && m_payload.size >= 0) {
        // The packed entries follow the header after one line break.
        m_payload.offset = headerEnd + 1;
        if (m_payload.offset > m_data.size() || m_data[m_payload.offset - 1] != '\n'
            || m_data.size() - m_payload.offset != m_payload.size) {
            m_error = SnapshotText::tr("%1: the file is cut short or damaged: its header announces %2 bytes of "
                                       "entries, %3 follow")
                          .arg(m_name)
                          .arg(m_payload.size)
                          .arg(qMax<qint64>(0, m_data.size() - m_payload.offset));
        }
    }
    if (!m_error.isEmpty())
        return {std::nullopt, m_error};
    upgrade(int(version));
    if (m_payload.offset < 0)
        m_snapshot.buildIndex(); // else once the caller unpacked the entries
    return {std::move(m_snapshot), QString()};
}

void SnapshotParser::upgrade(int fromVersion)
{
    static_assert(Snapshot::FormatVersion == 2, "add the upgrade step from the previous version here");
    // 1 -> 2: only the file layout changed (entries packed after the header); the data is the same.
    // Each step brings a snapshot read with the previous version's rules up to the next
    // version, e.g. `if (fromVersion < 2) { …rename a kind, add a default… }`. Fields whose
    // meaning changed between versions are read with `fromVersion` in hand by the read* functions.
    Q_UNUSED(fromVersion);
}

bool SnapshotParser::readMember(QByteArrayView name, const JsonPath &root)
{
    if (name == "workspace") {
        m_seenWorkspace = true;
        return readWorkspace(JsonPath(root, "workspace"));
    }
    if (name == "takenAt") {
        m_seenTakenAt = true;
        return readDateTime(JsonPath(root, "takenAt"), &m_snapshot.takenAt, true);
    }
    if (name == "baseline")
        return readString(JsonPath(root, "baseline"), &m_snapshot.baseline);
    if (name == "saltId")
        return readString(JsonPath(root, "saltId"), &m_snapshot.saltId);
    if (name == "warnings")
        return readStringList(JsonPath(root, "warnings"), &m_snapshot.warnings);
    if (name == "policy")
        return readDescribed(JsonPath(root, "policy"), &m_snapshot.policy);
    if (name == "payload" && m_version >= 2)
        return readPayload(JsonPath(root, "payload"));
    if (name != "environments")
        return m_reader.skipValue();

    m_seenEnvironments = true;
    const JsonPath path(root, "environments");
    if (!readArray(path, &m_snapshot.environments,
                   [this](const JsonPath &p, EnvironmentCapture *env) { return readEnvironment(p, env); }))
        return false;
    // Comparisons match environments by name, so a name may appear only once.
    QSet<QString> names;
    for (qsizetype i = 0; i < m_snapshot.environments.size(); ++i) {
        const QString &envName = m_snapshot.environments[i].name;
        if (names.contains(envName))
            return failAt(JsonPath(JsonPath(path, i), "name"),
                          SnapshotText::tr("environment %1 appears twice").arg(quoted(envName)));
        names.insert(envName);
    }
    return true;
}

bool SnapshotParser::readPayload(const JsonPath &path)
{
    bool seenEncoding = false;
    const bool read = readObject(path, [&](QByteArrayView name) {
        if (name == "encoding") {
            seenEncoding = true;
            QString encoding;
            if (!readString(JsonPath(path, "encoding"), &encoding))
                return false;
            m_payload.encoding = encoding.toUtf8();
            return true;
        }
        if (name == "size")
            return readInteger(JsonPath(path, "size"), 0, SnapshotFile::MaximumFileSize, &m_payload.size);
        if (name == "unpackedSize") {
            return readInteger(JsonPath(path, "unpackedSize"), 0, SnapshotFile::MaximumUnpackedSize,
                               &m_payload.unpackedSize);
        }
        return m_reader.skipValue();
    });
    if (!read)
        return false;
    if (!seenEncoding)
        return missing(JsonPath(path, "encoding"));
    if (m_payload.size < 0)
        return missing(JsonPath(path, "size"));
    if (m_payload.unpackedSize < 0)
        return missing(JsonPath(path, "unpackedSize"));
    return true;
}

bool SnapshotParser::readWorkspace(const JsonPath &path)
{
    bool seenName = false;
    return readObject(path,
                      [&](QByteArrayView name) {
                          if (name == "name") {
                              seenName = true;
                              return readString(JsonPath(path, "name"), &m_snapshot.workspaceName);
                          }
                          if (name == "path")
                              return readString(JsonPath(path, "path"), &m_snapshot.workspacePath);
                          return m_reader.skipValue();
                      })
        && (seenName || missing(JsonPath(path, "name")));
}

} // namespace DriftDeck
