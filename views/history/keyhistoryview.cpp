#include "keyhistoryview.h"

#include "cellstyle.h"
#include "historychart.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace DriftDeck {

namespace {

constexpr int PathRole = Qt::UserRole;
constexpr int MaximumValueLength = 200; // longer values are cut here; the tooltip has them whole

} // namespace

KeyHistoryView::KeyHistoryView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("keyHistoryTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("keyHistoryStatus"));
    m_status->setWordWrap(true);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("keyHistoryTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({tr("Time"), tr("Environment"), tr("Value"), tr("Change")});
    m_table->header()->setStretchLastSection(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    connect(m_table, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT snapshotRequested(item->data(TimeColumn, PathRole).toString()); });
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    fill();
}

KeyHistoryView::~KeyHistoryView()
{
    cancelReading();
}

void KeyHistoryView::cancelReading()
{
    if (m_cancel)
        m_cancel->store(true);
}

void KeyHistoryView::dropReading()
{
    supersede(m_reading, this, m_cancel);
}

void KeyHistoryView::showKey(const QString &key, const QList<HistoryEntry> &entries)
{
    dropReading();
    m_result = KeyHistoryResult();
    m_result.key = key;
    m_cancel = makeCancelFlag();
    auto *watcher = new QFutureWatcher<KeyHistoryResult>(this);
    m_reading = watcher;
    const int total = int(entries.size());
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, total](int done) {
        m_status->setText(tr("Reading saved snapshot %1 of %2…").arg(std::min(done + 1, total)).arg(total));
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_reading = nullptr;
        m_cancel.reset();
        m_result = watcher->result();
        fill();
        Q_EMIT readingFinished();
    });
    watcher->setFuture(QtConcurrent::run([key, entries, cancel = m_cancel](QPromise<KeyHistoryResult> &promise) {
        promise.setProgressRange(0, int(entries.size()));
        promise.addResult(KeyHistory::compute(key, entries, [&promise, cancel](int done, int) {
            promise.setProgressValue(done);
            return !cancel->load();
        }));
    }));
    fill();
}

void KeyHistoryView::setResult(const KeyHistoryResult &result)
{
    dropReading();
    m_result = result;
    fill();
}

QString KeyHistoryView::valueText(const KeyHistoryPoint &point)
{
    if (point.change == KeyHistoryPoint::Change::Removed)
        return tr("—");
    if (point.secret)
        return tr("secret (not shown)");
    return point.display.left(MaximumValueLength);
}

QString KeyHistoryView::changeText(const KeyHistoryPoint &point)
{
    using Change = KeyHistoryPoint::Change;
    const bool showBefore = !point.previousDisplay.isEmpty() && point.previousDisplay.size() <= MaximumValueLength;
    switch (point.change) {
    case Change::Changed:
        return showBefore ? tr("changed from %1").arg(point.previousDisplay) : tr("changed");
    case Change::Removed:
        return showBefore ? tr("removed (was %1)").arg(point.previousDisplay) : tr("removed");
    case Change::NotComparable:
        return tr("cannot compare (secrets fingerprinted with another salt)");
    case Change::FirstSeen:
    case Change::Added:
        break;
    }
    return KeyHistory::changeTitle(point.change);
}

void KeyHistoryView::fill()
{
    m_title->setText(m_result.key.isEmpty() ? tr("No key chosen") : tr("History of %1").arg(m_result.key));
    m_table->clear();
    QList<QTreeWidgetItem *> items;
    const QColor muted = CellColours::muted(palette());
    // Newest first: "what changed lately" is the question this view answers.
    for (qsizetype i = m_result.points.size() - 1; i >= 0; --i) {
        const KeyHistoryPoint &point = m_result.points[i];
        auto *item = new QTreeWidgetItem;
        item->setText(TimeColumn, historyTimeText(point.takenAt));
        item->setData(TimeColumn, PathRole, point.path);
        item->setText(EnvironmentColumn, point.environment);
        item->setText(ValueColumn, valueText(point));
        item->setText(ChangeColumn, changeText(point));
        if (!point.secret && point.change != KeyHistoryPoint::Change::Removed)
            item->setToolTip(ValueColumn, point.display.left(4000));
        if (point.secret || point.change == KeyHistoryPoint::Change::Removed) {
            QFont italic = item->font(ValueColumn);
            italic.setItalic(true);
            item->setFont(ValueColumn, italic);
            item->setForeground(ValueColumn, muted);
        }
        items.append(item);
    }
    m_table->addTopLevelItems(items);
    for (int column = 0; column < ChangeColumn; ++column)
        m_table->resizeColumnToContents(column);

    QStringList status;
    if (m_reading) {
        status.append(tr("Reading saved snapshots…"));
    } else if (!m_result.key.isEmpty()) {
        if (m_result.snapshotsRead == 0 && m_result.errors.isEmpty())
            status.append(tr("No saved snapshots yet."));
        else if (m_result.errors.isEmpty())
            status.append(tr("Saved snapshots read: %1.").arg(m_result.snapshotsRead));
        else
            status.append(tr("Saved snapshots read: %1 (could not be read: %2).")
                              .arg(m_result.snapshotsRead)
                              .arg(m_result.errors.size()));
        if (m_result.points.isEmpty() && m_result.snapshotsRead > 0)
            status.append(tr("None of them has this key."));
        else if (!m_result.points.isEmpty())
            status.append(tr("Only the changes are listed, newest first."));
        if (m_result.cancelled)
            status.append(tr("Reading was cancelled; newer changes may be missing."));
    }
    m_status->setText(status.join(u' '));
    m_status->setVisible(!status.isEmpty());
}

} // namespace DriftDeck
