// Nothing lost: the real binary is killed (SIGKILL, no chance to clean up) at random points
// while it captures and writes a snapshot over an existing one, and runs into a full disk
// (RLIMIT_FSIZE: writes fail with EFBIG, as on a full file system). The file that was there
// before must stay intact and still load; only a complete new file may replace it.
#include "processsignal.h"
#include "snapshot/snapshotfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/resource.h>

using namespace DriftDeck;

namespace {

constexpr int Keys = 40000; // per environment: the snapshot is ~10 MB, its write takes a while

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

} // namespace

class TestAtomicWrites : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void prepare(QProcess &process, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DRIFTDECK_SECRET_SALT"), QStringLiteral("atomic-test-salt"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.setProgram(QStringLiteral(DRIFTDECK_BINARY));
        process.setArguments(arguments);
    }

    // Files beside the target other than the target itself: QSaveFile's named temporary files
    // (on Linux it usually writes an unnamed O_TMPFILE instead, which vanishes with the process).
    QStringList temporaries() const
    {
        QStringList names = QDir(path(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden);
        names.removeAll(QStringLiteral("previous.json"));
        return names;
    }

    // Whether the process has a file open for writing in the output folder right now.
    bool isWriting(qint64 pid) const
    {
        const QString folder = QDir(path(QStringLiteral("out"))).canonicalPath();
        const QFileInfoList fds
            = QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryInfoList(QDir::System | QDir::Files);
        for (const QFileInfo &fd : fds) {
            if (fd.symLinkTarget().startsWith(folder + u'/'))
                return true;
        }
        return false;
    }

    void verifyIntact(const QString &target)
    {
        const QByteArray bytes = readFile(target);
        if (bytes == m_previous)
            return;
        // Replaced: only by a whole snapshot of the same workspace.
        const SnapshotReadResult read = SnapshotFile::fromJson(bytes, target);
        QVERIFY2(read.ok(), qPrintable(read.errorString));
        QCOMPARE(read.snapshot->environments.size(), 2);
        QVERIFY(read.snapshot->environments[0].entries.size() >= Keys);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QByteArray base = "service:\n";
        for (int i = 0; i < Keys; ++i)
            base += "  key" + QByteArray::number(i).rightJustified(5, '0') + ": value-" + QByteArray::number(i * 7919)
                + "\n";
        QVERIFY(writeFile(path(QStringLiteral("config/base.yaml")), base));
        QVERIFY(writeFile(path(QStringLiteral("config/staging.yaml")), "extra: staging\n"));
        QVERIFY(writeFile(path(QStringLiteral("config/production.yaml")), "extra: production\n"));
        QVERIFY(writeFile(path(QStringLiteral("workspace.yaml")),
                          "version: 1\nname: Big shop\nbaseline: production\nenvironments: [staging, production]\n"
                          "sources:\n  - type: config-files\n    layers: [config/base.yaml, \"config/{env}.yaml\"]\n"));

        QVERIFY(QDir().mkpath(path(QStringLiteral("out"))));
        // The file a user had before: a complete snapshot of this workspace.
        QProcess first;
        prepare(first,
                {QStringLiteral("snapshot"), path(QStringLiteral("workspace.yaml")), QStringLiteral("-o"),
                 path(QStringLiteral("out/previous.json"))});
        QElapsedTimer clock;
        clock.start();
        first.start();
        QVERIFY(first.waitForFinished(120000));
        m_fullRunMs = clock.elapsed();
        QCOMPARE(first.exitCode(), 0);
        m_previous = readFile(path(QStringLiteral("out/previous.json")));
        QVERIFY(SnapshotFile::fromJson(m_previous, QStringLiteral("previous.json")).ok());
        qInfo("a full run takes %lld ms and writes %lld bytes", m_fullRunMs, qint64(m_previous.size()));
    }

    // SIGKILL at random points of the run, half of them aimed at the write itself (once the
    // temporary file exists).
    void killedMidWrite()
    {
        const QString target = path(QStringLiteral("out/previous.json"));
        QRandomGenerator random(20261204);
        int duringWrite = 0;
        constexpr int Runs = 14;
        for (int i = 0; i < Runs; ++i) {
            for (const QString &name : temporaries())
                QFile::remove(path(QStringLiteral("out/")) + name);
            QProcess process;
            prepare(process,
                    {QStringLiteral("snapshot"), path(QStringLiteral("workspace.yaml")), QStringLiteral("-o"), target});
            process.start();
            QVERIFY(process.waitForStarted());
            QElapsedTimer clock;
            clock.start();
            if (i % 2 == 0) {
                QTest::qWait(int(random.bounded(qint64(m_fullRunMs) + 1)));
            } else {
                while (!isWriting(process.processId()) && process.state() == QProcess::Running
                       && clock.elapsed() < 60000)
                    QThread::usleep(200);
                QThread::usleep(random.bounded(40000));
            }
            const bool writing = isWriting(process.processId());
            Testing::signalRunning(process, SIGKILL); // it may have finished on its own
            QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(10000));
            duringWrite += writing ? 1 : 0;
            verifyIntact(target);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d kills, %d of them while the snapshot was being written; the previous file stayed whole each time",
              Runs, duringWrite);
        QVERIFY2(duringWrite > 0, "no kill landed during a write: the test proves nothing");
    }

    void fullDisk_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("snapshot") << QStringList{QStringLiteral("snapshot"), QStringLiteral("workspace.yaml"),
                                                 QStringLiteral("-o"), QStringLiteral("out/previous.json")};
        QTest::addRow("check json") << QStringList{QStringLiteral("check"),
                                                   QStringLiteral("workspace.yaml"),
                                                   QStringLiteral("--all-rows"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("json"),
                                                   QStringLiteral("-o"),
                                                   QStringLiteral("out/previous.json")};
    }

    // A write that fails half-way (EFBIG past RLIMIT_FSIZE, as ENOSPC on a full disk) reports
    // the error, exits with 2 and leaves the previous file and no temporary file behind.
    void fullDisk()
    {
        QFETCH(QStringList, arguments);
        const QString target = path(QStringLiteral("out/previous.json"));
        QVERIFY(writeFile(target, m_previous));
        for (const QString &name : temporaries())
            QFile::remove(path(QStringLiteral("out/")) + name);
        QProcess process;
        prepare(process, arguments);
        process.setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN); // write() fails with EFBIG instead of killing the process
            const rlimit limit{256 * 1024, 256 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        process.start();
        QVERIFY(process.waitForFinished(120000));
        const QByteArray errors = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(errors.contains("cannot write"), errors.constData());
        QVERIFY(readFile(target) == m_previous);
        QVERIFY2(temporaries().isEmpty(), qPrintable(temporaries().join(u", ")));
        QVERIFY(SnapshotFile::read(target).ok());
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_previous;
    qint64 m_fullRunMs = 0;
};

QTEST_GUILESS_MAIN(TestAtomicWrites)
#include "tst_atomicwrites.moc"
