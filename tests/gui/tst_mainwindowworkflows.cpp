// The main window's longer workflows: exporting the PDF report, retrying one source, opening by
// drag and drop, watch mode's timer.
#include "guitestdata.h"
#include "history/historyview.h"
#include "history/keyhistoryview.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "pipeline/historykeeper.h"
#include "pipeline/workspacesession.h"
#include "reportexport.h"
#include "snapshotcompare.h"
#include "snapshotcomparemodel.h"
#include "sourcespanel.h"
#include "window/cellactions.h"
#include "window/exportcontrols.h"
#include "window/historypanel.h"
#include "window/matrixpane.h"
#include "window/snapshotcomparison.h"
#include "window/sourcesdock.h"
#include "window/workspacecontrols.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString valueOf(MainWindow &window, const QString &key, const QString &environment)
{
    const Snapshot *snapshot = window.matrix()->model()->snapshot();
    const int row = snapshot->rowOf(key);
    const Entry *entry = row >= 0 ? snapshot->entry(row, snapshot->environmentIndex(environment)) : nullptr;
    return entry ? entry->value.display() : QString();
}

QAction *actionNamed(MainWindow &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestMainWindowWorkflows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"driftdeck-tests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindowworkflows"_s);
    }
    void init()
    {
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_workspace = GuiTestData::writeWorkspace(m_dir.path());
        // Each test starts with no kept snapshots (every test's workspace has the same path).
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history"_s).removeRecursively();
    }
    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone(); // saves still running land before the next test
    }

    void exportsTheReportInTheBackground_data()
    {
        QTest::addColumn<bool>("onlyDivergences");
        QTest::addRow("divergent rows") << true;
        QTest::addRow("every row") << false;
    }
    void exportsTheReportInTheBackground()
    {
        QFETCH(bool, onlyDivergences);
        MainWindow window;
        window.show();
        QVERIFY(open(window, m_workspace));
        QAction *exportAction = actionNamed(window, u"&Export Report…"_s);
        QVERIFY(exportAction);
        QVERIFY(exportAction->isEnabled());
        QAction *divergences = actionNamed(window, u"Only &Divergences"_s);
        QVERIFY(divergences);
        divergences->setChecked(onlyDivergences);

        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        QSignalSpy finished(window.exports()->reportExport(), &ReportExport::finished);
        window.exports()->exportReportTo(pdf);
        QVERIFY(window.exports()->reportExport()->isRunning() || !finished.isEmpty());
        QVERIFY(finished.wait(30000) || !finished.isEmpty());
        QCOMPARE(finished.first().at(1).toString(), QString()); // no error
        QVERIFY(exportAction->isEnabled());
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Information);
        QVERIFY(window.messageBar()->text().contains(u"report.pdf"_s));

        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) must read the report");
        QVERIFY(text.contains(u"Test shop"_s));
        QVERIFY(text.contains(u"production"_s));
        QVERIFY(!text.contains(u"hunter2"_s) && !text.contains(u"prod-secret"_s));
        // service.name is the same everywhere: listed only when every row is asked for.
        QCOMPARE(text.contains(u"service.name"_s), !onlyDivergences);
        QVERIFY(text.contains(u"database.poolSize"_s));
    }

    void exportErrorsShowInTheMessageBar()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, m_workspace));
        QSignalSpy finished(window.exports()->reportExport(), &ReportExport::finished);
        window.exports()->exportReportTo(m_dir.filePath(u"no/such/folder/report.pdf"_s));
        QVERIFY(finished.wait(30000) || !finished.isEmpty());
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(window.messageBar()->text().startsWith(u"The report was not written: "_s),
                 qPrintable(window.messageBar()->text()));
    }

    void suggestedNamesAndPaper()
    {
        Snapshot snapshot;
        snapshot.workspaceName = u"Checkout: platform/EU"_s;
        snapshot.takenAt = QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::UTC);
        QCOMPARE(ReportExport::suggestedFileName(snapshot), u"Checkout platform EU drift 2026-11-26.pdf"_s);
        QCOMPARE(ReportExport::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
                 QPageSize::Letter);
        QCOMPARE(ReportExport::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    }

    void retryReadsOnlyTheChosenSource()
    {
        GuiTestData::writeFile(m_dir.filePath(u"limits/staging.yaml"_s), "limits:\n  rps: 100\n");
        GuiTestData::writeFile(m_dir.filePath(u"limits/production.yaml"_s), "limits:\n  rps: 500\n");
        const QString workspace = m_dir.filePath(u"two-sources.yaml"_s);
        GuiTestData::writeFile(workspace,
                               "version: 1\nname: Two sources\nbaseline: production\n"
                               "environments: [staging, production]\nsources:\n"
                               "  - {type: config-files, id: config, layers: [\"config/{env}.yaml\"]}\n"
                               "  - {type: config-files, id: limits, layers: [\"limits/{env}.yaml\"]}\n");
        MainWindow window;
        window.show();
        QVERIFY(open(window, workspace));
        QCOMPARE(valueOf(window, u"config/limits.rps"_s, u"staging"_s), u"100"_s);
        QCOMPARE(valueOf(window, u"config/database.poolSize"_s, u"staging"_s), u"20"_s);

        // Both files change; only the limits source is read again.
        GuiTestData::writeFile(m_dir.filePath(u"limits/staging.yaml"_s), "limits:\n  rps: 250\n");
        GuiTestData::writeFile(m_dir.filePath(u"config/staging.yaml"_s), "database:\n  poolSize: 99\n");
        auto *tree = window.sourcesDock()->panel()->findChild<QTreeWidget *>(u"sourcesTable"_s);
        const int row = window.sourcesDock()->panel()->rowOf(u"staging"_s, u"limits"_s);
        QVERIFY(row >= 0);
        tree->setCurrentItem(tree->topLevelItem(row));
        auto *retry = window.sourcesDock()->panel()->findChild<QPushButton *>(u"retryButton"_s);
        QVERIFY(retry->isEnabled());
        QSignalSpy changed(window.workspace()->session(), &WorkspaceSession::snapshotChanged);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY(!window.workspace()->session()->isRefreshing());
        QCOMPARE(valueOf(window, u"config/limits.rps"_s, u"staging"_s), u"250"_s);
        QCOMPARE(valueOf(window, u"config/database.poolSize"_s, u"staging"_s), u"20"_s);
        QCOMPARE(window.sourcesDock()->panel()->rowHealth(row), SourcesPanel::Health::Ok);
    }

    void dropOpensTheFile()
    {
        MainWindow window;
        window.show();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(m_workspace)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QCOMPARE(window.workspace()->session()->path(), QFileInfo(m_workspace).absoluteFilePath());

        // Text that is not a local file is refused at the door.
        QMimeData text;
        text.setText(u"not a file"_s);
        QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void watchModeRefreshesOnItsOwn()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, m_workspace));
        QSignalSpy started(window.workspace()->session(), &WorkspaceSession::refreshStarted);
        window.workspace()->setWatchInterval(1);
        QVERIFY(started.wait(3000));
        QTRY_VERIFY(!window.workspace()->session()->isRefreshing());
        window.workspace()->setWatchInterval(0);
        started.clear();
        QTest::qWait(1500);
        QCOMPARE(started.size(), 0);
    }

    void refreshesAreKeptAndCharted()
    {
        MainWindow window;
        window.show();
        QSignalSpy kept(window.history()->keeper(), &HistoryKeeper::kept);
        QVERIFY(open(window, m_workspace));
        QVERIFY(kept.wait(10000) || kept.size() == 1);
        const HistoryStore store = window.history()->keeper()->store();
        QCOMPARE(store.list().size(), 1);

        // The same drift again (a watch-mode refresh, say) is not kept a second time…
        QSignalSpy changed(window.workspace()->session(), &WorkspaceSession::snapshotChanged);
        window.workspace()->session()->refresh();
        QVERIFY(changed.wait(10000));
        QTest::qWait(200);
        QCOMPARE(store.list().size(), 1);
        // …new drift is.
        QVERIFY(GuiTestData::writeFile(m_dir.filePath(u"config/staging.yaml"_s),
                                       "database:\n  poolSize: 20\ncache:\n  ttl: 120\nservice:\n  timeout: 45\n"));
        window.workspace()->session()->refresh();
        QVERIFY(kept.wait(10000));
        QCOMPARE(store.list().size(), 2);

        // The history dock charts both, against the window's baseline.
        auto *dock = window.findChild<QDockWidget *>(u"historyDock"_s);
        dock->show();
        QTRY_COMPARE_WITH_TIMEOUT(window.history()->view()->points().size(), 2, 10000);
        QTRY_VERIFY(!window.history()->view()->isReading());
        const QList<HistoryPoint> points = window.history()->view()->points();
        QVERIFY2(points[0].errorString.isEmpty(), qPrintable(points[0].errorString));
        int stagingBefore = 0, stagingAfter = 0;
        for (const EnvironmentDriftCounts &env : points[0].environments)
            stagingBefore += env.environment == u"staging" ? env.total() : 0;
        for (const EnvironmentDriftCounts &env : points[1].environments)
            stagingAfter += env.environment == u"staging" ? env.total() : 0;
        QCOMPARE(stagingAfter, stagingBefore + 1); // service.timeout now differs in staging too

        // Clicking a point opens that snapshot, offline.
        Q_EMIT window.history()->view()->snapshotRequested(store.list().first().path);
        // (the window opens it through HistoryPanel::openSnapshot)
        QTRY_VERIFY(window.workspace()->session()->isOffline());
        QCOMPARE(window.workspace()->session()->path(), QFileInfo(store.list().first().path).absoluteFilePath());
        QTRY_VERIFY(window.matrix()->model()->hasVerdicts());
        QCOMPARE(window.history()->keeper()->store().directory(), store.directory()); // still this workspace's history
        QCOMPARE(store.list().size(), 2); // opening history keeps nothing

        // …and one action goes back to the live workspace.
        QAction *back = actionNamed(window, u"&Back to Live Workspace"_s);
        QVERIFY(back && back->isVisible() && back->isEnabled());
        QVERIFY(window.messageBar()->text().contains(u"workspace.yaml"_s));
        back->trigger();
        QVERIFY(!window.workspace()->session()->isOffline());
        QCOMPARE(window.workspace()->session()->path(), QFileInfo(m_workspace).absoluteFilePath());
        QVERIFY(!back->isVisible());
    }

    void keyHistoryAndCompareWithSnapshot()
    {
        MainWindow window;
        window.show();
        QSignalSpy kept(window.history()->keeper(), &HistoryKeeper::kept);
        QVERIFY(open(window, m_workspace));
        QVERIFY(kept.wait(10000) || kept.size() == 1);
        const QString first = kept.first().first().toString();
        QVERIFY(GuiTestData::writeFile(m_dir.filePath(u"config/staging.yaml"_s),
                                       "database:\n  poolSize: 25\ncache:\n  ttl: 120\n"));
        QSignalSpy changed(window.workspace()->session(), &WorkspaceSession::snapshotChanged);
        window.workspace()->session()->refresh();
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE(window.history()->keeper()->store().list().size(), 2);

        // "Show History" on a cell: the key's values over the kept snapshots.
        const QString pool = u"config/database.poolSize"_s;
        const QModelIndex index
            = window.matrix()->proxy()->mapFromSource(window.matrix()->model()->indexForKey(pool, 2));
        std::unique_ptr<QMenu> menu(window.cells()->createCellMenu(index));
        menu->findChild<QAction *>(u"showHistoryAction"_s)->trigger();
        QVERIFY(window.findChild<QDockWidget *>(u"historyDock"_s)->isVisible());
        QCOMPARE(window.history()->keyHistoryView()->key(), pool);
        QTRY_VERIFY_WITH_TIMEOUT(!window.history()->keyHistoryView()->isReading(), 10000);
        bool sawChange = false;
        for (const KeyHistoryPoint &point : window.history()->keyHistoryView()->result().points)
            sawChange |= point.environment == u"staging" && point.change == KeyHistoryPoint::Change::Changed;
        QVERIFY(sawChange);

        // Compare the screen with the first snapshot: staging's pool size changed 20 → 25.
        window.comparison()->compareWith(first);
        auto *dock = window.findChild<QDockWidget *>(u"compareDock"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dock->isVisible(), 10000);
        QCOMPARE(window.comparison()->view()->model()->count(CompareRow::Kind::Changed), 1);

        // A broken file is an error in place, not a dialog.
        QVERIFY(GuiTestData::writeFile(m_dir.filePath(u"broken.json"_s), "{\"format\": \"driftdeck-snapshot\""));
        window.comparison()->compareWith(m_dir.filePath(u"broken.json"_s));
        QTRY_COMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(window.messageBar()->text().startsWith(u"Cannot compare with broken.json: "_s),
                 qPrintable(window.messageBar()->text()));
    }

    void aNewerComparisonDropsTheOlder()
    {
        MainWindow window;
        window.show();
        QSignalSpy kept(window.history()->keeper(), &HistoryKeeper::kept);
        QVERIFY(open(window, m_workspace));
        QVERIFY(kept.wait(10000) || kept.size() == 1);
        QVERIFY(GuiTestData::writeFile(m_dir.filePath(u"broken.json"_s), "{\"format\": \"driftdeck-snapshot\""));

        // Both are asked for before either can answer: only the newer one reaches the screen.
        window.comparison()->compareWith(kept.first().first().toString());
        window.comparison()->compareWith(m_dir.filePath(u"broken.json"_s));
        QTRY_COMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(window.messageBar()->text().startsWith(u"Cannot compare with broken.json: "_s));
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50); // a late result of the older comparison would land now
        QVERIFY(!window.findChild<QDockWidget *>(u"compareDock"_s)->isVisible());
        QCOMPARE(window.findChild<QLabel *>(u"refreshProgress"_s)->text(), QString());
    }

private:
    static bool open(MainWindow &window, const QString &path)
    {
        if (!window.openPath(path))
            return false;
        return QTest::qWaitFor(
            [&] { return window.matrix()->model()->hasVerdicts() && !window.workspace()->session()->isRefreshing(); },
            10000);
    }

    QTemporaryDir m_dir;
    QString m_workspace;
};

QTEST_MAIN(TestMainWindowWorkflows)
#include "tst_mainwindowworkflows.moc"
