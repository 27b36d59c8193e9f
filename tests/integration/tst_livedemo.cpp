// The live demo (tests/integration/live-demo.sh) run headless with the real driftdeck binary:
// every drift it seeds into its real servers shows up in the printed check, and nothing it
// started outlives it.
#include "testserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString Script = QStringLiteral(DRIFTDECK_SOURCE_ROOT "/tests/integration/live-demo.sh");

// Shared with tst_unleash: unleash-server is installed from npm once per build folder.
QString unleashCache()
{
    const QString configured = qEnvironmentVariable("DRIFTDECK_UNLEASH_CACHE");
    if (!configured.isEmpty())
        return configured;
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../unleash-cache"_s);
}

struct Run {
    int exitCode = -1;
    QString output;
};

Run runScript(const QStringList &arguments, const QString &temporaryFolder, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // the headless path: `driftdeck check` instead of the window
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"TMPDIR"_s, temporaryFolder);
    env.insert(u"DRIFTDECK_UNLEASH_CACHE"_s, unleashCache());
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"bash"_s, QStringList{Script} + arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        // The servers get a parent-death signal from the script; killing it stops them too.
        process.kill();
        process.waitForFinished(10000);
        run.output = QString::fromUtf8(process.readAll()) + u"\n[the live demo did not end in time]"_s;
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

// One row of the check's text output: its severity and environment → "value  note".
struct Row {
    QString severity;
    QHash<QString, QString> cells;
    bool isNull() const { return severity.isEmpty(); }
};

// Finds "SEVERITY key" and the indented environment lines below it (until a blank line).
Row findRow(const QString &output, const QString &key)
{
    Row row;
    const QStringList lines = output.split(u'\n');
    const QRegularExpression header(u"^([A-Z]+)\\s+"_s + QRegularExpression::escape(key) + u"$"_s);
    const QRegularExpression cell(u"^  ([a-z]+)\\s{2,}(.*)$"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto match = header.match(lines[i]);
        if (!match.hasMatch())
            continue;
        row.severity = match.captured(1);
        for (qsizetype j = i + 1; j < lines.size() && !lines[j].trimmed().isEmpty(); ++j) {
            const auto c = cell.match(lines[j]);
            if (c.hasMatch())
                row.cells.insert(c.captured(1), c.captured(2).trimmed());
        }
        break;
    }
    return row;
}

// The value column of a cell: the text before the note (separated by two or more spaces).
QString valueOf(const Row &row, const QString &environment)
{
    const QString cell = row.cells.value(environment);
    static const QRegularExpression columnGap(u"\\s{2,}"_s);
    return cell.section(columnGap, 0, 0);
}

// Processes whose environment carries our TMPDIR: everything the script started inherits it.
QStringList processesStartedUnder(const QString &folder)
{
    QStringList found;
    const QByteArray marker = "TMPDIR=" + folder.toLocal8Bit() + '\0';
    QDirIterator it(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString pid = it.next().section(u'/', -1);
        bool isNumber = false;
        pid.toInt(&isNumber);
        if (!isNumber)
            continue;
        QFile environ(u"/proc/%1/environ"_s.arg(pid));
        if (!environ.open(QIODevice::ReadOnly) || !environ.readAll().contains(marker))
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        cmdline.open(QIODevice::ReadOnly);
        found.append(pid + u": "_s + QString::fromLocal8Bit(cmdline.readAll().replace('\0', ' ')));
    }
    return found;
}

bool somethingListensOn(int port)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, quint16(port));
    return socket.waitForConnected(1000);
}

} // namespace

class LiveDemoTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlessCheckShowsEverySeededDrift()
    {
        for (const QString &program : {u"docker-registry"_s, u"prometheus"_s, u"etcd"_s, u"openssl"_s, u"curl"_s,
                                       u"node"_s, u"npm"_s, u"setsid"_s, u"setpriv"_s}) {
            if (TestServer::findProgram(program).isEmpty())
                DRIFTDECK_SKIP_MISSING(qPrintable(u"the live demo needs %1, which is not installed"_s.arg(program)));
        }
        QDirIterator postgres(u"/usr/lib/postgresql"_s, {u"initdb"_s}, QDir::Files, QDirIterator::Subdirectories);
        if (!postgres.hasNext())
            DRIFTDECK_SKIP_MISSING("the live demo needs PostgreSQL (no initdb under /usr/lib/postgresql)");
        QVERIFY2(QFile::exists(QStringLiteral(DRIFTDECK_BINARY)), "build the driftdeck target first");

        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        // PostgreSQL runs as its own user when the test runs as root: it must reach its folder.
        QVERIFY(QFile::setPermissions(temporary.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        // The first run installs unleash-server from npm (about a minute); later runs take ~25 s.
        const Run run = runScript({QStringLiteral(DRIFTDECK_BINARY)}, temporary.path(), 280000);
        const QByteArray context = run.output.toUtf8();
        QVERIFY2(run.exitCode == 0, context.constData());
        QVERIFY2(run.output.contains(u"live-demo: no display: driftdeck check workspace.yaml --fail-on never\n"_s),
                 context.constData());

        // The moved tag: release-42 resolves to another digest in staging's registry — critical.
        const Row digest = findRow(run.output, u"image/checkout-api/digest"_s);
        QVERIFY2(!digest.isNull(), context.constData());
        QCOMPARE(digest.severity, u"CRITICAL"_s);
        QVERIFY2(valueOf(digest, u"production"_s).startsWith(u"sha256:"_s), context.constData());
        QVERIFY2(valueOf(digest, u"staging"_s).startsWith(u"sha256:"_s), context.constData());
        QVERIFY(valueOf(digest, u"staging"_s) != valueOf(digest, u"production"_s));
        QVERIFY(digest.cells.value(u"staging"_s).endsWith(u"differs"_s));
        QCOMPARE(valueOf(digest, u"canary"_s), valueOf(digest, u"production"_s));
        // The tag itself is the same everywhere, so it is no drift row.
        QVERIFY(findRow(run.output, u"image/checkout-api"_s).isNull());

        // The rollout in progress: canary's pods report two versions.
        const Row rollout = findRow(run.output, u"runtime/checkout-api.version"_s);
        QVERIFY2(!rollout.isNull(), context.constData());
        QCOMPARE(valueOf(rollout, u"production"_s), u"1.4.2"_s);
        QVERIFY2(valueOf(rollout, u"canary"_s).startsWith(u"1.4.2 ×"_s), context.constData());
        QVERIFY2(valueOf(rollout, u"canary"_s).contains(u", 1.5.0 ×"_s), context.constData());
        QCOMPARE(valueOf(rollout, u"staging"_s), u"1.5.0"_s);

        // The flag: on in staging, off in production (and canary).
        const Row flag = findRow(run.output, u"flag/new-checkout-flow"_s);
        QVERIFY2(!flag.isNull(), context.constData());
        QCOMPARE(valueOf(flag, u"production"_s), u"off"_s);
        QCOMPARE(valueOf(flag, u"staging"_s), u"on"_s);
        QCOMPARE(valueOf(flag, u"canary"_s), u"off"_s);
        QVERIFY(findRow(run.output, u"flag/fast-search"_s).isNull()); // on everywhere: no drift

        // The etcd key that differs, and one that differs as the policy expects.
        const Row timeout = findRow(run.output, u"config/payments.timeoutMs"_s);
        QVERIFY2(!timeout.isNull(), context.constData());
        QCOMPARE(valueOf(timeout, u"production"_s), u"3000"_s);
        QCOMPARE(valueOf(timeout, u"staging"_s), u"8000"_s);
        QCOMPARE(findRow(run.output, u"config/database.poolSize"_s).severity, u"EXPECTED"_s);
        QVERIFY(findRow(run.output, u"config/payments.provider"_s).isNull());

        // The expiring certificate: production's expires within 3 days, staging's was renewed.
        const Row expiry = findRow(run.output, u"tls/checkout/daysToExpiry"_s);
        QVERIFY2(!expiry.isNull(), context.constData());
        bool ok = false;
        const int productionDays = valueOf(expiry, u"production"_s).section(u' ', 0, 0).toInt(&ok);
        QVERIFY2(ok && productionDays >= 0 && productionDays <= 3, context.constData());
        QVERIFY(valueOf(expiry, u"staging"_s).section(u' ', 0, 0).toInt() >= 80);
        // Two days from expiry is critical in itself, whatever the other environments say.
        QCOMPARE(expiry.severity, u"CRITICAL"_s);

        // One line per server; once the script has ended, nothing listens there and nothing it
        // started is left.
        static const QRegularExpression serverLine(u"^  (\\S.*?)\\s{2,}[a-z]+://127\\.0\\.0\\.1:(\\d+)/?\\S*$"_s,
                                                   QRegularExpression::MultilineOption);
        QStringList names;
        QList<int> ports;
        for (auto it = serverLine.globalMatch(run.output); it.hasNext();) {
            const auto match = it.next();
            names.append(match.captured(1));
            ports.append(match.captured(2).toInt());
        }
        for (const QString &expected :
             {u"docker-registry (production)"_s, u"docker-registry (staging mirror)"_s, u"prometheus"_s, u"etcd"_s,
              u"unleash 7.5.1"_s, u"postgresql (Unleash's database)"_s, u"tls endpoint (production, canary)"_s,
              u"tls endpoint (staging)"_s})
            QVERIFY2(names.contains(expected), qPrintable(expected + u" is not listed:\n"_s + run.output));
        for (int port : std::as_const(ports))
            QVERIFY2(!somethingListensOn(port), qPrintable(u"port %1 still answers after the demo ended"_s.arg(port)));
        const QStringList left = processesStartedUnder(temporary.path());
        QVERIFY2(left.isEmpty(), qPrintable(u"still running:\n"_s + left.join(u'\n')));
        QVERIFY2(QDir(temporary.path()).isEmpty(), "the demo's temporary folder was not removed");
    }

    void refusesAMissingBinary()
    {
        QTemporaryDir temporary;
        const Run run = runScript({temporary.filePath(u"no-such-driftdeck"_s)}, temporary.path(), 30000);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.output,
                 u"live-demo: error: %1 is not an executable (build the driftdeck target)\n"_s.arg(
                     temporary.filePath(u"no-such-driftdeck"_s)));
        QVERIFY(QDir(temporary.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(LiveDemoTest)
#include "tst_livedemo.moc"
