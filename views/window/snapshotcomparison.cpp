#include "snapshotcomparison.h"

#include "actionicon.h"
#include "pipeline/historykeeper.h"
#include "pipeline/workspacesession.h"
#include "snapshot/snapshotdiff.h"
#include "snapshot/snapshotfile.h"
#include "snapshotcompare.h"
#include "window/historypanel.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrentRun>

namespace DriftDeck {

namespace {

struct Comparison {
    SnapshotDiff diff;
    QDateTime takenAt;
    QString errorString;
};

} // namespace

SnapshotComparison::SnapshotComparison(WorkspaceSession *session, const HistoryPanel *history, QWidget *window)
    : WindowPart(window)
    , m_session(session)
    , m_history(history)
    , m_view(new SnapshotCompare)
    , m_dock(new QDockWidget(tr("Changes since a Snapshot"), window))
    , m_compare(new QAction(actionIcon(QStringLiteral("document-compare")), tr("Compare with &Snapshot…"), this))
{
    m_view->setObjectName(QStringLiteral("snapshotCompare"));
    m_dock->setObjectName(QStringLiteral("compareDock"));
    m_dock->setWidget(m_view);
    m_compare->setToolTip(tr("What was added, removed or changed since a saved snapshot"));
    m_compare->setEnabled(false);
    connect(m_compare, &QAction::triggered, this, &SnapshotComparison::chooseSnapshot);
    connect(m_view, &SnapshotCompare::keyActivated, this, &SnapshotComparison::keyActivated);
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        dropRunning();
        m_dock->hide();
        m_compare->setEnabled(false);
    });
    // The comparison was against the snapshot on screen; another one makes it stale.
    connect(m_session, &WorkspaceSession::snapshotChanged, this, [this] {
        dropRunning();
        m_compare->setEnabled(m_session->snapshot() != nullptr);
    });
}

void SnapshotComparison::chooseSnapshot()
{
    const QString folder = m_history->keeper()->store().directory();
    const QString path = QFileDialog::getOpenFileName(window(), tr("Compare with Snapshot"),
                                                      QDir(folder).exists() ? folder : QDir::homePath(),
                                                      tr("Drift Deck snapshots (*.json);;All files (*)"));
    if (!path.isEmpty())
        compareWith(path);
}

void SnapshotComparison::dropRunning()
{
    if (!m_running)
        return;
    supersede(m_running, this, m_cancel);
    Q_EMIT progress(QString());
}

void SnapshotComparison::compareWith(const QString &path)
{
    const SnapshotPtr current = m_session->snapshot();
    if (!current)
        return;
    dropRunning();
    // The worker gets copies: the session may publish (and drop) another snapshot meanwhile.
    const QString baseline = m_history->baselineName();
    const Policy policy = current->policy;
    const QDate today = m_session->today();
    const CancelFlagPtr cancel = makeCancelFlag();
    m_cancel = cancel;
    Q_EMIT progress(tr("Comparing with %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<Comparison>(this);
    m_running = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_running = nullptr;
        Q_EMIT progress(QString());
        const Comparison result = watcher->result();
        if (!result.errorString.isEmpty()) {
            showError(tr("Cannot compare with %1: %2").arg(QFileInfo(path).fileName(), result.errorString));
            return;
        }
        const QLocale locale;
        const QString older
            = tr("Snapshot of %1").arg(locale.toString(result.takenAt.toLocalTime(), QLocale::ShortFormat));
        const QString newer = m_session->isOffline() ? tr("This snapshot") : tr("Now");
        m_view->setDiff(result.diff, older, newer);
        m_dock->show();
        m_dock->raise();
    });
    watcher->setFuture(QtConcurrent::run([path, current, baseline, policy, today, cancel] {
        Comparison comparison;
        SnapshotReadResult read = SnapshotFile::read(path);
        if (!read.ok()) {
            comparison.errorString = read.errorString;
            return comparison;
        }
        comparison.takenAt = read.snapshot->takenAt;
        if (!cancel->load()) // nobody wants it any more: skip the diff
            comparison.diff = diffSnapshots(*read.snapshot, *current, baseline, policy, today);
        return comparison;
    }));
}

} // namespace DriftDeck
