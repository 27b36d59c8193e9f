#include "metricrangefetch.h"

#include "sourcecontext.h"
#include "sources/metrics/prometheusrangesource.h"
#include "sources/metrics/prometheussource.h"
#include "workspace/credentials.h"
#include "workspace/sourcetimeout.h"

#include <QEventLoop>

#include <algorithm>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

constexpr int WatchdogGraceMs = 5000;

bool chartsQueries(const SourceSpec &spec)
{
    return spec.type == PrometheusSource::TypeName;
}

} // namespace

struct MetricRangeFetch::Job {
    int environment = -1;
    int spec = -1;
    QStringList names; // what this environment's source was asked for, for its errors
    std::unique_ptr<Source> source;
    QList<MetricRangeRead> ranges;
    QString errorString;
    bool finished = false;
};

MetricRangeFetch::MetricRangeFetch(Workspace workspace, MetricWindow window, const QDateTime &end, QStringList names,
                                   CancelFlagPtr cancelled, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_span(metricWindowSpan(window, end))
    , m_window(window)
    , m_names(std::move(names))
    , m_cancelled(cancelled ? std::move(cancelled) : makeCancelFlag())
{
    for (int env = 0; env < m_workspace.environments.size(); ++env) {
        const QString &name = m_workspace.environments[env].name;
        for (int spec = 0; spec < m_workspace.sources.size(); ++spec) {
            const SourceSpec &source = m_workspace.sources[spec];
            if (!chartsQueries(source) || !source.appliesTo(name))
                continue;
            QStringList queries = source.optionsFor(name).value(u"queries"_s).toMap().keys();
            if (!m_names.isEmpty())
                queries.removeIf([this](const QString &query) { return !m_names.contains(query); });
            if (queries.isEmpty())
                continue;
            auto job = std::make_unique<Job>();
            job->environment = env;
            job->spec = spec;
            job->names = queries;
            m_jobs.push_back(std::move(job));
        }
    }
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        const QString why = tr("No answer within %1 s").arg(m_watchdog.interval() / 1000);
        for (auto &job : m_jobs) {
            if (!job->finished)
                complete(*job, why);
        }
    });
}

MetricRangeFetch::~MetricRangeFetch()
{
    m_cancelled->store(true);
}

QStringList MetricRangeFetch::queryNames(const Workspace &workspace)
{
    QStringList names;
    for (const SourceSpec &source : workspace.sources) {
        if (!chartsQueries(source))
            continue;
        for (const EnvironmentSpec &env : workspace.environments) {
            if (source.appliesTo(env.name))
                names += source.optionsFor(env.name).value(u"queries"_s).toMap().keys();
        }
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

void MetricRangeFetch::start()
{
    // Always asynchronous, even when every environment fails at once (no credential store, bad
    // options): callers connect, or enter their event loop, after start().
    QMetaObject::invokeMethod(this, &MetricRangeFetch::startJobs, Qt::QueuedConnection);
}

void MetricRangeFetch::startJobs()
{
    if (m_cancelled->load())
        return;
    if (m_jobs.empty())
        return assemble();
    int longest = 0;
    for (auto &job : m_jobs) {
        const SourceSpec &spec = m_workspace.sources[job->spec];
        longest = std::max(longest,
                           SourceTimeout::fromOptions(spec.optionsFor(m_workspace.environments[job->environment])));
    }
    m_watchdog.start(longest + WatchdogGraceMs);
    // Indexes, not references: a job may complete (and the fetch finish) inside this loop.
    for (size_t i = 0; i < m_jobs.size() && !m_finished; ++i) {
        Job &job = *m_jobs[i];
        const SourceSpec &spec = m_workspace.sources[job.spec];
        const CredentialRef ref = spec.credentialsFor(m_workspace.environments[job.environment]);
        if (ref.kind == CredentialRef::Kind::None) {
            launch(job, {});
        } else if (!m_credentials) {
            complete(job, tr("No credential store is available for \"%1\"").arg(ref.name));
        } else {
            m_credentials->request(ref, this, [this, &job](const CredentialAnswer &answer) {
                if (job.finished)
                    return;
                if (answer.secret)
                    launch(job, *answer.secret);
                else
                    complete(job, answer.errorString);
            });
        }
    }
}

void MetricRangeFetch::launch(Job &job, const QString &credential)
{
    const SourceSpec &spec = m_workspace.sources[job.spec];
    const SourceContext context
        = sourceContextFor(m_workspace, spec, m_workspace.environments[job.environment], credential);
    auto source = std::make_unique<PrometheusRangeSource>(context, m_span, job.names, m_cancelled);
    connect(source.get(), &PrometheusRangeSource::rangesRead, this,
            [&job](const QList<MetricRangeRead> &ranges) { job.ranges = ranges; });
    connect(source.get(), &Source::valuesAvailable, this, [this, &job] { complete(job, {}); });
    connect(source.get(), &Source::failed, this, [this, &job](const QString &error) { complete(job, error); });
    job.source = std::move(source);
    job.source->start();
}

void MetricRangeFetch::complete(Job &job, const QString &errorString)
{
    if (job.finished)
        return;
    job.finished = true;
    job.errorString = errorString;
    if (job.source) {
        job.source->cancel();
        // We may be inside the source's own signal: let it return before it is deleted.
        job.source->disconnect(this);
        job.source.release()->deleteLater();
    }
    if (++m_done == int(m_jobs.size()))
        assemble();
}

void MetricRangeFetch::assemble()
{
    if (m_finished || m_cancelled->load())
        return;
    m_finished = true;
    m_watchdog.stop();
    QStringList names;
    for (const auto &job : m_jobs)
        names += job->names;
    names.sort();
    names.removeDuplicates();

    QList<MetricChart> charts;
    for (const QString &name : std::as_const(names)) {
        MetricChart chart;
        chart.name = name;
        chart.window = m_window;
        chart.span = m_span;
        // Environments in the workspace's order; the first source of an environment that runs
        // the query gives its line.
        for (int env = 0; env < m_workspace.environments.size(); ++env) {
            for (const auto &job : m_jobs) {
                if (job->environment != env || !job->names.contains(name))
                    continue;
                const EnvironmentSpec &spec = m_workspace.environments[env];
                MetricSeries line;
                line.environment = spec.name;
                line.displayName = spec.displayName;
                line.colour = spec.colour;
                line.errorString = job->errorString;
                const auto read = std::find_if(job->ranges.cbegin(), job->ranges.cend(),
                                               [&name](const MetricRangeRead &range) { return range.name == name; });
                if (read != job->ranges.cend()) {
                    line.points = read->points;
                    line.thresholds = read->thresholds;
                    if (line.errorString.isEmpty())
                        line.errorString = read->errorString;
                    if (chart.promql.isEmpty())
                        chart.promql = read->promql;
                } else if (line.errorString.isEmpty()) {
                    line.errorString = tr("no answer for this query");
                }
                chart.series.append(line);
                break;
            }
        }
        charts.append(chart);
    }
    Q_EMIT finished(charts);
}

QList<MetricChart> MetricRangeFetch::runBlocking(const Workspace &workspace, MetricWindow window, const QDateTime &end,
                                                 CredentialProvider *credentials, const QStringList &names)
{
    MetricRangeFetch fetch(workspace, window, end, names);
    fetch.setCredentialProvider(credentials);
    QList<MetricChart> result;
    QEventLoop loop;
    connect(&fetch, &MetricRangeFetch::finished, &loop, [&](const QList<MetricChart> &charts) {
        result = charts;
        loop.quit();
    });
    fetch.start();
    loop.exec();
    return result;
}

} // namespace DriftDeck
