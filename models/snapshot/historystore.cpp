#include "historystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::HistoryStore, the same in lupdate and at run time.
struct HistoryStoreText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::HistoryStore)
};

constexpr QLatin1StringView Suffix(".driftsnap.json");
constexpr qsizetype MaximumSlugLength = 40;

QString slug(const QString &name)
{
    // Decompose first so "Café" becomes "cafe" rather than "caf".
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(c);
        else if (c.category() != QChar::Mark_NonSpacing && !out.isEmpty() && !out.endsWith(u'-'))
            out.append(u'-');
    }
    out.truncate(MaximumSlugLength);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("workspace") : out;
}

struct ParsedName {
    QDateTime takenAt;
    int sequence = 1; // 1 for the plain name, then 2, 3, … for "-2", "-3"
};

bool parseFileName(const QString &fileName, ParsedName *out)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8}T\\d{6}Z)(?:-(\\d{1,6}))?\\.driftsnap\\.json$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return false;
    QDateTime when = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!when.isValid())
        return false;
    when.setTimeZone(QTimeZone::UTC);
    out->takenAt = when;
    out->sequence = match.hasCaptured(2) ? match.captured(2).toInt() : 1;
    return true;
}

} // namespace

HistoryStore::HistoryStore(const QString &workspaceName, const QString &workspacePath, const QString &root)
{
    const QString base = root.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history")
        : root;
    m_directory = base + u'/' + workspaceId(workspaceName, workspacePath);
}

HistoryStore HistoryStore::inFolder(const QString &directory)
{
    HistoryStore store;
    store.m_directory = QDir::cleanPath(directory);
    return store;
}

QString HistoryStore::workspaceId(const QString &workspaceName, const QString &workspacePath)
{
    const QString absolute = QFileInfo(workspacePath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex();
    return slug(workspaceName) + u'-' + QString::fromLatin1(hash.left(8));
}

HistorySaveResult HistoryStore::save(const Snapshot &snapshot) const
{
    if (!snapshot.takenAt.isValid())
        return {{}, HistoryStoreText::tr("cannot save a snapshot without a capture time")};
    if (!QDir().mkpath(m_directory))
        return {{},
                HistoryStoreText::tr("cannot create the history folder %1").arg(QDir::toNativeSeparators(m_directory))};
    const QString stem = snapshot.takenAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (int sequence = 1; sequence < 1000; ++sequence) {
        const QString name = (sequence == 1 ? stem : QString(stem + u'-' + QString::number(sequence))) + Suffix;
        const QString path = m_directory + u'/' + name;
        // Claim the name first (NewOnly fails if it exists), so two saves in the same second
        // cannot pick the same name; the atomic write then replaces the empty placeholder.
        QFile claim(path);
        if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (claim.exists())
                continue;
            return {
                {},
                HistoryStoreText::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), claim.errorString())};
        }
        claim.close();
        QString error;
        if (!SnapshotFile::write(snapshot, path, &error)) {
            QFile::remove(path);
            return {{}, error};
        }
        return {path, {}};
    }
    return {{}, HistoryStoreText::tr("too many snapshots taken at %1").arg(stem)};
}

QList<HistoryEntry> HistoryStore::list() const
{
    struct Found {
        HistoryEntry entry;
        int sequence;
    };
    QList<Found> found;
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList(QStringList{QStringLiteral("*.driftsnap.json")}, QDir::Files);
    for (const QFileInfo &info : files) {
        ParsedName parsed;
        if (info.size() > 0 && parseFileName(info.fileName(), &parsed))
            found.append({{info.absoluteFilePath(), parsed.takenAt, info.size()}, parsed.sequence});
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.entry.takenAt != b.entry.takenAt ? a.entry.takenAt < b.entry.takenAt : a.sequence < b.sequence;
    });
    QList<HistoryEntry> out;
    out.reserve(found.size());
    for (const Found &f : std::as_const(found))
        out.append(f.entry);
    return out;
}

SnapshotReadResult HistoryStore::load(const QString &path) const
{
    return SnapshotFile::read(path);
}

QStringList HistoryStore::applyRetention(int keepCount, int keepDays, const QDateTime &now) const
{
    const QList<HistoryEntry> entries = list();
    const qsizetype total = entries.size();
    const QDateTime cutoff = now.addDays(-qint64(keepDays));
    QStringList removed;
    for (qsizetype i = 0; i < total; ++i) {
        const bool keptByCount = keepCount < 0 || i >= total - keepCount;
        const bool keptByAge = keepDays < 0 || entries[i].takenAt >= cutoff;
        if (keptByCount || keptByAge)
            continue;
        if (QFile::remove(entries[i].path))
            removed.append(entries[i].path);
    }
    return removed;
}

} // namespace DriftDeck
