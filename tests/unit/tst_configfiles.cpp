#include "sources/configfilessource.h"
#include "sources/configformats/configfilecache.h"
#include "sources/sourcefactory.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

const QString fixtures = QStringLiteral(DRIFTDECK_FIXTURES "/config");

struct Outcome {
    bool finished = false;
    SourceResult result;
    QString error; // the failed() message
};

SourceContext contextFor(const QString &directory, const QVariantMap &options,
                         const QString &environment = u"staging"_s)
{
    SourceContext context;
    context.sourceId = u"config"_s;
    context.environment = environment;
    context.workspaceDirectory = directory;
    context.options = options;
    return context;
}

Outcome run(const SourceContext &context)
{
    Outcome outcome;
    const std::unique_ptr<Source> source = SourceFactory::instance().create(context, u"config-files"_s);
    if (!source)
        return outcome;
    QSignalSpy values(source.get(), &Source::valuesAvailable);
    QSignalSpy failed(source.get(), &Source::failed);
    source->start();
    outcome.finished = QTest::qWaitFor([&] { return values.count() + failed.count() > 0; }, 30000);
    if (!values.isEmpty())
        outcome.result = values.first().first().value<SourceResult>();
    if (!failed.isEmpty())
        outcome.error = failed.first().first().toString();
    return outcome;
}

Outcome runLayers(const QString &directory, const QStringList &layers, const NormalisationOptions &normalisation = {})
{
    SourceContext context = contextFor(directory, {{u"layers"_s, layers}});
    context.normalisation = normalisation;
    return run(context);
}

// "label:line:column=display < …", lowest priority first.
QString chain(const SourceResult &result, const QString &key)
{
    const auto it = result.entries.constFind(key);
    if (it == result.entries.cend())
        return u"(absent)"_s;
    QStringList steps;
    for (const Origin &origin : it->provenance) {
        QString step = result.layers.value(origin.layer).label;
        if (origin.line > 0)
            step += u':' + QString::number(origin.line) + u':' + QString::number(origin.column);
        steps.append(step + u'=' + origin.display);
    }
    return steps.join(u" < "_s);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

NormalisationOptions noCoercion()
{
    NormalisationOptions options;
    options.coerceScalars = false;
    return options;
}

} // namespace

class ConfigFilesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { ConfigFileCache::instance().clear(); }

    void registered()
    {
        const SourceType *type = SourceFactory::instance().type(u"config-files");
        QVERIFY(type);
        QCOMPARE(type->keyPrefixes, QStringList{u"config/"_s});
        QVERIFY(type->option(u"layers"));
        QVERIFY(type->option(u"layers")->required);
        QCOMPARE(type->option(u"layers")->kind, SourceOption::Kind::PathList);
        QCOMPARE(type->option(u"envMapping")->kind, SourceOption::Kind::Map);
        QCOMPARE(type->option(u"defaults")->kind, SourceOption::Kind::Map);
        QCOMPARE(type->option(u"dotenv")->kind, SourceOption::Kind::Path);
        QCOMPARE(type->option(u"optional")->kind, SourceOption::Kind::Boolean);
    }

    // One row per key of the format fixtures: the value as read and where its key is written.
    // Scalar coercion is off so that quoting shows.
    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("display");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        const QString yaml = u"formats.yaml"_s;
        QTest::addRow("yaml integer") << yaml << "plain.integer" << "number" << "3000" << "3000" << 3 << 3;
        QTest::addRow("yaml decimal") << yaml << "plain.decimal" << "number" << "1.5" << "1.50" << 4 << 3;
        QTest::addRow("yaml boolean") << yaml << "plain.boolean" << "boolean" << "true" << "true" << 5 << 3;
        QTest::addRow("yaml text") << yaml << "plain.text" << "string" << "hello world" << "hello world" << 6 << 3;
        QTest::addRow("yaml empty is null") << yaml << "plain.empty" << "null" << "null" << "null" << 7 << 3;
        QTest::addRow("yaml tilde is null") << yaml << "plain.tilde" << "null" << "null" << "null" << 8 << 3;
        QTest::addRow("yaml version") << yaml << "plain.version" << "string" << "1.2.3" << "1.2.3" << 9 << 3;
        QTest::addRow("yaml quantity") << yaml << "plain.quantity" << "number" << "536870912" << "512Mi" << 10 << 3;
        QTest::addRow("yaml quoted integer") << yaml << "quoted.integer" << "string" << "3000" << "3000" << 12 << 3;
        QTest::addRow("yaml single quotes") << yaml << "quoted.single" << "string" << "it's" << "it's" << 13 << 3;
        QTest::addRow("yaml block") << yaml << "quoted.block" << "string" << "line one\nline two\n"
                                    << "line one\nline two\n"
                                    << 14 << 3;
        QTest::addRow("yaml !!str") << yaml << "quoted.tagged" << "string" << "42" << "42" << 17 << 3;
        QTest::addRow("yaml empty map") << yaml << "structures.emptyMap" << "map" << "{}" << "{}" << 19 << 3;
        QTest::addRow("yaml empty list") << yaml << "structures.emptyList" << "list" << "[]" << "[]" << 20 << 3;
        QTest::addRow("yaml list") << yaml << "structures.list" << "list" << R"([1,"2","three","0755"])"
                                   << R"([1,"2","three","0755"])" << 21 << 3;
        QTest::addRow("yaml nested") << yaml << "structures.nested.deeper.deepest" << "string" << "x" << "x" << 24 << 7;
        QTest::addRow("yaml anchor") << yaml << "defaults.retries" << "number" << "3" << "3" << 26 << 3;
        QTest::addRow("yaml merge key") << yaml << "merged.retries" << "number" << "3" << "3" << 26 << 3;
        QTest::addRow("yaml merge key overridden") << yaml << "merged.timeout" << "string" << "20s" << "20s" << 30 << 3;

        const QString json = u"formats.json"_s;
        QTest::addRow("json integer") << json << "integer" << "number" << "3000" << "3000" << 2 << 3;
        QTest::addRow("json decimal") << json << "decimal" << "number" << "1.5" << "1.50" << 3 << 3;
        QTest::addRow("json string") << json << "string" << "string" << "3000" << "3000" << 4 << 3;
        QTest::addRow("json escapes") << json << "escaped" << "string" << "tab\there \u00e9 \"q\""
                                      << "tab\there \u00e9 \"q\"" << 5 << 3;
        QTest::addRow("json false") << json << "bool" << "boolean" << "false" << "false" << 6 << 3;
        QTest::addRow("json null") << json << "nothing" << "null" << "null" << "null" << 7 << 3;
        QTest::addRow("json empty map") << json << "emptyMap" << "map" << "{}" << "{}" << 8 << 3;
        QTest::addRow("json list") << json << "list" << "list" << R"([1,{"a":1,"b":2},"x"])"
                                   << R"([1,{"a":1,"b":2},"x"])" << 9 << 3; // QJsonObject sorts keys
        QTest::addRow("json nested") << json << "nested.inner.value" << "number" << "-2500" << "-2.5e3" << 10 << 24;

        const QString env = u"formats.env"_s;
        QTest::addRow("env comment after value") << env << "plain" << "string" << "value with spaces"
                                                 << "value with spaces" << 2 << 1;
        QTest::addRow("env export") << env << "exported" << "number" << "1" << "1" << 3 << 8;
        QTest::addRow("env blanks around =") << env << "indented" << "number" << "42" << "42" << 4 << 3;
        QTest::addRow("env single quotes literal") << env << "single" << "string" << "no $escapes \\n here"
                                                   << "no $escapes \\n here" << 5 << 1;
        QTest::addRow("env double quote escapes") << env << "double" << "string" << "tab\tnew\nquote\" dollar$"
                                                  << "tab\tnew\nquote\" dollar$" << 6 << 1;
        QTest::addRow("env empty") << env << "empty" << "string" << "" << "" << 7 << 1;
        QTest::addRow("env hash inside value") << env << "hash" << "string" << "abc#def" << "abc#def" << 8 << 1;
        QTest::addRow("env multi-line") << env << "multi" << "string" << "first\nsecond" << "first\nsecond" << 9 << 1;
        QTest::addRow("env after multi-line") << env << "after" << "string" << "done" << "done" << 11 << 1;

        const QString properties = u"formats.properties"_s;
        QTest::addRow("properties =") << properties << "server.port" << "number" << "8080" << "8080" << 3 << 1;
        QTest::addRow("properties :") << properties << "server.host" << "string" << "example.com" << "example.com" << 4
                                      << 1;
        QTest::addRow("properties blank separator") << properties << "server.name" << "string" << "checkout service"
                                                    << "checkout service" << 5 << 1;
        QTest::addRow("properties continuation") << properties << "long.value" << "string" << "one, two, three"
                                                 << "one, two, three" << 6 << 1;
        QTest::addRow("properties \\u escape")
            << properties << "unicode" << "string" << "caf\u00e9" << "caf\u00e9" << 9 << 1;
        QTest::addRow("properties escaped key") << properties << "escaped key" << "string" << "a=b" << "a=b" << 10 << 1;
        QTest::addRow("properties empty") << properties << "empty" << "string" << "" << "" << 11 << 1;
        QTest::addRow("properties tab in key") << properties << "tab\tkey" << "string" << "x" << "x" << 12 << 1;
    }
    void formats()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QString, kind);
        QFETCH(QString, canonical);
        QFETCH(QString, display);
        QFETCH(int, line);
        QFETCH(int, column);

        const Outcome outcome = runLayers(fixtures, {file}, noCoercion());
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error, QString());
        QCOMPARE(outcome.result.warnings, QStringList());
        QCOMPARE(outcome.result.layers.size(), 1);
        QCOMPARE(outcome.result.layers[0].label, file);
        QCOMPARE(outcome.result.layers[0].location, file);
        QCOMPARE(outcome.result.layers[0].source, u"config"_s);
        const auto it = outcome.result.entries.constFind(u"config/"_s + key);
        QVERIFY2(it != outcome.result.entries.cend(), qPrintable(outcome.result.entries.keys().join(u", ")));
        QCOMPARE(valueKindName(it->value.kind()), kind);
        QCOMPARE(it->value.canonical(), canonical);
        QCOMPARE(it->value.display(), display);
        QCOMPARE(it->provenance.size(), 1);
        QCOMPARE(it->provenance[0].layer, 0);
        QCOMPARE(it->provenance[0].line, line);
        QCOMPARE(it->provenance[0].column, column);
        QCOMPARE(it->provenance[0].display, display);
    }

    // Every key of a format fixture, so nothing extra (a merge key, a section) leaks in.
    void formatKeys_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addRow("yaml") << "formats.yaml" << 20;
        QTest::addRow("json") << "formats.json" << 9;
        QTest::addRow("env") << "formats.env" << 9;
        QTest::addRow("properties") << "formats.properties" << 8;
    }
    void formatKeys()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        const Outcome outcome = runLayers(fixtures, {file});
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error, QString());
        QCOMPARE(outcome.result.entries.size(), count);
        QVERIFY(!outcome.result.entries.contains(u"config/merged.<<"_s));
        QVERIFY(!outcome.result.entries.contains(u"config/structures.nested"_s));
    }

    // defaults < base.yaml < staging.yaml < staging.json < staging.env < its mapped variables.
    void hierarchy_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::addRow("every layer") << "database.poolSize"
                                     << "defaults (workspace)=5 < base.yaml:7:3=10 < staging.yaml:2:3=20 < "
                                        "staging.json:3:5=25 < staging.env (mapped variables):3:8=30";
        QTest::addRow("classic variable name")
            << "log.level"
            << "base.yaml:11:3=info < staging.json:6:12=warn < staging.env:2:1=debug";
        QTest::addRow("classic variable, quoted") << "database.host"
                                                  << "base.yaml:6:3=db.internal < staging.env:4:1=db.staging";
        QTest::addRow("only in defaults") << "log.format" << "defaults (workspace)=json";
        QTest::addRow("only in base") << "service.name" << "base.yaml:3:3=checkout";
        QTest::addRow("flow map") << "service.port" << "base.yaml:4:3=8080 < staging.yaml:7:11=9090";
        QTest::addRow("value replaced by a map, other key")
            << "cache.ttlSeconds" << "base.yaml:17:1=redis://cache.internal:6379 < staging.yaml:6:3=60";
        QTest::addRow("only in an upper layer") << "database.replicas" << R"(staging.json:4:5=["r1","r2"])";
        QTest::addRow("map replaced by a value") << "database.options"
                                                 << "base.yaml:8:3={…} < staging.yaml:3:3=sslmode=require";
        QTest::addRow("the replaced map's keys are gone") << "database.options.ssl" << "(absent)";
        QTest::addRow("value replaced by a map") << "cache.host"
                                                 << "base.yaml:17:1=redis://cache.internal:6379 < "
                                                    "staging.yaml:5:3=cache.staging";
        QTest::addRow("the replaced value is gone") << "cache" << "(absent)";
        QTest::addRow("empty map") << "features" << "base.yaml:15:1={}";
    }
    void hierarchy()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const QVariantMap options{
            {u"defaults"_s,
             QVariantMap{{u"database"_s, QVariantMap{{u"poolSize"_s, u"5"_s}}}, {u"log.format"_s, u"json"_s}}},
            {u"layers"_s, QVariantList{u"base.yaml"_s, u"{env}.yaml"_s, u"{env}.json"_s}},
            {u"dotenv"_s, u"{env}.env"_s},
            {u"envMapping"_s, QVariantMap{{u"DB_POOL_SIZE"_s, u"database.poolSize"_s}}},
        };
        const Outcome outcome = run(contextFor(fixtures, options));
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error, QString());
        QCOMPARE(chain(outcome.result, u"config/"_s + key), expected);

        QStringList labels;
        for (const Layer &layer : outcome.result.layers)
            labels.append(layer.label);
        QCOMPARE(labels,
                 (QStringList{u"defaults (workspace)"_s, u"base.yaml"_s, u"staging.yaml"_s, u"staging.json"_s,
                              u"staging.env"_s, u"staging.env (mapped variables)"_s}));
        QCOMPARE(outcome.result.entries.size(), 13);
    }

    void winningValue()
    {
        const QVariantMap options{
            {u"layers"_s, QVariantList{u"base.yaml"_s, u"staging.yaml"_s}},
            {u"dotenv"_s, u"staging.env"_s},
        };
        const Outcome outcome = run(contextFor(fixtures, options));
        QVERIFY(outcome.finished);
        const Entry entry = outcome.result.entries.value(u"config/database.poolSize"_s);
        QCOMPARE(entry.value, Normaliser().scalar(u"20"_s)); // DB_POOL_SIZE is unmapped here
        // ... and lands on its classic key instead.
        QCOMPARE(chain(outcome.result, u"config/db.pool.size"_s), u"staging.env:3:8=30"_s);
    }

    // Variables of a .env file: named in envMapping, or DATABASE_URL -> database.url.
    void envMapping_data()
    {
        QTest::addColumn<QString>("variables");
        QTest::addColumn<QVariantMap>("mapping");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        const QVariantMap none;
        const QVariantMap mapped{{u"DB_POOL_SIZE"_s, u"database.poolSize"_s}, {u"URL"_s, u"config/database.url"_s}};
        QTest::addRow("classic") << "DATABASE_URL=postgres://db" << none << "database.url" << "postgres://db";
        QTest::addRow("classic lower-cases") << "LOG_LEVEL=warn" << none << "log.level" << "warn";
        QTest::addRow("classic single word") << "PORT=80" << none << "port" << "80";
        QTest::addRow("explicit") << "DB_POOL_SIZE=7" << mapped << "database.poolSize" << "7";
        QTest::addRow("explicit with config/ prefix") << "URL=x" << mapped << "database.url" << "x";
        QTest::addRow("explicit leaves no classic key") << "DB_POOL_SIZE=7" << mapped << "db.pool.size"
                                                        << "(absent)";
        QTest::addRow("explicit beats classic")
            << "DATABASE_POOLSIZE=1\nDB_POOL_SIZE=2" << QVariantMap{{u"DB_POOL_SIZE"_s, u"database.poolsize"_s}}
            << "database.poolsize" << "2";
    }
    void envMapping()
    {
        QFETCH(QString, variables);
        QFETCH(QVariantMap, mapping);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"base.yaml"_s), "unrelated: 1\n"));
        QVERIFY(writeFile(dir.filePath(u"env/test.env"_s), variables.toUtf8()));
        for (const bool asLayer : {false, true}) {
            QVariantMap options{{u"envMapping"_s, mapping}};
            if (asLayer) {
                options.insert(u"layers"_s, QVariantList{u"base.yaml"_s, u"env/test.env"_s});
            } else {
                options.insert(u"layers"_s, QVariantList{u"base.yaml"_s});
                options.insert(u"dotenv"_s, u"env/test.env"_s);
            }
            const Outcome outcome = run(contextFor(dir.path(), options));
            QVERIFY(outcome.finished);
            QCOMPARE(outcome.error, QString());
            const auto it = outcome.result.entries.constFind(u"config/"_s + key);
            QCOMPARE(it == outcome.result.entries.cend() ? u"(absent)"_s : it->value.display(), expected);
        }
    }

    // Lists are one value: reordering is drift unless list identity fields say otherwise.
    void lists_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<QStringList>("identity");
        QTest::addColumn<bool>("same");
        QTest::addRow("same list") << QByteArray("l: [x, y]") << QByteArray("l:\n  - x\n  - y") << QStringList()
                                   << true;
        QTest::addRow("reordered scalars")
            << QByteArray("l: [x, y]") << QByteArray("l: [y, x]") << QStringList() << false;
        QTest::addRow("one item differs")
            << QByteArray("l: [x, y]") << QByteArray("l: [x, z]") << QStringList() << false;
        QTest::addRow("reordered maps, no identity")
            << QByteArray("l: [{name: a, v: 1}, {name: b}]") << QByteArray("l: [{name: b}, {v: 1, name: a}]")
            << QStringList() << false;
        QTest::addRow("reordered maps by identity")
            << QByteArray("l: [{name: a, v: 1}, {name: b}]") << QByteArray("l:\n  - name: b\n  - v: 1\n    name: a")
            << QStringList{u"name"_s} << true;
        QTest::addRow("identity, content differs")
            << QByteArray("l: [{name: a, v: 1}, {name: b}]") << QByteArray("l: [{name: b}, {name: a, v: 2}]")
            << QStringList{u"name"_s} << false;
        QTest::addRow("yaml list vs json list")
            << QByteArray("l: [1, two, true]") << QByteArray("{\"l\": [1, \"two\", true]}") << QStringList() << true;
    }
    void lists()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(QStringList, identity);
        QFETCH(bool, same);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.yaml"_s), a));
        const QString bName = b.startsWith('{') ? u"b.json"_s : u"b.yaml"_s;
        QVERIFY(writeFile(dir.filePath(bName), b));
        NormalisationOptions normalisation;
        normalisation.listIdentityFields = identity;
        const Outcome first = runLayers(dir.path(), {u"a.yaml"_s}, normalisation);
        const Outcome second = runLayers(dir.path(), {bName}, normalisation);
        QVERIFY(first.finished && second.finished);
        QCOMPARE(first.error + second.error, QString());
        const Entry ea = first.result.entries.value(u"config/l"_s);
        const Entry eb = second.result.entries.value(u"config/l"_s);
        QCOMPARE(ea.value.kind(), ValueKind::List);
        QCOMPARE(eb.value.kind(), ValueKind::List);
        QCOMPARE(ea.value == eb.value, same);
        QCOMPARE(first.result.entries.size(), 1);
    }

    // Anchors, aliases and merge keys, replayed wherever they are used.
    void anchors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected"); // "line:column=display"
        const QByteArray merges = "x: &x {a: 1, b: 1}\ny: &y {b: 2, c: 2}\nz:\n  c: 3\n  <<: [*x, *y]\n";
        QTest::addRow("merge list, first map wins") << merges << "z.b" << "1:14=1";
        QTest::addRow("merge list, only in the second") << merges << "z.c" << "4:3=3";
        QTest::addRow("merge list, written key wins") << merges << "z.a" << "1:8=1";
        QTest::addRow("merge keeps no << key") << merges << "z.<<" << "(absent)";
        QTest::addRow("alias of a scalar") << QByteArray("a: &v hello\nb: *v\n") << "b" << "2:1=hello";
        QTest::addRow("alias of a list") << QByteArray("l: &l [1, 2]\nm: *l\n") << "m" << "2:1=[1,2]";
        QTest::addRow("alias of a map") << QByteArray("base: &b {host: h}\ncopy: *b\n") << "copy.host"
                                        << "1:11=h";
        QTest::addRow("nested aliases") << QByteArray("a: &a [x]\nb: &b {list: *a}\nc: *b\n") << "c.list"
                                        << "2:8=[\"x\"]";
        QTest::addRow("anchor on an empty map") << QByteArray("a: &e {}\nb: *e\n") << "b" << "2:1={}";
    }
    void anchors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.yaml"_s), yaml));
        const Outcome outcome = runLayers(dir.path(), {u"a.yaml"_s});
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error, QString());
        QCOMPARE(outcome.result.warnings, QStringList());
        const QString found = chain(outcome.result, u"config/"_s + key);
        QCOMPARE(found.startsWith(u"a.yaml:"_s) ? found.mid(7) : found, expected);
    }

    // The bundled demo workspace's story: each kind of drift it is meant to show.
    void demo_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("displays"); // development, staging, production
        QTest::addColumn<bool>("stagingSameAsProduction");
        QTest::addRow("pool size") << "database.poolSize" << QStringList{u"10"_s, u"20"_s, u"50"_s} << false;
        QTest::addRow("log level") << "logging.level" << QStringList{u"debug"_s, u"info"_s, u"warn"_s} << false;
        QTest::addRow("missing in staging")
            << "cache.ttlSeconds" << QStringList{u"60"_s, u"(absent)"_s, u"300"_s} << false;
        QTest::addRow("only in staging") << "featureToggles.debugToolbar"
                                         << QStringList{u"(absent)"_s, u"true"_s, u"(absent)"_s} << false;
        QTest::addRow("node version") << "runtime.node" << QStringList{u"18.19.0"_s, u"18.19.0"_s, u"16.20.2"_s}
                                      << false;
        QTest::addRow("timeout written differently")
            << "http.timeout" << QStringList{u"30"_s, u"30s"_s, u"30s"_s} << true;
        QTest::addRow("memory as another quantity")
            << "resources.memory" << QStringList{u"256Mi"_s, u"512Mi"_s, u"0.5Gi"_s} << true;
        QTest::addRow("reordered list")
            << "allowedOrigins"
            << QStringList{u"[\"https://shop.example.com\",\"https://admin.example.com\"]"_s,
                           u"[\"https://shop.example.com\",\"https://admin.example.com\"]"_s,
                           u"[\"https://admin.example.com\",\"https://shop.example.com\"]"_s}
            << false;
        QTest::addRow("secret differs") << "database.password"
                                        << QStringList{u"dev-only-password"_s, u"staging-Xq81!vR2"_s,
                                                       u"prod-Lm29#kQ7"_s}
                                        << false;
        QTest::addRow("secret shared") << "payments.apikey"
                                       << QStringList{u"sk_test_dev_4eC39HqLyjWDarjtT1zdp7dc"_s,
                                                      u"sk_live_51HcPRODsharedKEYa9f3"_s,
                                                      u"sk_live_51HcPRODsharedKEYa9f3"_s}
                                       << true;
    }
    void demo()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, displays);
        QFETCH(bool, stagingSameAsProduction);
        const QVariantMap options{
            {u"layers"_s, QVariantList{u"config/base.yaml"_s, u"config/{env}.yaml"_s}},
            {u"dotenv"_s, u"env/{env}.env"_s},
            {u"envMapping"_s, QVariantMap{{u"DB_POOL_SIZE"_s, u"database.poolSize"_s}}},
        };
        const QString demo = QStringLiteral(DRIFTDECK_SOURCE_ROOT "/resources/demo");
        QList<Entry> entries;
        QStringList found;
        for (const QString &environment : {u"development"_s, u"staging"_s, u"production"_s}) {
            const Outcome outcome = run(contextFor(demo, options, environment));
            QVERIFY(outcome.finished);
            QCOMPARE(outcome.error, QString());
            QCOMPARE(outcome.result.warnings, QStringList());
            const auto it = outcome.result.entries.constFind(u"config/"_s + key);
            found.append(it == outcome.result.entries.cend() ? u"(absent)"_s : it->value.display());
            entries.append(outcome.result.entries.value(u"config/"_s + key));
        }
        QCOMPARE(found, displays);
        QCOMPARE(entries[1].value == entries[2].value, stagingSameAsProduction);
    }

    void demoProvenance()
    {
        const QVariantMap options{
            {u"layers"_s, QVariantList{u"config/base.yaml"_s, u"config/{env}.yaml"_s}},
            {u"dotenv"_s, u"env/{env}.env"_s},
            {u"envMapping"_s, QVariantMap{{u"DB_POOL_SIZE"_s, u"database.poolSize"_s}}},
        };
        const Outcome outcome
            = run(contextFor(QStringLiteral(DRIFTDECK_SOURCE_ROOT "/resources/demo"), options, u"production"_s));
        QVERIFY(outcome.finished);
        QCOMPARE(chain(outcome.result, u"config/database.poolSize"_s),
                 u"config/base.yaml:17:3=10 < config/production.yaml:9:3=40 < "
                 "env/production.env (mapped variables):5:1=50"_s);
    }

    void missingLayers_data()
    {
        QTest::addColumn<QVariantMap>("options");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QStringList>("warnings");
        QTest::addColumn<int>("keys");
        QTest::addRow("missing optional layer")
            << QVariantMap{{u"layers"_s, QVariantList{u"base.yaml"_s, u"{env}.yaml"_s}}} << QString()
            << QStringList{u"qa.yaml: file not found; this layer is skipped"_s} << 10;
        QTest::addRow("missing dotenv") << QVariantMap{{u"layers"_s, QVariantList{u"base.yaml"_s}},
                                                       {u"dotenv"_s, u"env/{env}.env"_s}}
                                        << QString()
                                        << QStringList{u"env/qa.env: file not found; this layer is skipped"_s} << 10;
        QTest::addRow("all layers missing")
            << QVariantMap{{u"layers"_s, QVariantList{u"nothing.yaml"_s, u"{env}.yaml"_s}}}
            << u"None of the configuration layers exists: nothing.yaml, qa.yaml"_s << QStringList() << 0;
        QTest::addRow("all layers missing, dotenv present")
            << QVariantMap{{u"layers"_s, QVariantList{u"{env}.yaml"_s}}, {u"dotenv"_s, u"staging.env"_s}}
            << u"None of the configuration layers exists: qa.yaml"_s << QStringList() << 0;
        QTest::addRow("required layer missing")
            << QVariantMap{{u"layers"_s, QVariantList{u"base.yaml"_s, u"{env}.yaml"_s}}, {u"optional"_s, false}}
            << u"qa.yaml: file not found"_s << QStringList() << 0;
        QTest::addRow("a folder") << QVariantMap{{u"layers"_s, QVariantList{u"."_s}}} << u".: not a file"_s
                                  << QStringList() << 0;
        QTest::addRow("missing file of unknown format")
            << QVariantMap{{u"layers"_s, QVariantList{u"base.yaml"_s, u"../config/base.yaml.bak"_s}}} << QString()
            << QStringList{u"../config/base.yaml.bak: file not found; this layer is skipped"_s} << 10;
        QTest::addRow("no layers") << QVariantMap{{u"dotenv"_s, u"staging.env"_s}}
                                   << u"The option “layers” must list at least one file, e.g. "
                                      "[config/base.yaml, \"config/{env}.yaml\"]"_s
                                   << QStringList() << 0;
        QTest::addRow("layers of the wrong type") << QVariantMap{{u"layers"_s, QVariantMap()}}
                                                  << u"The option “layers” must list at least one file, e.g. "
                                                     "[config/base.yaml, \"config/{env}.yaml\"]"_s
                                                  << QStringList() << 0;
        QTest::addRow("envMapping of the wrong type")
            << QVariantMap{{u"layers"_s, QVariantList{u"base.yaml"_s}}, {u"envMapping"_s, u"DB"_s}}
            << u"The option “envMapping” must map variables to keys, e.g. DB_POOL_SIZE: database.poolSize"_s
            << QStringList() << 0;
        QTest::addRow("optional of the wrong type")
            << QVariantMap{{u"layers"_s, QVariantList{u"base.yaml"_s}}, {u"optional"_s, u"maybe"_s}}
            << u"The option “optional” must be true or false"_s << QStringList() << 0;
    }
    void missingLayers()
    {
        QFETCH(QVariantMap, options);
        QFETCH(QString, error);
        QFETCH(QStringList, warnings);
        QFETCH(int, keys);
        const Outcome outcome = run(contextFor(fixtures, options, u"qa"_s));
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error, error);
        QCOMPARE(outcome.result.warnings, warnings);
        QCOMPARE(outcome.result.entries.size(), keys);
    }

    void unknownFormat()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"settings.toml"_s), "a = 1\n"));
        const Outcome outcome = runLayers(dir.path(), {u"settings.toml"_s});
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error, u"settings.toml: unknown file format; use .yaml, .yml, .json, .env or .properties"_s);
    }

    // Each malformed input fails the source with the file, line and column in the message.
    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::addRow("truncated yaml") << "config/staging.yaml"
                                        << QByteArray("database:\n  poolSize: 20\n  hosts: [a, b\n")
                                        << "config/staging.yaml:4:1: invalid YAML: end of sequence flow not found";
        QTest::addRow("bad yaml indentation")
            << "bad.yaml" << QByteArray("a:\n  b: 1\n c: 2\n") << "bad.yaml:3:2: invalid YAML: end of map not found";
        QTest::addRow("yaml top-level list")
            << "bad.yaml" << QByteArray("# list\n- a\n- b\n")
            << "bad.yaml:2:1: expected a map of settings at the top level, found a list";
        QTest::addRow("yaml top-level scalar")
            << "bad.yaml" << QByteArray("just text\n")
            << "bad.yaml:1:1: expected a map of settings at the top level, found a single value";
        QTest::addRow("yaml list as key") << "bad.yaml" << QByteArray("a:\n  ? [x, y]\n  : 1\n")
                                          << "bad.yaml:2:5: a key must be text, not a list or map";
        QTest::addRow("yaml two documents")
            << "bad.yaml" << QByteArray("a: 1\n---\nb: 2\n")
            << "bad.yaml:2:1: more than one YAML document (---); put each environment in its own file";
        // Found by libFuzzer: yaml-cpp 0.8 reports empty documents here for ever (the read hung).
        QTest::addRow("yaml parser stops advancing")
            << "bad.yaml" << QByteArray(",datab#ize: : 20}\n20}\n")
            << "bad.yaml:1:1: invalid YAML: the parser cannot read past this point";
        QTest::addRow("yaml merge of a scalar")
            << "bad.yaml" << QByteArray("a:\n  <<: 5\n") << "bad.yaml:2:7: “<<” can only merge maps";
        QTest::addRow("yaml unknown alias")
            << "bad.yaml" << QByteArray("a: *nothing\n")
            << "bad.yaml:1:4: invalid YAML: the referenced anchor is not defined: nothing";
        QTest::addRow("yaml invalid utf-8")
            << "bad.yaml" << QByteArray("a: 1\nname: caf\xC3(\n") << "bad.yaml:2:10: the file is not valid UTF-8 text";
        QTest::addRow("yaml overlong utf-8")
            << "bad.yaml" << QByteArray("a: \xC0\xAF\n") << "bad.yaml:1:4: the file is not valid UTF-8 text";
        QTest::addRow("json trailing comma")
            << "bad.json" << QByteArray("{\"a\": 1,}") << "bad.json:1:9: invalid JSON: expected a key in double quotes";
        QTest::addRow("json truncated") << "bad.json" << QByteArray("{\n  \"a\": {\"b\": 1\n")
                                        << "bad.json:3:1: invalid JSON: unexpected end of file";
        QTest::addRow("json missing colon")
            << "bad.json" << QByteArray("{\"a\" 1}") << "bad.json:1:6: invalid JSON: expected “:” after the key";
        // expect()'s messages are translated only when they are needed: each one, once.
        QTest::addRow("json missing comma")
            << "bad.json" << QByteArray("{\"a\": 1 \"b\": 2}") << "bad.json:1:9: invalid JSON: expected “,” or “}”";
        QTest::addRow("json missing comma in a list")
            << "bad.json" << QByteArray("{\"a\": [1 2]}") << "bad.json:1:10: invalid JSON: expected “,” or “]”";
        QTest::addRow("json missing colon in a listed object")
            << "bad.json" << QByteArray("{\"a\": [{\"b\" 1}]}")
            << "bad.json:1:13: invalid JSON: expected “:” after the key";
        QTest::addRow("json bad escape") << "bad.json" << QByteArray("{\"a\": \"x\\qy\"}")
                                         << "bad.json:1:9: invalid JSON: unknown escape \\q";
        QTest::addRow("json bad literal")
            << "bad.json" << QByteArray("{\"a\": yes}") << "bad.json:1:7: invalid JSON: expected a value";
        QTest::addRow("json top-level list")
            << "bad.json" << QByteArray(" [1]")
            << "bad.json:1:2: expected an object of settings at the top level, found a list";
        QTest::addRow("json text after") << "bad.json" << QByteArray("{}\n{}")
                                         << "bad.json:2:1: invalid JSON: unexpected text after the end of the object";
        QTest::addRow("json invalid utf-8")
            << "bad.json" << QByteArray("{\"a\": \"\xFF\"}") << "bad.json:1:8: the file is not valid UTF-8 text";
        QTest::addRow("env unterminated quote")
            << "bad.env" << QByteArray("A=1\nB=\"open\nC=3\n") << "bad.env:2:3: the quote opened here is never closed";
        QTest::addRow("env missing =") << "bad.env" << QByteArray("A=1\nJUSTANAME\n")
                                       << "bad.env:2:10: expected “=” after JUSTANAME";
        QTest::addRow("env bad name") << "bad.env" << QByteArray("1A=1\n")
                                      << "bad.env:1:1: expected a variable name (letters, digits and “_”)";
        QTest::addRow("env text after quote")
            << "bad.env" << QByteArray("A='x' y\n") << "bad.env:1:7: unexpected text after the closing quote";
        QTest::addRow("properties bad \\u") << "bad.properties" << QByteArray("a=1\nb = x\\u12g4\n")
                                            << "bad.properties:2:6: \\u must be followed by four hexadecimal digits";
        QTest::addRow("properties empty key")
            << "bad.properties" << QByteArray("=value\n") << "bad.properties:1:1: empty key";
    }
    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(file), content));
        const Outcome outcome = runLayers(dir.path(), {file});
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error, error);
    }

    // Generated at test time: too deep for the reader (but not for yaml-cpp), too deep for
    // yaml-cpp itself, and a file over the size limit.
    void hostile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QByteArray blockYaml;
        for (int i = 0; i < 100; ++i)
            blockYaml += QByteArray(2 * i, ' ') + "k" + QByteArray::number(i) + ":\n";
        QTest::addRow("deep yaml maps") << "deep.yaml" << blockYaml
                                        << "deep.yaml:65:129: nested more than 64 levels deep; flatten the structure";
        QTest::addRow("deep yaml lists") << "deep.yaml"
                                         << QByteArray("a: ") + QByteArray(100, '[') + QByteArray(100, ']')
                                         << "deep.yaml:1:67: nested more than 64 levels deep; flatten the structure";
        QTest::addRow("yaml deeper than yaml-cpp allows")
            << "deep.yaml" << QByteArray("a: ") + QByteArray(100000, '[')
            << "deep.yaml: nested more than 64 levels deep; flatten the structure";
        QByteArray laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'j'; ++c) {
            laughs += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
            for (int i = 0; i < 10; ++i)
                laughs += (i ? ", *" : "*") + QByteArray(1, char(c - 1));
            laughs += "]\n";
        }
        QTest::addRow("billion laughs") << "laughs.yaml" << laughs
                                        << "laughs.yaml:2:44: aliases expand to far more values than the file holds";
        QByteArray json;
        for (int i = 0; i < 100; ++i)
            json += "{\"a\":";
        QTest::addRow("deep json maps") << "deep.json" << json + "1" + QByteArray(100, '}')
                                        << "deep.json:1:321: invalid JSON: nested more than 64 levels deep";
        QTest::addRow("deep json lists") << "deep.json" << QByteArray("{\"a\":") + QByteArray(100000, '[')
                                         << "deep.json:1:69: invalid JSON: nested more than 64 levels deep";
    }
    void hostile()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(file), content));
        const Outcome outcome = runLayers(dir.path(), {file});
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error, error);
    }

    void bigFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"big.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(64 * 1024 * 1024 + 1)); // sparse: no disk space needed
        file.close();
        const Outcome outcome = runLayers(dir.path(), {u"big.yaml"_s});
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error, u"big.yaml: the file is larger than 64 MiB, too large for a configuration file"_s);
    }

    void warnings()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"dup.yaml"_s), "a: 1\nb: 2\na: 3\n"));
        const Outcome outcome = runLayers(dir.path(), {u"dup.yaml"_s});
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.result.warnings,
                 QStringList{u"dup.yaml:3:1: “a” is set again here (line 1); the later value wins"_s});
        QCOMPARE(chain(outcome.result, u"config/a"_s), u"dup.yaml:3:1=3"_s);
    }

    // .env files carry the secrets: they are read for each use and never kept in the cache.
    void dotenvNotCached()
    {
        ConfigFileCache &cache = ConfigFileCache::instance();
        QCOMPARE(cache.size(), 0);
        QVERIFY(runLayers(fixtures, {u"formats.env"_s}).finished);
        QVERIFY(run(contextFor(fixtures,
                               {{u"layers"_s, QVariantList{u"formats.properties"_s}}, {u"dotenv"_s, u"staging.env"_s}}))
                    .finished);
        QCOMPARE(cache.size(), 1);
    }

    // Twenty environments on one base file parse it once; a changed file is parsed again.
    void sharedParsing()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"base.yaml"_s), "a: 1\nb: 2\n"));
        ConfigFileCache &cache = ConfigFileCache::instance();
        const quint64 before = cache.parseCount();
        std::vector<std::unique_ptr<Source>> sources;
        int done = 0;
        for (int i = 0; i < 20; ++i) {
            const QString environment = u"env"_s + QString::number(i);
            QVERIFY(writeFile(dir.filePath(environment + u".yaml"_s), "b: " + QByteArray::number(i) + "\n"));
            sources.push_back(SourceFactory::instance().create(
                contextFor(dir.path(), {{u"layers"_s, QVariantList{u"base.yaml"_s, u"{env}.yaml"_s}}}, environment),
                u"config-files"_s));
            connect(sources.back().get(), &Source::valuesAvailable, this,
                    [&done](const SourceResult &result) { done += result.entries.size() == 2 ? 1 : 1000; });
        }
        for (const auto &source : sources)
            source->start();
        QTRY_COMPARE_WITH_TIMEOUT(done, 20, 30000);
        QCOMPARE(cache.parseCount() - before, quint64(21));

        QVERIFY(writeFile(dir.filePath(u"base.yaml"_s), "a: 1\nb: 2\nc: 3\n"));
        const Outcome outcome = runLayers(dir.path(), {u"base.yaml"_s});
        QCOMPARE(outcome.result.entries.size(), 3);
        QCOMPARE(cache.parseCount() - before, quint64(22));
    }
};

QTEST_GUILESS_MAIN(ConfigFilesTest)
#include "tst_configfiles.moc"
