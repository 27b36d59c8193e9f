// The window on a workspace whose Postgres row comes from three kinds of file (compose in
// development, a config file in staging and the previews, Terraform in production) and whose
// preview environments are discovered from folders. With DRIFTDECK_SCREENSHOTS=<folder> the
// picture is written there as logical-row.png for a person to look at; the test itself checks
// what the picture shows: the logical row with one value per column, previews as columns.
#include "guitestdata.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "mainwindow.h"
#include "matrixheader.h"
#include "matrixview.h"
#include "pipeline/workspacesession.h"
#include "window/matrixpane.h"
#include "window/workspacecontrols.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

void write(const QDir &root, const QString &path, const QByteArray &bytes)
{
    QVERIFY(root.mkpath(QFileInfo(path).path()));
    QFile file(root.filePath(path));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class LogicalRowScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"driftdeck-tests"_s);
        QCoreApplication::setApplicationName(u"tst_logicalrowscreenshot"_s);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QFont font(u"DejaVu Sans"_s);
        font.setPointSize(9);
        QApplication::setFont(font);
    }

    void logicalRowAndPreviews()
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        const QString fixtures = QStringLiteral(DRIFTDECK_FIXTURES);
        for (const auto &[env, version] :
             {std::pair("development", "15"), std::pair("staging", "15.2"), std::pair("production", "15.4"),
              std::pair("pr-41", "15.2"), std::pair("pr-42", "16.1")}) {
            write(root, u"envs/%1/app.yaml"_s.arg(QLatin1StringView(env)),
                  "postgres: {version: \"" + QByteArray(version) + "\"}\nlog: {level: info}\n");
        }
        write(root, u"workspace.yaml"_s,
              QStringLiteral(R"ws(version: 1
name: Postgres across sources
baseline: production
environments:
  - development
  - staging
  - production
  - discover: envs/pr-*
    group: Pull requests
sources:
  - type: config-files
    layers: ["envs/{env}/app.yaml"]
  - type: docker-compose
    environments: [development]
    files: ["%1/compose/compose.yaml"]
  - type: terraform
    environments: [production]
    show: "%1/terraform/production.tfstate.json"
rows:
  - key: infra/postgres
    compare: sameMajor
    from:
      development: {key: image/postgres, pattern: "postgres:(.+)"}
      production: infra/aws_db_instance.main.engine_version
      "*": config/postgres.version
)ws")
                  .arg(fixtures)
                  .toUtf8());
        QSettings().clear();
        QApplication::setPalette(GuiTestData::lightPalette());
        MainWindow window;
        window.resize(1680, 640); // the five columns beside the drill-down, none cut

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPath(root.filePath(u"workspace.yaml"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.matrix()->model()->hasVerdicts() && !window.workspace()->session()->isRefreshing(), 20000);
        MatrixModel *model = window.matrix()->model();
        QCOMPARE(model->columnCount(), 6); // the key, three declared environments, two previews
        QCOMPARE(model->headerData(4, Qt::Horizontal).toString(), u"pr-41"_s);
        QCOMPARE(model->headerData(5, Qt::Horizontal).toString(), u"pr-42"_s);
        const QStringList expected{u"15"_s, u"15.2"_s, u"15.4"_s, u"15.2"_s, u"16.1"_s};
        for (int column = 1; column <= 5; ++column) {
            const QModelIndex cell = model->indexForKey(u"infra/postgres"_s, column);
            QVERIFY(cell.isValid());
            QCOMPARE(model->data(cell).toString(), expected.at(column - 1));
        }
        // The discovered previews sit under their group's band.
        const auto *header = qobject_cast<const MatrixHeader *>(window.matrix()->view()->header());
        QVERIFY(header);
        QCOMPARE(header->groups(), QStringList{u"Pull requests"_s});
        QCOMPARE(header->groupOf(4), u"Pull requests"_s);
        QVERIFY(header->groupOf(3).isEmpty());
        // As a user would look at it: the Postgres rows only, the logical row selected.
        auto *filter = window.findChild<QLineEdit *>(u"filterField"_s);
        QVERIFY(filter);
        const QModelIndex logLevel = model->indexForKey(u"config/log.level"_s, 1);
        QVERIFY(logLevel.isValid());
        filter->setText(u"postgres"_s);
        QTRY_VERIFY(!window.matrix()->proxy()->mapFromSource(logLevel).isValid());
        const QModelIndex row = window.matrix()->proxy()->mapFromSource(model->indexForKey(u"infra/postgres"_s, 5));
        QVERIFY(row.isValid());
        window.matrix()->view()->setCurrentIndex(row);
        window.matrix()->view()->scrollTo(row);
        window.matrix()->view()->horizontalScrollBar()->setValue(0);
        QTest::qWait(100);
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        const QString folder = qEnvironmentVariable("DRIFTDECK_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(image.save(folder + u"/logical-row.png"_s));
    }
};

QTEST_MAIN(LogicalRowScreenshot)
#include "tst_logicalrowscreenshot.moc"
