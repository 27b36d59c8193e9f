#include "reportwriter.h"
#include "snapshot/snapshotfile.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace DriftDeck {

QByteArray ReportWriter::attachmentJson(const Snapshot &snapshot)
{
    // A key nobody keeps: fingerprints stay equal where they were equal and reveal nothing else.
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);

    Snapshot copy = snapshot;
    copy.saltId = QStringLiteral("report-")
        + QString::fromLatin1(
                      QMessageAuthenticationCode::hash("salt id", key, QCryptographicHash::Sha256).toHex().left(12));
    for (EnvironmentCapture &env : copy.environments) {
        for (Entry &entry : env.entries) {
            if (!entry.value.isSecret())
                continue;
            const QByteArray rekeyed
                = QMessageAuthenticationCode::hash(entry.value.canonical().toUtf8(), key, QCryptographicHash::Sha256);
            entry.value = Value::secret(QString::fromLatin1(rekeyed.toHex()));
            for (Origin &origin : entry.provenance)
                origin.display.clear();
        }
    }
    copy.buildIndex();
    return SnapshotFile::toJson(copy);
}

} // namespace DriftDeck
