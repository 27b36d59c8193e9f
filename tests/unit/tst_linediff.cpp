#include "drift/linediff.h"

#include <QElapsedTimer>
#include <QTest>

using namespace DriftDeck;

namespace {

// A diff written compactly: one letter a line ('=' same, '-' removed, '+' added, '~' changed)
// followed by the line numbers, e.g. "= 0 0", "- 1 .", "+ . 1", "~ 2 2".
QString describe(const QList<DiffLine> &lines)
{
    QStringList out;
    for (const DiffLine &line : lines) {
        static const char kinds[] = {'=', '-', '+', '~'};
        const auto number = [](int n) {
            return n < 0 ? QStringLiteral(".") : QString::number(n);
        };
        out << QStringLiteral("%1 %2 %3")
                   .arg(QString(QLatin1Char(kinds[int(line.kind)])), number(line.left), number(line.right));
    }
    return out.join(QStringLiteral(", "));
}

QString ranges(const QList<TextRange> &list)
{
    QStringList out;
    for (const TextRange &range : list)
        out << QStringLiteral("%1+%2").arg(range.start).arg(range.length);
    return out.join(u' ');
}

// Rebuilds both sides from a diff: every line of each side must appear once, in order.
void checkCoversBothSides(const QList<DiffLine> &lines, int leftCount, int rightCount)
{
    int nextLeft = 0;
    int nextRight = 0;
    for (const DiffLine &line : lines) {
        if (line.left >= 0)
            QCOMPARE(line.left, nextLeft++);
        if (line.right >= 0)
            QCOMPARE(line.right, nextRight++);
        QCOMPARE(line.left >= 0, line.kind != DiffLine::Kind::Added);
        QCOMPARE(line.right >= 0, line.kind != DiffLine::Kind::Removed);
    }
    QCOMPARE(nextLeft, leftCount);
    QCOMPARE(nextRight, rightCount);
}

} // namespace

// What "fast" means for the bounded diffs below: about 0.1 s in an optimised build. The asan pass
// (AddressSanitizer at -O0) runs this code about sixty times slower, 6 s: the bound grows with it.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) // clang
#define LINEDIFF_TEST_ASAN
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(LINEDIFF_TEST_ASAN) // gcc, clang
constexpr qint64 BoundMs = 30000;
#else
constexpr qint64 BoundMs = 5000;
#endif

class LineDiffTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::addRow("empty") << QString() << QStringList();
        QTest::addRow("one line") << QStringLiteral("a") << QStringList{QStringLiteral("a")};
        QTest::addRow("final newline adds no line") << QStringLiteral("a\n") << QStringList{QStringLiteral("a")};
        QTest::addRow("blank line kept") << QStringLiteral("a\n\nb")
                                         << QStringList{QStringLiteral("a"), QString(), QStringLiteral("b")};
        QTest::addRow("crlf") << QStringLiteral("a\r\nb\r\n") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::addRow("lone cr") << QStringLiteral("a\rb") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::addRow("only newline") << QStringLiteral("\n") << QStringList{QString()};
    }
    void splitLines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        QCOMPARE(LineDiff::splitLines(text), lines);
    }

    void lines_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("expected");

        QTest::addRow("both empty") << QString() << QString() << QString();
        QTest::addRow("identical") << QStringLiteral("a\nb") << QStringLiteral("a\nb")
                                   << QStringLiteral("= 0 0, = 1 1");
        QTest::addRow("added at end") << QStringLiteral("a") << QStringLiteral("a\nb")
                                      << QStringLiteral("= 0 0, + . 1");
        QTest::addRow("removed at start")
            << QStringLiteral("x\na") << QStringLiteral("a") << QStringLiteral("- 0 ., = 1 0");
        QTest::addRow("left empty") << QString() << QStringLiteral("a\nb") << QStringLiteral("+ . 0, + . 1");
        QTest::addRow("right empty") << QStringLiteral("a\nb") << QString() << QStringLiteral("- 0 ., - 1 .");
        QTest::addRow("edited line is changed")
            << QStringLiteral("host: db\nport: 5432\nuser: app") << QStringLiteral("host: db\nport: 5433\nuser: app")
            << QStringLiteral("= 0 0, ~ 1 1, = 2 2");
        QTest::addRow("unrelated line is removed and added")
            << QStringLiteral("a\nxxxxxxxx\nb") << QStringLiteral("a\nyyyyyyyy\nb")
            << QStringLiteral("= 0 0, - 1 ., + . 1, = 2 2");
        QTest::addRow("insertion in the middle keeps both ends")
            << QStringLiteral("a\nb\nc") << QStringLiteral("a\nb\nnew\nc")
            << QStringLiteral("= 0 0, = 1 1, + . 2, = 2 3");
        QTest::addRow("more removed than added")
            << QStringLiteral("k: 1\nk: 2\nk: 3\nend") << QStringLiteral("k: 9\nend")
            << QStringLiteral("~ 0 0, - 1 ., - 2 ., = 3 1");
        QTest::addRow("moved line") << QStringLiteral("a\nb\nc") << QStringLiteral("b\nc\na")
                                    << QStringLiteral("- 0 ., = 1 0, = 2 1, + . 2");
        QTest::addRow("crlf equals lf") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n")
                                        << QStringLiteral("= 0 0, = 1 1");
        QTest::addRow("repeated lines") << QStringLiteral("x\nx\nx") << QStringLiteral("x\nx")
                                        << QStringLiteral("= 0 0, = 1 1, - 2 .");
    }
    void lines()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, expected);
        const QList<DiffLine> result = LineDiff::diff(left, right);
        QCOMPARE(describe(result), expected);
        checkCoversBothSides(result, int(LineDiff::splitLines(left).size()), int(LineDiff::splitLines(right).size()));
    }

    void intraLine_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("leftRanges");
        QTest::addColumn<QString>("rightRanges");

        QTest::addRow("same") << QStringLiteral("abc") << QStringLiteral("abc") << QString() << QString();
        QTest::addRow("one digit") << QStringLiteral("port: 5432") << QStringLiteral("port: 5433")
                                   << QStringLiteral("9+1") << QStringLiteral("9+1");
        QTest::addRow("insertion") << QStringLiteral("v1.2") << QStringLiteral("v1.20") << QString()
                                   << QStringLiteral("4+1");
        QTest::addRow("deletion") << QStringLiteral("enabled: true") << QStringLiteral("enabled: tru")
                                  << QStringLiteral("12+1") << QString();
        QTest::addRow("two separate edits") << QStringLiteral("a=1;b=2") << QStringLiteral("a=3;b=4")
                                            << QStringLiteral("2+1 6+1") << QStringLiteral("2+1 6+1");
        QTest::addRow("word replaced") << QStringLiteral("level: info") << QStringLiteral("level: debug")
                                       << QStringLiteral("7+4") << QStringLiteral("7+5");
        QTest::addRow("left empty") << QString() << QStringLiteral("abc") << QString() << QStringLiteral("0+3");
        // An emoji is two UTF-16 units; a highlight never cuts one in half.
        QTest::addRow("surrogate pair") << QString::fromUtf8("x\xF0\x9F\x98\x80y")
                                        << QString::fromUtf8("x\xF0\x9F\x98\x81y") << QStringLiteral("1+2")
                                        << QStringLiteral("1+2");
    }
    void intraLine()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, leftRanges);
        QFETCH(QString, rightRanges);
        QList<TextRange> l;
        QList<TextRange> r;
        LineDiff::intraLine(left, right, &l, &r);
        QCOMPARE(ranges(l), leftRanges);
        QCOMPARE(ranges(r), rightRanges);
    }

    void changedLineCarriesRanges()
    {
        const QList<DiffLine> result = LineDiff::diff(QStringLiteral("image: api:1.4.2\nreplicas: 3"),
                                                      QStringLiteral("image: api:1.5.0\nreplicas: 3"));
        QCOMPARE(result.size(), 2);
        QCOMPARE(result[0].kind, DiffLine::Kind::Changed);
        QCOMPARE(ranges(result[0].leftChanges), QStringLiteral("13+1 15+1"));
        QCOMPARE(ranges(result[0].rightChanges), QStringLiteral("13+1 15+1"));
        QVERIFY(result[1].leftChanges.isEmpty());
    }

    // Two large, entirely different documents: past the edit budget the diff gives up on being
    // minimal but stays correct and fast.
    void largeDifferentValuesAreBounded()
    {
        QStringList left;
        QStringList right;
        for (int i = 0; i < 20000; ++i) {
            left << QStringLiteral("left line %1").arg(i);
            right << QStringLiteral("other %1 text").arg(i * 7);
        }
        QElapsedTimer timer;
        timer.start();
        const QList<DiffLine> result = LineDiff::diffLines(left, right);
        QVERIFY2(timer.elapsed() < BoundMs, qPrintable(QString::number(timer.elapsed())));
        checkCoversBothSides(result, int(left.size()), int(right.size()));
    }

    void longSingleLineIsBounded()
    {
        QString left;
        QString right;
        for (int i = 0; i < 50000; ++i) {
            left += QChar(u'a' + (i * 7) % 26);
            right += QChar(u'a' + (i * 11) % 26);
        }
        QElapsedTimer timer;
        timer.start();
        QList<TextRange> l;
        QList<TextRange> r;
        LineDiff::intraLine(left, right, &l, &r);
        QVERIFY2(timer.elapsed() < BoundMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!l.isEmpty());
        QVERIFY(!r.isEmpty());
        for (const TextRange &range : std::as_const(l))
            QVERIFY(range.start >= 0 && range.start + range.length <= left.size());
    }
};

QTEST_GUILESS_MAIN(LineDiffTest)
#include "tst_linediff.moc"
