// The PDF report, read back the way a person would: text through pdftotext, pages through
// pdftoppm, attachments through pdfdetach (poppler-utils).
#include "../unit/testsnapshots.h"
#include "output/checkreport.h"
#include "report/reportwriter.h"
#include "snapshot/historystore.h"
#include "snapshot/snapshotdiff.h"
#include "snapshot/snapshotfile.h"

#include <QDebug>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace DriftDeck;

namespace {

// The fingerprints and the stray plaintext the checkout snapshot carries (see testsnapshots.h).
const QStringList SecretTexts{QStringLiteral("ff00ff00ff00ff00"), QStringLiteral("ab12cd34ef56ab12"),
                              QStringLiteral("hunter2")};

QByteArray runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << program << arguments << "failed:" << process.readAllStandardError();
        return {};
    }
    return process.readAllStandardOutput();
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), arguments));
}

QString pdfInfo(const QString &pdf, const char *field)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}));
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(QLatin1StringView(field)),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

int pageCount(const QString &pdf)
{
    return pdfInfo(pdf, "Pages").toInt();
}

// Collapses runs of spaces, so sentences that -layout spreads over columns still match.
QString simplified(const QString &text)
{
    return text.simplified();
}

ReportOptions options()
{
    ReportOptions o;
    o.today = TestSnapshots::today();
    return o;
}

// n environments (env01 … the baseline last) and `rows` keys that differ in every environment.
Snapshot wideSnapshot(int environments, int rows)
{
    Snapshot s;
    s.workspaceName = QStringLiteral("Wide");
    s.takenAt = QDateTime(TestSnapshots::today(), QTime(9, 30), QTimeZone::UTC);
    for (int e = 0; e < environments; ++e) {
        EnvironmentCapture env;
        env.name = QStringLiteral("env%1").arg(e + 1, 2, 10, QLatin1Char('0'));
        for (int r = 0; r < rows; ++r)
            env.entries.insert(QStringLiteral("config/key%1").arg(r, 4, 10, QLatin1Char('0')),
                               TestSnapshots::entry(Value::string(QStringLiteral("v%1-%2").arg(r).arg(e))));
        s.environments.append(env);
    }
    s.baseline = s.environments.constLast().name;
    s.buildIndex();
    return s;
}

// What the English plural forms make of a count: "1 key compared", "2 keys compared".
QString counted(qsizetype n, const char *one, const char *many)
{
    return QString::number(n) + u' ' + QLatin1StringView(n == 1 ? one : many);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // As in the app: the English plural forms, so counts read "1 rule", "2 rules".
        QVERIFY2(m_english.load(QStringLiteral(":/i18n/driftdeck_en")), "driftdeck_en.qm is missing from :/i18n");
        QCoreApplication::installTranslator(&m_english);
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        if (qEnvironmentVariableIsSet("DRIFTDECK_KEEP_REPORTS")) { // to look at the pages
            m_dir.setAutoRemove(false);
            qInfo().noquote() << "reports kept in" << m_dir.path();
        }
        m_checkout = *TestSnapshots::checkoutSnapshot();
        m_pdf = m_dir.filePath(QStringLiteral("checkout.pdf"));
        QString error;
        QVERIFY2(ReportWriter::write(m_checkout, options(), m_pdf, &error), qPrintable(error));
        m_text = pdfText(m_pdf);
        QVERIFY2(!m_text.isEmpty(), "pdftotext (poppler-utils) must be installed and read the report");
    }

    void summaryMatchesCheck()
    {
        // The report tells the same story as `driftdeck check`.
        const DriftResult result = TestSnapshots::drift(m_checkout);
        CheckOptions check;
        check.baseline = TestSnapshots::Production;
        const CheckReport report = buildCheckReport(m_checkout, result, check);
        QCOMPARE(report.driftRows, 6);
        const QString expected = QStringLiteral("%1, %2 with drift (%3 critical), %4, %5, %6.")
                                     .arg(counted(report.comparedRows, "key compared", "keys compared"),
                                          QString::number(report.driftRows), QString::number(report.criticalRows),
                                          counted(report.expectedCells, "expected difference", "expected differences"),
                                          counted(report.expiredRuleCells, "cell covered by expired rules",
                                                  "cells covered by expired rules"),
                                          counted(report.errors.size(), "failed source", "failed sources"));
        QVERIFY2(simplified(m_text).contains(expected), qPrintable(m_text.left(2000)));
    }

    void parityPerEnvironment_data()
    {
        QTest::addColumn<int>("environment");
        QTest::addColumn<QString>("title");
        QTest::addRow("development") << TestSnapshots::Development << QStringLiteral("development");
        QTest::addRow("staging") << TestSnapshots::Staging << QStringLiteral("Staging");
    }

    void parityPerEnvironment()
    {
        QFETCH(int, environment);
        QFETCH(QString, title);
        const EnvironmentParity parity = TestSnapshots::drift(m_checkout).parity(environment);
        const QString line = QStringLiteral("%1 %2% %3 %4 %5 %6 %7 %8")
                                 .arg(title, QString::number(parity.score() * 100, 'f', 1))
                                 .arg(parity.compared)
                                 .arg(parity.matching)
                                 .arg(parity.drift)
                                 .arg(parity.expected)
                                 .arg(parity.unknown)
                                 .arg(parity.critical);
        QVERIFY2(simplified(m_text).contains(line), qPrintable(line));
    }

    void contentPresent_data()
    {
        QTest::addColumn<QString>("text");
        // Matrix rows (divergent ones).
        QTest::addRow("row poolSize") << QStringLiteral("config/database.poolSize");
        QTest::addRow("row cache.ttl") << QStringLiteral("config/cache.ttl");
        QTest::addRow("row image") << QStringLiteral("image/checkout-api");
        QTest::addRow("row flag") << QStringLiteral("flag/new-checkout-flow");
        QTest::addRow("differs cell") << QStringLiteral("≠ 1.5.0");
        QTest::addRow("missing cell") << QStringLiteral("− missing");
        QTest::addRow("secret differs") << QStringLiteral("secret: differs");
        QTest::addRow("secret same") << QStringLiteral("secret: same");
        QTest::addRow("category counts") << QStringLiteral("Versions 1 0 1 2");
        // Critical details: values per environment and the winning layer.
        QTest::addRow("critical heading") << QStringLiteral("Critical drift in detail");
        QTest::addRow("winning layer") << QStringLiteral("Staging differs 1.5.0 registry");
        // Register of expected differences.
        QTest::addRow("rule reason") << QStringLiteral("staging is sized for tests");
        QTest::addRow("rule owner") << QStringLiteral("platform-team");
        QTest::addRow("rule expiry") << QStringLiteral("2027-03-31");
        QTest::addRow("expired flagged") << QStringLiteral("EXPIRED 2026-01-01");
        QTest::addRow("rules counted") << QStringLiteral("2 rules, 1 expired");
        // Source errors.
        QTest::addRow("source error") << QStringLiteral("development Registry timeout after 10 s 2026-11-25 23:00 UTC");
        // The parity checklist: items against environments, then what fails and why.
        QTest::addRow("checklist heading") << QStringLiteral("Parity checklist");
        QTest::addRow("checklist item") << QStringLiteral("Code: Same runtime versions");
        QTest::addRow("checklist states") << QStringLiteral("✗ FAIL");
        QTest::addRow("checklist unknown") << QStringLiteral("? unknown");
        QTest::addRow("checklist failure")
            << QStringLiteral("No configuration drift without an expected-difference rule — development");
        QTest::addRow("checklist evidence") << QStringLiteral("• config/database.poolSize: 20 (production: 50)");
        QTest::addRow("checklist expired rule")
            << QStringLiteral("• flag/new-checkout-flow: rule expired 2026-01-01 (rolled out in development first, "
                              "checkout-team)");
        QTest::addRow("checklist thresholds") << QStringLiteral("• metric/errorRate: 0.01, no thresholds");
    }

    void contentPresent()
    {
        QFETCH(QString, text);
        QVERIFY2(simplified(m_text).contains(text), qPrintable(text));
    }

    void divergentRowsOnlyByDefault()
    {
        // Same everywhere: left out unless every row is asked for.
        QVERIFY(!m_text.contains(u"config/database.host"));
        QVERIFY(!m_text.contains(u"owner"));
        ReportOptions o = options();
        o.allRows = true;
        const QString path = m_dir.filePath(QStringLiteral("all.pdf"));
        QVERIFY(ReportWriter::write(m_checkout, o, path));
        const QString all = pdfText(path);
        QVERIFY(all.contains(u"config/database.host"));
        QVERIFY(simplified(all).contains(u"Every key, 12 rows."));
    }

    void everyPageHasHeaderAndNumber()
    {
        const int pages = pageCount(m_pdf);
        QVERIFY(pages >= 2);
        for (int page = 1; page <= pages; ++page) {
            const QString text = simplified(pdfText(m_pdf, page));
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text));
            QVERIFY2(text.contains(u"Checkout platform"), qPrintable(text));
            QVERIFY2(text.contains(u"baseline Production · captured 2026-11-26 02:00 UTC"), qPrintable(text));
        }
    }

    void noSecretAnywhere()
    {
        QFile file(m_pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString &secret : SecretTexts) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!m_text.contains(secret), qPrintable(secret));
        }
    }

    void attachedSnapshotHasNoSecrets()
    {
        const QString folder = m_dir.filePath(QStringLiteral("attachments"));
        QVERIFY(QDir().mkpath(folder));
        runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-saveall"), QStringLiteral("-o"), folder, m_pdf});
        const QString attachment = folder + QStringLiteral("/checkout.driftsnap.json");
        QFile file(attachment);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(attachment));
        const QByteArray json = file.readAll();
        for (const QString &secret : SecretTexts)
            QVERIFY2(!json.contains(secret.toUtf8()), qPrintable(secret));

        // Still a snapshot that opens, with the same verdict on the secret.
        const SnapshotReadResult read = SnapshotFile::fromJson(json, QStringLiteral("attachment"));
        QVERIFY2(read.ok(), qPrintable(read.errorString));
        const Snapshot &copy = *read.snapshot;
        QVERIFY(copy.saltId != m_checkout.saltId);
        const DriftResult result = TestSnapshots::drift(copy);
        const int row = copy.rowOf(QStringLiteral("config/database.password"));
        QCOMPARE(result.status(row, TestSnapshots::Development), DriftStatus::SecretDiffers);
        QCOMPARE(result.status(row, TestSnapshots::Staging), DriftStatus::SecretSame);
    }

    void pageSizes_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("expected");
        QTest::addRow("A4") << int(QPageSize::A4) << QStringLiteral("595 x 842 pts (A4)");
        QTest::addRow("Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792 pts (letter)");
    }

    void pageSizes()
    {
        QFETCH(int, size);
        QFETCH(QString, expected);
        ReportOptions o = options();
        o.pageSize = QPageSize(QPageSize::PageSizeId(size));
        const QString path = m_dir.filePath(QStringLiteral("size.pdf"));
        QVERIFY(ReportWriter::write(m_checkout, o, path));
        QCOMPARE(pdfInfo(path, "Page size"), expected);
    }

    void wideMatrixSplitsAcrossPages()
    {
        // 13 environments besides the baseline: three page columns of at most five; 150 rows
        // need several pages each, with the header row repeated on every one.
        const Snapshot wide = wideSnapshot(14, 150);
        const QString path = m_dir.filePath(QStringLiteral("wide.pdf"));
        QString error;
        QVERIFY2(ReportWriter::write(wide, options(), path, &error), qPrintable(error));
        const int pages = pageCount(path);
        int matrixPages = 0;
        QSet<QString> keysSeen;
        QList<int> bandsSeen(3, 0);
        const QRegularExpression key(QStringLiteral("config/key\\d{4}"));
        for (int page = 1; page <= pages; ++page) {
            const QString pageText = simplified(pdfText(path, page));
            const qsizetype matrixStart = pageText.indexOf(u"Drift matrix · rows");
            if (matrixStart < 0)
                continue;
            QString text = pageText.mid(matrixStart);
            // Only the matrix: the sections after it may follow on its last page.
            for (const QString &heading :
                 {QStringLiteral("Critical drift in detail"), QStringLiteral("Register of expected differences"),
                  QStringLiteral("Parity checklist"), QStringLiteral("Source errors")}) {
                if (const qsizetype end = text.indexOf(heading); end > 0)
                    text.truncate(end);
            }
            ++matrixPages;
            // The header row on every page: key, the baseline first, parity under each name.
            QVERIFY2(text.contains(u"Severity Key") && text.contains(u"baseline parity 0.0%"),
                     qPrintable(text.left(600)));
            QVERIFY2(text.contains(u"env14"), qPrintable(text.left(600)));
            for (int band = 0; band < 3; ++band) {
                const QString across = QStringLiteral("(page %1 of 3 across)").arg(band + 1);
                if (text.contains(across))
                    ++bandsSeen[band];
            }
            QVERIFY2(text.contains(u"env01") == text.contains(u"page 1 of 3 across"), qPrintable(text.left(600)));
            QVERIFY2(text.contains(u"env13") == text.contains(u"page 3 of 3 across"), qPrintable(text.left(600)));
            for (auto it = key.globalMatch(text); it.hasNext();)
                keysSeen.insert(it.next().captured());
        }
        QCOMPARE(keysSeen.size(), 150);
        QVERIFY(matrixPages >= 6);
        QCOMPARE(matrixPages % 3, 0);
        QCOMPARE(bandsSeen[0], matrixPages / 3);
        QCOMPARE(bandsSeen[2], matrixPages / 3);
    }

    void newDriftSincePrevious()
    {
        // Yesterday staging ran the baseline's image and development had no cache.ttl.
        Snapshot previous = m_checkout;
        previous.takenAt = previous.takenAt.addDays(-1);
        previous.environments[TestSnapshots::Staging].entries[QStringLiteral("image/checkout-api")].value
            = Value::string(QStringLiteral("1.4.2"));
        previous.buildIndex();
        ReportOptions o = options();
        o.previous = previous;
        const QString path = m_dir.filePath(QStringLiteral("previous.pdf"));
        QVERIFY(ReportWriter::write(m_checkout, o, path));
        const QString text = simplified(pdfText(path));
        const SnapshotDiff diff = diffSnapshots(previous, m_checkout, QStringLiteral("production"), m_checkout.policy,
                                                TestSnapshots::today());
        QCOMPARE(diff.newDrift.size(), 1);
        QVERIFY2(text.contains(u"Since the snapshot of 2026-11-25 02:00 UTC"), qPrintable(text.left(3000)));
        QVERIFY2(text.contains(QStringLiteral("%1, %2 resolved; 0 keys added, 0 removed, %3 changed.")
                                   .arg(counted(diff.newDrift.size(), "new drifting cell", "new drifting cells"))
                                   .arg(diff.resolvedDrift.size())
                                   .arg(diff.changedCount())),
                 qPrintable(text.left(3000)));
        QVERIFY(text.contains(u"image/checkout-api Staging new drift same → differs"));
        QVERIFY(!m_text.contains(u"Since the snapshot"));
    }

    void historyChartIsVector()
    {
        QTemporaryDir root;
        HistoryStore store(m_checkout.workspaceName, QStringLiteral("/tmp/checkout.yaml"), root.path());
        Snapshot older = m_checkout;
        older.takenAt = older.takenAt.addDays(-2);
        QVERIFY(store.save(older).ok());
        QVERIFY(store.save(m_checkout).ok());
        ReportOptions o = options();
        o.history = store.list();
        QCOMPARE(o.history.size(), 2);
        const QString path = m_dir.filePath(QStringLiteral("history.pdf"));
        QVERIFY(ReportWriter::write(m_checkout, o, path));
        const QString text = simplified(pdfText(path));
        QVERIFY2(text.contains(u"Drift over time"), qPrintable(text.left(3000)));
        QVERIFY(text.contains(u"2 snapshots from 2026-11-24 to 2026-11-26"));
        // No raster image anywhere: the chart is drawn as paths. pdfimages lists a two-line header.
        const QStringList images
            = QString::fromUtf8(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}))
                  .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2);
    }

    void pagesRenderAtPageSize()
    {
        // Every page renders; A4 at 60 dpi is 496 × 702 pixels and the page is not blank.
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), m_pdf, prefix});
        const int pages = pageCount(m_pdf);
        for (int page = 1; page <= pages; ++page) {
            const QImage image(QStringLiteral("%1-%2.png").arg(prefix).arg(page));
            QVERIFY2(!image.isNull(), qPrintable(QString::number(page)));
            QCOMPARE(image.size(), QSize(496, 702));
            int dark = 0;
            for (int y = 0; y < image.height(); y += 2)
                for (int x = 0; x < image.width(); x += 2)
                    dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
            QVERIFY2(dark > 100, qPrintable(QString::number(page)));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("baseline");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown baseline") << QStringLiteral("qa") << QStringLiteral("x.pdf")
                                          << QStringLiteral("\"qa\" is not an environment of this snapshot");
        QTest::addRow("unwritable") << QString() << QStringLiteral("missing-folder/x.pdf")
                                    << QStringLiteral("cannot write");
    }

    void errors()
    {
        QFETCH(QString, baseline);
        QFETCH(QString, path);
        QFETCH(QString, message);
        ReportOptions o = options();
        o.baseline = baseline;
        QString error;
        const QString target = m_dir.filePath(path);
        QVERIFY(!ReportWriter::write(m_checkout, o, target, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QVERIFY(!QFile::exists(target));
    }

    void failedWriteKeepsOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.pdf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old report");
        old.close();
        ReportOptions o = options();
        o.baseline = QStringLiteral("nowhere");
        QVERIFY(!ReportWriter::write(m_checkout, o, path));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old report"));
    }

private:
    QTranslator m_english;
    QTemporaryDir m_dir;
    Snapshot m_checkout;
    QString m_pdf;
    QString m_text;
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
