// TextIdentityTable numbers strings by the identity of their text: the same text at the same
// address is found whatever order it is asked in (the cursor's guess right or wrong), and the
// same text at another address is another string.
#include "values/textidentity.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

class TextIdentityTest : public QObject
{
    Q_OBJECT

private slots:
    void numbersByIdentity()
    {
        TextIdentityTable table;
        const QString a = u"config/a"_s;
        const QString b = u"config/b"_s;
        const auto [first, added] = table.findOrInsert(a, 7);
        QVERIFY(added);
        QCOMPARE(first, 7);
        QVERIFY(table.findOrInsert(b, 8).second);
        const auto [again, addedAgain] = table.findOrInsert(QString(a), 9); // a copy shares the text
        QVERIFY(!addedAgain);
        QCOMPARE(again, 7);
        const QString sameTextElsewhere = QString::fromLatin1("config/a");
        QVERIFY(table.findOrInsert(sameTextElsewhere, 10).second);
        // The prefix of a text, at the same address, is another text.
        TextIdentityTable::Cursor cursor;
        QCOMPARE(table.find(QString::fromRawData(a.constData(), a.size() - 1), cursor), -1);
        QCOMPARE(table.find(b, cursor), 8);
    }

    void anyOrderFindsEveryText()
    {
        QStringList texts;
        for (int i = 0; i < 20000; ++i)
            texts.append(u"key.%1"_s.arg(i));
        TextIdentityTable table;
        table.reserve(100); // grows from here
        for (qsizetype i = 0; i < texts.size(); ++i)
            QVERIFY(table.findOrInsert(texts[i], qint32(i)).second);

        TextIdentityTable::Cursor inOrder;
        for (qsizetype i = 0; i < texts.size(); ++i)
            QCOMPARE(table.find(texts[i], inOrder), qint32(i));

        std::vector<int> order(size_t(texts.size()));
        for (int i = 0; i < int(order.size()); ++i)
            order[size_t(i)] = i;
        QRandomGenerator random(7);
        std::shuffle(order.begin(), order.end(), random);
        // Runs in order broken by jumps: the cursor guesses right, then wrong, then right again.
        std::sort(order.begin(), order.begin() + order.size() / 2);
        TextIdentityTable::Cursor mixed;
        for (const int i : order)
            QCOMPARE(table.find(texts[i], mixed), qint32(i));
        for (const int i : order)
            QCOMPARE(table.findOrInsert(texts[i], -1).first, qint32(i));

        const QString absent = u"key.absent"_s;
        TextIdentityTable::Cursor cursor;
        QCOMPARE(table.find(absent, cursor), -1);
    }
};

QTEST_GUILESS_MAIN(TextIdentityTest)
#include "tst_textidentity.moc"
