#include "snapshot/snapshotfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

const QString Plaintext = u"correct-horse-battery-staple"_s;

QString fingerprintOf(const QString &plaintext)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(plaintext.toUtf8(), "salt-for-tests", QCryptographicHash::Sha256).toHex());
}

Entry entry(const Value &value, QList<Origin> provenance = {}, int source = 0, bool stale = false)
{
    Entry e;
    e.value = value;
    e.provenance = std::move(provenance);
    e.source = source;
    e.stale = stale;
    return e;
}

// A snapshot that sets every field to something other than its default, with every value kind.
Snapshot fullSnapshot()
{
    Snapshot s;
    s.workspaceName = u"Checkout \"platform\" é"_s;
    s.workspacePath = u"/home/ana/checkout/workspace.yaml"_s;
    s.takenAt = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53, 589), QTimeZone::UTC);
    s.baseline = u"production"_s;
    s.saltId = u"9f3a1c"_s;

    ExpectedDifference expected;
    expected.key = u"config/database.poolSize"_s;
    expected.environments = {u"production"_s, u"staging"_s};
    expected.reason = u"production is sized for real load"_s;
    expected.owner = u"platform-team"_s;
    expected.expires = QDate(2027, 3, 31);
    expected.origin = {u"workspace.yaml"_s, 14, 7};
    ExpectedDifference neverExpires;
    neverExpires.key = u"flag/beta-*"_s;
    s.policy.expected = {expected, neverExpires};
    s.policy.ignore = {IgnoreRule{u"config/hostname"_s, {u"development"_s}, {u"policy.yaml"_s, 3, 5}}};
    s.policy.tolerance = {ToleranceRule{u"metric/errorRate"_s, 0.5, 0.1, {u"workspace.yaml"_s, 30, 9}}};
    s.policy.mustMatch = {MustMatchRule{u"image/*"_s, {u"workspace.yaml"_s, 40, 3}}};
    s.policy.secrets = {u"*password*"_s, u"*token*"_s};
    ChecklistTick backups;
    backups.key = u"infrastructure.backups"_s;
    backups.environments = {u"staging"_s};
    backups.pass = false;
    backups.note = u"restore drill failed: \"OPS-42\""_s;
    backups.by = u"alice"_s;
    backups.date = QDate(2026, 11, 20);
    backups.origin = {u"workspace.rules.yaml"_s, 9, 5};
    ChecklistTick policies;
    policies.key = u"network.policies"_s;
    policies.note = u"reviewed"_s;
    s.policy.checklist = {backups, policies};

    EnvironmentCapture staging;
    staging.name = u"staging"_s;
    staging.displayName = u"Staging (EU)"_s;
    staging.colour = u"#aa3300"_s;
    staging.layers = {Layer{u"files"_s, u"config/base.yaml"_s, u"config/base.yaml"_s},
                      Layer{u"files"_s, u"config/staging.yaml"_s, u"config/staging.yaml"_s},
                      Layer{u"metrics"_s, u"errorRate"_s, u"https://prometheus.staging.example.com"_s}};
    SourceStatus files;
    files.id = u"files"_s;
    files.type = u"config-files"_s;
    files.label = u"Configuration files"_s;
    files.keyPrefixes = {u"config/"_s, u"flag/"_s};
    files.state = SourceState::Ok;
    files.fetchedAt = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 52, 1), QTimeZone::UTC);
    files.lastSuccess = files.fetchedAt;
    files.latencyMs = 12;
    SourceStatus metrics;
    metrics.id = u"metrics"_s;
    metrics.type = u"prometheus"_s;
    metrics.label = u"Prometheus"_s;
    metrics.keyPrefixes = {u"metric/"_s};
    metrics.state = SourceState::Failed;
    metrics.error = u"connection refused"_s;
    metrics.warnings = {u"slow answer"_s, u"retrying"_s};
    metrics.lastSuccess = QDateTime(QDate(2025, 3, 13), QTime(23, 0, 0, 0), QTimeZone::UTC);
    staging.sources = {files, metrics};
    auto &e = staging.entries;
    e.insert(u"config/database.poolSize"_s,
             entry(Value::number(3000, u"3e3"_s), {Origin{0, 3, 5, u"10"_s}, Origin{1, 7, 9, u"3e3"_s}}));
    e.insert(u"config/name"_s,
             entry(Value::string(u"tab\there \"quoted\" \\ é 😀 \u0001 line\nbreak"_s), {Origin{1, 2, 3, u"x"_s}}));
    e.insert(u"config/empty"_s, entry(Value::string(QString())));
    e.insert(u"config/enabled"_s, entry(Value::boolean(true)));
    e.insert(u"config/nothing"_s, entry(Value::null()));
    e.insert(u"config/list"_s, entry(Value::structure(ValueKind::List, u"[1,2]"_s, u"[1, 2]"_s)));
    e.insert(u"config/map"_s, entry(Value::structure(ValueKind::Map, u"{\"a\":1}"_s, u"{a: 1}"_s)));
    e.insert(u"config/cpu"_s, entry(Value::withCanonical(ValueKind::Number, u"0.1"_s, u"100m"_s)));
    e.insert(u"config/db.password"_s, entry(Value::secret(fingerprintOf(Plaintext)), {Origin{1, 4, 3, QString()}}));
    e.insert(u"config/actuator"_s, entry(Value::masked()));
    e.insert(u"metric/errorRate"_s, entry(Value::number(0.25), {Origin{2, 0, 0, u"0.25"_s}}, 1, true));
    e.insert(u"flag/unsourced"_s, entry(Value::string(u"on"_s), {}, -1));

    EnvironmentCapture production;
    production.name = u"production"_s;
    production.entries.insert(u"config/database.poolSize"_s, entry(Value::number(50), {}, -1));

    s.environments = {staging, production};
    s.buildIndex();
    return s;
}

void compareSnapshots(const Snapshot &a, const Snapshot &b)
{
    QCOMPARE(a.workspaceName, b.workspaceName);
    QCOMPARE(a.workspacePath, b.workspacePath);
    QCOMPARE(a.takenAt, b.takenAt);
    QCOMPARE(a.takenAt.timeSpec(), Qt::UTC);
    QCOMPARE(a.baseline, b.baseline);
    QCOMPARE(a.saltId, b.saltId);

    QCOMPARE(a.policy.expected.size(), b.policy.expected.size());
    for (qsizetype i = 0; i < a.policy.expected.size(); ++i) {
        const auto &x = a.policy.expected[i], &y = b.policy.expected[i];
        QCOMPARE(x.key, y.key);
        QCOMPARE(x.environments, y.environments);
        QCOMPARE(x.reason, y.reason);
        QCOMPARE(x.owner, y.owner);
        QCOMPARE(x.expires, y.expires);
        QCOMPARE(x.origin.file, y.origin.file);
        QCOMPARE(x.origin.line, y.origin.line);
        QCOMPARE(x.origin.column, y.origin.column);
    }
    QCOMPARE(a.policy.ignore.size(), b.policy.ignore.size());
    for (qsizetype i = 0; i < a.policy.ignore.size(); ++i) {
        QCOMPARE(a.policy.ignore[i].key, b.policy.ignore[i].key);
        QCOMPARE(a.policy.ignore[i].environments, b.policy.ignore[i].environments);
        QCOMPARE(a.policy.ignore[i].origin.line, b.policy.ignore[i].origin.line);
    }
    QCOMPARE(a.policy.tolerance.size(), b.policy.tolerance.size());
    for (qsizetype i = 0; i < a.policy.tolerance.size(); ++i) {
        QCOMPARE(a.policy.tolerance[i].key, b.policy.tolerance[i].key);
        QCOMPARE(a.policy.tolerance[i].absolute, b.policy.tolerance[i].absolute);
        QCOMPARE(a.policy.tolerance[i].relative, b.policy.tolerance[i].relative);
        QCOMPARE(a.policy.tolerance[i].origin.column, b.policy.tolerance[i].origin.column);
    }
    QCOMPARE(a.policy.mustMatch.size(), b.policy.mustMatch.size());
    for (qsizetype i = 0; i < a.policy.mustMatch.size(); ++i) {
        QCOMPARE(a.policy.mustMatch[i].key, b.policy.mustMatch[i].key);
        QCOMPARE(a.policy.mustMatch[i].origin.file, b.policy.mustMatch[i].origin.file);
    }
    QCOMPARE(a.policy.secrets, b.policy.secrets);
    QCOMPARE(a.policy.checklist.size(), b.policy.checklist.size());
    for (qsizetype i = 0; i < a.policy.checklist.size(); ++i) {
        const ChecklistTick &x = a.policy.checklist[i], &y = b.policy.checklist[i];
        QCOMPARE(x.key, y.key);
        QCOMPARE(x.environments, y.environments);
        QCOMPARE(x.pass, y.pass);
        QCOMPARE(x.note, y.note);
        QCOMPARE(x.by, y.by);
        QCOMPARE(x.date, y.date);
        QCOMPARE(x.origin.line, y.origin.line);
    }

    QCOMPARE(a.environments.size(), b.environments.size());
    for (qsizetype i = 0; i < a.environments.size(); ++i) {
        const EnvironmentCapture &x = a.environments[i], &y = b.environments[i];
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.displayName, y.displayName);
        QCOMPARE(x.colour, y.colour);
        QCOMPARE(x.layers.size(), y.layers.size());
        for (qsizetype l = 0; l < x.layers.size(); ++l) {
            QCOMPARE(x.layers[l].source, y.layers[l].source);
            QCOMPARE(x.layers[l].label, y.layers[l].label);
            QCOMPARE(x.layers[l].location, y.layers[l].location);
        }
        QCOMPARE(x.sources.size(), y.sources.size());
        for (qsizetype s = 0; s < x.sources.size(); ++s) {
            const SourceStatus &p = x.sources[s], &q = y.sources[s];
            QCOMPARE(p.id, q.id);
            QCOMPARE(p.type, q.type);
            QCOMPARE(p.label, q.label);
            QCOMPARE(p.keyPrefixes, q.keyPrefixes);
            QCOMPARE(p.state, q.state);
            QCOMPARE(p.error, q.error);
            QCOMPARE(p.warnings, q.warnings);
            QCOMPARE(p.fetchedAt, q.fetchedAt);
            QCOMPARE(p.lastSuccess, q.lastSuccess);
            QCOMPARE(p.latencyMs, q.latencyMs);
        }
        QCOMPARE(x.entries.size(), y.entries.size());
        for (auto it = x.entries.cbegin(); it != x.entries.cend(); ++it) {
            QVERIFY2(y.entries.contains(it.key()), qPrintable(it.key()));
            const Entry &p = it.value(), &q = y.entries[it.key()];
            QCOMPARE(p.value.kind(), q.value.kind());
            QCOMPARE(p.value.display(), q.value.display());
            QCOMPARE(p.value.canonical(), q.value.canonical());
            QVERIFY(p.value == q.value);
            QCOMPARE(p.source, q.source);
            QCOMPARE(p.stale, q.stale);
            QCOMPARE(p.provenance.size(), q.provenance.size());
            for (qsizetype o = 0; o < p.provenance.size(); ++o) {
                QCOMPARE(p.provenance[o].layer, q.provenance[o].layer);
                QCOMPARE(p.provenance[o].line, q.provenance[o].line);
                QCOMPARE(p.provenance[o].column, q.provenance[o].column);
                QCOMPARE(p.provenance[o].display, q.provenance[o].display);
            }
        }
    }
    QCOMPARE(a.keys(), b.keys());
}

// The smallest valid document; error rows replace one piece of it.
const QByteArray Minimal = R"({"format":"driftdeck-snapshot","formatVersion":1,
"workspace":{"name":"w","path":"/w"},"takenAt":"2025-03-14T09:26:53.589Z",
"environments":[{"name":"dev","layers":[{"source":"files","label":"base.yaml","location":"config/base.yaml"}],
"sources":[{"id":"files","type":"config-files","state":"ok"}],
"entries":{"config/x":{"kind":"number","display":"1","provenance":[[0,1,1,"1"]],"source":0}}}]})";

} // namespace

class SnapshotFileTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Large enough for buildIndex() to look keys up on every core: shared keys (the readers'
    // pooled strings), equal keys in strings of their own, keys the largest environment lacks,
    // and an empty environment all land in their rows.
    void indexAtScaleFindsEveryCell()
    {
        constexpr int Keys = 30000;
        QStringList keys;
        for (int k = 0; k < Keys + 10000; ++k)
            keys.append(u"config/svc%1.setting"_s.arg(k, 5, 10, QChar(u'0')));
        Snapshot snapshot;
        for (int e = 0; e < 4; ++e)
            snapshot.environments.append(EnvironmentCapture{u"env%1"_s.arg(e), {}, {}, {}, {}, {}, {}});
        const auto put = [&](int e, const QString &key) {
            snapshot.environments[e].entries.insert(key, Entry{Value::string(key + u'@' + QString::number(e)), {}, -1});
        };
        for (int k = 0; k < Keys; ++k) {
            put(0, keys[k]);
            put(1, k % 60 == 0 ? QString(keys[k].constData(), keys[k].size()) : keys[k]); // some not pooled
        }
        for (int k = 10000; k < Keys + 10000; ++k)
            put(2, keys[k]); // the last 10,000 keys only here
        snapshot.buildIndex();
        QCOMPARE(snapshot.rowCount(), Keys + 10000);
        QCOMPARE(snapshot.keys(), keys); // sorted already: one category, zero-padded numbers
        for (int row = 0; row < snapshot.rowCount(); ++row) {
            for (int e = 0; e < 4; ++e) {
                const bool present = (e <= 1 && row < Keys) || (e == 2 && row >= 10000);
                const Entry *entry = snapshot.entry(row, e);
                QCOMPARE(entry != nullptr, present);
                if (entry)
                    QCOMPARE(entry->value.display(), keys[row] + u'@' + QString::number(e));
            }
        }
    }

    // Rows come in category order, then by key, whatever order the environments were read in
    // (buildIndex() skips sorting when they already are); a copy of the snapshot finds the same
    // cells.
    void rowsFollowCategoryThenKeyWhateverTheReadingOrder_data()
    {
        QTest::addColumn<bool>("shuffled");
        QTest::newRow("read in row order") << false;
        QTest::newRow("read shuffled") << true;
    }
    void rowsFollowCategoryThenKeyWhateverTheReadingOrder()
    {
        QFETCH(bool, shuffled);
        QStringList keys;
        for (const QString &prefix : {u"image/"_s, u"config/"_s, u"flag/"_s, u"metric/"_s}) {
            for (int k = 0; k < 500; ++k)
                keys.append(prefix + u"key%1"_s.arg(k));
        }
        QStringList expected = keys;
        std::sort(expected.begin(), expected.end(), keyLessThan);
        QStringList reading = shuffled ? keys : expected;
        if (shuffled) {
            QRandomGenerator random(7);
            std::shuffle(reading.begin(), reading.end(), random);
        }
        Snapshot snapshot;
        for (int e = 0; e < 2; ++e)
            snapshot.environments.append(EnvironmentCapture{u"env%1"_s.arg(e), {}, {}, {}, {}, {}, {}});
        for (const QString &key : std::as_const(reading)) {
            snapshot.environments[0].entries.insert(key, Entry{Value::string(key + u"@0"_s), {}, -1});
            if (key.endsWith(u'7'))
                snapshot.environments[1].entries.insert(key, Entry{Value::string(key + u"@1"_s), {}, -1});
        }
        snapshot.buildIndex();
        QCOMPARE(snapshot.keys(), expected);
        const Snapshot copy = snapshot;
        for (const Snapshot *s : {static_cast<const Snapshot *>(&snapshot), &copy}) {
            for (int row = 0; row < s->rowCount(); ++row) {
                const QString &key = expected[row];
                QCOMPARE(s->entry(row, 0)->value.display(), key + u"@0"_s);
                const Entry *second = s->entry(row, 1);
                QCOMPARE(second != nullptr, key.endsWith(u'7'));
                if (second)
                    QCOMPARE(second->value.display(), key + u"@1"_s);
            }
        }
    }

    void roundTripEveryField()
    {
        const Snapshot original = fullSnapshot();
        const QByteArray json = SnapshotFile::toJson(original);
        const SnapshotReadResult result = SnapshotFile::fromJson(json, u"memory"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        compareSnapshots(*result.snapshot, original);
        // Reading indexed the snapshot: cells are reachable.
        const int row = result.snapshot->rowOf(u"config/cpu"_s);
        QVERIFY(row >= 0);
        QCOMPARE(result.snapshot->entry(row, 0)->value.display(), u"100m"_s);
        // The same snapshot always gives the same bytes.
        QCOMPARE(SnapshotFile::toJson(*result.snapshot), json);
    }

    void writeAndReadFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.driftsnap.json"_s);
        QString error;
        QVERIFY(SnapshotFile::write(fullSnapshot(), path, &error));
        QVERIFY(error.isEmpty());
        const SnapshotReadResult result = SnapshotFile::read(path);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        compareSnapshots(*result.snapshot, fullSnapshot());
    }

    void writeFailureSaysWhere()
    {
        QString error;
        const QString path = u"/nonexistent-folder/s.json"_s;
        QVERIFY(!SnapshotFile::write(fullSnapshot(), path, &error));
        QVERIFY2(error.startsWith(u"cannot write /nonexistent-folder/s.json: "_s), qPrintable(error));
    }

    void secretsAreNeverWritten()
    {
        // A careless source left the plaintext in the provenance of a secret: it must not reach the file.
        Snapshot s = fullSnapshot();
        s.environments[0].entries[u"config/db.password"_s].provenance
            = {Origin{0, 1, 1, Plaintext}, Origin{1, 2, 2, Plaintext}};
        const QByteArray json = SnapshotFile::toJson(s);
        QVERIFY(!json.contains(Plaintext.toUtf8()));
        QVERIFY(!json.contains("correct-horse"));
        QVERIFY(json.contains(fingerprintOf(Plaintext).toLatin1()));
        const SnapshotReadResult result = SnapshotFile::fromJson(json, u"memory"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        const Entry &secret = result.snapshot->environments[0].entries[u"config/db.password"_s];
        QCOMPARE(secret.value.kind(), ValueKind::Secret);
        QCOMPARE(secret.value.canonical(), fingerprintOf(Plaintext));
        QVERIFY(secret.value.display().isEmpty());
        QCOMPARE(secret.provenance.size(), 2);
        QVERIFY(secret.provenance[0].display.isEmpty());
        QVERIFY(secret.provenance[1].display.isEmpty());
        QCOMPARE(secret.provenance[1].line, 2);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        const QByteArray all = Minimal;
        QTest::addRow("empty") << all << QByteArray() << u"t.json: the file is empty"_s;
        QTest::addRow("corrupted") << all << QByteArray(R"({"format": @})")
                                   << u"t.json: not valid JSON at byte 11: unexpected character '@'"_s;
        QTest::addRow("truncated") << all << all.left(200)
                                   << u"t.json: not valid JSON at byte 200: the file looks truncated"_s;
        QTest::addRow("trailing garbage")
            << all << all + "x"
            << u"t.json: not valid JSON at byte 394: unexpected data after the end of the document"_s;
        QTest::addRow("binary") << all << QByteArray("\x89PNG\r\n", 6)
                                << u"t.json: not valid JSON at byte 0: unexpected byte 0x89"_s;
        QTest::addRow("bad escape") << QByteArray(R"("name":"w")") << QByteArray("\"name\":\"w\\q\"")
                                    << u"t.json: not valid JSON at byte 72: invalid escape sequence"_s;
        QTest::addRow("not an object") << all << QByteArray("[1,2]") << u"t.json: expected an object, found an array"_s;
        QTest::addRow("wrong format")
            << QByteArray("driftdeck-snapshot") << QByteArray("kubeconfig")
            << u"t.json: not a Drift Deck snapshot: format is \"kubeconfig\", expected \"driftdeck-snapshot\""_s;
        QTest::addRow("no format") << QByteArray(R"("format":"driftdeck-snapshot",)") << QByteArray()
                                   << u"t.json: not a Drift Deck snapshot: it has no \"format\" field"_s;
        QTest::addRow("future version") << QByteArray(R"("formatVersion":1)") << QByteArray(R"("formatVersion":3)")
                                        << u"t.json: snapshot format 3 is newer than this Drift Deck understands (2)"_s;
        QTest::addRow("version zero") << QByteArray(R"("formatVersion":1)") << QByteArray(R"("formatVersion":0)")
                                      << u"t.json: snapshot format 0 does not exist"_s;
        QTest::addRow("version text") << QByteArray(R"("formatVersion":1)") << QByteArray(R"("formatVersion":"1")")
                                      << u"t.json: formatVersion: expected a number, found a string"_s;
        QTest::addRow("no version") << QByteArray(R"("formatVersion":1,)") << QByteArray()
                                    << u"t.json: formatVersion: required field is missing"_s;
        QTest::addRow("no workspace") << QByteArray(R"("workspace":{"name":"w","path":"/w"},)") << QByteArray()
                                      << u"t.json: workspace: required field is missing"_s;
        QTest::addRow("no workspace name")
            << QByteArray(R"("name":"w",)") << QByteArray() << u"t.json: workspace.name: required field is missing"_s;
        QTest::addRow("bad takenAt") << QByteArray("2025-03-14T09:26:53.589Z") << QByteArray("yesterday")
                                     << u"t.json: takenAt: not a date and time (expected ISO 8601): \"yesterday\""_s;
        QTest::addRow("environment name mistyped")
            << QByteArray(R"("name":"dev")") << QByteArray(R"("name":7)")
            << u"t.json: environments[0].name: expected a string, found a number"_s;
        QTest::addRow("environment twice")
            << QByteArray(R"("source":0}}}]})") << QByteArray(R"("source":0}}},{"name":"dev"}]})")
            << u"t.json: environments[1].name: environment \"dev\" appears twice"_s;
        QTest::addRow("bad kind") << QByteArray(R"("kind":"number")") << QByteArray(R"("kind":"blob")")
                                  << u"t.json: environments[0].entries[\"config/x\"].kind: unknown kind \"blob\""_s;
        QTest::addRow("no kind") << QByteArray(R"("kind":"number",)") << QByteArray()
                                 << u"t.json: environments[0].entries[\"config/x\"].kind: required field is missing"_s;
        QTest::addRow("no display")
            << QByteArray(R"("display":"1",)") << QByteArray()
            << u"t.json: environments[0].entries[\"config/x\"].display: required field is missing"_s;
        QTest::addRow("bad layer index")
            << QByteArray("[[0,1,1,") << QByteArray("[[5,1,1,")
            << u"t.json: environments[0].entries[\"config/x\"].provenance[0][0]: layer 5 is out of range (0 to 0)"_s;
        QTest::addRow("layer without layers")
            << QByteArray(R"("layers":[{"source":"files","label":"base.yaml","location":"config/base.yaml"}],)")
            << QByteArray()
            << u"t.json: environments[0].entries[\"config/x\"].provenance[0][0]: layer 0 does not exist: the environment lists no layers"_s;
        QTest::addRow("bad source index")
            << QByteArray(R"("source":0})") << QByteArray(R"("source":2})")
            << u"t.json: environments[0].entries[\"config/x\"].source: source 2 is out of range (0 to 0)"_s;
        QTest::addRow("fractional line")
            << QByteArray("[[0,1,1,") << QByteArray("[[0,1.5,1,")
            << u"t.json: environments[0].entries[\"config/x\"].provenance[0][1]: expected a whole number, found 1.5"_s;
        QTest::addRow("short provenance")
            << QByteArray(R"([[0,1,1,"1"]])") << QByteArray("[[0,1,1]]")
            << u"t.json: environments[0].entries[\"config/x\"].provenance[0]: expected [layer, line, column, display]"_s;
        QTest::addRow("duplicate key") << QByteArray(R"("source":0}})")
                                       << QByteArray(R"("source":0},"config/x":{"kind":"null","display":"null"}})")
                                       << u"t.json: environments[0].entries[\"config/x\"]: the key appears twice"_s;
        QTest::addRow("secret with display")
            << QByteArray(R"("kind":"number","display":"1")")
            << QByteArray(R"("kind":"secret","display":"hunter2","canonical":"ab12")")
            << u"t.json: environments[0].entries[\"config/x\"].display: a secret never carries a display"_s;
        QTest::addRow("secret provenance display")
            << QByteArray(R"("kind":"number","display":"1")") << QByteArray(R"("kind":"secret","canonical":"ab12")")
            << u"t.json: environments[0].entries[\"config/x\"].provenance[0][3]: a secret's provenance never carries a display"_s;
        QTest::addRow("unknown state") << QByteArray(R"("state":"ok")") << QByteArray(R"("state":"sleeping")")
                                       << u"t.json: environments[0].sources[0].state: unknown state \"sleeping\""_s;
        QTest::addRow("bad expiry")
            << QByteArray(R"("environments":[{)")
            << QByteArray(R"("policy":{"expected":[{"key":"k","expires":"soon"}]},"environments":[{)")
            << u"t.json: policy.expected[0].expires: not a date (expected YYYY-MM-DD): \"soon\""_s;
        QTest::addRow("rule without key")
            << QByteArray(R"("environments":[{)")
            << QByteArray(R"("policy":{"ignore":[{"environments":[]}]},"environments":[{)")
            << u"t.json: policy.ignore[0].key: required field is missing"_s;
        QTest::addRow("deep nesting") << all
                                      << QByteArray(R"({"format":"driftdeck-snapshot","formatVersion":1,"x":)")
                + QByteArray(300, '[') << u"t.json: not valid JSON at byte 309: nested more than 256 levels deep"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray json = Minimal;
        QVERIFY2(json.contains(from), from.constData());
        json.replace(from, to);
        const SnapshotReadResult result = SnapshotFile::fromJson(json, u"t.json"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorString, expected);
    }

    void minimalIsValid()
    {
        const SnapshotReadResult result = SnapshotFile::fromJson(Minimal, u"t.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.snapshot->rowCount(), 1);
    }

    void membersBeforeFormatAreReadAfterwards()
    {
        // A hand-edited file may put "format" last; unknown members are skipped.
        const QByteArray json
            = R"({"environments":[{"name":"dev","entries":{"k":{"kind":"string","display":"v"}}}],)"
              R"("future":{"x":[1,"s",{"t":[]}]},"workspace":{"name":"w"},"takenAt":"2025-01-01T00:00:00Z",)"
              R"("formatVersion":1,"format":"driftdeck-snapshot"})";
        const SnapshotReadResult result = SnapshotFile::fromJson(json, u"t.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.snapshot->environments[0].entries[u"k"_s].value.display(), u"v"_s);
        QCOMPARE(result.snapshot->takenAt, QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC));
    }

    void escapesAreDecoded()
    {
        QByteArray json = Minimal;
        // moc cannot read raw strings holding backslashes, hence the plain literal.
        json.replace(R"("display":"1","provenance":[[0,1,1,"1"]])",
                     "\"display\":\"\\u00e9\\ud83d\\ude00\\n\\/\\\"\",\"provenance\":[]");
        const SnapshotReadResult result = SnapshotFile::fromJson(json, u"t.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.snapshot->environments[0].entries[u"config/x"_s].value.display(), u"é😀\n/\""_s);
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // %1: the path as shown
        QTest::addRow("truncated") << u"truncated.driftsnap.json"_s
                                   << u"%1: not valid JSON at byte 1500: the file looks truncated"_s;
        QTest::addRow("future version") << u"future-version.driftsnap.json"_s
                                        << u"%1: snapshot format 3 is newer than this Drift Deck understands (2)"_s;
        QTest::addRow("missing file") << u"no-such-file.driftsnap.json"_s
                                      << u"cannot open %1: No such file or directory"_s;
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString path = QStringLiteral(DRIFTDECK_FIXTURES "/snapshots/") + file;
        const SnapshotReadResult result = SnapshotFile::read(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorString, expected.arg(QDir::toNativeSeparators(path)));
    }

    void handWrittenFixture()
    {
        // Written by hand in the current format: reading it pins the format, and writing it back
        // gives the same bytes, so the writer's layout cannot drift unnoticed either.
        const QString path = QStringLiteral(DRIFTDECK_FIXTURES "/snapshots/valid-v1.driftsnap.json");
        const SnapshotReadResult result = SnapshotFile::read(path);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        const Snapshot &s = *result.snapshot;
        QCOMPARE(s.workspaceName, u"Checkout platform"_s);
        QCOMPARE(s.takenAt, QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53, 589), QTimeZone::UTC));
        QCOMPARE(s.baseline, u"production"_s);
        QCOMPARE(s.policy.expected.size(), 1);
        QCOMPARE(s.policy.expected[0].expires, QDate(2027, 3, 31));
        QCOMPARE(s.policy.tolerance[0].relative, 0.1);
        QCOMPARE(s.environmentCount(), 2);
        QCOMPARE(s.rowCount(), 4);
        const int staging = s.environmentIndex(u"staging");
        QCOMPARE(staging, 0);
        const Entry *pool = s.entry(s.rowOf(u"config/database.poolSize"_s), staging);
        QVERIFY(pool);
        QCOMPARE(pool->value, Value::number(20));
        QCOMPARE(s.winningLayerLabel(s.rowOf(u"config/database.poolSize"_s), staging), u"config/staging.yaml"_s);
        QCOMPARE(pool->provenance.size(), 2);
        QCOMPARE(pool->provenance[0].display, u"10"_s);
        const Entry *password = s.entry(s.rowOf(u"config/database.password"_s), staging);
        QCOMPARE(password->value.kind(), ValueKind::Secret);
        QCOMPARE(password->value.canonical(), u"5d41402abc4b2a76b9719d911017c592"_s);
        const Entry *errors = s.entry(s.rowOf(u"metric/errorRate"_s), staging);
        QVERIFY(errors->stale);
        QCOMPARE(s.environments[staging].sources[1].state, SourceState::Failed);
        QCOMPARE(s.environments[staging].sources[1].error, u"connection refused"_s);
        QVERIFY(!s.environments[staging].sources[1].fetchedAt.isValid());
        QCOMPARE(s.environments[1].entries[u"config/actuator"_s].value.kind(), ValueKind::Masked);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(SnapshotFile::toJson(s), file.readAll());
    }

    // Version 2, what write() produces: every field survives, entries included.
    void packedRoundTripEveryField()
    {
        const Snapshot original = fullSnapshot();
        const QByteArray bytes = SnapshotFile::toBytes(original);
        QVERIFY(bytes.startsWith(R"({"format":"driftdeck-snapshot","formatVersion":2,)"));
        QVERIFY(SnapshotFile::looksLikeSnapshot(bytes.first(200)));
        const SnapshotReadResult result = SnapshotFile::fromBytes(bytes, u"memory"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        compareSnapshots(*result.snapshot, original);
        // The JSON export of what was read is the JSON export of the original.
        QCOMPARE(SnapshotFile::toJson(*result.snapshot), SnapshotFile::toJson(original));
    }

    void packedSnapshotWithoutEntries()
    {
        Snapshot s = fullSnapshot();
        for (EnvironmentCapture &env : s.environments)
            env.entries.clear();
        s.buildIndex();
        const SnapshotReadResult result = SnapshotFile::fromBytes(SnapshotFile::toBytes(s), u"memory"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        compareSnapshots(*result.snapshot, s);
    }

    // A snapshot built without buildIndex() is written all the same.
    void packedUnindexedSnapshot()
    {
        Snapshot s = fullSnapshot();
        Snapshot unindexed;
        unindexed.workspaceName = s.workspaceName;
        unindexed.takenAt = s.takenAt;
        unindexed.environments = s.environments;
        const SnapshotReadResult result = SnapshotFile::fromBytes(SnapshotFile::toBytes(unindexed), u"memory"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.snapshot->environments[0].entries.size(), s.environments[0].entries.size());
        QCOMPARE(result.snapshot->keys(), s.keys());
    }

    void packedSecretsAreNeverWritten()
    {
        Snapshot s = fullSnapshot();
        s.environments[0].entries[u"config/db.password"_s].provenance
            = {Origin{0, 1, 1, Plaintext}, Origin{1, 2, 2, Plaintext}};
        const QByteArray bytes = SnapshotFile::toBytes(s);
        // Look inside the compressed entries too, not only at the file's bytes.
        const QRegularExpressionMatch size
            = QRegularExpression(u"\"size\":(\\d+)"_s).match(QString::fromLatin1(bytes.left(400)));
        QVERIFY(size.hasMatch());
        const qsizetype payloadSize = size.captured(1).toLongLong();
        const QByteArray unpacked = qUncompress(bytes.sliced(bytes.size() - 73 - payloadSize, payloadSize));
        QVERIFY(!unpacked.isEmpty());
        QVERIFY(unpacked.contains(fingerprintOf(Plaintext).toLatin1()));
        for (const QByteArray &text : {bytes, unpacked}) {
            QVERIFY(!text.contains(Plaintext.toUtf8()));
            QVERIFY(!text.contains("correct-horse"));
        }
        const SnapshotReadResult result = SnapshotFile::fromBytes(bytes, u"memory"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        const Entry &secret = result.snapshot->environments[0].entries[u"config/db.password"_s];
        QCOMPARE(secret.value.kind(), ValueKind::Secret);
        QCOMPARE(secret.provenance.size(), 2);
        QVERIFY(secret.provenance[0].display.isEmpty());
        QVERIFY(secret.provenance[1].display.isEmpty());
        QCOMPARE(secret.provenance[1].line, 2);
    }

    // Issue #14, item 10: one flipped byte anywhere (inside a value too) is refused with a clear
    // error, and so is a file cut anywhere.
    void damagedPackedFile_data()
    {
        QTest::addColumn<int>("where"); // per mille of the file
        QTest::addColumn<bool>("cut"); // cut there instead of flipping a byte
        for (const int where : {0, 5, 100, 300, 500, 700, 900, 990, 999}) {
            QTest::addRow("flip at %d‰", where) << where << false;
            QTest::addRow("cut at %d‰", where) << where << true;
        }
    }

    void damagedPackedFile()
    {
        QFETCH(int, where);
        QFETCH(bool, cut);
        const QByteArray bytes = SnapshotFile::toBytes(fullSnapshot());
        QByteArray damaged = bytes;
        const qsizetype at = damaged.size() * where / 1000;
        if (cut)
            damaged.truncate(at);
        else
            damaged[at] = char(damaged[at] ^ 0x04);
        const SnapshotReadResult result = SnapshotFile::fromBytes(damaged, u"s.json"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString.startsWith(u"s.json: "_s), qPrintable(result.errorString));
        if (cut && at > 0) {
            QVERIFY2(result.errorString.contains(u"cut short"_s) || result.errorString.contains(u"truncated"_s),
                     qPrintable(result.errorString));
        } else if (!cut) {
            QVERIFY2(result.errorString.contains(u"damaged"_s), qPrintable(result.errorString));
        }
    }

    // A byte flipped inside a readable value (the header's workspace name) gives the exact message.
    void flippedValueByteIsRefused()
    {
        QByteArray bytes = SnapshotFile::toBytes(fullSnapshot());
        const qsizetype at = bytes.indexOf("Checkout");
        QVERIFY(at > 0);
        bytes[at] = 'c';
        const SnapshotReadResult result = SnapshotFile::fromBytes(bytes, u"s.json"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorString,
                 u"s.json: the file is damaged: its content no longer matches its checksum (it "
                 "was changed or partly overwritten after it was written)"_s);
    }

    // Version 1 files (every file written before version 2) still open; they carry no checksum.
    void versionOneStillOpens()
    {
        const QString path = QStringLiteral(DRIFTDECK_FIXTURES "/snapshots/valid-v1.driftsnap.json");
        const SnapshotReadResult v1 = SnapshotFile::read(path);
        QVERIFY2(v1.ok(), qPrintable(v1.errorString));
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"v2.driftsnap.json"_s);
        QVERIFY(SnapshotFile::write(*v1.snapshot, copy));
        const SnapshotReadResult v2 = SnapshotFile::read(copy);
        QVERIFY2(v2.ok(), qPrintable(v2.errorString));
        compareSnapshots(*v2.snapshot, *v1.snapshot);
    }

    void packedIsSmall()
    {
        // 5 environments × 2,000 keys differing in 5 %: a few bytes per cell.
        Snapshot s;
        s.workspaceName = u"size"_s;
        s.takenAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC);
        for (int e = 0; e < 5; ++e) {
            EnvironmentCapture env;
            env.name = u"env%1"_s.arg(e);
            env.layers = {Layer{u"files"_s, u"env.yaml"_s, u"env.yaml"_s}};
            SourceStatus files;
            files.id = u"files"_s;
            env.sources = {files};
            for (int k = 0; k < 2000; ++k) {
                const int v = (k * 7 + e) % 20 == 0 ? k + e : k;
                const Value value = Value::string(u"https://service-%1.internal.example.com"_s.arg(v));
                env.entries.insert(u"config/service%1.url"_s.arg(k, 4, 10, QLatin1Char('0')),
                                   entry(value, {Origin{0, k + 1, 3, value.display()}}));
            }
            s.environments.append(env);
        }
        s.buildIndex();
        const QByteArray bytes = SnapshotFile::toBytes(s);
        const double perCell = double(bytes.size()) / (5 * 2000);
        qInfo("%.2f bytes per cell; version 1 (JSON): %.1f", perCell,
              double(SnapshotFile::toJson(s).size()) / (5 * 2000));
        QVERIFY2(perCell < 8, qPrintable(QString::number(perCell)));
    }

    void refusesHugeFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(SnapshotFile::MaximumFileSize + 1)); // sparse: costs no disk space
        file.close();
        const SnapshotReadResult result = SnapshotFile::read(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorString,
                 u"%1: the file is 1073741825 bytes; snapshots larger than 1 GiB are not read"_s.arg(
                     QDir::toNativeSeparators(path)));
    }
};

QTEST_GUILESS_MAIN(SnapshotFileTest)
#include "tst_snapshotfile.moc"
