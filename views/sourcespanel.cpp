#include "sourcespanel.h"

#include "cellstyle.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>

namespace DriftDeck {

namespace {

enum Role { EnvironmentRole = Qt::UserRole + 1, SourceIdRole, HealthRole };

QString sourceTitle(const SourceStatus &status)
{
    return status.label.isEmpty() ? status.id : status.label;
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

SourcesPanel::Health SourcesPanel::health(const SourceStatus &status)
{
    switch (status.state) {
    case SourceState::Pending:
        return Health::Waiting;
    case SourceState::Fetching:
        return Health::Fetching;
    case SourceState::Ok:
        return Health::Ok;
    case SourceState::Failed:
        return status.lastSuccess.isValid() ? Health::Stale : Health::Failed;
    case SourceState::Cancelled:
        return status.lastSuccess.isValid() ? Health::Stale : Health::Cancelled;
    }
    return Health::Waiting;
}

QString SourcesPanel::glyph(Health health)
{
    switch (health) {
    case Health::Waiting:
        return QStringLiteral("○");
    case Health::Fetching:
        return QStringLiteral("↻");
    case Health::Ok:
        return QStringLiteral("✔");
    case Health::Stale:
        return QStringLiteral("⚠");
    case Health::Failed:
        return QStringLiteral("✖");
    case Health::Cancelled:
        return QStringLiteral("⊘");
    }
    return {};
}

QString SourcesPanel::title(Health health)
{
    switch (health) {
    case Health::Waiting:
        return tr("Waiting");
    case Health::Fetching:
        return tr("Fetching");
    case Health::Ok:
        return tr("OK");
    case Health::Stale:
        return tr("Stale");
    case Health::Failed:
        return tr("Error");
    case Health::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString SourcesPanel::latencyText(qint64 milliseconds)
{
    if (milliseconds < 0)
        return QStringLiteral("—");
    if (milliseconds < 1000)
        return tr("%1 ms").arg(milliseconds);
    return tr("%1 s").arg(QLocale().toString(double(milliseconds) / 1000.0, 'f', 1));
}

SourcesPanel::SourcesPanel(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sourcesSummary"));
    m_summary->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("sourcesTable"));
    m_tree->setAccessibleName(tr("Sources"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->setHeaderLabels(
        {tr("Environment"), tr("Source"), tr("Status"), tr("Latency"), tr("Last Success"), tr("Error")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->sortByColumn(-1, Qt::AscendingOrder); // keep the workspace's order until asked
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateDetail();
        updateActions();
    });

    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("sourceDetail"));
    m_detail->setAccessibleName(tr("Source details"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a source to see its full status and error."));

    m_retry = new QPushButton(tr("Retry Source"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Read the selected source again"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_tree->currentItem())
            Q_EMIT retryRequested(item->data(0, EnvironmentRole).toString(), item->data(0, SourceIdRole).toString());
    });
    m_cancel = new QPushButton(tr("Cancel Refresh"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, &SourcesPanel::cancelRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter);
    clear();
}

SourcesPanel::~SourcesPanel() = default;

void SourcesPanel::clear()
{
    m_tree->clear();
    m_statuses.clear();
    m_environmentTitles.clear();
    updateDetail();
    updateActions();
    updateSummary();
}

void SourcesPanel::loadSnapshot(const Snapshot &snapshot)
{
    clear();
    for (const EnvironmentCapture &capture : snapshot.environments) {
        m_environmentTitles.insert(capture.name, capture.displayName.isEmpty() ? capture.name : capture.displayName);
        for (const SourceStatus &status : capture.sources)
            fill(itemFor(capture.name, status), status);
    }
    m_tree->resizeColumnToContents(EnvironmentColumn);
    updateDetail();
    updateActions();
    updateSummary();
}

int SourcesPanel::rowCount() const
{
    return m_tree->topLevelItemCount();
}

int SourcesPanel::rowOf(const QString &environment, const QString &sourceId) const
{
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(row);
        if (item->data(0, EnvironmentRole).toString() == environment
            && item->data(0, SourceIdRole).toString() == sourceId)
            return row;
    }
    return -1;
}

SourcesPanel::Health SourcesPanel::rowHealth(int row) const
{
    return Health(m_tree->topLevelItem(row)->data(0, HealthRole).toInt());
}

void SourcesPanel::sourceStarted(const QString &environment, const SourceStatus &status)
{
    SourceStatus fetching = status;
    fetching.state = SourceState::Fetching;
    fill(itemFor(environment, fetching), fetching);
    updateDetail();
    updateActions();
    updateSummary();
}

void SourcesPanel::sourceFinished(const QString &environment, const SourceStatus &status)
{
    fill(itemFor(environment, status), status);
    updateDetail();
    updateActions();
    updateSummary();
}

void SourcesPanel::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    updateActions();
}

QTreeWidgetItem *SourcesPanel::itemFor(const QString &environment, const SourceStatus &status)
{
    const int row = rowOf(environment, status.id);
    if (row >= 0)
        return m_tree->topLevelItem(row);
    auto *item = new QTreeWidgetItem(m_tree);
    item->setData(0, EnvironmentRole, environment);
    item->setData(0, SourceIdRole, status.id);
    item->setText(EnvironmentColumn, m_environmentTitles.value(environment, environment));
    return item;
}

void SourcesPanel::fill(QTreeWidgetItem *item, const SourceStatus &status)
{
    m_statuses.insert(item, status);
    const Health h = health(status);
    item->setData(0, HealthRole, int(h));
    item->setText(SourceColumn, sourceTitle(status));
    item->setToolTip(SourceColumn, status.type.isEmpty() ? status.id : tr("%1 (%2)").arg(status.id, status.type));
    item->setText(StatusColumn, glyph(h) + u' ' + title(h));
    item->setText(LatencyColumn, latencyText(status.latencyMs));
    item->setTextAlignment(LatencyColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(LastSuccessColumn, status.lastSuccess.isValid() ? when(status.lastSuccess) : tr("never"));
    item->setToolTip(LastSuccessColumn, status.lastSuccess.toString(Qt::ISODate));
    // The table shows the first line; the tooltip and the detail area the whole text.
    item->setText(ErrorColumn, status.error.section(u'\n', 0, 0));
    item->setToolTip(ErrorColumn, status.error);
    item->setToolTip(StatusColumn, status.error.isEmpty() ? title(h) : status.error);
    const bool bad = h == Health::Failed || h == Health::Stale;
    // The matrix's severity colours (lightness from the palette), beside a glyph: never colour alone.
    const QBrush brush = bad
        ? QBrush(CellColours::severity(h == Health::Failed ? Severity::Critical : Severity::Warning, palette()))
        : QBrush();
    item->setForeground(StatusColumn, brush);
}

void SourcesPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The status colours follow the palette's lightness.
    if (event->type() == QEvent::PaletteChange) {
        const QHash<QTreeWidgetItem *, SourceStatus> statuses = m_statuses;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            fill(it.key(), it.value());
    }
}

void SourcesPanel::updateDetail()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const auto found = m_statuses.constFind(item);
    if (!item || found == m_statuses.constEnd()) {
        m_detail->clear();
        return;
    }
    const SourceStatus &status = *found;
    const Health h = health(status);
    QStringList lines;
    lines << tr("%1 — %2").arg(item->text(EnvironmentColumn), sourceTitle(status));
    lines << tr("Status: %1 %2").arg(glyph(h), title(h));
    if (!status.type.isEmpty())
        lines << tr("Type: %1").arg(status.type);
    if (status.fetchedAt.isValid())
        lines << tr("Read: %1").arg(when(status.fetchedAt));
    lines << tr("Last success: %1").arg(status.lastSuccess.isValid() ? when(status.lastSuccess) : tr("never"));
    lines << tr("Latency: %1").arg(latencyText(status.latencyMs));
    if (h == Health::Stale)
        lines << tr("Its keys show the last values read, marked stale.");
    if (!status.error.isEmpty())
        lines << QString() << tr("Error:") << status.error;
    if (!status.warnings.isEmpty())
        lines << QString() << tr("Warnings:") << status.warnings;
    m_detail->setPlainText(lines.join(u'\n'));
}

void SourcesPanel::updateActions()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    bool fetching = false;
    for (int row = 0; row < m_tree->topLevelItemCount() && !fetching; ++row)
        fetching = rowHealth(row) == Health::Fetching;
    m_retry->setEnabled(item && Health(item->data(0, HealthRole).toInt()) != Health::Fetching);
    m_cancel->setEnabled(m_refreshing || fetching);
}

void SourcesPanel::updateSummary()
{
    QHash<int, int> counts;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row)
        ++counts[int(rowHealth(row))];
    if (m_tree->topLevelItemCount() == 0) {
        m_summary->setText(tr("No sources"));
        return;
    }
    QStringList parts;
    parts << tr("%n source(s)", nullptr, m_tree->topLevelItemCount());
    for (const Health h :
         {Health::Ok, Health::Fetching, Health::Waiting, Health::Stale, Health::Failed, Health::Cancelled}) {
        if (const int n = counts.value(int(h)))
            parts << QStringLiteral("%1 %2 %3").arg(glyph(h)).arg(n).arg(title(h).toLower());
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace DriftDeck
