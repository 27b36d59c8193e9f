#include "emptystate.h"
#include "filterbar.h"
#include "guitestdata.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "keydrilldown.h"
#include "mainwindow.h"
#include "markexpecteddialog.h"
#include "matrixdelegate.h"
#include "matrixheader.h"
#include "matrixview.h"
#include "messagebar.h"
#include "pipeline/workspacesession.h"
#include "sourcespanel.h"
#include "window/cellactions.h"
#include "window/matrixpane.h"
#include "window/workspacecontrols.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace DriftDeck;

namespace {
const QString PoolKey = QStringLiteral("config/database.poolSize");
const QString PasswordKey = QStringLiteral("config/database.password");

int keyRows(const QAbstractItemModel *model)
{
    int rows = 0;
    for (int group = 0; group < model->rowCount(); ++group)
        rows += model->rowCount(model->index(group, 0));
    return rows;
}

// Column of an environment in the window's (proxy) model.
int columnOf(MainWindow &window, const QString &environment)
{
    const QAbstractItemModel *proxy = window.matrix()->proxy();
    for (int column = 1; column < proxy->columnCount(); ++column) {
        if (proxy->headerData(column, Qt::Horizontal, MatrixModel::EnvironmentRole).toString() == environment)
            return column;
    }
    return -1;
}

QModelIndex cell(MainWindow &window, const QString &key, const QString &environment)
{
    const int column = environment.isEmpty() ? 0 : columnOf(window, environment);
    return window.matrix()->proxy()->mapFromSource(window.matrix()->model()->indexForKey(key, column));
}

DriftStatus statusOf(MainWindow &window, const QString &key, const QString &environment)
{
    return DriftStatus(cell(window, key, environment).data(MatrixModel::StatusRole).toInt());
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void emptyStateWithoutHistory();
    void showsWorkspaceAndEnvironments();
    void onlyDivergencesChangesRows();
    void switchingBaselineChangesStatuses();
    void globFilters();
    void copiesValuesButNeverSecrets();
    void keyboardNavigation();
    void drillDownFollowsSelection();
    void contextMenu();
    void markExpectedWritesRule();
    void restoresSession();
    void paletteChangeRepaints();
    void toolbarHasIconsWithoutATheme();
    void refreshMarksNewDrift();

private:
    bool openWorkspace(MainWindow &window);
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("driftdeck-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear();
    // A fresh workspace each time: one test writes a rules file beside it.
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
    m_workspace = GuiTestData::writeWorkspace(m_dir.path());
}

bool TestMainWindow::openWorkspace(MainWindow &window)
{
    if (!window.openPath(m_workspace))
        return false;
    return QTest::qWaitFor(
        [&] { return window.matrix()->model()->hasVerdicts() && !window.workspace()->session()->isRefreshing(); },
        10000);
}

void TestMainWindow::emptyStateWithoutHistory()
{
    MainWindow window;
    window.restoreLastSession();
    window.show();
    auto *empty = window.findChild<EmptyState *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("emptyStateOpen"))->isVisible());
    QVERIFY(!window.workspace()->session()->isOpen());
}

void TestMainWindow::showsWorkspaceAndEnvironments()
{
    MainWindow window;
    window.show();
    QVERIFY(openWorkspace(window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Test shop"));
    QVERIFY(window.matrix()->view()->isVisible());
    const QAbstractItemModel *proxy = window.matrix()->proxy();
    QCOMPARE(proxy->columnCount(), 4);
    QStringList headers;
    for (int column = 1; column < proxy->columnCount(); ++column)
        headers << proxy->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers,
             (QStringList{QStringLiteral("development"), QStringLiteral("staging"), QStringLiteral("production")}));
    auto *baseline = window.findChild<QComboBox *>(QStringLiteral("baselineSelector"));
    QCOMPARE(baseline->currentText(), QStringLiteral("production"));
    QCOMPARE(window.matrix()->view()->matrixHeader()->titleLine(3), QStringLiteral("◆ production"));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("driftSummary"))->text().isEmpty());
}

void TestMainWindow::onlyDivergencesChangesRows()
{
    MainWindow window;
    window.show();
    QVERIFY(openWorkspace(window));
    auto *only = window.findChild<QAction *>(QStringLiteral("onlyDivergencesAction"));
    QVERIFY(only->isChecked());
    // poolSize, password, cache.ttl (expected), service.timeout, feature.beta
    QCOMPARE(keyRows(window.matrix()->proxy()), 5);
    only->trigger();
    QCOMPARE(keyRows(window.matrix()->proxy()), 7);
    only->trigger();
    QCOMPARE(keyRows(window.matrix()->proxy()), 5);
}

void TestMainWindow::switchingBaselineChangesStatuses()
{
    MainWindow window;
    window.show();
    QVERIFY(openWorkspace(window));
    QCOMPARE(statusOf(window, PoolKey, QStringLiteral("staging")), DriftStatus::Differs);
    QCOMPARE(statusOf(window, PoolKey, QStringLiteral("production")), DriftStatus::Baseline);

    auto *baseline = window.findChild<QComboBox *>(QStringLiteral("baselineSelector"));
    baseline->setCurrentIndex(1);
    Q_EMIT baseline->activated(1);
    QTRY_COMPARE(window.workspace()->session()->baseline(), 1);
    QTRY_COMPARE(statusOf(window, PoolKey, QStringLiteral("staging")), DriftStatus::Baseline);
    QCOMPARE(statusOf(window, PoolKey, QStringLiteral("production")), DriftStatus::Differs);
    QCOMPARE(window.matrix()->view()->matrixHeader()->titleLine(columnOf(window, QStringLiteral("staging"))),
             QStringLiteral("◆ staging"));

    // A click on an environment's header makes it the baseline too.
    Q_EMIT window.matrix()->view()->matrixHeader()->sectionClicked(columnOf(window, QStringLiteral("development")));
    QTRY_COMPARE(window.workspace()->session()->baseline(), 0);
    QTRY_COMPARE(baseline->currentText(), QStringLiteral("development"));
    QCOMPARE(statusOf(window, QStringLiteral("config/service.timeout"), QStringLiteral("staging")),
             DriftStatus::Differs);
}

void TestMainWindow::globFilters()
{
    MainWindow window;
    window.show();
    QVERIFY(openWorkspace(window));
    auto *filter = window.findChild<FilterBar *>(QStringLiteral("filterField"));
    QTest::keyClicks(filter, QStringLiteral("config/database.*"));
    QTRY_COMPARE(window.matrix()->proxy()->filterText(), QStringLiteral("config/database.*"));
    QCOMPARE(keyRows(window.matrix()->proxy()), 2); // poolSize and password; host is the same everywhere
    QVERIFY(cell(window, PoolKey, {}).isValid());
    QVERIFY(!cell(window, QStringLiteral("config/service.timeout"), {}).isValid());

    // Plain text matches values too.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("300"));
    QTRY_COMPARE(keyRows(window.matrix()->proxy()), 1);
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_COMPARE(keyRows(window.matrix()->proxy()), 5);
}

void TestMainWindow::copiesValuesButNeverSecrets()
{
    MainWindow window;
    window.show();
    QVERIFY(openWorkspace(window));
    MatrixView *view = window.matrix()->view();
    view->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));

    auto select = [view](const QModelIndex &index) {
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    };
    select(cell(window, PoolKey, QStringLiteral("development")));
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("10"));

    select(cell(window, PasswordKey, QStringLiteral("development")));
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("10")); // unchanged
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("never copied")));

    // The key column copies the row; the secret is its mask.
    select(cell(window, PasswordKey, {}));
    QTest::keySequence(view, QKeySequence::Copy);
    const QString row = QGuiApplication::clipboard()->text();
    QVERIFY(row.startsWith(PasswordKey + u'\t'));
    QVERIFY(!row.contains(QStringLiteral("hunter2")));
    QVERIFY(!row.contains(QStringLiteral("prod-secret")));

    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), PasswordKey);
}

void TestMainWindow::keyboardNavigation()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openWorkspace(window));
    MatrixView *view = window.matrix()->view();
    view->setFocus();
    const QModelIndex first = window.matrix()->proxy()->index(0, 0, window.matrix()->proxy()->index(0, 0));
    view->setCurrentIndex(first);
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->currentIndex().column(), 1);
    QCOMPARE(view->currentIndex().row(), first.row());
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().column(), 1);
    QCOMPARE(view->currentIndex().row(), first.row() + 1);
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(view->currentIndex().column(), 0);
    QTest::keyClick(view, Qt::Key_Left); // stays on the key
    QCOMPARE(view->currentIndex().column(), 0);

    QTest::keySequence(&window, QKeySequence::Find);
    QTRY_VERIFY(window.findChild<FilterBar *>(QStringLiteral("filterField"))->hasFocus());
}

void TestMainWindow::drillDownFollowsSelection()
{
    MainWindow window;
    window.show();
    QVERIFY(openWorkspace(window));
    QVERIFY(window.matrix()->drillDown()->key().isEmpty());
    window.matrix()->view()->setCurrentIndex(cell(window, PoolKey, QStringLiteral("staging")));
    QCOMPARE(window.matrix()->drillDown()->key(), PoolKey);
    QCOMPARE(window.matrix()->drillDown()->comparedEnvironment(), 1);
}

void TestMainWindow::contextMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(openWorkspace(window));
    std::unique_ptr<QMenu> menu(window.cells()->createCellMenu(cell(window, PoolKey, QStringLiteral("staging"))));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("markExpectedAction"))->isEnabled());
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("showHistoryAction"))->isEnabled());
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("openSourceFileAction"))->isEnabled());
    QCOMPARE(window.cells()->sourceFileFor(cell(window, PoolKey, QStringLiteral("staging"))),
             QDir::cleanPath(m_dir.path() + QStringLiteral("/config/staging.yaml")));
    // development's pool size comes from base.yaml
    QCOMPARE(window.cells()->sourceFileFor(cell(window, PoolKey, QStringLiteral("development"))),
             QDir::cleanPath(m_dir.path() + QStringLiteral("/config/base.yaml")));

    std::unique_ptr<QMenu> secret(window.cells()->createCellMenu(cell(window, PasswordKey, QStringLiteral("staging"))));
    QVERIFY(!secret->findChild<QAction *>(QStringLiteral("copyValueAction"))->isEnabled());
    std::unique_ptr<QMenu> same(window.cells()->createCellMenu(cell(window, PoolKey, QStringLiteral("production"))));
    QVERIFY(!same->findChild<QAction *>(QStringLiteral("markExpectedAction"))->isEnabled());
}

void TestMainWindow::markExpectedWritesRule()
{
    MainWindow window;
    window.show();
    QVERIFY(openWorkspace(window));
    QCOMPARE(statusOf(window, PoolKey, QStringLiteral("staging")), DriftStatus::Differs);
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<MarkExpectedDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("staging is smaller"));
        dialog->findChild<QLineEdit *>(QStringLiteral("ownerEdit"))->setText(QStringLiteral("platform-team"));
        dialog->updatePreview();
        filled = true;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    std::unique_ptr<QMenu> menu(window.cells()->createCellMenu(cell(window, PoolKey, QStringLiteral("staging"))));
    menu->findChild<QAction *>(QStringLiteral("markExpectedAction"))->trigger();
    QVERIFY(filled);

    QFile rules(m_dir.path() + QStringLiteral("/workspace.rules.yaml"));
    QVERIFY(rules.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rules.readAll());
    QVERIFY2(text.contains(PoolKey) && text.contains(QStringLiteral("staging is smaller")), qPrintable(text));
    QTRY_COMPARE(statusOf(window, PoolKey, QStringLiteral("staging")), DriftStatus::Expected);
    // The user's workspace file is untouched.
    QFile workspace(m_workspace);
    QVERIFY(workspace.open(QIODevice::ReadOnly));
    QVERIFY(!workspace.readAll().contains("staging is smaller"));
}

void TestMainWindow::restoresSession()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(openWorkspace(window));
        window.resize(710, 530); // within the offscreen screen (800 x 600)
        window.matrix()->view()->setColumnWidth(2, 251);
        window.close();
    }
    MainWindow window;
    window.restoreLastSession();
    window.show();
    QTRY_VERIFY(window.matrix()->model()->hasVerdicts());
    QCOMPARE(window.workspace()->session()->path(), QFileInfo(m_workspace).absoluteFilePath());
    QCOMPARE(window.size(), QSize(710, 530));
    QCOMPARE(window.matrix()->view()->columnWidth(2), 251);
    QCOMPARE(window.matrix()->view()->keyColumnView()->columnWidth(0), window.matrix()->view()->columnWidth(0));
}

void TestMainWindow::paletteChangeRepaints()
{
    MainWindow window;
    window.show();
    QVERIFY(openWorkspace(window));
    MatrixView *view = window.matrix()->view();
    const QPoint probe(view->viewport()->width() - 5, view->viewport()->height() - 5);
    window.setPalette(GuiTestData::lightPalette());
    QVERIFY(view->viewport()->grab().toImage().pixelColor(probe).lightnessF() > 0.5);
    window.setPalette(GuiTestData::darkPalette());
    QVERIFY(view->viewport()->grab().toImage().pixelColor(probe).lightnessF() < 0.5);
}

// Without an icon theme (a minimal desktop, a container) the toolbar still shows icons: the
// bundled drawings, in the application palette's text colour.
void TestMainWindow::toolbarHasIconsWithoutATheme()
{
    const QStringList searchPaths = QIcon::themeSearchPaths();
    const QString theme = QIcon::themeName();
    const QPalette palette = QApplication::palette();
    QIcon::setThemeSearchPaths({});
    QIcon::setThemeName(QStringLiteral("no-such-theme"));
    const auto restore = qScopeGuard([&] {
        QIcon::setThemeSearchPaths(searchPaths);
        QIcon::setThemeName(theme);
        QApplication::setPalette(palette);
    });
    MainWindow window;
    const auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    int buttons = 0;
    for (QAction *action : bar->actions()) {
        if (!qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            continue; // the baseline box and the filter field
        ++buttons;
        QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
    }
    QCOMPARE(buttons, 5); // Open, Refresh, Cancel Refresh, Back to Live, Only Divergences

    // The darkest and lightest opaque pixels of an icon: its strokes.
    const auto strokeLightness = [](const QIcon &icon) {
        const QImage image = icon.pixmap(32, 32).toImage();
        qreal darkest = 1, lightest = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alphaF() > 0.9) {
                    darkest = qMin(darkest, c.lightnessF());
                    lightest = qMax(lightest, c.lightnessF());
                }
            }
        }
        return std::pair{darkest, lightest};
    };
    const QIcon refresh = window.workspace()->actions().refresh->icon();
    QApplication::setPalette(GuiTestData::lightPalette());
    QVERIFY(strokeLightness(refresh).second < 0.3);
    QApplication::setPalette(GuiTestData::darkPalette());
    QVERIFY(strokeLightness(refresh).first > 0.7);
}

void TestMainWindow::refreshMarksNewDrift()
{
    MainWindow window;
    window.show();
    QVERIFY(openWorkspace(window));
    QVERIFY(window.matrix()->view()->matrixDelegate()->newDrift().isEmpty());
    // Staging's timeout changes: one new drifting cell after the next refresh.
    QVERIFY(GuiTestData::writeFile(m_dir.path() + QStringLiteral("/config/staging.yaml"),
                                   "database:\n  poolSize: 20\ncache:\n  ttl: 120\nservice:\n  timeout: 45\n"));
    QSignalSpy finished(window.workspace()->session(), &WorkspaceSession::snapshotChanged);
    QTest::keySequence(&window, QKeySequence::Refresh);
    QTRY_COMPARE(finished.size(), 1);
    const QSet<QString> expected{
        MatrixDelegate::newDriftId(QStringLiteral("config/service.timeout"), QStringLiteral("staging"))};
    QCOMPARE(window.matrix()->view()->matrixDelegate()->newDrift(), expected);
    QVERIFY(window.matrix()->view()->matrixDelegate()->isNewDrift(
        cell(window, QStringLiteral("config/service.timeout"), {})));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("driftSummary"))
                ->text()
                .contains(QStringLiteral("new since the last refresh: 1")));

    // Another refresh without changes: nothing is new any more.
    QTest::keySequence(&window, QKeySequence::Refresh);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(window.matrix()->view()->matrixDelegate()->newDrift().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
