#include "matrixpane.h"

#include "driftwatch.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "keydrilldown.h"
#include "matrixdelegate.h"
#include "matrixheader.h"
#include "matrixview.h"
#include "metrics/metricchartview.h"
#include "pipeline/workspacesession.h"

#include <QCryptographicHash>
#include <QEvent>
#include <QLocale>
#include <QSettings>

namespace DriftDeck {

namespace {
// Column widths and order belong to a workspace: its environments decide the columns.
QString columnStateKey(const QString &path)
{
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("matrix/") + QString::fromLatin1(hash);
}
} // namespace

MatrixPane::MatrixPane(WorkspaceSession *session, DriftWatch *watch, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_session(session)
    , m_watch(watch)
    , m_model(new MatrixModel(this))
    , m_proxy(new MatrixFilterProxy(this))
    , m_view(new MatrixView)
    , m_drillDown(new KeyDrillDown)
{
    setObjectName(QStringLiteral("mainSplitter"));
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    addWidget(m_view);
    setChildrenCollapsible(false);
    m_drillDown->setObjectName(QStringLiteral("keyDrillDown"));
    m_drillDown->setAccessibleName(tr("Key details"));
    addWidget(m_drillDown);
    setStretchFactor(0, 3);
    setStretchFactor(1, 1);

    connect(m_session, &WorkspaceSession::opened, this, &MatrixPane::onOpened);
    connect(m_session, &WorkspaceSession::snapshotChanged, this, &MatrixPane::onSnapshotChanged);
    connect(m_session, &WorkspaceSession::driftChanged, this, &MatrixPane::onDriftChanged);
    connect(m_session, &WorkspaceSession::opened, m_drillDown, [this] {
        m_drillDown->metricChart()->setWorkspace(m_session->workspace(), m_session->credentialProvider());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MatrixPane::showCurrentKey);
    connect(m_proxy, &MatrixFilterProxy::filterChanged, this, &MatrixPane::updateSummary);
    connect(m_view, &MatrixView::baselineRequested, this, [this](int column) {
        const QString name = m_proxy->headerData(column, Qt::Horizontal, MatrixModel::EnvironmentRole).toString();
        if (m_model->snapshot())
            Q_EMIT baselineRequested(m_model->snapshot()->environmentIndex(name));
    });
}

void MatrixPane::onOpened()
{
    m_columnStateRestored = false;
    m_watch->reset();
    m_model->setSnapshot(nullptr, {});
    m_proxy->setVisibleEnvironments({});
    m_view->matrixDelegate()->setNewDrift({});
    updateSummary();
    Q_EMIT shown();
}

void MatrixPane::onSnapshotChanged()
{
    const SnapshotPtr snapshot = m_session->snapshot();
    // Keep the user's place across refreshes: the current key and column, and the widths.
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const QString currentKey = current.data(MatrixModel::KeyRole).toString();
    const int currentColumn = current.column();
    const QByteArray headerState = m_view->header()->saveState();
    const int oldColumns = m_model->columnCount();

    const QSet<QString> newDrift = snapshot ? m_watch->compare(*snapshot, m_session->drift()) : QSet<QString>();
    m_view->matrixDelegate()->setNewDrift(newDrift);
    m_model->setSnapshot(snapshot, m_session->drift());

    if (!m_columnStateRestored) {
        restoreColumnState();
        m_columnStateRestored = true;
    } else if (oldColumns == m_model->columnCount()) {
        m_view->header()->restoreState(headerState);
    }
    m_view->syncKeyColumn();
    if (!currentKey.isEmpty()) {
        const QModelIndex again = m_proxy->mapFromSource(m_model->indexForKey(currentKey, currentColumn));
        if (again.isValid())
            m_view->setCurrentIndex(again);
    }
    showCurrentKey();
    updateSummary();
    Q_EMIT shown();
}

void MatrixPane::onDriftChanged()
{
    m_model->setDriftResult(m_session->drift());
    if (const SnapshotPtr snapshot = m_session->snapshot())
        m_watch->rebase(*snapshot, m_session->drift());
    m_view->matrixDelegate()->setNewDrift({});
    m_view->header()->viewport()->update();
    showCurrentKey();
    updateSummary();
    Q_EMIT shown();
}

void MatrixPane::showCurrentKey()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const QString key = current.data(MatrixModel::KeyRole).toString();
    const SnapshotPtr snapshot = m_session->snapshot();
    if (key.isEmpty() || !snapshot) {
        m_drillDown->clear();
        return;
    }
    const int environment = m_model->environmentForColumn(current.column());
    const bool baseline = environment == m_session->baseline();
    m_drillDown->showKey(snapshot, m_session->drift(), key, baseline ? -1 : environment);
}

void MatrixPane::selectKey(const QString &key, const QString &environment)
{
    const Snapshot *snapshot = m_model->snapshot();
    const int env = snapshot ? snapshot->environmentIndex(environment) : -1;
    const QModelIndex index
        = m_proxy->mapFromSource(m_model->indexForKey(key, env >= 0 ? m_model->columnForEnvironment(env) : 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void MatrixPane::restoreColumnState()
{
    m_view->applyDefaultColumnWidths();
    const QByteArray state = QSettings().value(columnStateKey(m_session->path())).toByteArray();
    if (!state.isEmpty())
        m_view->header()->restoreState(state);
}

void MatrixPane::saveColumnState()
{
    // "Compare only…" hides columns: those widths are not the workspace's.
    if (m_session->isOpen() && m_model->columnCount() > 1 && m_proxy->visibleEnvironments().isEmpty())
        QSettings().setValue(columnStateKey(m_session->path()), m_view->header()->saveState());
}

void MatrixPane::updateSummary()
{
    const Snapshot *snapshot = m_model->snapshot();
    if (!snapshot || !m_model->hasVerdicts()) {
        Q_EMIT summaryChanged(m_session->isOpen() ? tr("Reading sources…") : QString());
        return;
    }
    const QLocale locale;
    QString text = tr("Drift in %1 of %n key(s)", nullptr, snapshot->rowCount())
                       .arg(locale.toString(m_model->driftResult().driftRowCount()));
    const int newDrift = m_view->matrixDelegate()->newDrift().size();
    if (newDrift > 0)
        text += QStringLiteral(" · ") + tr("new since the last refresh: %1").arg(locale.toString(newDrift));
    if (snapshot->takenAt.isValid())
        text += QStringLiteral(" · ")
            + tr("read %1").arg(locale.toString(snapshot->takenAt.toLocalTime(), QLocale::ShortFormat));
    Q_EMIT summaryChanged(text);
}

void MatrixPane::changeEvent(QEvent *event)
{
    QSplitter::changeEvent(event);
    // Cell colours are derived from the palette at paint time; make sure everything repaints.
    if (event->type() == QEvent::PaletteChange) {
        m_view->viewport()->update();
        m_view->keyColumnView()->viewport()->update();
        m_view->header()->viewport()->update();
    }
}

} // namespace DriftDeck
