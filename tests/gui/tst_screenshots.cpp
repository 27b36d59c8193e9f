// Renders the main window on the bundled demo workspace in a light and a dark palette. With
// DRIFTDECK_WRITE_SCREENSHOTS=1 the images replace resources/screenshots/main-{light,dark}.png
// (for the README); otherwise they are only checked: the demo opens without errors, and the
// pictures are as light or dark as their palette.
#include "checklist/checklistdock.h"
#include "checklist/checklistview.h"
#include "guitestdata.h"
#include "history/historyview.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "messagebar.h"
#include "pipeline/historykeeper.h"
#include "pipeline/workspacesession.h"
#include "window/historypanel.h"
#include "window/matrixpane.h"
#include "window/workspacecontrols.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <QTranslator>

using namespace DriftDeck;

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void render_data();
    void render();
    void historyDock();
    void checklistDock_data() { render_data(); }
    void checklistDock();

private:
    QTranslator m_english;
    QTranslator m_language;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("driftdeck-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(9);
    QApplication::setFont(font);
    // As the app does: English plurals ("14 keys") come from the translation file.
    QVERIFY(m_english.load(QStringLiteral(":/i18n/driftdeck_en")));
    QCoreApplication::installTranslator(&m_english);
    // DRIFTDECK_SCREENSHOT_LANGUAGE=de renders the window in that language, to look for clipped
    // or overflowing labels (the pictures go to DRIFTDECK_SCREENSHOTS, never to the README).
    const QString language = qEnvironmentVariable("DRIFTDECK_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty()) {
        QVERIFY(m_language.load(QStringLiteral(":/i18n/driftdeck_") + language));
        QCoreApplication::installTranslator(&m_language);
    }
}

void TestScreenshots::render_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("light") << QStringLiteral("light");
    QTest::addRow("dark") << QStringLiteral("dark");
}

void TestScreenshots::render()
{
    QFETCH(QString, name);
    const QString demo = QStringLiteral(DRIFTDECK_SOURCE_ROOT "/resources/demo/workspace.yaml");
    if (!QFileInfo::exists(demo))
        QSKIP("The demo workspace is missing");
    QSettings().clear();
    const bool dark = name == u"dark";
    QApplication::setPalette(dark ? GuiTestData::darkPalette() : GuiTestData::lightPalette());

    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(demo));
    QTRY_VERIFY_WITH_TIMEOUT(window.matrix()->model()->hasVerdicts() && !window.workspace()->session()->isRefreshing(),
                             10000);
    window.resize(1280, 720);
    // A cell with a real difference selected, so the drill-down shows something.
    const QModelIndex pool = window.matrix()->proxy()->mapFromSource(
        window.matrix()->model()->indexForKey(QStringLiteral("config/database.poolSize"), 2));
    if (pool.isValid())
        window.matrix()->view()->setCurrentIndex(pool);
    QTest::qWait(50);
    if (window.messageBar()->isVisible())
        qInfo() << "message bar:" << window.messageBar()->text();

    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    // The mean over a block in the middle: a single pixel may fall on a glyph of a cell's text.
    double lightness = 0;
    for (int y = image.height() / 2 - 32; y < image.height() / 2 + 32; ++y) {
        for (int x = image.width() / 2 - 32; x < image.width() / 2 + 32; ++x)
            lightness += image.pixelColor(x, y).lightnessF() / (64 * 64);
    }
    QCOMPARE(lightness < 0.5, dark);
    const QString shots = qEnvironmentVariable("DRIFTDECK_SCREENSHOTS");
    if (!shots.isEmpty())
        QVERIFY(image.save(shots + QStringLiteral("/main-%1.png").arg(name)));
    if (qEnvironmentVariableIntValue("DRIFTDECK_WRITE_SCREENSHOTS") && m_language.isEmpty()) {
        const QString folder = QStringLiteral(DRIFTDECK_SOURCE_ROOT "/resources/screenshots");
        QDir().mkpath(folder);
        QVERIFY(image.save(folder + QStringLiteral("/main-%1.png").arg(name)));
    }
}

// The window with the History dock open on the demo's first kept snapshot. With
// DRIFTDECK_SCREENSHOTS=<folder> the picture is written there for a person to look at.
void TestScreenshots::historyDock()
{
    const QString demo = QStringLiteral(DRIFTDECK_SOURCE_ROOT "/resources/demo/workspace.yaml");
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history"))
        .removeRecursively();
    QApplication::setPalette(GuiTestData::lightPalette());
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy kept(window.history()->keeper(), &HistoryKeeper::kept);
    QVERIFY(window.openPath(demo));
    QVERIFY(kept.wait(10000) || !kept.isEmpty());
    window.findChild<QDockWidget *>(QStringLiteral("historyDock"))->show();
    QTRY_COMPARE_WITH_TIMEOUT(window.history()->view()->points().size(), 1, 10000);
    QTest::qWait(100);
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    const QString folder = qEnvironmentVariable("DRIFTDECK_SCREENSHOTS");
    if (!folder.isEmpty())
        QVERIFY(image.save(folder + QStringLiteral("/main-history.png")));
}

// The Parity Checklist dock on the demo, the staging cell of the image digests selected (the demo's
// moved tag fails it). DRIFTDECK_WRITE_SCREENSHOTS=1 writes resources/screenshots/checklist-*.png.
void TestScreenshots::checklistDock()
{
    QFETCH(QString, name);
    const QString demo = QStringLiteral(DRIFTDECK_SOURCE_ROOT "/resources/demo/workspace.yaml");
    QSettings().clear();
    QApplication::setPalette(name == u"dark" ? GuiTestData::darkPalette() : GuiTestData::lightPalette());
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    auto *dock = window.findChild<ChecklistDock *>(QStringLiteral("checklistDock"));
    QVERIFY(dock);
    QSignalSpy evaluated(dock, &ChecklistDock::evaluated);
    QVERIFY(window.openPath(demo));
    QTRY_VERIFY_WITH_TIMEOUT(window.matrix()->model()->hasVerdicts() && !window.workspace()->session()->isRefreshing(),
                             10000);
    dock->show();
    QTRY_VERIFY_WITH_TIMEOUT(!evaluated.isEmpty(), 10000);
    dock->view()->select(QStringLiteral("code.imageDigests"), QStringLiteral("staging"));
    // The failing mark, in any language the screenshots are rendered in.
    QVERIFY2(dock->view()->evidenceText().contains(u'✗'), qPrintable(dock->view()->evidenceText()));
    QTest::qWait(50);
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    if (qEnvironmentVariableIntValue("DRIFTDECK_WRITE_SCREENSHOTS"))
        QVERIFY(image.save(QStringLiteral(DRIFTDECK_SOURCE_ROOT "/resources/screenshots/checklist-%1.png").arg(name)));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
