// A history shared by a team: two `driftdeck snapshot` runs write into the workspace's
// `history: folder:` at the same time, and the window's History view charts both.
#include "history/historyview.h"
#include "itemmodels/matrixmodel.h"
#include "mainwindow.h"
#include "pipeline/historykeeper.h"
#include "pipeline/workspacesession.h"
#include "snapshot/historystore.h"
#include "snapshot/historysummary.h"
#include "window/historypanel.h"
#include "window/matrixpane.h"
#include "window/workspacecontrols.h"

#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

// The bundled demo, copied so the test can add a `history:` section to it.
bool copyDemo(const QString &to)
{
    const QString from = QStringLiteral(DRIFTDECK_SOURCE_ROOT "/resources/demo");
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

QProcessEnvironment snapshotEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home); // the runs keep nothing in the tester's own data folder
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    return env;
}

} // namespace

class TestSharedHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"driftdeck-tests"_s);
        QCoreApplication::setApplicationName(u"tst_sharedhistory"_s);
        QSettings().clear();
        // One salt for the command-line runs and the window, as a team shares it.
        qputenv("DRIFTDECK_SECRET_SALT", "0123456789abcdef0123456789abcdef");
    }
    void cleanup() { QThreadPool::globalInstance()->waitForDone(); }

    void twoConcurrentWritersThenTheWindow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString demo = dir.filePath(u"demo"_s);
        QVERIFY(copyDemo(demo));
        const QString workspace = demo + u"/workspace.yaml"_s;
        {
            QFile file(workspace);
            QVERIFY(file.open(QIODevice::Append));
            file.write("\nhistory:\n  folder: ../shared-history\n  keepCount: 20\n  keepDays: 30\n");
        }
        const QString shared = dir.filePath(u"shared-history"_s);

        // Both writers start together; captures of the same second must not overwrite each other.
        QList<QProcess *> runs;
        for (int i = 0; i < 2; ++i) {
            auto *run = new QProcess(this);
            run->setProcessEnvironment(snapshotEnvironment(dir.filePath(u"home%1"_s.arg(i))));
            run->setProgram(QStringLiteral(DRIFTDECK_BINARY));
            run->setArguments({u"snapshot"_s, workspace, u"--history"_s});
            runs.append(run);
        }
        for (QProcess *run : runs)
            run->start();
        QStringList written;
        for (QProcess *run : runs) {
            QVERIFY(run->waitForFinished(60000));
            QVERIFY2(run->exitStatus() == QProcess::NormalExit && run->exitCode() == 0,
                     run->readAllStandardError().constData());
            written.append(QString::fromUtf8(run->readAllStandardOutput()).trimmed());
            delete run;
        }
        QCOMPARE(written.size(), 2);
        QVERIFY(written[0] != written[1]);
        const HistoryStore store = HistoryStore::inFolder(shared);
        const QList<HistoryEntry> entries = store.list();
        QCOMPARE(entries.size(), 2);
        for (const HistoryEntry &entry : entries) {
            QVERIFY(written.contains(entry.path));
            const SnapshotReadResult read = store.load(entry.path);
            QVERIFY2(read.snapshot, qPrintable(read.errorString));
        }
        // Nothing but the two snapshots: no placeholder or temporary file is left behind.
        QCOMPARE(QDir(shared).entryList(QDir::Files | QDir::Hidden).size(), 2);

        // The window reads (and keeps into) the same folder, with the workspace's retention.
        HistoryKeeper::writeSettings(HistorySettings{false, 500, 90}); // keep nothing on refresh
        MainWindow window;
        window.show();
        QVERIFY(window.openPath(workspace));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.matrix()->model()->hasVerdicts() && !window.workspace()->session()->isRefreshing(), 20000);
        QCOMPARE(QFileInfo(window.history()->keeper()->store().directory()).canonicalFilePath(),
                 QFileInfo(shared).canonicalFilePath());
        QCOMPARE(window.history()->keeper()->settings().keepCount, 20);
        QCOMPARE(window.history()->keeper()->settings().keepDays, 30);
        window.findChild<QDockWidget *>(u"historyDock"_s)->show();
        QTRY_COMPARE_WITH_TIMEOUT(window.history()->view()->points().size(), 2, 20000);
        QTRY_VERIFY(!window.history()->view()->isReading());
        const QList<HistoryPoint> points = window.history()->view()->points();
        for (qsizetype i = 0; i < points.size(); ++i) {
            QVERIFY2(points[i].errorString.isEmpty(), qPrintable(points[i].errorString));
            QCOMPARE(points[i].path, entries[i].path);
            QVERIFY(!points[i].environments.isEmpty()); // the demo drifts: counts per environment
        }
    }

    void anEmptyClaimedNameIsNotListed()
    {
        // A writer claims its name with an empty file before the atomic write replaces it;
        // a reader listing the folder meanwhile must not offer that file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile claimed(dir.filePath(u"20261204T030000Z.driftsnap.json"_s));
        QVERIFY(claimed.open(QIODevice::WriteOnly));
        claimed.close();
        QCOMPARE(HistoryStore::inFolder(dir.path()).list().size(), 0);
    }
};

QTEST_MAIN(TestSharedHistory)
#include "tst_sharedhistory.moc"
