// Mutation fuzzing of every parser that reads user or server files. Each must return a result
// or a clear error for any input: no crash, no hang, no exception escaping. Runs a few thousand
// deterministic mutations per parser; ASan/UBSan builds (the asan preset) make it sharper.
#include "mutator.h"
#include "snapshot/snapshotfile.h"
#include "sources/flagformats/flagfilesource.h"
#include "values/normaliser.h"
#include "workspace/workspaceloader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DriftDeck;

namespace {
constexpr int Iterations = 1500;

QList<QByteArray> seeds(const QString &folder, const QStringList &patterns)
{
    QList<QByteArray> out;
    QDirIterator it(QStringLiteral(DRIFTDECK_FIXTURES "/") + folder, patterns, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.size() < 256 * 1024)
            out.append(file.readAll());
    }
    return out;
}

template<typename Parse> void fuzz(const QList<QByteArray> &corpus, quint32 seed, Parse parse)
{
    QVERIFY2(!corpus.isEmpty(), "no seed files found");
    Mutator mutator(seed);
    QElapsedTimer slowest;
    qint64 worst = 0;
    for (int i = 0; i < Iterations; ++i) {
        const QByteArray input = mutator.mutate(corpus[i % corpus.size()]);
        slowest.start();
        const bool answered = parse(input);
        worst = std::max(worst, slowest.elapsed());
        QVERIFY2(answered, qPrintable(QStringLiteral("iteration %1 gave neither a result nor an error").arg(i)));
    }
    qInfo("%d mutations, slowest parse %lld ms", Iterations, worst);
    QVERIFY2(worst < 5000, "a mutated input took more than 5 s to parse");
}
} // namespace

class FuzzParsersTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workspaceFiles()
    {
        fuzz(seeds(QStringLiteral("workspaces"), {QStringLiteral("*.yaml")}), 1, [](const QByteArray &input) {
            const WorkspaceLoadResult result = WorkspaceLoader::loadText(input, QStringLiteral("fuzz.yaml"));
            return result.ok() || !result.errors.isEmpty();
        });
    }

    void snapshotFiles()
    {
        fuzz(seeds(QStringLiteral("snapshots"), {QStringLiteral("*.json")}), 2, [](const QByteArray &input) {
            const SnapshotReadResult result = SnapshotFile::fromJson(input, QStringLiteral("fuzz.json"));
            return result.snapshot.has_value() != !result.errorString.isEmpty();
        });
    }

    void flagFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flags.json"));
        const Normaliser normaliser;
        fuzz(seeds(QStringLiteral("flags"), {QStringLiteral("*.json"), QStringLiteral("*.yaml")}), 3,
             [&](const QByteArray &input) {
                 QFile file(path);
                 if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                     return false;
                 file.write(input);
                 file.close();
                 const SourceResult result = readFlagFile(path, QStringLiteral("flags.json"), FlagFileFormat::Auto,
                                                          normaliser, QStringLiteral("flags"));
                 // Contract: rows are flag rows; errors name the file so the user can find it.
                 if (!result.ok())
                     return result.errorString.contains(QStringLiteral("flags.json"));
                 for (auto it = result.entries.cbegin(); it != result.entries.cend(); ++it) {
                     if (!it.key().startsWith(QStringLiteral("flag/")))
                         return false;
                 }
                 return true;
             });
    }
};

QTEST_GUILESS_MAIN(FuzzParsersTest)
#include "tst_fuzz_parsers.moc"
