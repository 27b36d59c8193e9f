// The command line as a user or a CI job runs it: the real binary, its output and exit codes.
#include "snapshot/historystore.h"
#include "snapshot/snapshotfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace DriftDeck;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(path.left(path.lastIndexOf(u'/')));
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Production is the baseline. database.poolSize differs in staging; database.password is a
// secret that differs in staging; cache.ttl differs as expected (a rule).
const QByteArray WorkspaceYaml
    = "version: 1\nname: Test shop\nbaseline: production\n"
      "environments:\n  - name: staging\n  - name: production\n"
      "sources:\n  - type: config-files\n    layers: [config/base.yaml, \"config/{env}.yaml\"]\n"
      "policy:\n  expected:\n    - key: config/cache.ttl\n      reason: caches warm up differently\n"
      "      owner: platform-team\n      expires: 2099-01-01\n";
const QByteArray BaseYaml = "database:\n  host: db.internal\n  poolSize: 10\n  password: hunter2\ncache:\n  ttl: 60\n";
const QByteArray ProductionYaml = "database:\n  poolSize: 50\n  password: prod-secret-42\ncache:\n  ttl: 300\n";
const QByteArray StagingYaml = "database:\n  poolSize: 20\ncache:\n  ttl: 120\n";
const QStringList Plaintexts{QStringLiteral("hunter2"), QStringLiteral("prod-secret-42")};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    Run run(const QStringList &arguments, const QString &workingDirectory = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DRIFTDECK_SECRET_SALT"), QStringLiteral("cli-test-salt"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        env.remove(QStringLiteral("COLUMNS"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(workingDirectory.isEmpty() ? m_dir.path() : workingDirectory);
        process.start(QStringLiteral(DRIFTDECK_BINARY), arguments);
        Run result;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(DRIFTDECK_BINARY)));
        // A drifting workspace, one without drift, and one whose second source fails.
        const QString ws = path(QStringLiteral("shop"));
        QVERIFY(writeFile(ws + QStringLiteral("/workspace.yaml"), WorkspaceYaml));
        QVERIFY(writeFile(ws + QStringLiteral("/config/base.yaml"), BaseYaml));
        QVERIFY(writeFile(ws + QStringLiteral("/config/production.yaml"), ProductionYaml));
        QVERIFY(writeFile(ws + QStringLiteral("/config/staging.yaml"), StagingYaml));
        m_workspace = ws + QStringLiteral("/workspace.yaml");

        const QString calm = path(QStringLiteral("calm"));
        QVERIFY(writeFile(calm + QStringLiteral("/workspace.yaml"), WorkspaceYaml));
        QVERIFY(writeFile(calm + QStringLiteral("/config/base.yaml"), BaseYaml));
        m_calm = calm + QStringLiteral("/workspace.yaml");

        const QString broken = path(QStringLiteral("broken"));
        QByteArray failing = WorkspaceYaml;
        failing.replace("sources:\n",
                        "sources:\n  - type: config-files\n    id: vault\n    label: Missing layers\n"
                        "    layers: [\"nowhere/{env}.yaml\"]\n");
        QVERIFY(writeFile(broken + QStringLiteral("/workspace.yaml"), failing));
        QVERIFY(writeFile(broken + QStringLiteral("/config/base.yaml"), BaseYaml));
        m_failing = broken + QStringLiteral("/workspace.yaml");

        QVERIFY(writeFile(path(QStringLiteral("invalid.yaml")), "version: 1\nname: [unclosed\n"));
        QVERIFY(writeFile(path(QStringLiteral("garbage.driftsnap.json")), "{\"format\":\"driftdeck-snapshot\", oops"));
        QVERIFY(writeFile(path(QStringLiteral("empty.driftsnap.json")), ""));

        // Two snapshots of the drifting workspace, the second after a change of staging.
        Run a = run(
            {QStringLiteral("snapshot"), m_workspace, QStringLiteral("-o"), path(QStringLiteral("a.driftsnap.json"))});
        QCOMPARE(a.exitCode, 0);
        QVERIFY(writeFile(
            ws + QStringLiteral("/config/staging.yaml"),
            "database:\n  poolSize: 50\n  password: rotated-99\ncache:\n  ttl: 120\nfeature:\n  beta: true\n"));
        Run b = run(
            {QStringLiteral("snapshot"), m_workspace, QStringLiteral("-o"), path(QStringLiteral("b.driftsnap.json"))});
        QCOMPARE(b.exitCode, 0);
        QVERIFY(writeFile(ws + QStringLiteral("/config/staging.yaml"), StagingYaml));
        m_a = path(QStringLiteral("a.driftsnap.json"));
        m_b = path(QStringLiteral("b.driftsnap.json"));
        // Issue #14: one byte flipped in the middle (inside the packed values), and a file cut in two.
        QByteArray flipped = readFile(m_a);
        QVERIFY(flipped.size() > 200);
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);
        QVERIFY(writeFile(path(QStringLiteral("flipped.driftsnap.json")), flipped));
        QVERIFY(writeFile(path(QStringLiteral("cut.driftsnap.json")), readFile(m_a).chopped(40)));
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addRow("overview") << QStringList{QStringLiteral("--help")}
                                  << QStringLiteral("  diff       compare two snapshots");
        QTest::addRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("--help")}
                               << QStringLiteral("--fail-on");
        QTest::addRow("snapshot") << QStringList{QStringLiteral("snapshot"), QStringLiteral("--help")}
                                  << QStringLiteral(" snapshot [options] WORKSPACE\n");
        QTest::addRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("--help")}
                                << QStringLiteral("--page-size <A4|Letter>");
        QTest::addRow("diff") << QStringList{QStringLiteral("diff"), QStringLiteral("--help")}
                              << QStringLiteral(" diff [options] SNAPSHOT_A SNAPSHOT_B\n");
    }

    void help()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    }

    void snapshotWritesFile()
    {
        const QString out = path(QStringLiteral("fresh.driftsnap.json"));
        const Run r = run({QStringLiteral("snapshot"), m_workspace, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), out);
        const SnapshotReadResult read = SnapshotFile::read(out);
        QVERIFY2(read.ok(), qPrintable(read.errorString));
        QCOMPARE(read.snapshot->workspaceName, QStringLiteral("Test shop"));
        QCOMPARE(read.snapshot->environmentCount(), 2);
        QVERIFY(read.snapshot->rowOf(QStringLiteral("config/database.password")) >= 0);
        const QByteArray bytes = readFile(out);
        for (const QString &secret : Plaintexts)
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    }

    void snapshotWithFailingSource()
    {
        const QString out = path(QStringLiteral("failing.driftsnap.json"));
        const Run r = run({QStringLiteral("snapshot"), m_failing, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"driftdeck snapshot: source failed: staging / Missing layers:"), qPrintable(r.err));
        const SnapshotReadResult read = SnapshotFile::read(out);
        QVERIFY2(read.ok(), qPrintable(read.errorString)); // still written
        QCOMPARE(read.snapshot->environments[0].sources[0].state, SourceState::Failed);
    }

    void invalidArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString ws = QStringLiteral("shop/workspace.yaml");
        QTest::addRow("snapshot without -o")
            << QStringList{QStringLiteral("snapshot"), ws}
            << QStringLiteral("driftdeck snapshot: say where to write the snapshot with -o FILE");
        QTest::addRow("snapshot of a snapshot")
            << QStringList{QStringLiteral("snapshot"), QStringLiteral("a.driftsnap.json"), QStringLiteral("-o"),
                           QStringLiteral("x.json")}
            << QStringLiteral(
                   "driftdeck snapshot: a.driftsnap.json is already a snapshot; give a workspace file to capture");
        QTest::addRow("snapshot of nothing") << QStringList{QStringLiteral("snapshot"), QStringLiteral("none.yaml"),
                                                            QStringLiteral("-o"), QStringLiteral("x.json")}
                                             << QStringLiteral("driftdeck snapshot: none.yaml: no such file");
        QTest::addRow("snapshot invalid workspace")
            << QStringList{QStringLiteral("snapshot"), QStringLiteral("invalid.yaml"), QStringLiteral("-o"),
                           QStringLiteral("x.json")}
            << QStringLiteral("driftdeck snapshot: ");
        QTest::addRow("report without -o")
            << QStringList{QStringLiteral("report"), ws}
            << QStringLiteral("driftdeck report: say where to write the report with -o FILE.pdf");
        QTest::addRow("report page size")
            << QStringList{QStringLiteral("report"), QStringLiteral("a.driftsnap.json"), QStringLiteral("-o"),
                           QStringLiteral("r.pdf"),  QStringLiteral("--page-size"),      QStringLiteral("Legal")}
            << QStringLiteral("driftdeck report: unknown page size \"Legal\": use A4 or Letter");
        QTest::addRow("report baseline")
            << QStringList{QStringLiteral("report"), QStringLiteral("a.driftsnap.json"), QStringLiteral("-o"),
                           QStringLiteral("r.pdf"),  QStringLiteral("--baseline"),       QStringLiteral("qa")}
            << QStringLiteral("driftdeck report: \"qa\" is not an environment of this snapshot");
        QTest::addRow("report previous missing")
            << QStringList{QStringLiteral("report"),     QStringLiteral("a.driftsnap.json"),
                           QStringLiteral("-o"),         QStringLiteral("r.pdf"),
                           QStringLiteral("--previous"), QStringLiteral("gone.driftsnap.json")}
            << QStringLiteral("driftdeck report: gone.driftsnap.json: no such file");
        QTest::addRow("report unwritable") << QStringList{QStringLiteral("report"), QStringLiteral("a.driftsnap.json"),
                                                          QStringLiteral("-o"), QStringLiteral("no/such/dir/r.pdf")}
                                           << QStringLiteral("driftdeck report: cannot write no/such/dir/r.pdf");
        QTest::addRow("diff one file") << QStringList{QStringLiteral("diff"), QStringLiteral("a.driftsnap.json")}
                                       << QStringLiteral(
                                              "driftdeck diff: expected two snapshot files, the older first");
        QTest::addRow("diff format") << QStringList{QStringLiteral("diff"), QStringLiteral("a.driftsnap.json"),
                                                    QStringLiteral("b.driftsnap.json"), QStringLiteral("--format"),
                                                    QStringLiteral("junit")}
                                     << QStringLiteral(
                                            "driftdeck diff: unknown format \"junit\": use text, json or markdown");
        QTest::addRow("diff baseline") << QStringList{
            QStringLiteral("diff"), QStringLiteral("a.driftsnap.json"), QStringLiteral("b.driftsnap.json"),
            QStringLiteral("--baseline"),
            QStringLiteral("qa")} << QStringLiteral("driftdeck diff: \"qa\" is an environment of neither snapshot");
        QTest::addRow("check format") << QStringList{QStringLiteral("check"), ws, QStringLiteral("--format"),
                                                     QStringLiteral("pdf")}
                                      << QStringLiteral("driftdeck check: unknown format \"pdf\"");
    }

    void invalidArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.json"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("r.pdf"))));
    }

    void damagedSnapshots_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        const QString fixtures = QStringLiteral(DRIFTDECK_FIXTURES "/snapshots/");
        const QStringList commands{QStringLiteral("check"), QStringLiteral("report"), QStringLiteral("diff")};
        for (const QString &command : commands) {
            QTest::addRow("%s truncated", qPrintable(command))
                << command << fixtures + QStringLiteral("truncated.driftsnap.json")
                << QStringLiteral("the file looks truncated");
            QTest::addRow("%s future", qPrintable(command))
                << command << fixtures + QStringLiteral("future-version.driftsnap.json")
                << QStringLiteral("future-version.driftsnap.json: snapshot format 3 is newer than this Drift Deck "
                                  "understands (2)");
            QTest::addRow("%s garbage", qPrintable(command))
                << command << path(QStringLiteral("garbage.driftsnap.json"))
                << QStringLiteral("garbage.driftsnap.json: not valid JSON at byte");
            QTest::addRow("%s flipped byte", qPrintable(command))
                << command << path(QStringLiteral("flipped.driftsnap.json"))
                << QStringLiteral(
                       "flipped.driftsnap.json: the file is damaged: its content no longer matches its checksum");
            QTest::addRow("%s cut", qPrintable(command))
                << command << path(QStringLiteral("cut.driftsnap.json"))
                << QStringLiteral("cut.driftsnap.json: the file is cut short or damaged");
            QTest::addRow("%s empty", qPrintable(command)) << command << path(QStringLiteral("empty.driftsnap.json"))
                                                           << QStringLiteral("empty.driftsnap.json: the file is empty");
        }
    }

    void damagedSnapshots()
    {
        QFETCH(QString, command);
        QFETCH(QString, file);
        QFETCH(QString, message);
        QStringList arguments{command};
        if (command == u"diff")
            arguments << m_a << file;
        else
            arguments << file;
        if (command == u"report")
            arguments << QStringLiteral("-o") << path(QStringLiteral("damaged.pdf"));
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("driftdeck %1: ").arg(command)), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("damaged.pdf"))));
    }

    void checkExitCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("demo drifts") << QStringLiteral(DRIFTDECK_SOURCE_ROOT "/resources/demo/workspace.yaml")
                                     << QStringList{} << 1;
        QTest::addRow("drift") << QStringLiteral("shop/workspace.yaml") << QStringList{} << 1;
        QTest::addRow("drift from a snapshot") << QStringLiteral("a.driftsnap.json") << QStringList{} << 1;
        QTest::addRow("fail on critical") << QStringLiteral("shop/workspace.yaml")
                                          << QStringList{QStringLiteral("--fail-on"), QStringLiteral("critical")} << 0;
        QTest::addRow("fail never") << QStringLiteral("shop/workspace.yaml")
                                    << QStringList{QStringLiteral("--fail-on"), QStringLiteral("never")} << 0;
        QTest::addRow("no drift") << QStringLiteral("calm/workspace.yaml") << QStringList{} << 0;
        QTest::addRow("incomplete") << QStringLiteral("broken/workspace.yaml") << QStringList{} << 3;
        QTest::addRow("unknown baseline") << QStringLiteral("shop/workspace.yaml")
                                          << QStringList{QStringLiteral("--baseline"), QStringLiteral("qa")} << 2;
        QTest::addRow("invalid workspace") << QStringLiteral("invalid.yaml") << QStringList{} << 2;
    }

    void checkExitCodes()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        const Run r = run(QStringList{QStringLiteral("check"), input} + options);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1\n%2%3").arg(r.exitCode).arg(r.out, r.err)));
    }

    void checkFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("text") << QStringLiteral("text");
        QTest::addRow("json") << QStringLiteral("json");
        QTest::addRow("junit") << QStringLiteral("junit");
        QTest::addRow("markdown") << QStringLiteral("markdown");
    }

    void checkFormats()
    {
        QFETCH(QString, format);
        const Run r = run({QStringLiteral("check"), m_workspace, QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 1);
        for (const QString &secret : Plaintexts)
            QVERIFY(!r.out.contains(secret));
        if (format == u"json") {
            const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(root.value(u"schema").toString(), QStringLiteral("driftdeck-check"));
            QVERIFY(!root.value(u"rows").toArray().isEmpty());
        } else if (format == u"junit") {
            QXmlStreamReader xml(r.out);
            bool failure = false;
            while (!xml.atEnd()) {
                xml.readNext();
                failure = failure || (xml.isStartElement() && xml.name() == u"failure");
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(failure);
        } else if (format == u"markdown") {
            QVERIFY(r.out.startsWith(u"### Drift Deck: Test shop"));
        } else {
            QVERIFY(r.out.contains(u"config/database.poolSize"));
            for (const QString &line : r.out.split(u'\n'))
                QVERIFY2(line.size() <= 80, qPrintable(line));
        }
    }

    void report_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mediaBox");
        QTest::addColumn<QString>("expected");
        QTest::addRow("workspace A4") << QStringLiteral("shop/workspace.yaml") << QStringList{} << 0
                                      << QStringLiteral("595 x 842") << QStringLiteral("config/database.poolSize");
        QTest::addRow("snapshot Letter") << QStringLiteral("a.driftsnap.json")
                                         << QStringList{QStringLiteral("--page-size"), QStringLiteral("letter")} << 0
                                         << QStringLiteral("612 x 792") << QStringLiteral("config/database.password");
        QTest::addRow("all rows") << QStringLiteral("a.driftsnap.json") << QStringList{QStringLiteral("--all-rows")}
                                  << 0 << QStringLiteral("595 x 842") << QStringLiteral("config/database.host");
        QTest::addRow("previous") << QStringLiteral("b.driftsnap.json")
                                  << QStringList{QStringLiteral("--previous"), QStringLiteral("a.driftsnap.json")} << 0
                                  << QStringLiteral("595 x 842") << QStringLiteral("Since the snapshot of");
        QTest::addRow("other baseline") << QStringLiteral("a.driftsnap.json")
                                        << QStringList{QStringLiteral("--baseline"), QStringLiteral("staging")} << 0
                                        << QStringLiteral("595 x 842") << QStringLiteral("baseline staging");
        QTest::addRow("failing source") << QStringLiteral("broken/workspace.yaml") << QStringList{} << 3
                                        << QStringLiteral("595 x 842") << QStringLiteral("Missing layers");
    }

    void report()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, mediaBox);
        QFETCH(QString, expected);
        const QString pdf = path(QStringLiteral("report.pdf"));
        QFile::remove(pdf);
        const Run r = run(QStringList{QStringLiteral("report"), input, QStringLiteral("-o"), pdf} + options);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1\n%2").arg(r.exitCode).arg(r.err)));
        QCOMPARE(r.out.trimmed(), pdf);
        QVERIFY(readFile(pdf).startsWith("%PDF-"));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        info.waitForFinished(30000);
        const QString pageSize = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(QRegularExpression(QStringLiteral("Page size:\\s+%1 pts").arg(QRegularExpression::escape(mediaBox)))
                     .match(pageSize)
                     .hasMatch(),
                 qPrintable(pageSize));
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(expected), qPrintable(text.left(2000)));
        for (const QString &secret : Plaintexts)
            QVERIFY(!text.contains(secret));
    }

    void reportWithHistory()
    {
        // The workspace's kept snapshots, where the app keeps them ($XDG_DATA_HOME/driftdeck/driftdeck/history).
        const HistoryStore store(QStringLiteral("Test shop"), QFileInfo(m_workspace).absoluteFilePath(),
                                 path(QStringLiteral("data/driftdeck/driftdeck/history")));
        QVERIFY(QDir().mkpath(store.directory()));
        QFile::remove(store.directory() + QStringLiteral("/20261101T090000Z.driftsnap.json"));
        QFile::remove(store.directory() + QStringLiteral("/20261102T090000Z.driftsnap.json"));
        QVERIFY(QFile::copy(m_a, store.directory() + QStringLiteral("/20261101T090000Z.driftsnap.json")));
        QVERIFY(QFile::copy(m_b, store.directory() + QStringLiteral("/20261102T090000Z.driftsnap.json")));
        QCOMPARE(store.list().size(), 2);

        const QString pdf = path(QStringLiteral("history.pdf"));
        const Run with
            = run({QStringLiteral("report"), m_workspace, QStringLiteral("-o"), pdf, QStringLiteral("--history")});
        QVERIFY2(with.exitCode == 0, qPrintable(with.err));
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("2 snapshots from")), qPrintable(text.right(1500)));
        const Run without = run({QStringLiteral("report"), m_workspace, QStringLiteral("-o"), pdf});
        QVERIFY2(without.exitCode == 0, qPrintable(without.err));
        QVERIFY(!pdfText(pdf).simplified().contains(QStringLiteral("2 snapshots from")));
        QDir(store.directory()).removeRecursively();
    }

    void diffFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("text") << QStringLiteral("text");
        QTest::addRow("json") << QStringLiteral("json");
        QTest::addRow("markdown") << QStringLiteral("markdown");
    }

    void diffFormats()
    {
        // Between a and b staging's pool size now matches production (drift resolved), its
        // password changed (a secret) and feature.beta appeared (new drift: only in staging).
        QFETCH(QString, format);
        const Run r = run({QStringLiteral("diff"), m_a, m_b, QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 1);
        for (const QString &secret : Plaintexts + QStringList{QStringLiteral("rotated-99")})
            QVERIFY2(!r.out.contains(secret), qPrintable(secret));
        const SnapshotReadResult b = SnapshotFile::read(m_b);
        QVERIFY(b.ok());
        const int password = b.snapshot->rowOf(QStringLiteral("config/database.password"));
        const QString fingerprint = b.snapshot->entry(password, 0)->value.canonical();
        QVERIFY(!fingerprint.isEmpty());
        QVERIFY(!r.out.contains(fingerprint));
        if (format == u"json") {
            const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(root.value(u"schema").toString(), QStringLiteral("driftdeck-diff"));
            QCOMPARE(root.value(u"schemaVersion").toInt(), 1);
            QCOMPARE(root.value(u"identical").toBool(), false);
            const QJsonObject counts = root.value(u"counts").toObject();
            QCOMPARE(counts.value(u"added").toInt(), 1);
            QCOMPARE(counts.value(u"changed").toInt(), 2);
            QCOMPARE(counts.value(u"newDrift").toInt(), 1);
            QCOMPARE(counts.value(u"resolvedDrift").toInt(), 1);
            const QJsonArray environments = root.value(u"environments").toArray();
            QCOMPARE(environments.size(), 2);
            const QJsonObject staging = environments.at(0).toObject();
            QCOMPARE(staging.value(u"name").toString(), QStringLiteral("staging"));
            QCOMPARE(staging.value(u"added").toArray().first().toString(), QStringLiteral("config/feature.beta"));
            bool secretSeen = false;
            for (const QJsonValue &change : staging.value(u"changed").toArray()) {
                if (change[u"key"].toString() == u"config/database.password") {
                    secretSeen = true;
                    QVERIFY(change[u"secret"].toBool());
                    QVERIFY(change[u"before"].isNull());
                    QVERIFY(change[u"after"].isNull());
                }
            }
            QVERIFY(secretSeen);
            QCOMPARE(root.value(u"newDrift").toArray().first()[u"key"].toString(),
                     QStringLiteral("config/feature.beta"));
        } else if (format == u"markdown") {
            QVERIFY(r.out.startsWith(u"### Drift Deck diff: Test shop"));
            QVERIFY2(r.out.contains(u"| staging | changed | `config/database.poolSize` | `20` | `50` |"),
                     qPrintable(r.out));
            QVERIFY(r.out.contains(u"| staging | changed | `config/database.password` | secret | secret |"));
            QVERIFY2(r.out.contains(u"| new | `config/feature.beta` | staging | not present | only-here |"),
                     qPrintable(r.out));
            QVERIFY(r.out.contains(u"| resolved | `config/database.poolSize` | staging | differs | same |"));
        } else {
            QVERIFY2(r.out.contains(u"staging: 1 added, 0 removed, 2 changed"), qPrintable(r.out));
            QVERIFY(r.out.contains(u"  ~ config/database.poolSize: 20 → 50"));
            QVERIFY(r.out.contains(u"  ~ config/database.password: secret changed"));
            QVERIFY(r.out.contains(u"production: no changes"));
            QVERIFY(r.out.contains(u"1 added, 0 removed, 2 changed; 1 new drift, 1 resolved."));
            for (const QString &line : r.out.split(u'\n'))
                QVERIFY2(line.size() <= 80, qPrintable(line));
        }
    }

    void diffIdentical_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text") << QStringLiteral("text") << QStringLiteral("The snapshots are identical.");
        QTest::addRow("json") << QStringLiteral("json") << QStringLiteral("\"identical\": true");
        QTest::addRow("markdown") << QStringLiteral("markdown") << QStringLiteral("**The snapshots are identical.**");
    }

    void diffIdentical()
    {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        const Run r = run({QStringLiteral("diff"), m_a, m_a, QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    }

    void diffLongValuesFit80Columns()
    {
        // A value far wider than a terminal is cut, never wrapped into the next line.
        const QString ws = path(QStringLiteral("long"));
        QVERIFY(writeFile(ws + QStringLiteral("/workspace.yaml"), WorkspaceYaml));
        QVERIFY(writeFile(ws + QStringLiteral("/config/base.yaml"), "motd: short\n"));
        QCOMPARE(run({QStringLiteral("snapshot"), ws + QStringLiteral("/workspace.yaml"), QStringLiteral("-o"),
                      path(QStringLiteral("long-a.json"))})
                     .exitCode,
                 0);
        QVERIFY(writeFile(ws + QStringLiteral("/config/base.yaml"), "motd: " + QByteArray(300, 'x') + "\n"));
        QCOMPARE(run({QStringLiteral("snapshot"), ws + QStringLiteral("/workspace.yaml"), QStringLiteral("-o"),
                      path(QStringLiteral("long-b.json"))})
                     .exitCode,
                 0);
        const Run r
            = run({QStringLiteral("diff"), path(QStringLiteral("long-a.json")), path(QStringLiteral("long-b.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"  ~ config/motd: short → xxxx"), qPrintable(r.out));
        for (const QString &line : r.out.split(u'\n'))
            QVERIFY2(line.size() <= 80, qPrintable(line));
    }

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_calm;
    QString m_failing;
    QString m_a;
    QString m_b;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
