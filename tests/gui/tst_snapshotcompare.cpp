#include "guitestdata.h"
#include "historytestdata.h"
#include "snapshotcompare.h"
#include "snapshotcomparemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

// Day 1 against day 3 of the history fixture, compared against production.
SnapshotDiff fixtureDiff()
{
    const auto a = HistoryTestData::checkoutOnDay(1);
    const auto b = HistoryTestData::checkoutOnDay(3);
    return diffSnapshots(*a, *b, u"production"_s, a->policy, TestSnapshots::today());
}

// "kind | environment | key | before | after" of every row the view shows, in view order.
QStringList shownRows(const SnapshotCompare &compare)
{
    QStringList rows;
    const QAbstractItemModel *model = compare.view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        rows.append(cells.join(u" | "_s));
    }
    return rows;
}

} // namespace

class SnapshotCompareTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rows()
    {
        SnapshotCompare compare;
        QAbstractItemModelTester modelTester(compare.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(compare.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        compare.setDiff(fixtureDiff(), u"26 Nov, 09:00"_s, u"Live"_s);
        QCOMPARE(shownRows(compare),
                 (QStringList{
                     u"Added | development | tls/api.example.com/issuer | — | "_s,
                     u"Changed | development | config/database.password | secret (not shown) | secret (not shown)"_s,
                     u"Changed | development | config/database.poolSize | 20 | 50"_s,
                     u"New drift | development | tls/api.example.com/issuer | — | Only here"_s,
                     u"Resolved drift | development | config/database.password | Secret: differs | Secret: same"_s,
                     u"Resolved drift | development | config/database.poolSize | Differs | Same"_s,
                     u"Changed | staging | image/worker | 2.0 | 2.1"_s,
                     u"New drift | staging | image/worker | Same | Differs"_s,
                 }));
        QCOMPARE(compare.summaryText(), u"Added 1 · Removed 0 · Changed 3 · New drift 2 · Resolved drift 2"_s);
        QCOMPARE(compare.notesText(), QString());
        QCOMPARE(compare.findChild<QLabel *>(u"compareTitle"_s)->text(), u"26 Nov, 09:00 → Live"_s);
        QCOMPARE(compare.view()->model()->headerData(SnapshotCompareModel::BeforeColumn, Qt::Horizontal).toString(),
                 u"26 Nov, 09:00"_s);
        QCOMPARE(compare.view()->model()->headerData(SnapshotCompareModel::AfterColumn, Qt::Horizontal).toString(),
                 u"Live"_s);
    }

    void filters()
    {
        SnapshotCompare compare;
        compare.setDiff(fixtureDiff(), u"A"_s, u"B"_s);
        auto *text = compare.findChild<QLineEdit *>(u"compareFilterText"_s);
        auto *environment = compare.findChild<QComboBox *>(u"compareEnvironment"_s);
        auto *kind = compare.findChild<QComboBox *>(u"compareKind"_s);
        auto *showing = compare.findChild<QLabel *>(u"compareShowing"_s);
        // Only environments with rows: production, the baseline, has none.
        QCOMPARE(environment->count(), 3);
        QCOMPARE(environment->itemText(2), u"staging"_s);

        QTest::keyClicks(text, u"POOL"_s);
        QCOMPARE(shownRows(compare).size(), 2);
        QCOMPARE(showing->text(), u"Showing 2 of 8"_s);
        text->clear();
        environment->setCurrentIndex(environment->findData(u"staging"_s));
        QCOMPARE(shownRows(compare).size(), 2);
        kind->setCurrentIndex(kind->findData(int(CompareRow::Kind::NewDrift)));
        QCOMPARE(shownRows(compare), QStringList{u"New drift | staging | image/worker | Same | Differs"_s});
        environment->setCurrentIndex(0);
        QCOMPARE(shownRows(compare).size(), 2);
        kind->setCurrentIndex(0);
        QCOMPARE(showing->text(), QString());

        // A new diff keeps the chosen environment when it still exists.
        environment->setCurrentIndex(environment->findData(u"staging"_s));
        compare.setDiff(fixtureDiff(), u"A"_s, u"B"_s);
        QCOMPARE(environment->currentData().toString(), u"staging"_s);
        QCOMPARE(shownRows(compare).size(), 2);
    }

    void activatingARowNamesTheKey()
    {
        SnapshotCompare compare;
        compare.setDiff(fixtureDiff(), u"A"_s, u"B"_s);
        QSignalSpy activated(&compare, &SnapshotCompare::keyActivated);
        Q_EMIT compare.view()->activated(compare.view()->model()->index(6, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first(), (QVariantList{u"image/worker"_s, u"staging"_s}));
    }

    void notesAndEmpty()
    {
        const auto a = HistoryTestData::checkoutOnDay(1);
        auto b = HistoryTestData::checkoutOnDay(1);
        b->saltId = u"another"_s;
        b->environments.removeAt(TestSnapshots::Development);
        EnvironmentCapture qa;
        qa.name = u"qa"_s;
        b->environments.append(qa);
        b->buildIndex();
        SnapshotCompare compare;
        compare.setDiff(diffSnapshots(*a, *b, u"missing"_s, a->policy, TestSnapshots::today()), u"Monday"_s,
                        u"Tuesday"_s);
        QCOMPARE(compare.notesText(),
                 u"Environments only in Tuesday: qa. Environments only in Monday: development. Secrets were "
                 "fingerprinted with different salts, so whether they changed cannot be told. Drift changes are not "
                 "shown: the baseline \"missing\" is not in the older snapshot."_s);
        QVERIFY(compare.summaryText().endsWith(u"Cannot compare 2"_s));

        compare.setDiff(SnapshotDiff(), u"A"_s, u"B"_s);
        QVERIFY(compare.view()->isHidden());
        QCOMPARE(compare.findChild<QLabel *>(u"compareEmpty"_s)->text(),
                 u"No differences: both hold the same keys, values and drift."_s);
    }

    // Not a check: with DRIFTDECK_SCREENSHOTS=<folder> set, renders the widget for a person to look at.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("DRIFTDECK_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set DRIFTDECK_SCREENSHOTS to a folder to render screenshots");
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? GuiTestData::darkPalette() : GuiTestData::lightPalette());
            SnapshotCompare compare;
            compare.resize(820, 360);
            compare.setDiff(fixtureDiff(), u"Saved 26 Nov 2026, 09:00"_s, u"Live"_s);
            compare.show();
            QVERIFY(QTest::qWaitForWindowExposed(&compare));
            QVERIFY(compare.grab().save(folder + (dark ? u"/compare-dark.png"_s : u"/compare-light.png"_s)));
        }
    }
};

QTEST_MAIN(SnapshotCompareTest)
#include "tst_snapshotcompare.moc"
