// Findings the drift engine makes from seed flag metadata, whether or not environments agree:
// an ops flag (a kill switch) on in production, a release flag past its planned removal.
#include "drift/driftengine.h"
#include "itemmodels/flagmetadata.h"
#include "snapshot/snapshot.h"
#include "workspace/policy.h"

#include <QTest>

Q_DECLARE_METATYPE(DriftDeck::Snapshot)

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 12, 5);

void put(EnvironmentCapture &capture, const QString &key, const QString &text)
{
    if (text.isEmpty())
        return;
    Entry e;
    e.value = Value::string(text);
    capture.entries.insert(key, e);
}

// production and staging with one flag, its state in each and its metadata in both.
Snapshot flagSnapshot(const QString &category, const QString &production, const QString &staging,
                      const QString &removal = {}, const QString &productionName = u"production"_s)
{
    Snapshot s;
    for (const QString &name : {productionName, u"staging"_s}) {
        EnvironmentCapture capture;
        capture.name = name;
        put(capture, u"flag/pay"_s, name == u"staging" ? staging : production);
        put(capture, u"flag/pay/category"_s, category);
        put(capture, u"flag/pay/plannedRemoval"_s, removal);
        s.environments.append(capture);
    }
    s.buildIndex();
    return s;
}

} // namespace

class FlagFindingsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<Snapshot>("snapshot");
        QTest::addColumn<int>("baseline");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("reason");
        const int none = int(Severity::None);
        const int warning = int(Severity::Warning);
        QTest::addRow("ops flag on in production") << flagSnapshot(u"ops"_s, u"on"_s, u"on"_s) << 0 << warning
                                                   << u"ops flag pay (a kill switch) is on in production"_s;
        QTest::addRow("ops flag on in production, staging the baseline")
            << flagSnapshot(u"ops"_s, u"on"_s, u"off"_s) << 1 << warning
            << u"ops flag pay (a kill switch) is on in production"_s;
        QTest::addRow("ops flag off in production") << flagSnapshot(u"ops"_s, u"off"_s, u"on"_s) << 0 << warning
                                                    << QString(); // drift (on in staging), no finding
        QTest::addRow("ops flag named prod") << flagSnapshot(u"ops"_s, u"on"_s, u"off"_s, {}, u"prod"_s) << 1 << warning
                                             << u"ops flag pay (a kill switch) is on in prod"_s;
        QTest::addRow("no production: the baseline counts")
            << flagSnapshot(u"ops"_s, u"off"_s, u"on"_s, {}, u"live"_s) << 1 << warning
            << u"ops flag pay (a kill switch) is on in staging"_s;
        QTest::addRow("release flag on in production is fine")
            << flagSnapshot(u"release"_s, u"on"_s, u"on"_s) << 0 << none << QString();
        QTest::addRow("release flag past its removal")
            << flagSnapshot(u"release"_s, u"on"_s, u"on"_s, u"2026-11-30"_s) << 0 << warning
            << u"release flag pay is past its planned removal on 2026-11-30"_s;
        QTest::addRow("release flag removed today is not past")
            << flagSnapshot(u"release"_s, u"on"_s, u"on"_s, u"2026-12-05"_s) << 0 << none << QString();
        QTest::addRow("release flag with a future removal")
            << flagSnapshot(u"release"_s, u"off"_s, u"on"_s, u"2027-01-31"_s) << 0 << int(Severity::Warning)
            << QString(); // drift (off against on), but no finding
        QTest::addRow("experiment past a date is no finding")
            << flagSnapshot(u"experiment"_s, u"on"_s, u"on"_s, u"2026-01-01"_s) << 0 << none << QString();
        QTest::addRow("no metadata") << flagSnapshot({}, u"on"_s, u"on"_s) << 0 << none << QString();
    }
    void findings()
    {
        QFETCH(Snapshot, snapshot);
        QFETCH(int, baseline);
        QFETCH(int, severity);
        QFETCH(QString, reason);
        const DriftResult result = DriftEngine::compute(snapshot, baseline, Policy(), Today);
        const int row = snapshot.rowOf(u"flag/pay"_s);
        QVERIFY(row >= 0);
        QCOMPARE(int(result.severity(row)), severity);
        QCOMPARE(result.stateReason(row), reason);
        // A finding even where all agree; none without one.
        QCOMPARE(result.stateSeverity(row), reason.isEmpty() ? Severity::None : Severity::Warning);
        // The metadata rows themselves carry no finding.
        QCOMPARE(result.stateReason(snapshot.rowOf(u"flag/pay/category"_s)), QString());
    }

    // What the drill-down says about a flag, from any of its rows.
    void metadataForDrillDown()
    {
        Snapshot s = flagSnapshot(u"release"_s, u"on"_s, u"off"_s, u"2026-11-30"_s);
        put(s.environments[0], u"flag/pay/owner"_s, u"payments-team"_s);
        s.buildIndex();
        const QString expected = u"owner payments-team · release flag · planned removal 2026-11-30"_s;
        QCOMPARE(FlagMetadata::of(s, u"flag/pay"_s, 0).describe(), expected);
        QCOMPARE(FlagMetadata::of(s, u"flag/pay/plannedRemoval"_s, 1).describe(), expected); // staging has no owner row
        QCOMPARE(FlagMetadata::of(s, u"flag/pay/category"_s, 1).flagKey, u"flag/pay"_s);
        QVERIFY(FlagMetadata::of(s, u"config/pay"_s, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(FlagFindingsTest)
#include "tst_flagfindings.moc"
