// The compact forms a snapshot's cells are kept in: a Value is one shared pointer, and a
// Provenance keeps a single step in place. Both must behave exactly as the plain forms they
// replaced (a list of origins; two strings, a hash and a kind).
#include "snapshot/snapshot.h"
#include "values/value.h"

#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

class CompactCellsTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultValueIsEmptyNull()
    {
        const Value value;
        QCOMPARE(value.kind(), ValueKind::Null);
        QVERIFY(value.display().isEmpty());
        QVERIFY(value.canonical().isEmpty());
        QCOMPARE(value.hash(), quint64(0));
        QVERIFY(value == Value());
        // Value::null() is the JSON null, with text: not the same as "no value given".
        QVERIFY(!(value == Value::null()));
    }

    void valuesCompareByKindAndCanonicalText()
    {
        // Made apart (not shared): still equal when kind and canonical text are.
        QVERIFY(Value::string(u"a"_s + u"b"_s) == Value::string(u"ab"_s));
        QVERIFY(Value::number(3000, u"3e3"_s) == Value::number(3000));
        QCOMPARE(Value::number(3000, u"3e3"_s).display(), u"3e3"_s);
        QVERIFY(!(Value::string(u"3000"_s) == Value::number(3000)));
        QVERIFY(!(Value::string(u"x"_s) == Value::string(u"y"_s)));
        const Value secret = Value::secret(u"fp"_s);
        QVERIFY(secret.isSecret());
        QVERIFY(secret.display().isEmpty());
        QCOMPARE(secret.canonical(), u"fp"_s);
    }

    void copiesShareAndStayEqual()
    {
        Value a = Value::withCanonical(ValueKind::Number, u"0.1"_s, u"100m"_s);
        const Value b = a;
        QVERIFY(a == b);
        QCOMPARE(b.display(), u"100m"_s);
        a = Value::boolean(true); // the copy keeps what it had
        QCOMPARE(b.canonical(), u"0.1"_s);
        QCOMPARE(a.canonical(), u"true"_s);
        double number = 0;
        QVERIFY(b.toNumber(&number));
        QCOMPARE(number, 0.1);
        QVERIFY(!a.toNumber(&number));
    }

    void oneStepIsKeptInPlace()
    {
        Provenance provenance;
        QVERIFY(provenance.isEmpty());
        QCOMPARE(provenance.begin(), provenance.end());
        provenance.append(Origin{0, 3, 7, u"10"_s});
        QCOMPARE(provenance.size(), 1);
        QCOMPARE(provenance.constFirst().line, 3);
        QCOMPARE(&provenance.constFirst(), &provenance.constLast());
        // In place: the step lies inside the object, not on the heap.
        const auto *inside = reinterpret_cast<const char *>(&provenance);
        const auto *step = reinterpret_cast<const char *>(&provenance.constFirst());
        QVERIFY(step >= inside && step < inside + sizeof(Provenance));
    }

    void moreStepsKeepTheirOrder()
    {
        Provenance provenance{Origin{0, 1, 1, u"a"_s}};
        provenance.append(Origin{1, 2, 1, u"b"_s});
        provenance.append(Origin{2, 3, 1, u"c"_s});
        QCOMPARE(provenance.size(), 3);
        QStringList said;
        for (const Origin &origin : std::as_const(provenance))
            said.append(origin.display);
        QCOMPARE(said, QStringList({u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(provenance.at(1).layer, 1);
        QCOMPARE(provenance.constLast().layer, 2);

        // Steps can be changed where they are, as the assembler renumbers layers.
        for (Origin &origin : provenance)
            origin.layer += 10;
        QCOMPARE(provenance[0].layer, 10);
        QCOMPARE(provenance.toList().constLast().layer, 12);
    }

    void joiningKeepsLowerStepsFirst()
    {
        const Provenance lower{Origin{0, 1, 1, u"base"_s}};
        const Provenance higher{Origin{1, 4, 2, u"override"_s}};
        const Provenance joined = lower + higher;
        QCOMPARE(joined.size(), 2);
        QCOMPARE(joined.constFirst().display, u"base"_s);
        QCOMPARE(joined.constLast().display, u"override"_s);
        QVERIFY(Provenance() + higher == higher);
        QVERIFY(lower + Provenance() == lower);
        QVERIFY(!(lower == higher));
        // From a list, as tests and the version-1 reader give them.
        QVERIFY(Provenance(QList<Origin>{Origin{0, 1, 1, u"base"_s}}) == lower);
        QVERIFY(Provenance(joined.toList()) == joined);
        QVERIFY(Provenance(QList<Origin>()).isEmpty());
    }

    void reservingFirstStillAppends()
    {
        Provenance provenance;
        provenance.reserve(3);
        provenance.append(Origin{0, 1, 0, {}});
        QCOMPARE(provenance.size(), 1);
        provenance.append(Origin{1, 2, 0, {}});
        QCOMPARE(provenance.size(), 2);
        QCOMPARE(provenance.constLast().line, 2);

        Provenance single{Origin{0, 5, 0, {}}};
        single.reserve(2); // the step in place moves into a list and stays first
        single.append(Origin{1, 6, 0, {}});
        QCOMPARE(single.size(), 2);
        QCOMPARE(single.constFirst().line, 5);
        QCOMPARE(single.constLast().line, 6);
    }

    void copiesAndAssignmentsCrossForms()
    {
        const Provenance one{Origin{0, 1, 2, u"one"_s}};
        const Provenance two{Origin{0, 1, 1, u"a"_s}, Origin{1, 2, 1, u"b"_s}};
        const Provenance none;
        for (const Provenance *from : {&one, &two, &none}) {
            for (const Provenance *to : {&one, &two, &none}) {
                Provenance copied = *to;
                copied = *from;
                QVERIFY(copied == *from);
                Provenance moved = *to;
                Provenance source = *from;
                moved = std::move(source);
                QVERIFY(moved == *from);
                Provenance constructed(std::move(moved));
                QVERIFY(constructed == *from);
            }
        }
        // Assigning a provenance its own step (which lives inside it) keeps the step.
        Provenance self = two;
        self = Provenance{self.constLast()};
        QCOMPARE(self.size(), 1);
        QCOMPARE(self.constFirst().display, u"b"_s);
        // The copy keeps its steps when the original changes.
        Provenance original = two;
        const Provenance copy = original;
        original[0].display = u"changed"_s;
        QCOMPARE(copy.constFirst().display, u"a"_s);
    }

    void cellsAreSmall()
    {
        // What 20 × 100,000 cells cost depends on these: an EntryMap node holds the key and an
        // Entry. A provenance is no larger than its one step (the list form shares its room).
        QCOMPARE(sizeof(Value), sizeof(void *));
        QCOMPARE(sizeof(Provenance), sizeof(Origin));
        QVERIFY2(sizeof(Entry) <= 56, QByteArray::number(qulonglong(sizeof(Entry))).constData());
    }
};

QTEST_GUILESS_MAIN(CompactCellsTest)
#include "tst_compactcells.moc"
