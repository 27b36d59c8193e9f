#include "capture.h"

#include "logicalrows.h"
#include "snapshotassembler.h"
#include "sourcecontext.h"
#include "sourcediscovery.h"
#include "sources/filesource.h"
#include "sources/sourcefactory.h"
#include "workspace/credentials.h"
#include "workspace/environmentdiscovery.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QSslConfiguration>
#include <QTimer>
#include <QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace DriftDeck {

namespace {
// A local file is never cut off by the network timeout: reading one takes as long as the disk and
// the parser need. The watchdog only catches a reading that never ends.
constexpr int LocalWatchdogMs = 10 * 60 * 1000;
} // namespace

struct Capture::Job {
    int environment = -1;
    int spec = -1;
    SourceStatus status;
    std::unique_ptr<Source> source;
    QTimer watchdog;
    QElapsedTimer clock;
    SourceResult result;
    bool finished = false;
};

Capture::Capture(const Workspace &workspace, SecretPolicy secrets, QObject *parent)
    : QObject(parent)
    , m_declared(workspace)
    // Discovery before capture: previews that exist now are ordinary environments from here on.
    , m_workspace(withDiscoveredEnvironments(workspace, &m_warnings))
    , m_secrets(std::move(secrets))
{
    buildJobs();
}

void Capture::buildJobs()
{
    m_jobs.clear();
    const SourceFactory &factory = SourceFactory::instance();
    for (int env = 0; env < m_workspace.environments.size(); ++env) {
        const QString &name = m_workspace.environments[env].name;
        for (int spec = 0; spec < m_workspace.sources.size(); ++spec) {
            const SourceSpec &source = m_workspace.sources[spec];
            if (!source.appliesTo(name))
                continue;
            auto job = std::make_unique<Job>();
            job->environment = env;
            job->spec = spec;
            job->status.id = source.id;
            job->status.type = source.type;
            job->status.label = source.label.isEmpty() ? source.id : source.label;
            if (const SourceType *type = factory.type(source.type))
                job->status.keyPrefixes = type->keyPrefixes;
            job->watchdog.setSingleShot(true);
            m_jobs.push_back(std::move(job));
        }
    }
}

Capture::~Capture()
{
    // Sources may still be reading; cancelling lets file sources stop between files.
    for (auto &job : m_jobs) {
        if (job->source)
            job->source->cancel();
    }
}

namespace {

// The first TLS configuration loads the TLS backend and the system's CA certificates, tens of
// milliseconds. Done once on a worker before the first sources are created (they copy it on
// the GUI thread), the window never stalls on it.
std::atomic_bool tlsReady{false};

} // namespace

bool Capture::usesNetwork(const Workspace &workspace)
{
    const SourceFactory &factory = SourceFactory::instance();
    return std::any_of(workspace.sources.cbegin(), workspace.sources.cend(), [&](const SourceSpec &source) {
        const SourceType *type = factory.type(source.type);
        return !type || !type->localFilesOnly;
    });
}

void Capture::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    if (SourceDiscovery::isNeeded(m_declared)) {
        m_discovery = new SourceDiscovery(m_declared, m_previous, m_credentials, m_watchdogGraceMs, this);
        connect(m_discovery, &SourceDiscovery::finished, this, &Capture::discovered);
        m_discovery->start();
        return;
    }
    startJobs();
}

void Capture::discovered(const ListedEnvironments &listed)
{
    m_discovery->deleteLater();
    m_discovery = nullptr;
    // No job has started yet: the jobs are made again for the complete list of environments.
    m_warnings.clear();
    m_workspace = withDiscoveredEnvironments(m_declared, &m_warnings, &listed);
    buildJobs();
    Q_EMIT progress(0, total());
    startJobs();
}

void Capture::startJobs()
{
    if (m_jobs.empty()) {
        // Nothing to read: still answer asynchronously, as callers connect after start().
        QMetaObject::invokeMethod(this, &Capture::assemble, Qt::QueuedConnection);
        return;
    }
    if (usesNetwork(m_workspace) && !tlsReady.load()) {
        auto *watcher = new QFutureWatcher<void>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            tlsReady = true;
            startNext();
        });
        watcher->setFuture(QtConcurrent::run([] { (void)QSslConfiguration::defaultConfiguration(); }));
        return;
    }
    startNext();
}

void Capture::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    if (m_discovery) {
        // What the declared environments would have read is cancelled below, like any other job.
        m_discovery->cancel();
        m_discovery->deleteLater();
        m_discovery = nullptr;
        if (m_jobs.empty())
            QMetaObject::invokeMethod(this, &Capture::assemble, Qt::QueuedConnection);
    }
    for (auto &job : m_jobs) {
        if (job->finished)
            continue;
        if (job->source)
            job->source->cancel();
        // Pending and running jobs end now; a cancelled capture still produces a snapshot of
        // what arrived, so the caller can decide what to do with it.
        SourceResult cancelled = SourceResult::failure(tr("Cancelled"));
        complete(*job, std::move(cancelled));
    }
}

void Capture::startNext()
{
    // Creating a source costs the GUI thread a little (parsing options, building requests):
    // start them a batch per event-loop pass, so a hundred sources never freeze the window.
    int startedNow = 0;
    while (!m_cancelled && m_running < m_maxConcurrent && m_nextJob < int(m_jobs.size())) {
        if (startedNow == StartBatch) {
            if (!m_startQueued) {
                m_startQueued = true;
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        m_startQueued = false;
                        startNext();
                    },
                    Qt::QueuedConnection);
            }
            return;
        }
        Job &job = *m_jobs[size_t(m_nextJob++)];
        if (job.finished)
            continue;
        ++startedNow;
        ++m_running;
        job.status.state = SourceState::Fetching;
        job.clock.start();
        Q_EMIT sourceStarted(m_workspace.environments[job.environment].name, job.status);

        const SourceSpec &spec = m_workspace.sources[job.spec];
        const CredentialRef ref = spec.credentialsFor(m_workspace.environments[job.environment]);
        if (ref.kind == CredentialRef::Kind::None) {
            launch(job, {});
            continue;
        }
        if (!m_credentials) {
            complete(job, SourceResult::failure(tr("No credential store is available for \"%1\"").arg(ref.name)));
            continue;
        }
        // Keychains can be slow (or prompt): the answer arrives later, dropped with this capture.
        m_credentials->request(ref, this, [this, &job](const CredentialAnswer &answer) {
            if (job.finished)
                return; // cancelled meanwhile
            if (answer.secret)
                launch(job, *answer.secret);
            else
                complete(job, SourceResult::failure(answer.errorString));
        });
    }
}

void Capture::launch(Job &job, const QString &credential)
{
    const SourceSpec &spec = m_workspace.sources[job.spec];
    const SourceContext context
        = sourceContextFor(m_workspace, spec, m_workspace.environments[job.environment], credential);

    job.source = SourceFactory::instance().create(context, spec.type);
    if (!job.source) {
        complete(job, SourceResult::failure(tr("Unknown source type \"%1\"").arg(spec.type)));
        return;
    }
    connect(job.source.get(), &Source::valuesAvailable, this,
            [this, &job](const SourceResult &result) { complete(job, result); });
    connect(job.source.get(), &Source::failed, this,
            [this, &job](const QString &error) { complete(job, SourceResult::failure(error)); });
    connect(&job.watchdog, &QTimer::timeout, this, [this, &job] {
        if (job.source)
            job.source->cancel();
        complete(job,
                 SourceResult::failure(
                     tr("No answer within %1 s").arg(QString::number(job.watchdog.interval() / 1000.0, 'g', 3))));
    });
    // Sources enforce their own per-request timeouts; the watchdog only guarantees that a source
    // which never reports back cannot stall the whole refresh.
    const bool local = qobject_cast<FileSource *>(job.source.get()) != nullptr;
    job.watchdog.start((local ? std::max(LocalWatchdogMs, context.timeoutMs) : context.timeoutMs) + m_watchdogGraceMs);
    job.source->start();
}

void Capture::complete(Job &job, SourceResult result)
{
    if (job.finished)
        return;
    job.finished = true;
    job.watchdog.stop();
    const bool wasRunning = job.status.state == SourceState::Fetching;
    if (wasRunning)
        --m_running;
    ++m_done;
    job.status.latencyMs = job.clock.isValid() ? job.clock.elapsed() : -1;
    job.status.fetchedAt = QDateTime::currentDateTimeUtc();
    job.status.warnings = result.warnings;
    if (result.ok()) {
        job.status.state = SourceState::Ok;
        job.status.lastSuccess = job.status.fetchedAt;
        job.result = std::move(result);
    } else {
        job.status.state = m_cancelled ? SourceState::Cancelled : SourceState::Failed;
        job.status.error = result.errorString;
    }
    if (job.source) {
        // We may be inside the source's own signal: let it return before it is deleted.
        job.source->disconnect(this);
        job.source.release()->deleteLater();
    }
    Q_EMIT sourceFinished(m_workspace.environments[job.environment].name, job.status);
    Q_EMIT progress(m_done, total());
    if (m_done == total())
        assemble();
    else
        startNext();
}

void Capture::assemble()
{
    if (m_finished)
        return;
    std::vector<SourceOutcome> outcomes;
    outcomes.reserve(m_jobs.size());
    for (auto &job : m_jobs)
        outcomes.push_back({job->environment, job->status, std::move(job->result)});

    auto *watcher = new QFutureWatcher<SnapshotPtr>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_finished = true;
        const SnapshotPtr snapshot = watcher->result();
        watcher->deleteLater();
        Q_EMIT finished(snapshot);
    });
    watcher->setFuture(
        QtConcurrent::run([workspace = m_workspace, secrets = m_secrets, previous = m_previous,
                           outcomes = std::move(outcomes), warnings = m_warnings,
                           takenAt = m_startedAt.isValid() ? m_startedAt : QDateTime::currentDateTimeUtc()]() mutable {
            Snapshot snapshot = assembleSnapshot(workspace, secrets, previous.get(), std::move(outcomes), takenAt);
            snapshot.warnings = warnings;
            return SnapshotPtr(
                std::make_shared<const Snapshot>(applyLogicalRows(std::move(snapshot), workspace.rows, &secrets)));
        }));
}

SnapshotPtr Capture::runBlocking(const Workspace &workspace, const SecretPolicy &secrets,
                                 CredentialProvider *credentials)
{
    Capture capture(workspace, secrets);
    capture.setCredentialProvider(credentials);
    SnapshotPtr result;
    QEventLoop loop;
    connect(&capture, &Capture::finished, &loop, [&](SnapshotPtr snapshot) {
        result = std::move(snapshot);
        loop.quit();
    });
    capture.start();
    loop.exec();
    return result;
}

} // namespace DriftDeck
