#include "drift/driftengine.h"
#include "guitestdata.h"
#include "markexpecteddialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>

using namespace DriftDeck;

namespace {

const QDate Today(2026, 11, 26);

// Production (baseline), staging and development. Staging differs on three database keys and
// one flag; development on one database key and the flag.
SnapshotPtr makeSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    const auto env = [](const QString &name, const QString &title, const QList<std::pair<QString, double>> &values) {
        EnvironmentCapture capture;
        capture.name = name;
        capture.displayName = title;
        for (const auto &[key, value] : values) {
            Entry e;
            e.value = Value::number(value);
            capture.entries.insert(key, e);
        }
        return capture;
    };
    const QString pool = QStringLiteral("config/database.poolSize");
    const QString timeout = QStringLiteral("config/database.timeout");
    const QString replicas = QStringLiteral("config/database.replicas");
    const QString port = QStringLiteral("config/server.port");
    const QString beta = QStringLiteral("flag/beta");
    s->environments = {
        env(QStringLiteral("production"), QStringLiteral("Production"),
            {{pool, 50}, {timeout, 30}, {replicas, 3}, {port, 80}, {beta, 0}}),
        env(QStringLiteral("staging"), QStringLiteral("Staging"),
            {{pool, 20}, {timeout, 10}, {replicas, 1}, {port, 80}, {beta, 1}}),
        env(QStringLiteral("development"), QStringLiteral("Development"),
            {{pool, 5}, {timeout, 30}, {replicas, 3}, {port, 80}, {beta, 1}}),
    };
    s->policy = Policy::defaults();
    s->buildIndex();
    return s;
}

DriftResult driftOf(const SnapshotPtr &snapshot)
{
    return DriftEngine::compute(*snapshot, 0, snapshot->policy, Today);
}

template<typename T> T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void setChecked(QListWidget *list, const QString &environment, bool checked)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == environment)
            list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

class MarkExpectedDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void prefillsFromTheClickedCell()
    {
        const SnapshotPtr snapshot = makeSnapshot();
        MarkExpectedDialog dialog(snapshot, driftOf(snapshot), QStringLiteral("config/database.poolSize"),
                                  {QStringLiteral("staging")}, Today);
        QCOMPARE(child<QLineEdit>(dialog, "keyEdit")->text(), QStringLiteral("config/database.poolSize"));
        auto *list = child<QListWidget>(dialog, "environmentList");
        QCOMPARE(list->count(), 2); // not the baseline
        QCOMPARE(list->item(0)->text(), QStringLiteral("Staging"));
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
        QVERIFY(child<QCheckBox>(dialog, "expiresCheck")->isChecked());
        QCOMPARE(child<QDateEdit>(dialog, "expiryEdit")->date(), Today.addDays(90));
        QCOMPARE(dialog.hiddenCellCount(), 1);
        QCOMPARE(child<QLabel>(dialog, "previewLabel")->text().section(u'\n', 1),
                 QStringLiteral("  • config/database.poolSize in Staging"));
    }

    void okNeedsReasonOwnerAndAnEnvironment()
    {
        const SnapshotPtr snapshot = makeSnapshot();
        MarkExpectedDialog dialog(snapshot, driftOf(snapshot), QStringLiteral("config/database.poolSize"),
                                  {QStringLiteral("staging")}, Today);
        QPushButton *ok = okButton(dialog);
        auto *hint = child<QLabel>(dialog, "hintLabel");
        QVERIFY(!ok->isEnabled());
        QCOMPARE(hint->text(), QStringLiteral("Say why the difference is intended."));

        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("sized for load"));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(hint->text(), QStringLiteral("Name who owns this exemption."));
        QTest::keyClicks(child<QLineEdit>(dialog, "ownerEdit"), QStringLiteral("   "));
        QVERIFY(!ok->isEnabled()); // blank is as good as missing
        QTest::keyClicks(child<QLineEdit>(dialog, "ownerEdit"), QStringLiteral("platform-team"));
        QVERIFY(ok->isEnabled());
        QVERIFY(hint->isHidden());

        setChecked(child<QListWidget>(dialog, "environmentList"), QStringLiteral("staging"), false);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(hint->text(), QStringLiteral("Choose at least one environment."));
        setChecked(child<QListWidget>(dialog, "environmentList"), QStringLiteral("development"), true);
        QVERIFY(ok->isEnabled());

        child<QLineEdit>(dialog, "keyEdit")->clear();
        QVERIFY(!ok->isEnabled());
        QCOMPARE(hint->text(), QStringLiteral("Enter the key or a pattern."));
    }

    void previewFollowsTheGlob_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("environments");
        QTest::addColumn<int>("hidden");
        const QStringList staging = {QStringLiteral("staging")};
        const QStringList both = {QStringLiteral("staging"), QStringLiteral("development")};
        QTest::addRow("one key") << QStringLiteral("config/database.poolSize") << staging << 1;
        QTest::addRow("one key, both") << QStringLiteral("config/database.poolSize") << both << 2;
        QTest::addRow("database glob") << QStringLiteral("config/database.*") << staging << 3;
        QTest::addRow("everything") << QStringLiteral("*") << both << 6;
        QTest::addRow("same everywhere hides nothing") << QStringLiteral("config/server.port") << both << 0;
        QTest::addRow("no such key") << QStringLiteral("config/nothing") << both << 0;
    }
    void previewFollowsTheGlob()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, environments);
        QFETCH(int, hidden);
        const SnapshotPtr snapshot = makeSnapshot();
        MarkExpectedDialog dialog(snapshot, driftOf(snapshot), QStringLiteral("config/database.poolSize"),
                                  {QStringLiteral("staging")}, Today);
        auto *list = child<QListWidget>(dialog, "environmentList");
        setChecked(list, QStringLiteral("development"), environments.contains(QStringLiteral("development")));
        auto *keyEdit = child<QLineEdit>(dialog, "keyEdit");
        keyEdit->clear();
        QTest::keyClicks(keyEdit, key);
        // The preview follows after a pause in typing.
        QTRY_COMPARE(dialog.hiddenCellCount(), hidden);
        const QString preview = child<QLabel>(dialog, "previewLabel")->text();
        if (hidden == 0) {
            QCOMPARE(preview, QStringLiteral("This rule hides no drifting cells right now."));
        } else {
            QVERIFY2(preview.startsWith(QStringLiteral("This rule hides %1 cell").arg(hidden)), qPrintable(preview));
            QCOMPARE(preview.count(QStringLiteral(" in ")), std::min(hidden, 5));
        }
    }

    void manyCellsAreSummarised()
    {
        const SnapshotPtr snapshot = makeSnapshot();
        MarkExpectedDialog dialog(snapshot, driftOf(snapshot), QStringLiteral("*"),
                                  {QStringLiteral("staging"), QStringLiteral("development")}, Today);
        QCOMPARE(dialog.hiddenCellCount(), 6);
        const QString preview = child<QLabel>(dialog, "previewLabel")->text();
        QCOMPARE(preview.count(QStringLiteral(" in ")), 5);
        QVERIFY2(preview.endsWith(QStringLiteral("\n  and 1 more")), qPrintable(preview));
        auto *keyEdit = child<QLineEdit>(dialog, "keyEdit");
        keyEdit->setText(QStringLiteral("config/*"));
        dialog.updatePreview();
        QCOMPARE(dialog.hiddenCellCount(), 4);
        QVERIFY(!child<QLabel>(dialog, "previewLabel")->text().contains(QStringLiteral("more")));
    }

    void returnsTheRule()
    {
        const SnapshotPtr snapshot = makeSnapshot();
        MarkExpectedDialog dialog(snapshot, driftOf(snapshot), QStringLiteral("config/database.poolSize"),
                                  {QStringLiteral("staging")}, Today);
        child<QLineEdit>(dialog, "keyEdit")->setText(QStringLiteral("  config/database.*  "));
        setChecked(child<QListWidget>(dialog, "environmentList"), QStringLiteral("development"), true);
        child<QLineEdit>(dialog, "reasonEdit")->setText(QStringLiteral("smaller \"pools\" # save money"));
        child<QLineEdit>(dialog, "ownerEdit")->setText(QStringLiteral("platform-team"));
        child<QDateEdit>(dialog, "expiryEdit")->setDate(QDate(2027, 3, 31));

        ExpectedDifference rule = dialog.rule();
        QCOMPARE(rule.key, QStringLiteral("config/database.*"));
        QCOMPARE(rule.environments, (QStringList{QStringLiteral("staging"), QStringLiteral("development")}));
        QCOMPARE(rule.reason, QStringLiteral("smaller \"pools\" # save money"));
        QCOMPARE(rule.owner, QStringLiteral("platform-team"));
        QCOMPARE(rule.expires, QDate(2027, 3, 31));

        // No expiry: the date field is off and the rule never expires.
        child<QCheckBox>(dialog, "expiresCheck")->setChecked(false);
        QVERIFY(!child<QDateEdit>(dialog, "expiryEdit")->isEnabled());
        rule = dialog.rule();
        QVERIFY(!rule.expires.isValid());

        // An expiry in the past cannot be chosen.
        child<QDateEdit>(dialog, "expiryEdit")->setDate(Today.addDays(-3));
        QCOMPARE(child<QDateEdit>(dialog, "expiryEdit")->date(), Today);
    }

    void screenshots()
    {
        const QString folder = qEnvironmentVariable("DRIFTDECK_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set DRIFTDECK_SCREENSHOTS to a folder to render screenshots");
        const SnapshotPtr snapshot = makeSnapshot();
        for (const bool dark : {false, true}) {
            MarkExpectedDialog dialog(snapshot, driftOf(snapshot), QStringLiteral("config/database.*"),
                                      {QStringLiteral("staging")}, Today);
            if (dark)
                dialog.setPalette(GuiTestData::darkPalette());
            child<QLineEdit>(dialog, "reasonEdit")->setText(QStringLiteral("production is sized for real load"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(
                folder
                + (dark ? QStringLiteral("/markexpected-dark.png") : QStringLiteral("/markexpected-light.png"))));
        }
    }
};

QTEST_MAIN(MarkExpectedDialogTest)
#include "tst_markexpecteddialog.moc"
