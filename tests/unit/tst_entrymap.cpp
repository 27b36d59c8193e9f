// EntryMap, the container of an environment's entries, must behave as the QHash it replaced:
// the same answers for every lookup after any mix of inserts, replacements and removals, and
// copies that share until one side changes.
#include "snapshot/entrymap.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

Entry entryFrom(int source)
{
    Entry entry;
    entry.value = Value::number(source);
    entry.source = source;
    return entry;
}

// Compares everything the map answers with what a QHash holding the same pairs answers.
void compareWith(const EntryMap &map, const QHash<QString, int> &expected, const QStringList &absent)
{
    QCOMPARE(map.size(), expected.size());
    QCOMPARE(map.isEmpty(), expected.isEmpty());
    qsizetype visited = 0;
    QSet<QString> seen;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        ++visited;
        QVERIFY2(!seen.contains(it.key()), qPrintable(it.key()));
        seen.insert(it.key());
        QVERIFY2(expected.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(it->source, expected.value(it.key()));
    }
    QCOMPARE(visited, expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(map.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(map.value(it.key()).source, it.value());
        QCOMPARE(map.constFind(QStringView(it.key())).key(), it.key());
    }
    for (const QString &key : absent) {
        if (expected.contains(key))
            continue;
        QVERIFY2(!map.contains(key), qPrintable(key));
        QVERIFY(map.constFind(key) == map.cend());
        QCOMPARE(map.value(key, entryFrom(-7)).source, -7);
    }
}

} // namespace

class EntryMapTest : public QObject
{
    Q_OBJECT

private slots:
    void isOnePointer()
    {
        // Copies of environments and snapshots count a reference, as they did with QHash.
        QCOMPARE(sizeof(EntryMap), sizeof(void *));
    }

    void emptyMapAnswersWithoutAllocating()
    {
        const EntryMap map;
        QVERIFY(map.isEmpty());
        QVERIFY(!map.contains(u"a"_s));
        QVERIFY(map.cbegin() == map.cend());
        QCOMPARE(map.value(u"a"_s).source, -1);
        QVERIFY(map.keys().isEmpty());
        EntryMap other;
        QVERIFY(!other.remove(u"a"_s));
        QVERIFY(other.begin() == other.end());
    }

    void insertReplacesAndSubscriptAdds()
    {
        EntryMap map;
        map.insert(u"config/a"_s, entryFrom(1));
        map.insert(u"config/a"_s, entryFrom(2));
        QCOMPARE(map.size(), 1);
        QCOMPARE(map.value(u"config/a"_s).source, 2);
        Entry &added = map[u"config/b"_s];
        QCOMPARE(added.source, -1); // a default entry, as QHash's operator[] makes
        added.source = 5;
        QCOMPARE(map.value(u"config/b"_s).source, 5);
        QCOMPARE(map[u"config/a"_s].source, 2); // operator[] on a present key changes nothing
        QCOMPARE(map.size(), 2);
        // A key made by concatenation finds the same entry as a stored string.
        const QString prefix = u"config/"_s;
        QVERIFY(map.contains(prefix + u"b"_s));
        QCOMPARE(map.keys(), QStringList({u"config/a"_s, u"config/b"_s})); // insertion order
        // tryInsert leaves a present key alone and says so.
        const auto [kept, addedNow] = map.tryInsert(u"config/a"_s, entryFrom(9));
        QVERIFY(!addedNow);
        QCOMPARE(kept->source, 2);
        const auto [fresh, addedFresh] = map.tryInsert(u"config/c"_s, entryFrom(9));
        QVERIFY(addedFresh);
        QCOMPARE(fresh.key(), u"config/c"_s);
        QCOMPARE(map.value(u"config/c"_s).source, 9);
    }

    void copiesShareUntilOneChanges()
    {
        EntryMap original;
        for (int i = 0; i < 100; ++i)
            original.insert(u"k%1"_s.arg(i), entryFrom(i));
        const EntryMap copy = original;
        original[u"k3"_s].source = 300;
        original.remove(u"k4"_s);
        original.insert(u"new"_s, entryFrom(1));
        for (auto it = original.begin(); it != original.end(); ++it)
            it->stale = true;
        QCOMPARE(copy.size(), 100);
        QCOMPARE(copy.value(u"k3"_s).source, 3);
        QVERIFY(copy.contains(u"k4"_s));
        QVERIFY(!copy.contains(u"new"_s));
        QVERIFY(!copy.value(u"k5"_s).stale);
        QCOMPARE(original.size(), 100);
        QVERIFY(original.value(u"k5"_s).stale);
    }

    void eraseWhileIteratingVisitsEveryNode()
    {
        EntryMap map;
        QHash<QString, int> expected;
        for (int i = 0; i < 5000; ++i) {
            map.insert(u"key.%1"_s.arg(i), entryFrom(i));
            expected.insert(u"key.%1"_s.arg(i), i);
        }
        QSet<int> visited;
        for (auto it = map.begin(); it != map.end();) {
            visited.insert(it->source);
            if (it->source % 3 == 0) {
                expected.remove(it.key());
                it = map.erase(it);
            } else {
                ++it;
            }
        }
        QCOMPARE(visited.size(), 5000);
        compareWith(map, expected, {u"key.0"_s, u"key.3"_s, u"key.4998"_s});
    }

    // Random operations, checked against QHash after each batch: covers growth, probing runs
    // that wrap around the table, the back shift of removals and the move of the last node.
    void behavesAsQHash_data()
    {
        QTest::addColumn<int>("keySpace");
        QTest::addColumn<int>("operations");
        QTest::newRow("few keys, many replacements") << 40 << 4000;
        QTest::newRow("growing") << 20000 << 30000;
        QTest::newRow("reserved") << 3000 << 6000;
    }
    void behavesAsQHash()
    {
        QFETCH(int, keySpace);
        QFETCH(int, operations);
        QRandomGenerator random(1234 + keySpace);
        EntryMap map;
        if (QByteArray(QTest::currentDataTag()) == "reserved")
            map.reserve(keySpace);
        QHash<QString, int> expected;
        QStringList probes;
        for (int i = 0; i < 64; ++i)
            probes.append(u"config/svc%1.setting"_s.arg(random.bounded(keySpace)));
        for (int op = 0; op < operations; ++op) {
            const QString key = u"config/svc%1.setting"_s.arg(random.bounded(keySpace));
            const int value = int(random.bounded(1000000));
            switch (random.bounded(4)) {
            case 0:
            case 1:
                map.insert(key, entryFrom(value));
                expected.insert(key, value);
                break;
            case 2:
                map[key].source = value;
                expected.insert(key, value);
                break;
            case 3:
                QCOMPARE(map.remove(key), expected.remove(key));
                break;
            }
            if (op % 997 == 0)
                compareWith(map, expected, probes);
        }
        compareWith(map, expected, probes);
        const EntryMap copy = map;
        compareWith(copy, expected, probes);
    }
};

QTEST_GUILESS_MAIN(EntryMapTest)
#include "tst_entrymap.moc"
