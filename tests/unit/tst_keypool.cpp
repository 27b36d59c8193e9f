// KeyPool, where the config readers keep each key once: one string per text whatever order or
// thread asks for it, found without a lock while other threads add keys, and bounded.
#include "snapshot/entrymap.h"
#include "sources/configformats/keypool.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <thread>
#include <vector>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

QStringList keysNamed(int count)
{
    QStringList keys;
    for (int i = 0; i < count; ++i)
        keys.append(u"config/svc%1.setting%2"_s.arg(i / 50, 4, 10, QLatin1Char('0')).arg(i % 50));
    return keys;
}

} // namespace

class KeyPoolTest : public QObject
{
    Q_OBJECT

private slots:
    void oneStringPerText()
    {
        KeyPool pool;
        KeyPool::Cursor cursor;
        const QString a = u"config/a"_s;
        const KeyPool::Key *first = pool.intern(a, cursor);
        QVERIFY(first);
        QCOMPARE(first->text, a);
        QVERIFY(first->text.constData() != a.constData()); // a copy of its own, not the caller's
        QCOMPARE(first->hash, EntryMap::hashOf(a));
        const KeyPool::Key *b = pool.intern(u"config/b", cursor);
        QVERIFY(b && b != first);
        KeyPool::Cursor other;
        QCOMPARE(pool.intern(QString(a), other), first); // another string with the same text
        QCOMPARE(pool.intern(u"config/a", cursor), first);
        QCOMPARE(pool.size(), 2u);
    }

    void anyOrderFindsTheSameKeys()
    {
        // A reader's cursor guesses the key after the last one it found; a wrong guess must
        // still find the right key, and a right one must not make a second.
        KeyPool pool;
        const QStringList keys = keysNamed(5000);
        std::vector<const KeyPool::Key *> pooled;
        KeyPool::Cursor cursor;
        for (const QString &key : keys)
            pooled.push_back(pool.intern(key, cursor));

        KeyPool::Cursor same;
        for (qsizetype i = 0; i < keys.size(); ++i)
            QCOMPARE(pool.intern(keys[i], same), pooled[size_t(i)]);

        std::vector<int> order(size_t(keys.size()));
        for (int i = 0; i < int(order.size()); ++i)
            order[size_t(i)] = i;
        QRandomGenerator random(42);
        std::shuffle(order.begin(), order.end(), random);
        // Every other key in file order, the rest shuffled: runs of right guesses broken up.
        std::stable_partition(order.begin(), order.end(), [](int i) { return i % 2 == 0; });
        KeyPool::Cursor mixed;
        for (const int i : order) {
            const KeyPool::Key *found = pool.intern(keys[i], mixed);
            QVERIFY(found);
            QCOMPARE(found, pooled[size_t(i)]);
            QCOMPARE(found->text, keys[i]);
        }
        // A key that is the prefix or extension of the guessed one is not taken for it.
        KeyPool::Cursor near;
        QCOMPARE(pool.intern(keys[0], near), pooled[0]);
        const KeyPool::Key *longer = pool.intern(QString(keys[1] + u'x'), near);
        QVERIFY(longer && longer != pooled[1]);
        QCOMPARE(pool.size(), quint32(keys.size() + 1));
    }

    void threadsAddingAtOnceAgree()
    {
        // Four threads pool the same keys at once, two in file order and two shuffled, while the
        // table grows under them: every thread must get the same key for a text, and the pool
        // must hold each text once.
        KeyPool pool;
        const QStringList keys = keysNamed(40000);
        constexpr int Threads = 4;
        std::vector<std::vector<const KeyPool::Key *>> found(Threads, std::vector<const KeyPool::Key *>(keys.size()));
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back([&keys, &pool, &found, t] {
                std::vector<int> order(size_t(keys.size()));
                for (int i = 0; i < int(order.size()); ++i)
                    order[size_t(i)] = i;
                if (t >= 2) {
                    QRandomGenerator random{quint32(t)};
                    std::shuffle(order.begin(), order.end(), random);
                }
                KeyPool::Cursor cursor;
                for (const int i : order)
                    found[size_t(t)][size_t(i)] = pool.intern(keys[i], cursor);
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(pool.size(), quint32(keys.size()));
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const KeyPool::Key *first = found[0][size_t(i)];
            QVERIFY(first);
            QCOMPARE(first->text, keys[i]);
            for (int t = 1; t < Threads; ++t)
                QCOMPARE(found[size_t(t)][size_t(i)], first);
        }
    }

    void aFullPoolStopsAdding()
    {
        KeyPool pool(100);
        const QStringList keys = keysNamed(150);
        KeyPool::Cursor cursor;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const KeyPool::Key *key = pool.intern(keys[i], cursor);
            if (i < 100)
                QVERIFY(key && key->text == keys[i]);
            else
                QVERIFY(!key); // the caller keeps its own string
        }
        QCOMPARE(pool.size(), 100u);
        KeyPool::Cursor again;
        QCOMPARE(pool.intern(keys[99], again)->text, keys[99]); // still found
    }
};

QTEST_GUILESS_MAIN(KeyPoolTest)
#include "tst_keypool.moc"
