#include "workspacesession.h"

#include "background/cancelflag.h"
#include "capture.h"
#include "drift/driftengine.h"
#include "inputfile.h"
#include "sourceretry.h"
#include "workspace/credentials.h"
#include "workspace/workspaceloader.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrentRun>

namespace DriftDeck {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
    , m_defaultCredentials(std::make_unique<CompositeCredentialProvider>())
    , m_credentials(m_defaultCredentials.get())
{
}

WorkspaceSession::~WorkspaceSession() = default;

bool WorkspaceSession::open(const QString &path)
{
    OpenedInput input = openInput(path);
    if (!input.ok()) {
        Q_EMIT errorOccurred(input.errorString);
        return false;
    }
    cancelRefresh();
    dropSplices(); // drop work for what was open before
    supersede(m_driftWork, this);
    m_path = QFileInfo(path).absoluteFilePath();
    m_workspace = std::move(input.workspace);
    m_snapshot.reset();
    m_latest.reset();
    m_drift = DriftResult();
    m_baseline = -1;
    Q_EMIT opened();
    if (input.snapshot)
        publish(input.snapshot, true);
    else
        refresh();
    return true;
}

void WorkspaceSession::close()
{
    cancelRefresh();
    dropSplices();
    supersede(m_driftWork, this);
    m_path.clear();
    m_workspace.reset();
    m_snapshot.reset();
    m_latest.reset();
    m_drift = DriftResult();
    m_baseline = -1;
    Q_EMIT opened();
    Q_EMIT snapshotChanged();
}

QString WorkspaceSession::title() const
{
    if (m_workspace)
        return m_workspace->name;
    return m_snapshot ? m_snapshot->workspaceName : QString();
}

QStringList WorkspaceSession::environmentNames() const
{
    if (m_workspace)
        return m_workspace->environmentNames();
    QStringList names;
    if (m_snapshot) {
        for (const auto &env : m_snapshot->environments)
            names.append(env.name);
    }
    return names;
}

void WorkspaceSession::setBaseline(int environment)
{
    if (!m_snapshot || environment < 0 || environment >= m_snapshot->environmentCount() || environment == m_baseline)
        return;
    m_baseline = environment;
    publish(m_snapshot, false);
}

void WorkspaceSession::setToday(QDate today)
{
    m_today = today;
    if (m_snapshot)
        publish(m_snapshot, false);
}

void WorkspaceSession::refresh()
{
    if (!m_workspace)
        return;
    cancelRefresh();
    dropSplices(); // retried sources would splice into what this refresh replaces
    QString error;
    const std::optional<SecretPolicy> secrets = secretPolicyFor(*m_workspace, &error);
    if (!secrets) {
        Q_EMIT errorOccurred(error);
        return;
    }
    auto *capture = new Capture(*m_workspace, *secrets, this);
    capture->setCredentialProvider(m_credentials);
    capture->setPrevious(m_snapshot);
    m_capture = capture;
    connect(capture, &Capture::sourceStarted, this, &WorkspaceSession::sourceStarted);
    connect(capture, &Capture::sourceFinished, this, &WorkspaceSession::sourceFinished);
    connect(capture, &Capture::progress, this, &WorkspaceSession::refreshProgress);
    // cancelRefresh() disconnects a capture that a newer refresh replaces: this runs only for the current one.
    connect(capture, &Capture::finished, this, [this, capture](const SnapshotPtr &snapshot) {
        capture->deleteLater();
        m_capture.clear();
        Q_EMIT refreshFinished(false);
        publish(snapshot, true);
    });
    Q_EMIT refreshStarted(capture->total());
    capture->start();
}

void WorkspaceSession::retrySource(const QString &environment, const QString &sourceId)
{
    if (!m_workspace || !m_latest || m_capture)
        return; // nothing to splice into, or a full refresh is reading it already
    const int env = m_latest->environmentIndex(environment);
    if (env < 0)
        return;
    QString error;
    const std::optional<SecretPolicy> secrets = secretPolicyFor(*m_workspace, &error);
    if (!secrets) {
        Q_EMIT errorOccurred(error);
        return;
    }
    const bool whole = sourceSharesKeys(m_latest->environments[env], sourceId);
    const Workspace reduced = retryWorkspace(*m_workspace, environment, whole ? QString() : sourceId, m_latest.get());
    auto *capture = new Capture(reduced, *secrets, this);
    capture->setCredentialProvider(m_credentials);
    capture->setPrevious(m_latest);
    m_retries.append(capture);
    connect(capture, &Capture::sourceStarted, this, &WorkspaceSession::sourceStarted);
    connect(capture, &Capture::sourceFinished, this, &WorkspaceSession::sourceFinished);
    connect(capture, &Capture::progress, this, &WorkspaceSession::refreshProgress);
    connect(capture, &Capture::finished, this, [this, capture, sourceId, whole](const SnapshotPtr &fresh) {
        capture->deleteLater();
        m_retries.removeAll(capture);
        Q_EMIT refreshFinished(false);
        if (fresh && fresh->environmentCount() == 1)
            spliceRetry(fresh->environments.first(), sourceId, whole);
    });
    Q_EMIT refreshStarted(capture->total());
    capture->start();
}

void WorkspaceSession::spliceRetry(const EnvironmentCapture &fresh, const QString &sourceId, bool wholeEnvironment)
{
    if (!m_latest)
        return;
    const SnapshotPtr base = m_latest;
    auto *watcher = new QFutureWatcher<SnapshotPtr>(this);
    m_splices.append(watcher);
    // A full refresh or cancel lets go of the splice (dropSplices): then this never runs.
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, base, fresh, sourceId, wholeEnvironment] {
        watcher->deleteLater();
        m_splices.removeAll(watcher);
        if (base != m_latest) // another retry landed meanwhile: splice into that one
            return spliceRetry(fresh, sourceId, wholeEnvironment);
        if (SnapshotPtr updated = watcher->result())
            publish(updated, true);
    });
    watcher->setFuture(QtConcurrent::run([base, fresh, sourceId, wholeEnvironment]() -> SnapshotPtr {
        const int env = base->environmentIndex(fresh.name);
        if (env < 0)
            return nullptr;
        if (wholeEnvironment)
            return replaceEnvironment(*base, fresh);
        if (std::optional<EnvironmentCapture> spliced = spliceSource(base->environments[env], sourceId, fresh))
            return replaceEnvironment(*base, *spliced);
        // The fresh keys now overlap another source's: only a whole read of the environment is exact.
        return nullptr;
    }));
}

void WorkspaceSession::dropSplices()
{
    for (QPointer<QFutureWatcherBase> &splice : m_splices)
        supersede(splice, this);
    m_splices.clear();
}

void WorkspaceSession::cancelRefresh()
{
    const bool retrying = !m_retries.isEmpty();
    for (const QPointer<Capture> &retry : std::as_const(m_retries)) {
        if (!retry)
            continue;
        retry->disconnect(this);
        connect(retry, &Capture::finished, retry, &QObject::deleteLater);
        retry->cancel();
    }
    m_retries.clear();
    if (!m_capture) {
        if (retrying) {
            dropSplices();
            Q_EMIT refreshFinished(true);
        }
        return;
    }
    Capture *capture = m_capture;
    m_capture.clear();
    capture->disconnect(this); // whatever it still delivers is dropped
    dropSplices();
    connect(capture, &Capture::finished, capture, &QObject::deleteLater);
    capture->cancel();
    Q_EMIT refreshFinished(true);
}

bool WorkspaceSession::reloadPolicy()
{
    if (!m_workspace)
        return false;
    WorkspaceLoadResult loaded = WorkspaceLoader::loadFile(m_workspace->filePath);
    if (!loaded.ok()) {
        Q_EMIT errorOccurred(loaded.errorString());
        return false;
    }
    m_workspace->policy = loaded.workspace->policy;
    if (m_snapshot) {
        auto updated = std::make_shared<Snapshot>(*m_snapshot);
        updated->policy = m_workspace->policy;
        publish(updated, false);
    }
    return true;
}

int WorkspaceSession::defaultBaseline(const Snapshot &snapshot) const
{
    const int named = snapshot.environmentIndex(snapshot.baseline);
    return named >= 0 ? named : snapshot.environmentCount() - 1;
}

void WorkspaceSession::publish(const SnapshotPtr &snapshot, bool newSnapshot)
{
    if (!snapshot)
        return;
    int baseline = m_baseline;
    if (baseline < 0 || baseline >= snapshot->environmentCount())
        baseline = defaultBaseline(*snapshot);
    m_latest = snapshot;
    supersede(m_driftWork, this); // a newer baseline, policy or snapshot replaces it
    const QDate date = today();
    auto *watcher = new QFutureWatcher<DriftResult>(this);
    m_driftWork = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, snapshot, baseline, newSnapshot] {
        watcher->deleteLater();
        m_driftWork.clear();
        m_snapshot = snapshot;
        m_baseline = baseline;
        m_drift = watcher->result();
        if (newSnapshot)
            Q_EMIT snapshotChanged();
        else
            Q_EMIT driftChanged();
    });
    watcher->setFuture(QtConcurrent::run(
        [snapshot, baseline, date] { return DriftEngine::compute(*snapshot, baseline, snapshot->policy, date); }));
}

} // namespace DriftDeck
