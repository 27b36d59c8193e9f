#include "sources/flagformats/flagfilesource.h"
#include "sources/sourcefactory.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DriftDeck;

Q_DECLARE_METATYPE(DriftDeck::FlagFileFormat)

namespace {

const QString fixtures = QStringLiteral(DRIFTDECK_FIXTURES);

SourceResult readFixture(const QString &relative, FlagFileFormat format = FlagFileFormat::Auto,
                         const NormalisationOptions &options = {})
{
    // The label is the path as a workspace in tests/fixtures would write it.
    return readFlagFile(fixtures + u'/' + relative, relative, format, Normaliser(options), QStringLiteral("flags"));
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ');
}

QStringList sortedKeys(const SourceResult &result)
{
    QStringList keys = result.entries.keys();
    keys.sort();
    return keys;
}

} // namespace

class FlagFilesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        const QString staging = QStringLiteral("flags/staging.json");
        QTest::addRow("flagd boolean default off") << staging << "flag/new-checkout" << "string" << "off" << 7 << 25;
        QTest::addRow("flagd variants") << staging << "flag/new-checkout/variants" << "map"
                                        << "{\"off\":false,\"on\":true}" << 6 << 19;
        QTest::addRow("flagd rules") << staging << "flag/new-checkout/rules" << "map"
                                     << "{\"fractional\":[{\"var\":\"userId\"},[\"on\",\"*\"],[\"off\",\"*\"]]}" << 8
                                     << 20;
        QTest::addRow("flagd rollout of on") << staging << "flag/new-checkout/rollout" << "number" << "25" << 9 << 23;
        QTest::addRow("flagd disabled is off") << staging << "flag/dark-mode" << "string" << "off" << 17 << 16;
        QTest::addRow("flagd string variants give the name")
            << staging << "flag/header-colour" << "string" << "red" << 24 << 25;
        QTest::addRow("flagd $ref resolved") << staging << "flag/header-colour/rules" << "map"
                                             << "{\"if\":[{\"ends_with\":[{\"var\":\"email\"},\"@example.com\"]},"
                                                "{\"fractional\":[[\"blue\",\"*\"],[\"green\",\"*\"]]},null]}"
                                             << 25 << 20;
        QTest::addRow("flagd rollout of first non-default, relative weights")
            << staging << "flag/header-colour/rollout" << "number" << "25" << 26 << 61;
        QTest::addRow("flagd boolean variants named otherwise")
            << staging << "flag/beta-banner" << "string" << "on" << 32 << 25;
        QTest::addRow("flagd null default variant") << staging << "flag/search-backend" << "null" << "null" << 38 << 25;

        const QString production = QStringLiteral("flags/production.yaml");
        QTest::addRow("yaml flagd default on") << production << "flag/new-checkout" << "string" << "on" << 4 << 21;
        QTest::addRow("yaml flagd rollout") << production << "flag/new-checkout/rollout" << "number" << "50" << 11 << 9;
        QTest::addRow("yaml flagd enabled") << production << "flag/dark-mode" << "string" << "on" << 26 << 21;

        const QString seed = QStringLiteral("flags/seed-staging.yaml");
        QTest::addRow("seed boolean default") << seed << "flag/new-checkout" << "string" << "off" << 4 << 17;
        QTest::addRow("seed rules in file order")
            << seed << "flag/new-checkout/rules" << "string"
            << QStringLiteral("country equals \"DE\" → on\nemail contains \"@example.com\" → on") << 6 << 5;
        QTest::addRow("seed rollout") << seed << "flag/new-checkout/rollout" << "number" << "30" << 15 << 14;
        QTest::addRow("seed string default") << seed << "flag/search-backend" << "string" << "elastic" << 18 << 17;
        QTest::addRow("seed rule values canonical") << seed << "flag/search-backend/rules" << "string"
                                                    << QStringLiteral("plan equals 3 → opensearch") << 20 << 5;
        QTest::addRow("seed number default") << seed << "flag/max-items" << "number" << "50" << 22 << 17;

        const QString seedJson = QStringLiteral("flags/seed-production.json");
        QTest::addRow("json seed default") << seedJson << "flag/new-checkout" << "string" << "on" << 5 << 21;
        QTest::addRow("json seed rollout") << seedJson << "flag/new-checkout/rollout" << "number" << "100" << 9 << 44;

        const QString metadata = QStringLiteral("flags/seed-metadata.yaml");
        QTest::addRow("seed owner") << metadata << "flag/payments-kill-switch/owner" << "string" << "payments-team" << 4
                                    << 10;
        QTest::addRow("seed ops category")
            << metadata << "flag/payments-kill-switch/category" << "string" << "ops" << 5 << 13;
        QTest::addRow("seed category in lower case") << metadata << "flag/header-colour/category" << "string"
                                                     << "experiment" << 15 << 13;
        QTest::addRow("seed planned removal") << metadata << "flag/new-checkout/plannedRemoval" << "string"
                                              << "2026-11-30" << 11 << 19;
        QTest::addRow("seed variants as a list") << metadata << "flag/new-checkout/variants" << "list"
                                                 << "[\"classic\",\"express\"]" << 12 << 13;
        QTest::addRow("seed variants as a map") << metadata << "flag/header-colour/variants" << "map"
                                                << "{\"blue\":\"#00f\",\"red\":\"#f00\"}" << 16 << 13;
    }
    void rows()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QString, kind);
        QFETCH(QString, canonical);
        QFETCH(int, line);
        QFETCH(int, column);
        const SourceResult result = readFixture(file);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QVERIFY2(result.entries.contains(key), qPrintable(sortedKeys(result).join(u' ')));
        const Entry &entry = result.entries.value(key);
        QCOMPARE(valueKindName(entry.value.kind()), kind);
        QCOMPARE(entry.value.canonical(), canonical);
        if (key.endsWith(u"/rules") && canonical.contains(u"\"*\"")) {
            // The split's weights are compared by the rollout row; the rules still show them.
            QVERIFY(!entry.value.display().contains(u"\"*\""));
        }
        QCOMPARE(entry.provenance.size(), 1);
        const Origin &origin = entry.provenance.constFirst();
        QCOMPARE(origin.layer, 0);
        QCOMPARE(origin.line, line);
        QCOMPARE(origin.column, column);
        QCOMPARE(origin.display, entry.value.display());
    }

    // Metadata rows exist only where the file gives the field.
    void seedMetadataKeys()
    {
        const SourceResult result = readFixture(QStringLiteral("flags/seed-metadata.yaml"));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(sortedKeys(result),
                 words("flag/header-colour flag/header-colour/category flag/header-colour/variants "
                       "flag/new-checkout flag/new-checkout/category flag/new-checkout/owner "
                       "flag/new-checkout/plannedRemoval flag/new-checkout/variants flag/payments-kill-switch "
                       "flag/payments-kill-switch/category flag/payments-kill-switch/owner"));
    }

    // Exactly these rows and no others: empty targeting gives no rules row, a split without a
    // rollout candidate no rollout row, a seed flag without rules neither.
    void keySets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("keys");
        QTest::addRow("flagd") << "flags/staging.json"
                               << words("flag/beta-banner flag/beta-banner/variants flag/dark-mode "
                                        "flag/dark-mode/variants flag/header-colour flag/header-colour/rollout "
                                        "flag/header-colour/rules flag/header-colour/variants flag/new-checkout "
                                        "flag/new-checkout/rollout flag/new-checkout/rules flag/new-checkout/variants "
                                        "flag/search-backend flag/search-backend/variants");
        QTest::addRow("seed") << "flags/seed-staging.yaml"
                              << words("flag/max-items flag/new-checkout flag/new-checkout/rollout "
                                       "flag/new-checkout/rules flag/search-backend flag/search-backend/rules");
    }
    void keySets()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, keys);
        const SourceResult result = readFixture(file);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(sortedKeys(result), keys);
        QCOMPARE(result.layers.size(), 1);
        QCOMPARE(result.layers.constFirst().label, file);
        QCOMPARE(result.layers.constFirst().location, file);
        QCOMPARE(result.layers.constFirst().source, QStringLiteral("flags"));
    }

    // The same flag written in two files, JSON and YAML, in other orders: same where it means the
    // same, different where it does not.
    void acrossFiles_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("coerce");
        QTest::addColumn<bool>("same");
        const QString staging = QStringLiteral("flags/staging.json");
        const QString production = QStringLiteral("flags/production.yaml");
        QTest::addRow("variants reordered") << staging << production << "flag/new-checkout/variants" << true << true;
        QTest::addRow("variants of strings reordered")
            << staging << production << "flag/header-colour/variants" << true << true;
        QTest::addRow("$ref vs inline rule") << staging << production << "flag/header-colour/rules" << true << true;
        QTest::addRow("rules differ in weights") << staging << production << "flag/new-checkout/rules" << true << false;
        QTest::addRow("rollout 25 vs 50") << staging << production << "flag/new-checkout/rollout" << true << false;
        QTest::addRow("same rollout") << staging << production << "flag/header-colour/rollout" << true << true;
        QTest::addRow("disabled vs enabled on") << staging << production << "flag/dark-mode" << true << false;
        const QString seedA = QStringLiteral("flags/seed-staging.yaml");
        const QString seedB = QStringLiteral("flags/seed-production.json");
        QTest::addRow("seed rule order matters") << seedA << seedB << "flag/new-checkout/rules" << true << false;
        QTest::addRow("seed \"3\" vs 3") << seedA << seedB << "flag/search-backend/rules" << true << true;
        QTest::addRow("seed \"3\" vs 3 without coercion")
            << seedA << seedB << "flag/search-backend/rules" << false << false;
        QTest::addRow("seed 50 vs \"50\"") << seedA << seedB << "flag/max-items" << true << true;
        QTest::addRow("seed 50 vs \"50\" without coercion") << seedA << seedB << "flag/max-items" << false << false;
    }
    void acrossFiles()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, key);
        QFETCH(bool, coerce);
        QFETCH(bool, same);
        NormalisationOptions options;
        options.coerceScalars = coerce;
        const SourceResult ra = readFixture(a, FlagFileFormat::Auto, options);
        const SourceResult rb = readFixture(b, FlagFileFormat::Auto, options);
        QVERIFY2(ra.ok(), qPrintable(ra.errorString));
        QVERIFY2(rb.ok(), qPrintable(rb.errorString));
        QVERIFY(ra.entries.contains(key));
        QVERIFY(rb.entries.contains(key));
        QCOMPARE(ra.entries.value(key).value == rb.entries.value(key).value, same);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<FlagFileFormat>("format");
        QTest::addColumn<QString>("error");
        const auto e = [](const char *name) {
            return QStringLiteral("flags/errors/") + QString::fromUtf8(name);
        };
        const FlagFileFormat automatic = FlagFileFormat::Auto;

        QTest::addRow("missing file") << e("nothing.json") << automatic << e("nothing.json: no such file");
        QTest::addRow("folder") << QStringLiteral("flags/errors") << automatic
                                << QStringLiteral("flags/errors: is a folder, not a flag file");
        QTest::addRow("empty") << e("empty.json") << automatic << e("empty.json: the file is empty");
        QTest::addRow("truncated json") << e("truncated.json") << automatic
                                        << e("truncated.json:5:1: invalid YAML: end of map flow not found");
        QTest::addRow("bad indentation") << e("bad-indent.yaml") << automatic
                                         << e("bad-indent.yaml:4:4: invalid YAML: end of map not found");
        QTest::addRow("scalar root") << e("scalar.yaml") << automatic
                                     << e("scalar.yaml:1:1: not a flag file: expected a map with \"flags\" (flagd) "
                                          "or a list of flags (seed format)");
        QTest::addRow("flags is a list") << e("flags-list.yaml") << automatic
                                         << e("flags-list.yaml:2:3: \"flags\" must be a map of flag keys to flags, "
                                              "got a list");
        QTest::addRow("bad state") << e("bad-state.json") << automatic
                                   << e("bad-state.json:4:16: flag \"x\": state must be ENABLED or DISABLED, got "
                                        "\"on\"");
        QTest::addRow("missing state") << e("missing-state.yaml") << automatic
                                       << e("missing-state.yaml:3:5: flag \"x\": state is missing");
        QTest::addRow("missing variants") << e("missing-variants.yaml") << automatic
                                          << e("missing-variants.yaml:3:5: flag \"x\": variants are missing");
        QTest::addRow("unknown default variant")
            << e("unknown-default.json") << automatic
            << e("unknown-default.json:6:25: flag \"header-colour\": defaultVariant \"purple\" is not one of the "
                 "variants (red, blue)");
        QTest::addRow("unknown $ref") << e("unknown-ref.json") << automatic
                                      << e("unknown-ref.json:7:39: flag \"x\": targeting refers to unknown evaluator "
                                           "\"nobody\"");
        QTest::addRow("$ref loop") << e("ref-cycle.yaml") << automatic
                                   << e("ref-cycle.yaml:9:13: flag \"x\": evaluators refer to each other in a loop: "
                                        "a → b → a");
        QTest::addRow("targeting is a list")
            << e("targeting-list.yaml") << automatic
            << e("targeting-list.yaml:6:16: flag \"x\": targeting must be a JsonLogic rule (a map), got a list");
        QTest::addRow("fractional weight not a number")
            << e("bad-fractional.json") << automatic
            << e("bad-fractional.json:7:54: flag \"x\": each \"fractional\" entry must be [variant, weight], got a "
                 "list");
        QTest::addRow("duplicate flag") << e("duplicate-flag.yaml") << automatic
                                        << e("duplicate-flag.yaml:6:3: duplicate key \"x\" (first written on line 2)");
        QTest::addRow("seed unknown operator")
            << e("seed-unknown-operator.yaml") << automatic
            << e("seed-unknown-operator.yaml:5:36: flag \"new-checkout\": rule 2: unknown operator \"regex\"; "
                 "expected equals, contains or percentage");
        QTest::addRow("seed duplicate key") << e("seed-duplicate.yaml") << automatic
                                            << e("seed-duplicate.yaml:5:8: flag \"a\" is defined twice (first on "
                                                 "line 1)");
        QTest::addRow("seed missing key")
            << e("seed-missing-key.json") << automatic << e("seed-missing-key.json:3:3: item 2: key is missing");
        QTest::addRow("seed missing default") << e("seed-missing-default.yaml") << automatic
                                              << e("seed-missing-default.yaml:1:3: flag \"a\": defaultValue is "
                                                   "missing");
        QTest::addRow("seed percentage out of range")
            << e("seed-percentage-range.yaml") << automatic
            << e("seed-percentage-range.yaml:5:14: flag \"a\": rule 1: a percentage must be a number from 0 to 100, "
                 "got \"150\"");
        QTest::addRow("seed two percentages")
            << e("seed-two-percentages.yaml") << automatic
            << e("seed-two-percentages.yaml:5:18: flag \"a\": rule 2: only one percentage rule is allowed (the first "
                 "is on line 4)");
        QTest::addRow("seed rules not a list") << e("seed-rules-map.yaml") << automatic
                                               << e("seed-rules-map.yaml:3:10: flag \"a\": rules must be a list, got a "
                                                    "map");
        QTest::addRow("seed missing attribute")
            << e("seed-missing-attribute.yaml") << automatic
            << e("seed-missing-attribute.yaml:4:7: flag \"a\": rule 1: attribute is missing");
        QTest::addRow("seed item is text")
            << e("seed-item-text.yaml") << automatic
            << e("seed-item-text.yaml:3:3: item 2: expected a map with key and defaultValue, got \"b\"");
        QTest::addRow("seed unknown category")
            << e("seed-bad-category.yaml") << automatic
            << e("seed-bad-category.yaml:3:13: flag \"a\": category must be release, ops or experiment, got "
                 "\"feature\"");
        QTest::addRow("seed planned removal not a date")
            << e("seed-bad-removal.yaml") << automatic
            << e("seed-bad-removal.yaml:4:19: flag \"a\": plannedRemoval must be a date (YYYY-MM-DD), got "
                 "\"next week\"");
        QTest::addRow("seed planned removal impossible date")
            << e("seed-impossible-removal.yaml") << automatic
            << e("seed-impossible-removal.yaml:3:19: flag \"a\": plannedRemoval must be a date (YYYY-MM-DD), got "
                 "\"2026-02-30\"");
        QTest::addRow("seed owner is a list")
            << e("seed-owner-list.yaml") << automatic
            << e("seed-owner-list.yaml:3:10: flag \"a\": owner must be text, got a list");
        QTest::addRow("seed variants as text")
            << e("seed-variants-text.yaml") << automatic
            << e("seed-variants-text.yaml:3:13: flag \"a\": variants must be a list of names or a map of names "
                 "to values, got \"classic\"");
        QTest::addRow("seed variant twice")
            << e("seed-variants-twice.yaml") << automatic
            << e("seed-variants-twice.yaml:3:32: flag \"a\": variant \"classic\" is listed twice");
        QTest::addRow("seed variants empty")
            << e("seed-variants-empty.yaml") << automatic
            << e("seed-variants-empty.yaml:3:13: flag \"a\": variants must not be empty");
        QTest::addRow("flagd read as seed") << QStringLiteral("flags/staging.json") << FlagFileFormat::Seed
                                            << QStringLiteral("flags/staging.json:1:1: a seed flag file is a list of "
                                                              "flags, got a map");
        QTest::addRow("seed read as flagd") << QStringLiteral("flags/seed-staging.yaml") << FlagFileFormat::Flagd
                                            << QStringLiteral("flags/seed-staging.yaml:2:1: a flagd file is a map "
                                                              "with \"flags\"");
    }
    void errors()
    {
        QFETCH(QString, file);
        QFETCH(FlagFileFormat, format);
        QFETCH(QString, error);
        const SourceResult result = readFixture(file, format);
        QCOMPARE(result.errorString, error);
        QVERIFY(result.entries.isEmpty());
    }

    // Hostile input must come back as an error, never a crash or a hang.
    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error"); // a trailing '*' compares only the beginning
        QTest::addRow("deep nesting") << QByteArray(10000, '[') + QByteArray(10000, ']') << "flags.json:1:65: *";
        QTest::addRow("alias bomb") << QByteArray("a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                                                  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                                                  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                                                  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                                                  "flags: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n")
                                    << "flags.json:6:9: *";
        QTest::addRow("invalid utf-8") << QByteArray("{\"flags\": {\"\xff\xfe\": 1}}") << "flags.json:1:13: *";
        QTest::addRow("binary") << QByteArray("\x00\x01\x02{[", 5)
                                << "flags.json:1:1: not a flag file: expected a map with \"flags\" (flagd) or a list "
                                   "of flags (seed format)";
        QTest::addRow("flag is a number")
            << QByteArray("{\"flags\": {\"x\": 5}}")
            << "flags.json:1:17: flag \"x\": expected a map with state, variants and defaultVariant, got \"5\"";
        QTest::addRow("default variant missing")
            << QByteArray("{\"flags\": {\"x\": {\"state\": \"ENABLED\", \"variants\": {\"a\": 1}}}}")
            << "flags.json:1:17: flag \"x\": defaultVariant is missing";
        QTest::addRow("variants empty") << QByteArray(
            "{\"flags\": {\"x\": {\"state\": \"ENABLED\", \"variants\": {}}}}")
                                        << "flags.json:1:50: flag \"x\": variants must not be empty";
        QTest::addRow("fractional not a list")
            << QByteArray("{\"flags\": {\"x\": {\"state\": \"ENABLED\", \"variants\": {\"a\": 1}, \"defaultVariant\": "
                          "\"a\", \"targeting\": {\"fractional\": 3}}}}")
            << "flags.json:1:111: flag \"x\": \"fractional\" takes a list, got \"3\"";
        QTest::addRow("fractional zero weights")
            << QByteArray("{\"flags\": {\"x\": {\"state\": \"ENABLED\", \"variants\": {\"a\": 1}, \"defaultVariant\": "
                          "\"a\", \"targeting\": {\"fractional\": [[\"a\", 0]]}}}}")
            << "flags.json:1:111: flag \"x\": \"fractional\" needs at least one variant with a weight above 0";
        QTest::addRow("evaluators a list") << QByteArray("{\"flags\": {}, \"$evaluators\": [1]}")
                                           << "flags.json:1:30: \"$evaluators\" must be a map, got a list";
        QTest::addRow("seed item null") << QByteArray("- ~\n")
                                        << "flags.json:1:3: item 1: expected a map with key and defaultValue, got null";
    }
    void hostileInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("flags.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const SourceResult result
            = readFlagFile(file.fileName(), QStringLiteral("flags.json"), FlagFileFormat::Auto, Normaliser());
        QVERIFY(!result.ok());
        if (error.endsWith(u'*'))
            QVERIFY2(result.errorString.startsWith(error.chopped(1)), qPrintable(result.errorString));
        else
            QCOMPARE(result.errorString, error);
    }

    // The bundled demo workspace must keep loading.
    void demoFlags_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addRow("development") << "development";
        QTest::addRow("staging") << "staging";
        QTest::addRow("production") << "production";
    }
    void demoFlags()
    {
        QFETCH(QString, environment);
        const QString label = QStringLiteral("flags/%1.flagd.json").arg(environment);
        const SourceResult result = readFlagFile(QStringLiteral(DRIFTDECK_SOURCE_ROOT "/resources/demo/") + label,
                                                 label, FlagFileFormat::Auto, Normaliser());
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QVERIFY(result.entries.contains(QStringLiteral("flag/new-checkout-flow")));
    }

    void registered()
    {
        const SourceType *type = SourceFactory::instance().type(u"flag-file");
        QVERIFY(type);
        QCOMPARE(type->keyPrefixes, QStringList{QStringLiteral("flag/")});
        const SourceOption *path = type->option(u"path");
        QVERIFY(path);
        QVERIFY(path->required);
        QCOMPARE(path->kind, SourceOption::Kind::Path);
        const SourceOption *format = type->option(u"format");
        QVERIFY(format);
        QVERIFY(!format->required);
        QCOMPARE(format->kind, SourceOption::Kind::String);
    }

    void source_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("error"); // empty: success
        QTest::addColumn<int>("entries");
        QTest::addRow("flagd by {env}") << "staging" << "flags/{env}.json" << "" << "" << 14;
        QTest::addRow("seed, format named") << "staging" << "flags/seed-{env}.yaml" << "seed" << "" << 6;
        QTest::addRow("missing file") << "qa" << "flags/{env}.json" << "auto" << "flags/qa.json: no such file" << 0;
        QTest::addRow("unknown format") << "staging" << "flags/{env}.json" << "launchdarkly"
                                        << "flag-file: format must be auto, flagd or seed, got \"launchdarkly\"" << 0;
        QTest::addRow("no path") << "staging" << "" << "" << "flag-file: the \"path\" option is missing" << 0;
    }
    void source()
    {
        QFETCH(QString, environment);
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(QString, error);
        QFETCH(int, entries);
        SourceContext context;
        context.sourceId = QStringLiteral("flags");
        context.environment = environment;
        context.workspaceDirectory = fixtures;
        if (!path.isEmpty())
            context.options.insert(QStringLiteral("path"), path);
        if (!format.isEmpty())
            context.options.insert(QStringLiteral("format"), format);
        const std::unique_ptr<Source> source = SourceFactory::instance().create(context, QStringLiteral("flag-file"));
        QVERIFY(source);
        QSignalSpy values(source.get(), &Source::valuesAvailable);
        QSignalSpy failed(source.get(), &Source::failed);
        source->start();
        QTRY_COMPARE(values.size() + failed.size(), 1);
        if (error.isEmpty()) {
            QCOMPARE(failed.size(), 0);
            const auto result = values.constFirst().constFirst().value<SourceResult>();
            QCOMPARE(result.entries.size(), entries);
            QCOMPARE(result.layers.constFirst().label, QString(path).replace(QLatin1StringView("{env}"), environment));
            QCOMPARE(result.layers.constFirst().source, QStringLiteral("flags"));
        } else {
            QCOMPARE(values.size(), 0);
            QCOMPARE(failed.constFirst().constFirst().toString(), error);
        }
        QTest::qWait(20);
        QCOMPARE(values.size() + failed.size(), 1); // exactly one signal
    }

    void cancel()
    {
        SourceContext context;
        context.environment = QStringLiteral("staging");
        context.workspaceDirectory = fixtures;
        context.options.insert(QStringLiteral("path"), QStringLiteral("flags/{env}.json"));
        const std::unique_ptr<Source> source = SourceFactory::instance().create(context, QStringLiteral("flag-file"));
        QSignalSpy values(source.get(), &Source::valuesAvailable);
        QSignalSpy failed(source.get(), &Source::failed);
        source->start();
        source->cancel();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().toString(), QStringLiteral("Cancelled"));
        QCOMPARE(values.size(), 0);
    }

    void formatNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<FlagFileFormat>("format");
        QTest::addRow("empty is auto") << "" << true << FlagFileFormat::Auto;
        QTest::addRow("auto") << "auto" << true << FlagFileFormat::Auto;
        QTest::addRow("flagd") << "flagd" << true << FlagFileFormat::Flagd;
        QTest::addRow("Seed any case") << "Seed" << true << FlagFileFormat::Seed;
        QTest::addRow("unknown") << "yaml" << false << FlagFileFormat::Auto;
    }
    void formatNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(FlagFileFormat, format);
        FlagFileFormat parsed = FlagFileFormat::Auto;
        QCOMPARE(parseFlagFileFormat(text, &parsed), ok);
        QCOMPARE(parsed, format);
    }
};

QTEST_GUILESS_MAIN(FlagFilesTest)
#include "tst_flagfiles.moc"
