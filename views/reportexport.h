#pragma once

#include "report/reportwriter.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QObject>

namespace DriftDeck {

// File → Export Report…: writes the PDF of the snapshot on screen off the GUI thread (thousands
// of rows take seconds), so the on-call engineer can keep reading the matrix meanwhile.
class ReportExport : public QObject
{
    Q_OBJECT
public:
    explicit ReportExport(QObject *parent = nullptr);
    ~ReportExport() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // With options.history and no options.previous, the newest saved snapshot taken before this
    // one supplies "new drift since". Ignored while a report is being written.
    void start(const SnapshotPtr &snapshot, ReportOptions options, const QString &pdfPath);
    // Blocks until the running report is written (the window closing, tests).
    void waitForFinished();

    // "Checkout platform drift 2026-11-26.pdf": the workspace and the capture's date.
    static QString suggestedFileName(const Snapshot &snapshot);
    // Letter where the locale measures in inches (the US and a few others), A4 elsewhere.
    static QPageSize defaultPageSize(const QLocale &locale = QLocale());

Q_SIGNALS:
    void started(const QString &pdfPath);
    // errorString is empty when the report was written.
    void finished(const QString &pdfPath, const QString &errorString);

private:
    QFutureWatcher<QString> m_watcher;
    QString m_path;
};

} // namespace DriftDeck
