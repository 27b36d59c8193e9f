#include "diffview.h"
#include "drift/driftengine.h"
#include "guitestdata.h"
#include "itemmodels/celltext.h"
#include "keydrilldown.h"
#include "valuehighlighter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace DriftDeck;

namespace {

const QDate Today(2026, 11, 26);
const QString ServerKey = QStringLiteral("config/server");
const QString PasswordKey = QStringLiteral("config/db.password");
const QString PoolKey = QStringLiteral("config/database.poolSize");
const QString LevelKey = QStringLiteral("config/logging.level");
const QString ProductionFingerprint = QStringLiteral("9f3ac0ffee1234567890production");
const QString StagingFingerprint = QStringLiteral("77ab5eed00987654321staging");

const QString ProductionServer = QStringLiteral("server:\n  host: api.internal\n  port: 8080\n  tls: true");
const QString StagingServer = QStringLiteral("server:\n  host: api.internal\n  port: 8081\n  tls: true\n  debug: yes");

Entry entry(const Value &value, QList<Origin> provenance = {}, bool stale = false)
{
    Entry e;
    e.value = value;
    e.provenance = std::move(provenance);
    e.source = 0;
    e.stale = stale;
    return e;
}

EnvironmentCapture environment(const QString &name, const QString &title)
{
    EnvironmentCapture capture;
    capture.name = name;
    capture.displayName = title;
    capture.layers
        = {{QStringLiteral("config"), QStringLiteral("config/base.yaml"), QStringLiteral("config/base.yaml")},
           {QStringLiteral("config"), QStringLiteral("config/%1.yaml").arg(name),
            QStringLiteral("config/%1.yaml").arg(name)},
           {QStringLiteral("config"), QStringLiteral("env DB_POOL_SIZE"), QStringLiteral("env/%1.env").arg(name)}};
    SourceStatus status;
    status.id = QStringLiteral("config");
    status.label = QStringLiteral("Service configuration");
    status.keyPrefixes = {QStringLiteral("config/")};
    status.state = SourceState::Ok;
    status.fetchedAt = QDateTime(Today, QTime(9, 30), QTimeZone::UTC);
    status.lastSuccess = status.fetchedAt;
    capture.sources.append(status);
    return capture;
}

// Production is the baseline; staging differs in a YAML value, a secret, a pool size (expected)
// and a log level (expected by a rule that has expired); development's source failed.
SnapshotPtr makeSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    EnvironmentCapture production = environment(QStringLiteral("production"), QStringLiteral("Production"));
    EnvironmentCapture staging = environment(QStringLiteral("staging"), QStringLiteral("Staging"));
    EnvironmentCapture development = environment(QStringLiteral("development"), QStringLiteral("Development"));
    development.sources[0].state = SourceState::Failed;
    development.sources[0].error = QStringLiteral("config/development.yaml: permission denied");

    production.entries.insert(ServerKey, entry(Value::string(ProductionServer), {{1, 4, 1, ProductionServer}}));
    staging.entries.insert(ServerKey, entry(Value::string(StagingServer), {{1, 2, 1, StagingServer}}));
    development.entries.insert(ServerKey, entry(Value::string(ProductionServer), {}, true));

    production.entries.insert(PasswordKey, entry(Value::secret(ProductionFingerprint), {{1, 9, 1, {}}}));
    staging.entries.insert(PasswordKey, entry(Value::secret(StagingFingerprint), {{0, 3, 1, {}}, {2, 1, 1, {}}}));

    production.entries.insert(
        PoolKey, entry(Value::number(50), {{0, 3, 3, QStringLiteral("10")}, {1, 7, 3, QStringLiteral("50")}}));
    staging.entries.insert(
        PoolKey,
        entry(Value::number(20),
              {{0, 3, 3, QStringLiteral("10")}, {1, 5, 3, QStringLiteral("15")}, {2, 1, 1, QStringLiteral("20")}}));

    production.entries.insert(LevelKey, entry(Value::string(QStringLiteral("warn"))));
    staging.entries.insert(LevelKey, entry(Value::string(QStringLiteral("warning"))));

    s->environments = {development, staging, production};
    s->baseline = QStringLiteral("production");
    s->policy = Policy::defaults();
    ExpectedDifference pool;
    pool.key = PoolKey;
    pool.reason = QStringLiteral("production is sized for real load");
    pool.owner = QStringLiteral("platform-team");
    pool.expires = QDate(2027, 3, 31);
    ExpectedDifference level;
    level.key = LevelKey;
    level.reason = QStringLiteral("verbose logs while testing");
    level.owner = QStringLiteral("checkout-team");
    level.expires = QDate(2026, 6, 30);
    s->policy.expected = {pool, level};
    s->buildIndex();
    return s;
}

DriftResult driftOf(const SnapshotPtr &snapshot)
{
    return DriftEngine::compute(*snapshot, snapshot->environmentIndex(u"production"), snapshot->policy, Today);
}

// Every text a person could see or a screen reader could read anywhere in the widget.
QStringList allTexts(QWidget *root)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->windowTitle();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            texts << edit->toPlainText() << edit->placeholderText();
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    for (const int role :
                         {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole), int(Qt::UserRole + 1)})
                        texts << model->index(row, column).data(role).toString();
                }
            }
        }
    }
    return texts;
}

} // namespace

class KeyDrillDownTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void differingKeyShowsBothValuesAndTheDiff()
    {
        const SnapshotPtr snapshot = makeSnapshot();
        KeyDrillDown drill;
        drill.showKey(snapshot, driftOf(snapshot), ServerKey);

        // The first drifting environment is compared: staging (development is unknown).
        QCOMPARE(drill.comparedEnvironment(), snapshot->environmentIndex(u"staging"));
        QCOMPARE(drill.findChild<QPlainTextEdit *>(QStringLiteral("baselineValue"))->toPlainText(), ProductionServer);
        QCOMPARE(drill.findChild<QPlainTextEdit *>(QStringLiteral("otherValue"))->toPlainText(), StagingServer);
        QCOMPARE(drill.findChild<QLabel *>(QStringLiteral("syntaxLabel"))->text(), QStringLiteral("Syntax: YAML"));

        auto *diff = drill.findChild<DiffView *>(QStringLiteral("diffView"));
        QVERIFY(diff);
        QCOMPARE(diff->changeCount(), 2); // port changed, debug added
        const QStringList shown = diff->toPlainText().split(u'\n');
        const QStringList expected = {QStringLiteral("  server:"),      QStringLiteral("    host: api.internal"),
                                      QStringLiteral("−   port: 8080"), QStringLiteral("+   port: 8081"),
                                      QStringLiteral("    tls: true"),  QStringLiteral("+   debug: yes")};
        QCOMPARE(shown, expected);

        // Only the changed digit of the port line is highlighted, on both sides.
        const auto background = [diff](int block, int column) {
            QTextCursor cursor(diff->document()->findBlockByNumber(block));
            cursor.setPosition(cursor.block().position() + DiffView::MarkerLength + column + 1);
            return cursor.charFormat().background();
        };
        const DiffColours colours = DiffColours::fromPalette(diff->palette());
        QCOMPARE(background(2, 11).color(), colours.removedText); // "  port: 8080": the final 0
        QCOMPARE(background(3, 11).color(), colours.addedText);
        QCOMPARE(background(2, 10).style(), Qt::NoBrush);
        QCOMPARE(background(2, 4).style(), Qt::NoBrush);
        QCOMPARE(diff->document()->findBlockByNumber(2).blockFormat().background().color(), colours.removedLine);
        QCOMPARE(diff->document()->findBlockByNumber(5).blockFormat().background().color(), colours.addedLine);
        QCOMPARE(diff->document()->findBlockByNumber(0).blockFormat().background().style(), Qt::NoBrush);

        // Every environment is listed with its value.
        auto *table = drill.findChild<QAbstractItemView *>(QStringLiteral("environmentTable"));
        QCOMPARE(table->model()->rowCount(), 3);
    }

    void choosingAnotherEnvironmentRecomputes()
    {
        const SnapshotPtr snapshot = makeSnapshot();
        KeyDrillDown drill;
        QSignalSpy changed(&drill, &KeyDrillDown::comparedEnvironmentChanged);
        const int development = snapshot->environmentIndex(u"development");
        drill.showKey(snapshot, driftOf(snapshot), ServerKey, development);
        QCOMPARE(drill.comparedEnvironment(), development);
        // Development's stale copy equals production: no differences, and the staleness is said.
        QCOMPARE(drill.findChild<DiffView *>(QStringLiteral("diffView"))->changeCount(), 0);
        const QString source = drill.findChild<QLabel *>(QStringLiteral("sourceLabel"))->text();
        QVERIFY2(source.contains(QStringLiteral("Stale in Development")), qPrintable(source));
        QVERIFY2(source.contains(QStringLiteral("permission denied")), qPrintable(source));

        auto *combo = drill.findChild<QComboBox *>(QStringLiteral("compareCombo"));
        QCOMPARE(combo->count(), 2); // every environment but the baseline
        combo->setCurrentIndex(combo->findData(snapshot->environmentIndex(u"staging")));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(drill.comparedEnvironment(), snapshot->environmentIndex(u"staging"));
        QCOMPARE(drill.findChild<DiffView *>(QStringLiteral("diffView"))->changeCount(), 2);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().toInt(), snapshot->environmentIndex(u"staging"));

        QSignalSpy mark(&drill, &KeyDrillDown::markExpectedRequested);
        auto *button = drill.findChild<QPushButton *>(QStringLiteral("markExpectedButton"));
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(mark.size(), 1);
        QCOMPARE(mark.first().at(0).toString(), ServerKey);
        QCOMPARE(mark.first().at(1).toInt(), snapshot->environmentIndex(u"staging"));
    }

    void secretShowsOnlyTheVerdict()
    {
        const SnapshotPtr snapshot = makeSnapshot();
        KeyDrillDown drill;
        drill.show();
        drill.showKey(snapshot, driftOf(snapshot), PasswordKey);
        auto *stack = drill.findChild<QLabel *>(QStringLiteral("secretLabel"));
        QVERIFY(stack->isVisible());
        QVERIFY2(stack->text().startsWith(QStringLiteral("Secret — differs from Production.")),
                 qPrintable(stack->text()));

        const QStringList texts = allTexts(&drill);
        for (const QString &text : texts) {
            QVERIFY2(!text.contains(ProductionFingerprint.left(8)), qPrintable(text));
            QVERIFY2(!text.contains(StagingFingerprint.left(8)), qPrintable(text));
        }
        // The provenance still says where the secret was set, without a value.
        auto *tree = drill.findChild<QTreeWidget *>(QStringLiteral("provenanceTree"));
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("env DB_POOL_SIZE:1"));
        QCOMPARE(tree->topLevelItem(1)->text(1), CellText::secretPlaceholder());
        QCOMPARE(tree->topLevelItem(1)->toolTip(1), QString());
    }

    void provenanceListsLayersWinnerLast()
    {
        const SnapshotPtr snapshot = makeSnapshot();
        KeyDrillDown drill;
        QSignalSpy open(&drill, &KeyDrillDown::openLocationRequested);
        drill.showKey(snapshot, driftOf(snapshot), PoolKey, snapshot->environmentIndex(u"staging"));
        auto *tree = drill.findChild<QTreeWidget *>(QStringLiteral("provenanceTree"));
        QCOMPARE(tree->topLevelItemCount(), 3);
        const QStringList where
            = {tree->topLevelItem(0)->text(0), tree->topLevelItem(1)->text(0), tree->topLevelItem(2)->text(0)};
        QCOMPARE(where,
                 (QStringList{QStringLiteral("config/base.yaml:3"), QStringLiteral("config/staging.yaml:5"),
                              QStringLiteral("env DB_POOL_SIZE:1")}));
        const QStringList values
            = {tree->topLevelItem(0)->text(1), tree->topLevelItem(1)->text(1), tree->topLevelItem(2)->text(1)};
        QCOMPARE(values, (QStringList{QStringLiteral("10"), QStringLiteral("15"), QStringLiteral("20")}));
        QCOMPARE(tree->topLevelItem(2)->text(2), QStringLiteral("✓ wins"));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("overridden"));
        QVERIFY(tree->topLevelItem(2)->font(0).bold());
        QVERIFY(!tree->topLevelItem(1)->font(0).bold());

        Q_EMIT tree->itemActivated(tree->topLevelItem(1), 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), QStringLiteral("config/staging.yaml"));
        QCOMPARE(open.first().at(1).toInt(), 5);

        // Expected: the rule's reason, owner and expiry; nothing to mark.
        const QString rule = drill.findChild<QLabel *>(QStringLiteral("ruleLabel"))->text();
        QVERIFY2(rule.startsWith(QStringLiteral("Expected difference\nReason: production is sized for real load\n"
                                                "Owner: platform-team\nExpires: ")),
                 qPrintable(rule));
        QVERIFY(!drill.findChild<QPushButton *>(QStringLiteral("markExpectedButton"))->isEnabled());
    }

    void expiredRuleIsFlagged()
    {
        const SnapshotPtr snapshot = makeSnapshot();
        KeyDrillDown drill;
        drill.showKey(snapshot, driftOf(snapshot), LevelKey, snapshot->environmentIndex(u"staging"));
        const QString rule = drill.findChild<QLabel *>(QStringLiteral("ruleLabel"))->text();
        QVERIFY2(rule.startsWith(QStringLiteral("⚠ Expected difference — rule expired, counts as drift again\n"
                                                "Reason: verbose logs while testing")),
                 qPrintable(rule));
        QVERIFY(rule.contains(QStringLiteral("Expired: ")));
        QVERIFY(drill.findChild<QPushButton *>(QStringLiteral("markExpectedButton"))->isEnabled());
        // A one-line change: one changed line with the word highlighted.
        auto *diff = drill.findChild<DiffView *>(QStringLiteral("diffView"));
        QCOMPARE(diff->diffLines().size(), 1);
        QCOMPARE(diff->diffLines().first().kind, DiffLine::Kind::Changed);
    }

    // A seed-format flag: its metadata and the engine's finding (an ops flag on in production).
    void flagMetadataAndFinding()
    {
        auto snapshot = std::make_shared<Snapshot>();
        for (const QString &name : {QStringLiteral("staging"), QStringLiteral("production")}) {
            EnvironmentCapture capture;
            capture.name = name;
            const auto put = [&capture](const QString &key, const QString &text) {
                Entry e;
                e.value = Value::string(text);
                capture.entries.insert(key, e);
            };
            put(QStringLiteral("flag/pay"), QStringLiteral("on"));
            put(QStringLiteral("flag/pay/owner"), QStringLiteral("payments-team"));
            put(QStringLiteral("flag/pay/category"), QStringLiteral("ops"));
            snapshot->environments.append(capture);
        }
        snapshot->buildIndex();
        KeyDrillDown drill;
        drill.showKey(snapshot, driftOf(snapshot), QStringLiteral("flag/pay"));
        const QString summary = drill.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Flag: owner payments-team · ops flag (kill switch)")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Finding: ops flag pay (a kill switch) is on in production")),
                 qPrintable(summary));
    }

    void clearLeavesNothingBehind()
    {
        const SnapshotPtr snapshot = makeSnapshot();
        KeyDrillDown drill;
        drill.showKey(snapshot, driftOf(snapshot), ServerKey);
        drill.clear();
        QCOMPARE(drill.key(), QString());
        for (const QString &text : allTexts(&drill))
            QVERIFY2(!text.contains(QStringLiteral("8081")), qPrintable(text));
        QCOMPARE(drill.findChild<QLabel *>(QStringLiteral("keyLabel"))->text(), QStringLiteral("No key selected"));
    }

    // Nothing chosen: a hint instead of empty tables; choosing a key brings the details back.
    void nothingSelectedShowsAHint()
    {
        const SnapshotPtr snapshot = makeSnapshot();
        KeyDrillDown drill;
        auto *pages = drill.findChild<QStackedWidget *>(QStringLiteral("drillDownPages"));
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("drillDownHint"));
        drill.showKey(snapshot, driftOf(snapshot), ServerKey);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("drillDownSplitter"));
        drill.clear();
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("drillDownHint"));
    }

    void syntaxDetection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ValueHighlighter::Syntax>("syntax");
        QTest::addRow("empty") << QString() << ValueHighlighter::Syntax::PlainText;
        QTest::addRow("scalar") << QStringLiteral("8080") << ValueHighlighter::Syntax::PlainText;
        QTest::addRow("sentence with colon")
            << QStringLiteral("note: a single line") << ValueHighlighter::Syntax::PlainText;
        QTest::addRow("json object") << QStringLiteral(R"({"a":1,"b":[true]})") << ValueHighlighter::Syntax::Json;
        QTest::addRow("json list") << QStringLiteral("[1, 2]") << ValueHighlighter::Syntax::Json;
        QTest::addRow("yaml flow list is not json") << QStringLiteral("[a, b]") << ValueHighlighter::Syntax::PlainText;
        QTest::addRow("yaml") << ProductionServer << ValueHighlighter::Syntax::Yaml;
        QTest::addRow("yaml list") << QStringLiteral("- a\n- b") << ValueHighlighter::Syntax::Yaml;
        QTest::addRow("ini") << QStringLiteral("[database]\nhost = db\nport = 5432") << ValueHighlighter::Syntax::Ini;
        QTest::addRow("properties") << QStringLiteral("a.b=1\nc=2") << ValueHighlighter::Syntax::Ini;
        QTest::addRow("xml") << QStringLiteral("<config><port>1</port></config>") << ValueHighlighter::Syntax::Xml;
        QTest::addRow("xml declaration") << QStringLiteral("<?xml version=\"1.0\"?>\n<a/>")
                                         << ValueHighlighter::Syntax::Xml;
        QTest::addRow("pem") << QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")
                             << ValueHighlighter::Syntax::Pem;
    }
    void syntaxDetection()
    {
        QFETCH(QString, text);
        QFETCH(ValueHighlighter::Syntax, syntax);
        QCOMPARE(ValueHighlighter::detect(text), syntax);
    }

    // The colour theme follows the palette, in both directions.
    void themeFollowsPalette()
    {
        const SnapshotPtr snapshot = makeSnapshot();
        KeyDrillDown drill;
        drill.showKey(snapshot, driftOf(snapshot), ServerKey);
        auto *highlighter = drill.findChild<QPlainTextEdit *>(QStringLiteral("baselineValue"))
                                ->document()
                                ->findChild<ValueHighlighter *>();
        QVERIFY(highlighter);
        QCOMPARE(highlighter->syntax(), ValueHighlighter::Syntax::Yaml);
        const QString light = highlighter->themeName();
        drill.setPalette(GuiTestData::darkPalette());
        const QString dark = highlighter->themeName();
        QVERIFY2(light != dark, qPrintable(light));
        auto *diff = drill.findChild<DiffView *>(QStringLiteral("diffView"));
        QCOMPARE(diff->document()->findBlockByNumber(2).blockFormat().background().color(),
                 DiffColours::fromPalette(GuiTestData::darkPalette()).removedLine);
        drill.setPalette(QPalette());
        QCOMPARE(highlighter->themeName(), light);
    }

    // Not a check: with DRIFTDECK_SCREENSHOTS=<folder> set, renders the panel for a person to look at.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("DRIFTDECK_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set DRIFTDECK_SCREENSHOTS to a folder to render screenshots");
        const SnapshotPtr snapshot = makeSnapshot();
        for (const bool dark : {false, true}) {
            for (const QString &key : {QString(), ServerKey, PasswordKey, PoolKey, LevelKey}) {
                KeyDrillDown drill;
                if (dark)
                    drill.setPalette(GuiTestData::darkPalette());
                drill.resize(560, 760);
                if (!key.isEmpty())
                    drill.showKey(snapshot, driftOf(snapshot), key);
                drill.show();
                QVERIFY(QTest::qWaitForWindowExposed(&drill));
                const QString name = (key.isEmpty() ? QStringLiteral("empty") : QString(key).replace(u'/', u'_'))
                    + (dark ? QStringLiteral("-dark") : QStringLiteral("-light"));
                QVERIFY(drill.grab().save(folder + QStringLiteral("/drilldown-") + name + QStringLiteral(".png")));
                if (key == ServerKey) {
                    drill.findChild<QTabWidget *>(QStringLiteral("valueTabs"))->setCurrentIndex(1);
                    QVERIFY(drill.grab().save(folder + QStringLiteral("/drilldown-sidebyside-") + name
                                              + QStringLiteral(".png")));
                }
            }
        }
    }
};

QTEST_MAIN(KeyDrillDownTest)
#include "tst_keydrilldown.moc"
