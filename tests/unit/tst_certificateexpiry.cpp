// The daysToExpiry row of the tls source: compared by state against limits, shown with the days
// and the date, so certificates renewed on different days agree while both are far from expiry.
#include "sources/tls/tlsprobesource.h"

#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

class CertificateExpiryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void states_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("warningDays");
        QTest::addColumn<int>("criticalDays");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("display");
        QTest::addRow("far away") << 90 << 30 << 14 << u"ok"_s << u"90 days (until 2027-03-01)"_s;
        QTest::addRow("at the warning limit") << 30 << 30 << 14 << u"warning"_s << u"30 days (until 2026-12-31)"_s;
        QTest::addRow("just above the critical limit")
            << 15 << 30 << 14 << u"warning"_s << u"15 days (until 2026-12-16)"_s;
        QTest::addRow("at the critical limit") << 14 << 30 << 14 << u"critical"_s << u"14 days (until 2026-12-15)"_s;
        QTest::addRow("today") << 0 << 30 << 14 << u"critical"_s << u"0 days (until 2026-12-01)"_s;
        QTest::addRow("one day") << 1 << 30 << 14 << u"critical"_s << u"1 day (until 2026-12-02)"_s;
        QTest::addRow("expired") << -3 << 30 << 14 << u"critical"_s << u"-3 days (expired on 2026-11-28)"_s;
        QTest::addRow("workspace limits") << 45 << 60 << 7 << u"warning"_s << u"45 days (until 2027-01-15)"_s;
        QTest::addRow("workspace limits, critical") << 7 << 60 << 7 << u"critical"_s << u"7 days (until 2026-12-08)"_s;
    }
    void states()
    {
        QFETCH(int, days);
        QFETCH(int, warningDays);
        QFETCH(int, criticalDays);
        QFETCH(QString, state);
        QFETCH(QString, display);
        const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
        const Value value = expiryValue(now.addDays(days).addSecs(60), now, {warningDays, criticalDays});
        QCOMPARE(value.canonical(), state);
        QCOMPARE(value.display(), display);
    }

    void renewedOnDifferentDaysAgree()
    {
        const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
        QCOMPARE(expiryValue(now.addDays(80), now, {}), expiryValue(now.addDays(85), now, {}));
        QVERIFY(!(expiryValue(now.addDays(80), now, {}) == expiryValue(now.addDays(10), now, {})));
    }

    void limitsFromOptions()
    {
        const CertificateExpiryLimits defaults = expiryLimits({});
        QCOMPARE(defaults.warningDays, 30);
        QCOMPARE(defaults.criticalDays, 14);
        const CertificateExpiryLimits custom
            = expiryLimits({{u"expiryWarningDays"_s, 60}, {u"expiryCriticalDays"_s, 7}});
        QCOMPARE(custom.warningDays, 60);
        QCOMPARE(custom.criticalDays, 7);
    }
};

QTEST_GUILESS_MAIN(CertificateExpiryTest)
#include "tst_certificateexpiry.moc"
