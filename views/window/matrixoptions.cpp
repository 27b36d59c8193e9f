#include "matrixoptions.h"

#include "actionicon.h"
#include "comparedialog.h"
#include "filterbar.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "pipeline/workspacesession.h"
#include "window/matrixpane.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QMenu>

namespace DriftDeck {

MatrixOptions::MatrixOptions(WorkspaceSession *session, MatrixPane *matrix, QWidget *window)
    : WindowPart(window)
    , m_session(session)
    , m_matrix(matrix)
    , m_baseline(new QComboBox)
    , m_filter(new FilterBar)
{
    MatrixFilterProxy *proxy = m_matrix->proxy();
    m_baseline->setObjectName(QStringLiteral("baselineSelector"));
    m_baseline->setAccessibleName(tr("Baseline environment"));
    m_baseline->setToolTip(tr("Every environment is compared against the baseline"));
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    Actions &a = m_actions;
    a.find = new QAction(actionIcon(QStringLiteral("edit-find")), tr("&Find…"), this);
    a.find->setShortcut(QKeySequence::Find);
    connect(a.find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    a.onlyDivergences = new QAction(actionIcon(QStringLiteral("view-filter")), tr("Only &Divergences"), this);
    a.onlyDivergences->setObjectName(QStringLiteral("onlyDivergencesAction"));
    a.onlyDivergences->setCheckable(true);
    a.onlyDivergences->setChecked(proxy->onlyDivergences());
    a.onlyDivergences->setToolTip(tr("Hide keys that are the same everywhere"));
    connect(a.onlyDivergences, &QAction::toggled, proxy, &MatrixFilterProxy::setOnlyDivergences);

    a.sortBySeverity = new QAction(tr("Sort by &Severity"), this);
    a.sortBySeverity->setCheckable(true);
    connect(a.sortBySeverity, &QAction::toggled, proxy, [proxy](bool on) {
        proxy->setSortMode(on ? MatrixFilterProxy::SortMode::BySeverity : MatrixFilterProxy::SortMode::ByKey);
    });

    a.compareOnly = new QAction(tr("Compare &Only…"), this);
    a.compareOnly->setToolTip(tr("Show only two environments side by side"));
    connect(a.compareOnly, &QAction::triggered, this, &MatrixOptions::chooseCompareOnly);
    a.compareAll = new QAction(tr("Compare &All Environments"), this);
    connect(a.compareAll, &QAction::triggered, this, &MatrixOptions::compareAll);
    a.categories = createCategoryMenu();
    a.minimumSeverity = createSeverityMenu();

    connect(m_filter, &FilterBar::filterChanged, proxy, &MatrixFilterProxy::setFilterText);
    connect(m_baseline, &QComboBox::activated, this, &MatrixOptions::requestBaseline);
    connect(m_matrix, &MatrixPane::baselineRequested, this, &MatrixOptions::requestBaseline);
    connect(m_matrix, &MatrixPane::shown, this, [this] {
        updateBaselineSelector();
        updateActions();
    });
    updateActions();
}

QMenu *MatrixOptions::createCategoryMenu()
{
    auto *menu = new QMenu(tr("&Categories"), window());
    QList<QAction *> actions;
    MatrixFilterProxy *proxy = m_matrix->proxy();
    auto apply = [proxy, menu] {
        QSet<Category> categories;
        const QList<QAction *> all = menu->actions();
        for (QAction *action : all) {
            if (action->isCheckable() && action->isChecked())
                categories.insert(Category(action->data().toInt()));
        }
        proxy->setCategories(categories);
    };
    QAction *everything = menu->addAction(tr("All Categories"));
    menu->addSeparator();
    for (int c = 0; c < CategoryCount; ++c) {
        QAction *action = menu->addAction(categoryTitle(Category(c)));
        action->setCheckable(true);
        action->setData(c);
        connect(action, &QAction::toggled, this, apply);
        actions << action;
    }
    connect(everything, &QAction::triggered, this, [actions] {
        for (QAction *action : actions)
            action->setChecked(false);
    });
    return menu;
}

QMenu *MatrixOptions::createSeverityMenu()
{
    auto *menu = new QMenu(tr("Minimum &Severity"), window());
    auto *group = new QActionGroup(menu);
    MatrixFilterProxy *proxy = m_matrix->proxy();
    const QList<std::pair<Severity, QString>> levels = {{Severity::None, tr("Any")},
                                                        {Severity::Info, severityTitle(Severity::Info)},
                                                        {Severity::Warning, severityTitle(Severity::Warning)},
                                                        {Severity::Critical, severityTitle(Severity::Critical)}};
    for (const auto &[severity, title] : levels) {
        QAction *action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(severity == proxy->minimumSeverity());
        group->addAction(action);
        connect(action, &QAction::triggered, proxy, [proxy, severity] { proxy->setMinimumSeverity(severity); });
    }
    return menu;
}

void MatrixOptions::requestBaseline(int environment)
{
    if (environment < 0)
        return;
    // Comparing only two environments: the new baseline replaces the old one in the pair.
    MatrixFilterProxy *proxy = m_matrix->proxy();
    const QList<int> visible = proxy->visibleEnvironments();
    if (visible.size() == 2 && !visible.contains(environment))
        proxy->setVisibleEnvironments({environment, visible.at(1)});
    m_session->setBaseline(environment);
}

void MatrixOptions::updateBaselineSelector()
{
    const SnapshotPtr snapshot = m_session->snapshot();
    QSignalBlocker blocker(m_baseline);
    m_baseline->clear();
    if (snapshot) {
        for (const EnvironmentCapture &environment : snapshot->environments)
            m_baseline->addItem(environment.displayName.isEmpty() ? environment.name : environment.displayName,
                                environment.name);
    }
    m_baseline->setCurrentIndex(m_session->baseline());
    m_baseline->setEnabled(m_baseline->count() > 1);
}

void MatrixOptions::compareOnly(int baseline, int other)
{
    if (baseline < 0 || other < 0 || baseline == other)
        return;
    m_matrix->proxy()->setVisibleEnvironments({baseline, other});
    m_session->setBaseline(baseline);
    updateActions();
}

void MatrixOptions::compareAll()
{
    m_matrix->proxy()->setVisibleEnvironments({});
    updateActions();
}

void MatrixOptions::chooseCompareOnly()
{
    const Snapshot *snapshot = m_matrix->model()->snapshot();
    if (!snapshot)
        return;
    QStringList names;
    for (const EnvironmentCapture &environment : snapshot->environments)
        names << (environment.displayName.isEmpty() ? environment.name : environment.displayName);
    const int baseline = std::max(0, m_session->baseline());
    CompareDialog dialog(names, baseline, baseline == 0 ? 1 : 0, window());
    if (dialog.exec() == QDialog::Accepted)
        compareOnly(dialog.first(), dialog.second());
}

void MatrixOptions::updateActions()
{
    const Snapshot *snapshot = m_matrix->model()->snapshot();
    m_actions.compareOnly->setEnabled(snapshot && snapshot->environmentCount() > 2);
    m_actions.compareAll->setEnabled(!m_matrix->proxy()->visibleEnvironments().isEmpty());
}

} // namespace DriftDeck
