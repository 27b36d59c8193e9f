#include "values/glob.h"

#include <QTest>

using namespace DriftDeck;

class GlobTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void match_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("caseInsensitive");
        QTest::addColumn<bool>("expected");
        QTest::addRow("literal") << "config/a" << "config/a" << false << true;
        QTest::addRow("literal mismatch") << "config/a" << "config/b" << false << false;
        QTest::addRow("star suffix") << "config/database.*" << "config/database.poolSize" << false << true;
        QTest::addRow("star crosses dots and slashes")
            << "*password*" << "config/db.admin.password.v2" << false << true;
        QTest::addRow("star empty") << "config/*" << "config/" << false << true;
        QTest::addRow("star no match") << "config/database.*" << "config/cache.size" << false << false;
        QTest::addRow("question") << "flag/?" << "flag/x" << false << true;
        QTest::addRow("question needs one") << "flag/?" << "flag/" << false << false;
        QTest::addRow("two stars") << "image/*/digest" << "image/checkout-api/digest" << false << true;
        QTest::addRow("two stars no") << "image/*/digest" << "image/checkout-api" << false << false;
        QTest::addRow("case sensitive") << "*apiKey*" << "config/APIKEY" << false << false;
        QTest::addRow("case insensitive") << "*apiKey*" << "config/payment.APIKEY" << true << true;
        QTest::addRow("backtracking") << "*a*b*c" << "xxaxxbxxbxxc" << false << true;
        QTest::addRow("trailing text") << "a*b" << "abx" << false << false;
        QTest::addRow("hostile pattern stays fast") << "*a*a*a*a*a*a*a*a*a*b" << QString(5000, u'a') << false << false;
    }
    void match()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, caseInsensitive);
        QFETCH(bool, expected);
        QCOMPARE(globMatch(pattern, text, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive), expected);
    }
};

QTEST_GUILESS_MAIN(GlobTest)
#include "tst_glob.moc"
