#include "checklistdock.h"

#include "checklisttickdialog.h"
#include "checklistview.h"
#include "messagebar.h"
#include "pipeline/workspacesession.h"
#include "workspace/rulesfile.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrentRun>

namespace DriftDeck {

namespace {
struct Evaluation {
    QList<ChecklistItem> items;
    QStringList environments;
};
} // namespace

ChecklistDock::ChecklistDock(WorkspaceSession *session, QWidget *parent)
    : QDockWidget(tr("Parity Checklist"), parent)
    , m_session(session)
    , m_view(new ChecklistView)
{
    setObjectName(QStringLiteral("checklistDock"));
    m_view->setObjectName(QStringLiteral("checklistView"));
    setWidget(m_view);
    connect(m_session, &WorkspaceSession::snapshotChanged, this, &ChecklistDock::update);
    connect(m_session, &WorkspaceSession::driftChanged, this, &ChecklistDock::update);
    connect(m_session, &WorkspaceSession::opened, this, &ChecklistDock::update);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            update();
    });
    connect(m_view, &ChecklistView::tickRequested, this, &ChecklistDock::tick);
}

void ChecklistDock::update()
{
    m_stale = true;
    const bool writable = m_session->workspace().has_value();
    m_view->setTickEnabled(writable, tr("A snapshot is read-only: open its workspace to tick items by hand."));
    if (!isVisible())
        return;
    m_stale = false;
    const SnapshotPtr snapshot = m_session->snapshot();
    const DriftResult &drift = m_session->drift();
    if (!snapshot || drift.isEmpty() || drift.rowCount() != snapshot->rowCount()) {
        m_view->setChecklist({}, {});
        return;
    }
    // The worker gets copies: the session may publish (and drop) another snapshot meanwhile.
    supersede(m_running, this); // a newer snapshot or drift replaces the evaluation under way
    auto *watcher = new QFutureWatcher<Evaluation>(this);
    m_running = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = nullptr;
        const Evaluation result = watcher->result();
        m_view->setChecklist(result.items, result.environments);
        Q_EMIT evaluated();
    });
    watcher->setFuture(QtConcurrent::run([snapshot, drift, today = m_session->today()] {
        Evaluation evaluation;
        evaluation.items = Checklist::evaluate(*snapshot, drift, today);
        for (const EnvironmentCapture &capture : snapshot->environments)
            evaluation.environments << capture.name;
        return evaluation;
    }));
}

void ChecklistDock::tick(const QString &itemId, const QString &title, const QString &environment)
{
    const auto &workspace = m_session->workspace();
    if (!workspace)
        return;
    ChecklistTickDialog dialog(itemId, title, m_session->environmentNames(), environment, m_session->today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString rulesFile = workspace->rulesFilePath.isEmpty() ? RulesFile::defaultPathFor(workspace->filePath)
                                                                 : workspace->rulesFilePath;
    QString error;
    if (!RulesFile::appendChecklistTick(rulesFile, dialog.tick(), &error)) {
        Q_EMIT message(error, MessageBar::Kind::Error);
        return;
    }
    if (m_session->reloadPolicy())
        Q_EMIT message(tr("Tick saved to %1.").arg(QDir::toNativeSeparators(rulesFile)), MessageBar::Kind::Information);
}

} // namespace DriftDeck
