#include "reportexport.h"

#include "snapshot/snapshotfile.h"

#include <QRegularExpression>
#include <QtConcurrentRun>

namespace DriftDeck {

namespace {

// The newest saved snapshot older than the one reported: "what is new since last time".
std::optional<Snapshot> previousOf(const Snapshot &snapshot, const QList<HistoryEntry> &history)
{
    const QDateTime takenAt = snapshot.takenAt.toUTC();
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->takenAt.secsTo(takenAt) < 1)
            continue; // the snapshot itself (kept on refresh) or a newer one
        SnapshotReadResult read = SnapshotFile::read(it->path);
        if (read.ok())
            return std::move(read.snapshot);
    }
    return std::nullopt;
}

} // namespace

ReportExport::ReportExport(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { Q_EMIT finished(m_path, m_watcher.result()); });
}

ReportExport::~ReportExport()
{
    waitForFinished(); // the worker reads the snapshot and writes the file; let it end cleanly
}

void ReportExport::start(const SnapshotPtr &snapshot, ReportOptions options, const QString &pdfPath)
{
    if (!snapshot || isRunning())
        return;
    m_path = pdfPath;
    Q_EMIT started(pdfPath);
    m_watcher.setFuture(QtConcurrent::run([snapshot, options = std::move(options), pdfPath]() mutable {
        if (!options.previous && !options.history.isEmpty())
            options.previous = previousOf(*snapshot, options.history);
        QString error;
        if (!ReportWriter::write(*snapshot, options, pdfPath, &error))
            return error.isEmpty() ? tr("the report could not be written") : error;
        return QString();
    }));
}

void ReportExport::waitForFinished()
{
    m_watcher.waitForFinished();
}

QString ReportExport::suggestedFileName(const Snapshot &snapshot)
{
    // Characters that trouble file systems or shells become spaces.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString name = snapshot.workspaceName;
    name.replace(unsafe, QStringLiteral(" "));
    name = name.simplified();
    if (name.isEmpty())
        name = tr("Drift Deck");
    const QDate date
        = (snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTime()).toLocalTime().date();
    return tr("%1 drift %2.pdf").arg(name, date.toString(Qt::ISODate));
}

QPageSize ReportExport::defaultPageSize(const QLocale &locale)
{
    return QPageSize(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

} // namespace DriftDeck
