#include "drift/driftengine.h"
#include "pipeline/capture.h"
#include "pipeline/logicalrows.h"
#include "workspace/workspaceloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

// One environment capture with keys -> values, each from layer 0 of a source "src".
EnvironmentCapture environment(const QString &name, const QList<std::pair<QString, Value>> &values)
{
    EnvironmentCapture capture;
    capture.name = name;
    capture.displayName = name;
    capture.layers.append({u"src"_s, u"file.yaml"_s, u"file.yaml"_s});
    capture.sources.append(SourceStatus{});
    capture.sources.last().id = u"src"_s;
    capture.sources.last().state = SourceState::Ok;
    for (const auto &[key, value] : values) {
        Entry entry;
        entry.value = value;
        entry.source = 0;
        entry.provenance.append({0, 7, 3, value.display()});
        capture.entries.insert(key, entry);
    }
    return capture;
}

Snapshot postgresSnapshot()
{
    Snapshot snapshot;
    snapshot.baseline = u"production"_s;
    snapshot.environments = {
        environment(u"development"_s, {{u"image/postgres"_s, Value::string(u"postgres:15"_s)}}),
        environment(u"staging"_s, {{u"infra/postgres.version"_s, Value::string(u"15.2"_s)}}),
        environment(u"production"_s, {{u"infra/aws_db_instance.main.engine_version"_s, Value::string(u"15.4"_s)}}),
    };
    snapshot.buildIndex();
    return snapshot;
}

LogicalRow postgresRow(LogicalRow::Compare compare)
{
    LogicalRow row;
    row.key = u"infra/postgres"_s;
    row.compare = compare;
    row.sources = {{u"development"_s, u"image/postgres"_s, u"postgres:(\\d+(?:\\.\\d+)*)"_s},
                   {u"staging"_s, u"infra/postgres.version"_s, {}},
                   {u"production"_s, u"infra/aws_db_instance.main.engine_version"_s, {}}};
    return row;
}

DriftStatus statusOf(const Snapshot &snapshot, const QString &key, const QString &environment)
{
    const DriftResult result
        = DriftEngine::compute(snapshot, snapshot.environmentIndex(snapshot.baseline), Policy(), QDate(2026, 12, 4));
    return result.status(snapshot.rowOf(key), snapshot.environmentIndex(environment));
}

} // namespace

class LogicalRowsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<int>("compare");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("status");
        const int exact = int(LogicalRow::Compare::Exact);
        const int major = int(LogicalRow::Compare::SameMajor);
        const int minor = int(LogicalRow::Compare::SameMinor);
        QTest::addRow("pattern extracts the tag") << exact << "development"
                                                  << "15"
                                                  << "15" << int(DriftStatus::Differs);
        QTest::addRow("key as it is") << exact << "staging"
                                      << "15.2"
                                      << "15.2" << int(DriftStatus::Differs);
        QTest::addRow("baseline") << exact << "production"
                                  << "15.4"
                                  << "15.4" << int(DriftStatus::Baseline);
        QTest::addRow("same major: 15 = 15.4") << major << "development"
                                               << "15"
                                               << "15" << int(DriftStatus::Same);
        QTest::addRow("same major: 15.2 = 15.4") << major << "staging"
                                                 << "15.2"
                                                 << "15" << int(DriftStatus::Same);
        QTest::addRow("same minor: 15.2 != 15.4") << minor << "staging"
                                                  << "15.2"
                                                  << "15.2" << int(DriftStatus::Differs);
        QTest::addRow("same minor: 15 != 15.4") << minor << "development"
                                                << "15"
                                                << "15" << int(DriftStatus::Differs);
    }
    void values()
    {
        QFETCH(int, compare);
        QFETCH(QString, environment);
        QFETCH(QString, display);
        QFETCH(QString, canonical);
        QFETCH(int, status);
        const Snapshot snapshot = applyLogicalRows(postgresSnapshot(), {postgresRow(LogicalRow::Compare(compare))});
        const int row = snapshot.rowOf(u"infra/postgres"_s);
        QVERIFY(row >= 0);
        const Entry *entry = snapshot.entry(row, snapshot.environmentIndex(environment));
        QVERIFY(entry);
        QCOMPARE(entry->value.display(), display);
        QCOMPARE(entry->value.canonical(), canonical);
        QCOMPARE(int(statusOf(snapshot, u"infra/postgres"_s, environment)), status);
    }

    void provenancePointsAtTheOriginalKey()
    {
        const Snapshot snapshot = applyLogicalRows(postgresSnapshot(), {postgresRow(LogicalRow::Compare::Exact)});
        const EnvironmentCapture &development = snapshot.environments[0];
        const Entry entry = development.entries.value(u"infra/postgres"_s);
        QCOMPARE(entry.provenance.size(), 2);
        QCOMPARE(entry.provenance[0].line, 7); // the original key's own step
        QCOMPARE(development.layers.value(entry.provenance[1].layer).label,
                 u"image/postgres (pattern postgres:(\\d+(?:\\.\\d+)*))"_s);
        QCOMPARE(development.layers.value(entry.provenance[1].layer).source, u"src"_s);
        QCOMPARE(entry.source, 0);
        // The original rows stay.
        QVERIFY(snapshot.rowOf(u"image/postgres"_s) >= 0);
    }

    void missingAndUnmatched()
    {
        Snapshot snapshot = postgresSnapshot();
        snapshot.environments[0].entries[u"image/postgres"_s].value = Value::string(u"mysql:8"_s);
        snapshot.environments[1].entries.remove(u"infra/postgres.version"_s);
        snapshot = applyLogicalRows(std::move(snapshot), {postgresRow(LogicalRow::Compare::Exact)});
        const Entry *development = snapshot.entry(snapshot.rowOf(u"infra/postgres"_s), 0);
        QVERIFY(development && development->value.isMasked());
        QVERIFY(development->value.display().contains(u"does not match"_s));
        QCOMPARE(snapshot.entry(snapshot.rowOf(u"infra/postgres"_s), 1), nullptr);
        QCOMPARE(statusOf(snapshot, u"infra/postgres"_s, u"staging"_s), DriftStatus::MissingHere);
        QCOMPARE(statusOf(snapshot, u"infra/postgres"_s, u"development"_s), DriftStatus::Unknown);
    }

    void secretsStaySecret()
    {
        Snapshot snapshot = postgresSnapshot();
        snapshot.environments[2].entries[u"infra/aws_db_instance.main.engine_version"_s].value
            = Value::secret(u"abc"_s);
        LogicalRow row = postgresRow(LogicalRow::Compare::SameMajor);
        row.sources.append({u"*"_s, u"infra/aws_db_instance.main.engine_version"_s, u"(.*)"_s});
        snapshot = applyLogicalRows(std::move(snapshot), {row});
        const Entry *production = snapshot.entry(snapshot.rowOf(u"infra/postgres"_s), 2);
        QVERIFY(production->value.isSecret());
        QVERIFY(production->provenance.constLast().display.isEmpty());
    }

    void secretKeysStayMaskedThroughACapture()
    {
        // End to end: config-files reads the password in plain text; the secret patterns make it
        // a fingerprint, and a logical row over it (with or without a pattern) must not bring the
        // text back. A row whose own name is a secret's is masked even over a plain key.
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(u"staging.yaml"_s, "database: {password: hunter2-staging, version: \"15.2\"}\n");
        write(u"production.yaml"_s, "database: {password: hunter2-production, version: \"15.4\"}\n");
        write(u"ws.yaml"_s,
              "version: 1\nname: Secrets\nenvironments: [staging, production]\n"
              "sources:\n  - type: config-files\n    layers: [\"{env}.yaml\"]\n"
              "rows:\n"
              "  - key: config/login\n    from: {\"*\": config/database.password}\n"
              "  - key: config/login-prefix\n    from: {\"*\": {key: config/database.password, pattern: "
              "\"[a-z0-9]+-(.*)\"}}\n"
              "  - key: config/api.token\n    from: {\"*\": config/database.version}\n"
              "  - key: infra/postgres\n    from: {\"*\": config/database.version}\n");
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadFile(dir.filePath(u"ws.yaml"_s));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        const SnapshotPtr snapshot
            = Capture::runBlocking(*loaded.workspace, SecretPolicy(Policy::defaultSecretPatterns(), "salt"));
        QVERIFY(snapshot);
        for (int env = 0; env < 2; ++env) {
            const EnvironmentCapture &capture = snapshot->environments[env];
            const Entry login = capture.entries.value(u"config/login"_s);
            QVERIFY2(login.value.isSecret(), qPrintable(login.value.display()));
            QCOMPARE(login.value, capture.entries.value(u"config/database.password"_s).value);
            QVERIFY(capture.entries.value(u"config/login-prefix"_s).value.isMasked());
            QVERIFY(capture.entries.value(u"config/api.token"_s).value.isSecret());
            QCOMPARE(capture.entries.value(u"infra/postgres"_s).value.display(), env == 0 ? u"15.2"_s : u"15.4"_s);
            for (auto it = capture.entries.cbegin(); it != capture.entries.cend(); ++it) {
                QVERIFY2(!it->value.display().contains(u"hunter2"_s), qPrintable(it.key()));
                for (const Origin &origin : it->provenance) {
                    QVERIFY2(!origin.display.contains(u"hunter2"_s), qPrintable(it.key()));
                    if (it.key() == u"config/api.token")
                        QVERIFY(origin.display.isEmpty());
                }
            }
            for (const Layer &layer : capture.layers)
                QVERIFY(!layer.label.contains(u"hunter2"_s));
        }
        // Secrets compare by fingerprint: the two passwords differ, so the row drifts.
        QVERIFY(snapshot->environments[0].entries.value(u"config/login"_s).value
                != snapshot->environments[1].entries.value(u"config/login"_s).value);
    }

    void defaultSource()
    {
        LogicalRow row;
        row.key = u"infra/pg"_s;
        row.sources = {{u"*"_s, u"infra/postgres.version"_s, {}},
                       {u"production"_s, u"infra/aws_db_instance.main.engine_version"_s, {}}};
        const Snapshot snapshot = applyLogicalRows(postgresSnapshot(), {row});
        QCOMPARE(snapshot.entry(snapshot.rowOf(u"infra/pg"_s), 1)->value.display(), u"15.2"_s);
        QCOMPARE(snapshot.entry(snapshot.rowOf(u"infra/pg"_s), 2)->value.display(), u"15.4"_s);
        QCOMPARE(snapshot.entry(snapshot.rowOf(u"infra/pg"_s), 0), nullptr);
    }

    void versionPrefixes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("parts");
        QTest::addColumn<QString>("expected");
        QTest::addRow("major") << "15.4.1" << 1 << "15";
        QTest::addRow("minor") << "15.4.1" << 2 << "15.4";
        QTest::addRow("minor of a major") << "15" << 2 << "15";
        QTest::addRow("with text around") << "PostgreSQL 16.1 (Debian)" << 1 << "16";
        QTest::addRow("no number") << "latest" << 1 << "latest";
    }
    void versionPrefixes()
    {
        QFETCH(QString, text);
        QFETCH(int, parts);
        QFETCH(QString, expected);
        QCOMPARE(versionPrefix(text, parts), expected);
    }

    void workspaceSection()
    {
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadText(R"ws(version: 1
name: W
environments: [development, staging, production]
sources: []
rows:
  - key: infra/postgres
    compare: sameMajor
    from:
      development: {key: image/postgres, pattern: "postgres:(.+)"}
      staging: infra/postgres.version
      "*": infra/aws_db_instance.main.engine_version
)ws",
                                                                     u"w.yaml"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        QCOMPARE(loaded.workspace->rows.size(), 1);
        const LogicalRow &row = loaded.workspace->rows.first();
        QCOMPARE(row.key, u"infra/postgres"_s);
        QCOMPARE(row.compare, LogicalRow::Compare::SameMajor);
        QCOMPARE(row.sources.size(), 3);
        QCOMPARE(row.sourceFor(u"development")->pattern, u"postgres:(.+)"_s);
        QCOMPARE(row.sourceFor(u"production")->key, u"infra/aws_db_instance.main.engine_version"_s);
        QCOMPARE(row.origin.line, 6);
    }

    void workspaceErrors_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("error");
        QTest::addRow("unknown environment")
            << QByteArray("  - key: infra/pg\n    from: {stagin: a/b}\n") << "w.yaml:7:12: rows[0].from.stagin: ";
        QTest::addRow("bad pattern") << QByteArray(
            "  - key: infra/pg\n    from: {staging: {key: a/b, pattern: \"(\"}}\n")
                                     << "w.yaml:7:41: rows[0].from.staging.pattern: not a valid regular expression";
        QTest::addRow("key without category") << QByteArray("  - key: postgres\n    from: {staging: a/b}\n")
                                              << "w.yaml:6:10: rows[0].key: a row's key needs a category";
        QTest::addRow("bad compare") << QByteArray("  - key: infra/pg\n    compare: major\n    from: {staging: a/b}\n")
                                     << "w.yaml:7:14: rows[0].compare: expected exact, sameMajor or sameMinor";
        QTest::addRow("missing from") << QByteArray("  - key: infra/pg\n") << "w.yaml:6:5: rows[0]: ";
        QTest::addRow("declared twice") << QByteArray(
            "  - key: infra/pg\n    from: {staging: a/b}\n  - key: infra/pg\n    from: {staging: a/b}\n")
                                        << "w.yaml:8:10: rows[1].key: \"infra/pg\" is declared twice";
    }
    void workspaceErrors()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, error);
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadText(
            "version: 1\nname: W\nenvironments: [development, staging, production]\nsources: []\nrows:\n" + rows,
            u"w.yaml"_s);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorString().startsWith(error), qPrintable(loaded.errorString()));
    }
};

QTEST_GUILESS_MAIN(LogicalRowsTest)
#include "tst_logicalrows.moc"
