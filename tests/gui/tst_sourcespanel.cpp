#include "guitestdata.h"
#include "sourcespanel.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QTreeWidget>

using namespace DriftDeck;

namespace {

const QDateTime Noon(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::UTC);
const QString LongError
    = QStringLiteral("GET https://prometheus.staging.example.com/api/v1/query: 503 Service Unavailable\n"
                     "upstream connect error or disconnect/reset before headers");

SourceStatus status(const QString &id, SourceState state, qint64 latency, const QDateTime &lastSuccess = {},
                    const QString &error = {})
{
    SourceStatus s;
    s.id = id;
    s.type = id == u"config" ? QStringLiteral("config-files") : QStringLiteral("prometheus");
    s.label = id == u"config" ? QStringLiteral("Service configuration") : QStringLiteral("Metrics");
    s.state = state;
    s.latencyMs = latency;
    s.lastSuccess = lastSuccess;
    s.fetchedAt = Noon;
    s.error = error;
    return s;
}

// Production fine; staging's metrics failed after an earlier success (stale); development's
// metrics never worked (error).
Snapshot snapshot()
{
    Snapshot s;
    const auto env = [](const QString &name, const QString &title, const SourceStatus &metrics) {
        EnvironmentCapture capture;
        capture.name = name;
        capture.displayName = title;
        capture.sources = {status(QStringLiteral("config"), SourceState::Ok, 12, Noon), metrics};
        return capture;
    };
    s.environments = {
        env(QStringLiteral("development"), QStringLiteral("Development"),
            status(QStringLiteral("metrics"), SourceState::Failed, 5000, {}, QStringLiteral("connection refused"))),
        env(QStringLiteral("staging"), QStringLiteral("Staging"),
            status(QStringLiteral("metrics"), SourceState::Failed, 2400, Noon.addSecs(-3600), LongError)),
        env(QStringLiteral("production"), QStringLiteral("Production"),
            status(QStringLiteral("metrics"), SourceState::Ok, 85, Noon)),
    };
    s.buildIndex();
    return s;
}

QTreeWidgetItem *row(SourcesPanel &panel, const QString &environment, const QString &id)
{
    const int r = panel.rowOf(environment, id);
    return r < 0 ? nullptr : panel.findChild<QTreeWidget *>(QStringLiteral("sourcesTable"))->topLevelItem(r);
}

} // namespace

class SourcesPanelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void health_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("succeededBefore");
        QTest::addColumn<SourcesPanel::Health>("health");
        QTest::addColumn<QString>("shown");
        QTest::addRow("pending") << int(SourceState::Pending) << false << SourcesPanel::Health::Waiting
                                 << QStringLiteral("○ Waiting");
        QTest::addRow("fetching") << int(SourceState::Fetching) << true << SourcesPanel::Health::Fetching
                                  << QStringLiteral("↻ Fetching");
        QTest::addRow("ok") << int(SourceState::Ok) << true << SourcesPanel::Health::Ok << QStringLiteral("✔ OK");
        QTest::addRow("failed before any success")
            << int(SourceState::Failed) << false << SourcesPanel::Health::Failed << QStringLiteral("✖ Error");
        QTest::addRow("failed after a success")
            << int(SourceState::Failed) << true << SourcesPanel::Health::Stale << QStringLiteral("⚠ Stale");
        QTest::addRow("cancelled") << int(SourceState::Cancelled) << false << SourcesPanel::Health::Cancelled
                                   << QStringLiteral("⊘ Cancelled");
        QTest::addRow("cancelled after a success")
            << int(SourceState::Cancelled) << true << SourcesPanel::Health::Stale << QStringLiteral("⚠ Stale");
    }
    void health()
    {
        QFETCH(int, state);
        QFETCH(bool, succeededBefore);
        QFETCH(SourcesPanel::Health, health);
        QFETCH(QString, shown);
        const SourceStatus s
            = status(QStringLiteral("config"), SourceState(state), 10, succeededBefore ? Noon : QDateTime());
        QCOMPARE(SourcesPanel::health(s), health);
        SourcesPanel panel;
        panel.sourceFinished(QStringLiteral("staging"), s);
        QCOMPARE(row(panel, QStringLiteral("staging"), QStringLiteral("config"))->text(SourcesPanel::StatusColumn),
                 shown);
    }

    void latency_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("unknown") << qint64(-1) << QStringLiteral("—");
        QTest::addRow("zero") << qint64(0) << QStringLiteral("0 ms");
        QTest::addRow("fast") << qint64(85) << QStringLiteral("85 ms");
        QTest::addRow("just under a second") << qint64(999) << QStringLiteral("999 ms");
        QTest::addRow("seconds") << qint64(2449) << QStringLiteral("2.4 s");
    }
    void latency()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(QString, text);
        QCOMPARE(SourcesPanel::latencyText(milliseconds), text);
    }

    void listsEverySourceOfEveryEnvironment()
    {
        SourcesPanel panel;
        panel.loadSnapshot(snapshot());
        QCOMPARE(panel.rowCount(), 6);
        QTreeWidgetItem *stale = row(panel, QStringLiteral("staging"), QStringLiteral("metrics"));
        QVERIFY(stale);
        QCOMPARE(stale->text(SourcesPanel::EnvironmentColumn), QStringLiteral("Staging"));
        QCOMPARE(stale->text(SourcesPanel::SourceColumn), QStringLiteral("Metrics"));
        QCOMPARE(stale->text(SourcesPanel::StatusColumn), QStringLiteral("⚠ Stale"));
        QCOMPARE(stale->text(SourcesPanel::LatencyColumn), QStringLiteral("2.4 s"));
        // The cell shows the first line; the tooltip the full error.
        QCOMPARE(stale->text(SourcesPanel::ErrorColumn), LongError.section(u'\n', 0, 0));
        QCOMPARE(stale->toolTip(SourcesPanel::ErrorColumn), LongError);
        QCOMPARE(row(panel, QStringLiteral("development"), QStringLiteral("metrics"))->text(SourcesPanel::StatusColumn),
                 QStringLiteral("✖ Error"));
        QCOMPARE(
            row(panel, QStringLiteral("development"), QStringLiteral("metrics"))->text(SourcesPanel::LastSuccessColumn),
            QStringLiteral("never"));
        // (The count's plural form comes from the English translation, not loaded here.)
        const QString summary = panel.findChild<QLabel *>(QStringLiteral("sourcesSummary"))->text();
        QVERIFY2(summary.startsWith(u'6') && summary.endsWith(QStringLiteral(" · ✔ 4 ok · ⚠ 1 stale · ✖ 1 error")),
                 qPrintable(summary));

        // Selecting the row shows the whole error in the detail area.
        auto *tree = panel.findChild<QTreeWidget *>(QStringLiteral("sourcesTable"));
        tree->setCurrentItem(stale);
        const QString detail = panel.findChild<QPlainTextEdit *>(QStringLiteral("sourceDetail"))->toPlainText();
        QVERIFY2(detail.endsWith(QStringLiteral("Error:\n") + LongError), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("last values read, marked stale")), qPrintable(detail));
    }

    void retryAsksForOneSource()
    {
        SourcesPanel panel;
        panel.loadSnapshot(snapshot());
        QSignalSpy retry(&panel, &SourcesPanel::retryRequested);
        auto *button = panel.findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(!button->isEnabled()); // nothing selected
        panel.findChild<QTreeWidget *>(QStringLiteral("sourcesTable"))
            ->setCurrentItem(row(panel, QStringLiteral("development"), QStringLiteral("metrics")));
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.first().at(0).toString(), QStringLiteral("development"));
        QCOMPARE(retry.first().at(1).toString(), QStringLiteral("metrics"));
    }

    void followsARefresh()
    {
        SourcesPanel panel;
        panel.loadSnapshot(snapshot());
        QSignalSpy cancel(&panel, &SourcesPanel::cancelRequested);
        auto *cancelButton = panel.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        auto *retryButton = panel.findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(!cancelButton->isEnabled());

        SourceStatus metrics = status(QStringLiteral("metrics"), SourceState::Pending, -1, Noon.addSecs(-3600));
        panel.sourceStarted(QStringLiteral("staging"), metrics);
        QTreeWidgetItem *item = row(panel, QStringLiteral("staging"), QStringLiteral("metrics"));
        QCOMPARE(item->text(SourcesPanel::StatusColumn), QStringLiteral("↻ Fetching"));
        QVERIFY(cancelButton->isEnabled());
        panel.findChild<QTreeWidget *>(QStringLiteral("sourcesTable"))->setCurrentItem(item);
        QVERIFY(!retryButton->isEnabled()); // already being read
        cancelButton->click();
        QCOMPARE(cancel.size(), 1);

        metrics.state = SourceState::Ok;
        metrics.latencyMs = 40;
        metrics.lastSuccess = Noon;
        metrics.error.clear();
        panel.sourceFinished(QStringLiteral("staging"), metrics);
        QCOMPARE(panel.rowCount(), 6); // updated in place
        QCOMPARE(item->text(SourcesPanel::StatusColumn), QStringLiteral("✔ OK"));
        QCOMPARE(item->text(SourcesPanel::LatencyColumn), QStringLiteral("40 ms"));
        QCOMPARE(item->text(SourcesPanel::ErrorColumn), QString());
        QVERIFY(!cancelButton->isEnabled());
        QVERIFY(retryButton->isEnabled());

        // A refresh announced by the session keeps Cancel available between sources.
        panel.setRefreshing(true);
        QVERIFY(cancelButton->isEnabled());
        panel.setRefreshing(false);
        QVERIFY(!cancelButton->isEnabled());
    }

    void screenshots()
    {
        const QString folder = qEnvironmentVariable("DRIFTDECK_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set DRIFTDECK_SCREENSHOTS to a folder to render screenshots");
        for (const bool dark : {false, true}) {
            SourcesPanel panel;
            if (dark)
                panel.setPalette(GuiTestData::darkPalette());
            panel.resize(820, 420);
            panel.loadSnapshot(snapshot());
            panel.sourceStarted(QStringLiteral("production"),
                                status(QStringLiteral("config"), SourceState::Pending, -1, Noon));
            auto *tree = panel.findChild<QTreeWidget *>(QStringLiteral("sourcesTable"));
            tree->setCurrentItem(row(panel, QStringLiteral("staging"), QStringLiteral("metrics")));
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QVERIFY(panel.grab().save(
                folder + (dark ? QStringLiteral("/sources-dark.png") : QStringLiteral("/sources-light.png"))));
        }
    }
};

QTEST_MAIN(SourcesPanelTest)
#include "tst_sourcespanel.moc"
