#include "historyview.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace DriftDeck {

namespace {

enum Page { EmptyPage, ReadingPage, ChartPage };

QLabel *centredLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_header = new QWidget(this);
    auto *top = new QHBoxLayout(m_header);
    top->setContentsMargins({});
    auto *label = new QLabel(tr("Drift in:"), m_header);
    m_environments = new QComboBox(m_header);
    m_environments->setObjectName(QStringLiteral("historyEnvironment"));
    m_environments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_environments);
    top->addWidget(label);
    top->addWidget(m_environments);
    m_against = new QLabel(m_header);
    m_against->setObjectName(QStringLiteral("historyBaseline"));
    top->addWidget(m_against);
    top->addStretch();
    layout->addWidget(m_header);

    m_pages = new QStackedWidget(this);
    m_emptyText = centredLabel(QString(), m_pages);
    m_emptyText->setObjectName(QStringLiteral("historyEmpty"));
    m_emptyText->setTextFormat(Qt::RichText);
    connect(m_emptyText, &QLabel::linkActivated, this, &HistoryView::settingsRequested);
    m_pages->addWidget(m_emptyText);

    auto *reading = new QWidget(m_pages);
    auto *readingLayout = new QVBoxLayout(reading);
    m_progressText = centredLabel(QString(), reading);
    m_progress = new QProgressBar(reading);
    m_progress->setObjectName(QStringLiteral("historyProgress"));
    m_progress->setMaximumWidth(m_progress->fontMetrics().averageCharWidth() * 50);
    auto *cancel = new QPushButton(tr("Cancel"), reading);
    cancel->setObjectName(QStringLiteral("historyCancel"));
    connect(cancel, &QPushButton::clicked, this, &HistoryView::cancelReading);
    readingLayout->addStretch();
    readingLayout->addWidget(m_progressText);
    readingLayout->addWidget(m_progress, 0, Qt::AlignHCenter);
    readingLayout->addWidget(cancel, 0, Qt::AlignHCenter);
    readingLayout->addStretch();
    m_pages->addWidget(reading);

    m_chartView = new QChartView(new QChart, m_pages);
    m_chartView->setObjectName(QStringLiteral("historyChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_pages->addWidget(m_chartView);
    layout->addWidget(m_pages, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("historyNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);

    connect(m_environments, &QComboBox::currentIndexChanged, this, &HistoryView::redraw);
    QEvent paletteChange(QEvent::PaletteChange);
    changeEvent(&paletteChange);
    applyPoints({}, 0);
}

HistoryView::~HistoryView()
{
    cancelReading();
}

QChart *HistoryView::chart() const
{
    return m_chartView->chart();
}

void HistoryView::setHistory(const QList<HistoryEntry> &entries, const QString &baseline, const Policy &policy)
{
    m_baseline = baseline;
    m_policy = policy;
    read(entries, false);
}

void HistoryView::updateHistory(const QList<HistoryEntry> &entries)
{
    read(entries, true);
}

void HistoryView::setPoints(const QList<HistoryPoint> &points, const QString &baseline)
{
    dropReading();
    m_baseline = baseline;
    applyPoints(points, 0);
}

void HistoryView::cancelReading()
{
    // The worker stops at the next snapshot and its result still arrives, partial.
    if (m_cancel)
        m_cancel->store(true);
}

void HistoryView::dropReading()
{
    supersede(m_reading, this, m_cancel);
}

void HistoryView::read(const QList<HistoryEntry> &entries, bool reuse)
{
    dropReading();
    QHash<QString, HistoryPoint> known;
    if (reuse) {
        for (const HistoryPoint &point : std::as_const(m_points))
            known.insert(point.path, point);
    }
    QList<HistoryEntry> missing;
    for (const HistoryEntry &entry : entries) {
        if (!known.contains(entry.path))
            missing.append(entry);
    }
    const auto merge = [entries](const QHash<QString, HistoryPoint> &byPath) {
        QList<HistoryPoint> merged;
        for (const HistoryEntry &entry : entries) {
            if (const auto it = byPath.constFind(entry.path); it != byPath.cend())
                merged.append(*it);
        }
        return merged;
    };
    if (missing.isEmpty()) {
        applyPoints(merge(known), 0);
        return;
    }

    m_cancel = makeCancelFlag();
    auto *watcher = new QFutureWatcher<QList<HistoryPoint>>(this);
    m_reading = watcher;
    const int total = int(missing.size());
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, total](int done) { showProgress(done, total); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, known, merge, total] {
        watcher->deleteLater();
        m_reading = nullptr;
        m_cancel.reset();
        QHash<QString, HistoryPoint> all = known;
        const QList<HistoryPoint> computed = watcher->result();
        for (const HistoryPoint &point : computed)
            all.insert(point.path, point);
        applyPoints(merge(all), total - int(computed.size()));
        Q_EMIT readingFinished();
    });
    watcher->setFuture(QtConcurrent::run(
        [missing, baseline = m_baseline, policy = m_policy, cancel = m_cancel](QPromise<QList<HistoryPoint>> &promise) {
            promise.setProgressRange(0, int(missing.size()));
            promise.addResult(HistorySummary::compute(missing, baseline, policy, [&promise, cancel](int done, int) {
                promise.setProgressValue(done);
                return !cancel->load();
            }));
        }));
    showProgress(0, total);
}

void HistoryView::showProgress(int done, int total)
{
    m_progressText->setText(tr("Reading saved snapshot %1 of %2…").arg(std::min(done + 1, total)).arg(total));
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_pages->setCurrentIndex(ReadingPage);
    m_note->hide();
}

void HistoryView::applyPoints(const QList<HistoryPoint> &points, int skipped)
{
    m_points = points;
    m_skipped = skipped;
    // Every environment any snapshot had, in the order they first appear; keep the choice.
    const QString chosen = environment();
    QStringList names;
    for (const HistoryPoint &point : points) {
        for (const EnvironmentDriftCounts &env : point.environments) {
            if (!names.contains(env.environment))
                names.append(env.environment);
        }
    }
    const QSignalBlocker blocker(m_environments);
    m_environments->clear();
    m_environments->addItem(tr("All environments"), QString());
    for (const QString &name : std::as_const(names))
        m_environments->addItem(name, name);
    m_environments->setCurrentIndex(std::max(0, m_environments->findData(chosen)));
    m_environments->setEnabled(names.size() > 1);
    redraw();
}

QString HistoryView::environment() const
{
    return m_environments->currentData().toString();
}

void HistoryView::setEnvironment(const QString &environment)
{
    m_environments->setCurrentIndex(std::max(0, m_environments->findData(environment)));
}

void HistoryView::redraw()
{
    if (m_reading)
        return;
    const QString env = environment();
    m_data = HistoryChartData::build(m_points, env);
    QStringList notes;
    if (m_skipped > 0)
        notes.append(tr("Reading was cancelled; snapshots left out: %1.").arg(m_skipped));
    if (m_data.unreadable > 0)
        notes.append(tr("Snapshots that could not be read or lack the baseline: %1.").arg(m_data.unreadable));
    m_note->setText(notes.join(u' '));
    m_note->setVisible(!notes.isEmpty());
    const bool empty = m_points.isEmpty() && m_skipped == 0;
    m_header->setVisible(!empty);
    if (empty) {
        m_pages->setCurrentIndex(EmptyPage);
        return;
    }
    m_against->setText(m_baseline.isEmpty() ? tr("compared with each snapshot's baseline")
                                            : tr("compared with %1").arg(m_baseline));
    // The environment box above says whether these are summed; a longer title would not fit a dock.
    fillHistoryChart(chart(), m_data, palette(), tr("Drifting keys"));
    connectSeries();
    m_pages->setCurrentIndex(ChartPage);
}

void HistoryView::connectSeries()
{
    for (const auto seriesList = chart()->series(); QAbstractSeries * series : seriesList) {
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            connect(area, &QAreaSeries::clicked, this, &HistoryView::openNearest);
            connect(area, &QAreaSeries::hovered, this, &HistoryView::showTip);
        } else if (auto *markers = qobject_cast<QScatterSeries *>(series)) {
            connect(markers, &QScatterSeries::clicked, this, &HistoryView::openNearest);
            connect(markers, &QScatterSeries::hovered, this, &HistoryView::showTip);
        }
    }
}

void HistoryView::openNearest(const QPointF &value)
{
    const int column = m_data.nearest(qint64(value.x()));
    if (column >= 0)
        Q_EMIT snapshotRequested(m_data.paths[column]);
}

void HistoryView::showTip(const QPointF &value, bool entering)
{
    const int column = m_data.nearest(qint64(value.x()));
    if (!entering || column < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), m_data.describe(column) + u'\n' + tr("Click to open this snapshot"),
                       m_chartView);
}

void HistoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // A label's rich text keeps the link colour it was laid out with: set it again.
    m_emptyText->setText(tr("No saved snapshots yet — each refresh is kept automatically; see "
                            "<a href=\"settings\" style=\"color: %1\">Settings</a>.")
                             .arg(palette().color(QPalette::Link).name()));
    if (!m_points.isEmpty())
        redraw();
}

} // namespace DriftDeck
