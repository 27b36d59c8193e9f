#include "metricchartview.h"

#include "cellstyle.h"
#include "metricchartfill.h"
#include "pipeline/metricrangefetch.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

QLabel *plainLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MetricChartView::MetricChartView(QWidget *parent)
    : QWidget(parent)
{
    m_title = plainLabel(u"metricTitle"_s, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status = plainLabel(u"metricStatus"_s, this);
    auto *windowLabel = new QLabel(tr("&Window:"), this);
    m_windowCombo = new QComboBox(this);
    m_windowCombo->setObjectName(u"metricWindow"_s);
    m_windowCombo->addItem(tr("1 hour"), int(MetricWindow::OneHour));
    m_windowCombo->addItem(tr("6 hours"), int(MetricWindow::SixHours));
    m_windowCombo->addItem(tr("24 hours"), int(MetricWindow::OneDay));
    m_windowCombo->addItem(tr("7 days"), int(MetricWindow::SevenDays));
    windowLabel->setBuddy(m_windowCombo);
    connect(m_windowCombo, &QComboBox::activated, this,
            [this](int index) { setWindow(MetricWindow(m_windowCombo->itemData(index).toInt())); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_status);
    bar->addWidget(windowLabel);
    bar->addWidget(m_windowCombo);

    m_qchart = new QChart;
    m_chartView = new QChartView(m_qchart, this);
    m_chartView->setObjectName(u"metricChart"_s);
    m_chartView->setAccessibleName(tr("Metric over time"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    // Errors sit right under the plot, in the chart's own frame: a failing environment is part of
    // what the chart says, not a dialog to dismiss.
    m_errors = plainLabel(u"metricErrors"_s, this);
    m_errors->hide();
    m_caption = plainLabel(u"metricCaption"_s, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_errors);
    layout->addWidget(m_caption);
    redraw();
}

MetricChartView::~MetricChartView()
{
    dropFetch();
}

void MetricChartView::setWorkspace(const std::optional<Workspace> &workspace, CredentialProvider *credentials)
{
    dropFetch();
    m_workspace = workspace;
    m_credentials = credentials;
    m_names = workspace ? MetricRangeFetch::queryNames(*workspace) : QStringList();
}

bool MetricChartView::canChart(const QString &name) const
{
    return m_names.contains(name);
}

void MetricChartView::showMetric(const QString &name)
{
    m_name = name;
    fetch();
}

void MetricChartView::setWindow(MetricWindow window)
{
    m_window = window;
    m_windowCombo->setCurrentIndex(m_windowCombo->findData(int(window)));
    if (!m_name.isEmpty())
        fetch();
}

void MetricChartView::setChart(const MetricChart &chart)
{
    dropFetch();
    m_chart = chart;
    m_name = chart.name;
    m_window = chart.window;
    m_windowCombo->setCurrentIndex(m_windowCombo->findData(int(chart.window)));
    redraw();
    Q_EMIT chartChanged();
}

QString MetricChartView::errorText() const
{
    return m_errors->isHidden() ? QString() : m_errors->text();
}

void MetricChartView::dropFetch()
{
    if (!m_fetch)
        return;
    // The idiom of background/cancelflag.h: say nobody wants it, stop listening, never wait.
    m_cancelled->store(true);
    m_fetch->disconnect(this);
    m_fetch->deleteLater();
    m_fetch = nullptr;
}

void MetricChartView::fetch()
{
    dropFetch();
    if (!m_workspace || !canChart(m_name)) {
        m_chart = MetricChart{};
        m_chart.name = m_name;
        m_chart.window = m_window;
        redraw();
        m_status->setText(m_workspace ? tr("not a named Prometheus query") : tr("no workspace: nothing to read"));
        return;
    }
    m_cancelled = makeCancelFlag();
    const QDateTime end = m_end.isValid() ? m_end : QDateTime::currentDateTimeUtc();
    m_fetch = new MetricRangeFetch(*m_workspace, m_window, end, {m_name}, m_cancelled);
    m_fetch->setCredentialProvider(m_credentials);
    connect(m_fetch, &MetricRangeFetch::finished, this, [this](const QList<MetricChart> &charts) {
        MetricChart chart = charts.isEmpty() ? MetricChart{} : charts.constFirst();
        chart.name = m_name;
        m_fetch->deleteLater();
        m_fetch = nullptr;
        m_chart = std::move(chart);
        redraw();
        Q_EMIT chartChanged();
    });
    m_status->setText(tr("Reading…"));
    m_fetch->start();
}

void MetricChartView::redraw()
{
    m_title->setText(m_name.isEmpty() ? tr("No metric selected") : u"metric/"_s + m_name);
    m_status->setText(m_chart.hasPoints() || m_name.isEmpty() ? QString() : tr("no data"));
    fillMetricChart(m_qchart, m_chart, palette());

    QStringList errors;
    for (const MetricSeries &line : std::as_const(m_chart.series)) {
        if (!line.errorString.isEmpty())
            errors.append(tr("%1: %2").arg(line.title(), metricErrorText(line.errorString)));
    }
    m_errors->setText(errors.join(u'\n'));
    m_errors->setVisible(!errors.isEmpty());
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, CellColours::severity(Severity::Critical, palette()));
    m_errors->setPalette(errorPalette);

    bool limits = false;
    for (const MetricSeries &line : std::as_const(m_chart.series))
        limits = limits || !line.thresholds.isEmpty();
    m_caption->setText(
        m_chart.promql.isEmpty() ? QString()
            : limits
            ? tr("%1 · dashed: warning limit, dotted: critical limit, in each environment's colour").arg(m_chart.promql)
            : m_chart.promql);

    // Tooltips: the nearest sample of a line, or what a limit line stands for.
    const MetricUnit unit = metricUnitOf(m_chart.promql);
    for (const auto seriesList = m_qchart->series(); QAbstractSeries * abstract : seriesList) {
        auto *series = qobject_cast<QLineSeries *>(abstract);
        const QString name = series ? series->objectName() : QString();
        const qsizetype colon = name.indexOf(u':');
        if (colon < 0)
            continue;
        const QString kind = name.left(colon);
        const QString environment = name.mid(colon + 1);
        for (const MetricSeries &line : std::as_const(m_chart.series)) {
            if (line.environment != environment)
                continue;
            connect(series, &QLineSeries::hovered, this, [line, kind, unit](const QPointF &point, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(),
                                   kind == u"line" ? metricPointText(line, point.x(), unit)
                                                   : metricLimitText(line, kind == u"critical", unit));
            });
        }
    }
}

void MetricChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        redraw();
}

} // namespace DriftDeck
