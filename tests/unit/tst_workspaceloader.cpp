#include "sources/sourcefactory.h"
#include "workspace/didyoumean.h"
#include "workspace/workspaceloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {
// The loader validates options against the SourceFactory; these types keep the test independent
// of the real connectors.
void registerTestTypes()
{
    using Kind = SourceOption::Kind;
    SourceType layers;
    layers.name = u"test-layers"_s;
    layers.options = {{u"layers"_s, Kind::PathList, true, {}},  {u"dotenv"_s, Kind::Path, false, {}},
                      {u"strict"_s, Kind::Boolean, false, {}},  {u"timeout"_s, Kind::Duration, false, {}},
                      {u"retries"_s, Kind::Integer, false, {}}, {u"labels"_s, Kind::StringList, false, {}}};
    SourceFactory::instance().registerType(layers);

    SourceType http;
    http.name = u"test-http"_s;
    http.acceptsCredentials = true;
    http.options = {{u"url"_s, Kind::Url, true, {}},
                    {u"tag"_s, Kind::String, false, {}},
                    {u"headers"_s, Kind::Map, false, {}},
                    {u"extra"_s, Kind::Any, false, {}}};
    SourceFactory::instance().registerType(http);
}

// Lines 1-3 of most documents below; what a test adds starts on line 4.
QByteArray workspace(const char *rest)
{
    return QByteArray("version: 1\nname: W\nenvironments: [development, staging, production]\n") + rest;
}

QStringList errorLines(const WorkspaceLoadResult &result)
{
    QStringList lines;
    for (const auto &e : result.errors)
        lines.append(e.toString());
    return lines;
}

QString fixture(const QString &name)
{
    return QStringLiteral(DRIFTDECK_FIXTURES "/workspaces/") + name;
}
} // namespace

class WorkspaceLoaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerTestTypes(); }

    void fullWorkspace()
    {
        const auto result = WorkspaceLoader::loadFile(fixture(u"full.yaml"_s));
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        const Workspace &ws = *result.workspace;
        const QString file = QFileInfo(fixture(u"full.yaml"_s)).absoluteFilePath();
        QCOMPARE(ws.filePath, file);
        QCOMPARE(ws.name, u"Checkout platform"_s);
        QCOMPARE(ws.baseline, u"staging"_s);
        QCOMPARE(ws.environmentNames(), (QStringList{u"development"_s, u"staging"_s, u"production"_s}));
        QCOMPARE(ws.environments[0].displayName, u"development"_s);
        QCOMPARE(ws.environments[0].colour, QString());
        QCOMPARE(ws.environments[1].displayName, u"Staging"_s);
        QCOMPARE(ws.environments[1].colour, u"#e0a030"_s);
        QCOMPARE(ws.environments[2].displayName, u"Production"_s);

        QCOMPARE(ws.normalisation.coerceScalars, false);
        QCOMPARE(ws.normalisation.quantities, true);
        QCOMPARE(ws.normalisation.structuredJsonStrings, false);
        QCOMPARE(ws.normalisation.relaxedNames, true);
        QCOMPARE(ws.normalisation.listIdentityFields, (QStringList{u"name"_s, u"key"_s, u"id"_s}));

        QCOMPARE(ws.sources.size(), 3);
        const SourceSpec &config = ws.sources[0];
        QCOMPARE(config.type, u"test-layers"_s);
        QCOMPARE(config.id, u"config"_s);
        QCOMPARE(config.label, u"Service configuration"_s);
        QCOMPARE(config.environments, QStringList());
        QCOMPARE(config.credentials.kind, CredentialRef::Kind::None);
        QCOMPARE(config.origin.file, file);
        QCOMPARE(config.origin.line, 19);
        QCOMPARE(config.origin.column, 5);
        // Per-source normalisation starts from the workspace's and changes only what it names.
        QCOMPARE(config.normalisation.relaxedNames, false);
        QCOMPARE(config.normalisation.coerceScalars, false);
        QCOMPARE(config.normalisation.listIdentityFields, QStringList{u"id"_s});
        QCOMPARE(config.options.value(u"layers"_s),
                 QVariant(QVariantList{u"config/base.yaml"_s, u"config/{env}.yaml"_s}));
        QCOMPARE(config.options.value(u"dotenv"_s), QVariant(u"env/{env}.env"_s));
        QCOMPARE(config.options.value(u"timeout"_s), QVariant(qint64(1500)));
        QCOMPARE(config.options.value(u"strict"_s), QVariant(true));
        QCOMPARE(config.options.value(u"retries"_s), QVariant(qint64(3)));
        QCOMPARE(config.overrides.keys(), QStringList{u"production"_s});

        const QVariantMap staging = config.optionsFor(u"staging"_s);
        QCOMPARE(staging.value(u"layers"_s), QVariant(QVariantList{u"config/base.yaml"_s, u"config/staging.yaml"_s}));
        QCOMPARE(staging.value(u"dotenv"_s), QVariant(u"env/staging.env"_s));
        QCOMPARE(staging.value(u"retries"_s), QVariant(qint64(3)));
        const QVariantMap production = config.optionsFor(u"production"_s);
        QCOMPARE(production.value(u"layers"_s), QVariant(QVariantList{u"config/base.yaml"_s, u"config/prod.yaml"_s}));
        QCOMPARE(production.value(u"retries"_s), QVariant(qint64(5)));
        QCOMPARE(production.value(u"dotenv"_s), QVariant(u"env/production.env"_s));

        const SourceSpec &prometheus = ws.sources[1];
        QCOMPARE(prometheus.id, u"test-http"_s);
        QCOMPARE(prometheus.label, u"test-http"_s);
        QCOMPARE(prometheus.environments, (QStringList{u"staging"_s, u"production"_s}));
        QVERIFY(!prometheus.appliesTo(u"development"_s));
        QCOMPARE(prometheus.optionsFor(u"staging"_s).value(u"url"_s),
                 QVariant(u"https://prometheus.staging.example.com"_s));
        QCOMPARE(prometheus.options.value(u"tag"_s), QVariant(u"1.20"_s)); // as written, not the number 1.2
        QCOMPARE(prometheus.credentials.kind, CredentialRef::Kind::EnvironmentVariable);
        QCOMPARE(prometheus.credentialsFor(u"production"_s).name, u"PROM_TOKEN_production"_s);
        QCOMPARE(prometheus.normalisation.relaxedNames, true);

        const SourceSpec &registry = ws.sources[2];
        QCOMPARE(registry.id, u"test-http-2"_s);
        QCOMPARE(registry.label, u"Registry"_s);
        QCOMPARE(registry.credentials.kind, CredentialRef::Kind::Keychain);
        QCOMPARE(registry.credentialsFor(u"staging"_s).name, u"registry-staging"_s);
        QCOMPARE(registry.options.value(u"headers"_s),
                 QVariant(QVariantMap{{u"X-Team"_s, u"checkout"_s}, {u"X-Retries"_s, qint64(2)}}));

        const Policy &policy = ws.policy;
        QCOMPARE(policy.expected.size(), 3);
        const ExpectedDifference &pool = policy.expected[0];
        QCOMPARE(pool.key, u"config/database.poolSize"_s);
        QCOMPARE(pool.environments, QStringList{u"production"_s});
        QCOMPARE(pool.reason, u"production is sized for real load"_s);
        QCOMPARE(pool.owner, u"platform-team"_s);
        QCOMPARE(pool.expires, QDate(2027, 3, 31));
        QCOMPARE(pool.origin.file, file);
        QCOMPARE(pool.origin.line, 42);
        QCOMPARE(pool.origin.column, 7);
        QCOMPARE(policy.expected[1].key, u"flag/beta-*"_s);
        QVERIFY(!policy.expected[1].expires.isValid());
        QCOMPARE(policy.expected[1].origin.line, 47);
        // The app-owned rules file comes last and points at itself.
        const ExpectedDifference &fromRules = policy.expected[2];
        QCOMPARE(fromRules.key, u"flag/new-checkout-flow"_s);
        QCOMPARE(fromRules.environments, QStringList{u"staging"_s});
        QCOMPARE(fromRules.reason, u"rolled out to staging first"_s);
        QCOMPARE(fromRules.owner, u"checkout-team"_s);
        QCOMPARE(fromRules.expires, QDate(2026, 12, 1));
        QCOMPARE(fromRules.origin.file, QFileInfo(fixture(u"full.rules.yaml"_s)).absoluteFilePath());
        QCOMPARE(fromRules.origin.line, 4);
        QCOMPARE(fromRules.origin.column, 5);
        QCOMPARE(ws.rulesFilePath, QFileInfo(fixture(u"full.rules.yaml"_s)).absoluteFilePath());

        // Defaults first, then the workspace's own.
        const auto defaults = Policy::defaultMustMatch();
        QCOMPARE(policy.mustMatch.size(), defaults.size() + 2);
        QCOMPARE(policy.mustMatch[defaults.size()].key, u"runtime/*/version"_s);
        QCOMPARE(policy.mustMatch[defaults.size()].origin.line, 50);
        QCOMPARE(policy.mustMatch[defaults.size() + 1].key, u"config/schema.version"_s);
        QCOMPARE(policy.ignore.size(), 2);
        QCOMPARE(policy.ignore[0].key, u"config/hostname"_s);
        QCOMPARE(policy.ignore[0].environments, QStringList());
        QCOMPARE(policy.ignore[1].key, u"metric/*"_s);
        QCOMPARE(policy.ignore[1].environments, QStringList{u"development"_s});
        QCOMPARE(policy.ignore[1].origin.line, 51);
        QCOMPARE(policy.tolerance.size(), 2);
        QCOMPARE(policy.tolerance[0].key, u"metric/errorRate"_s);
        QCOMPARE(policy.tolerance[0].absolute, 0.01);
        QCOMPARE(policy.tolerance[0].relative, 0.1);
        QCOMPARE(policy.tolerance[0].origin.line, 53);
        QCOMPARE(policy.tolerance[1].absolute, 0.0);
        QCOMPARE(policy.tolerance[1].relative, 0.2);
        QCOMPARE(policy.secrets, Policy::defaultSecretPatterns() + QStringList{u"*dsn*"_s});
    }

    void relativePaths()
    {
        // Loaded through a relative path: everything still resolves against the file's folder.
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(QStringLiteral(DRIFTDECK_FIXTURES)));
        const auto result = WorkspaceLoader::loadFile(u"workspaces/full.yaml"_s);
        QDir::setCurrent(previous);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        const Workspace &ws = *result.workspace;
        const QString dir = QFileInfo(fixture(u"full.yaml"_s)).absolutePath();
        QCOMPARE(ws.directory(), dir);
        QCOMPARE(ws.resolvePath(u"config/base.yaml"_s), dir + u"/config/base.yaml"_s);
        QVERIFY(QFile::exists(
            ws.resolvePath(ws.sources[0].optionsFor(u"staging"_s).value(u"layers"_s).toList()[0].toString())));
        QCOMPARE(ws.policy.expected.size(), 3); // the rules file was found beside it
    }

    void defaults()
    {
        const auto result
            = WorkspaceLoader::loadText(workspace("sources:\n"
                                                  "  - type: test-layers\n"
                                                  "    layers: a.yaml\n"
                                                  "  - { type: test-http, url: 'http://a.example' }\n"
                                                  "  - { type: test-layers, id: test-layers-2, layers: [b] }\n"
                                                  "  - { type: test-layers, layers: [c] }\n"
                                                  "  - { type: test-http, url: 'http://b.example' }\n"),
                                        u"defaults.yaml"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        const Workspace &ws = *result.workspace;
        QCOMPARE(ws.baseline, u"production"_s); // the last environment
        QStringList ids;
        for (const auto &s : ws.sources)
            ids.append(s.id);
        // Explicit ids are kept; the rest are numbered around them.
        QCOMPARE(
            ids,
            (QStringList{u"test-layers"_s, u"test-http"_s, u"test-layers-2"_s, u"test-layers-3"_s, u"test-http-2"_s}));
        QCOMPARE(ws.sources[0].options.value(u"layers"_s), QVariant(QVariantList{u"a.yaml"_s})); // one path is a list
        QCOMPARE(ws.environments[2].displayName, u"production"_s);
        QCOMPARE(ws.policy.secrets, Policy::defaultSecretPatterns());
        QCOMPARE(ws.policy.mustMatch.size(), Policy::defaultMustMatch().size());
        QVERIFY(ws.policy.expected.isEmpty());
        QCOMPARE(ws.normalisation.coerceScalars, NormalisationOptions().coerceScalars);
        QCOMPARE(ws.normalisation.listIdentityFields, NormalisationOptions().listIdentityFields);
        QCOMPARE(ws.rulesFilePath, QFileInfo(u"defaults.rules.yaml"_s).absoluteFilePath());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("newer version")
            << QByteArray("version: 2\nname: W\nfuture: true\n")
            << QStringList{u"ws.yaml:1:10: version: 2 is newer than this Drift Deck understands (1)"_s};
        QTest::addRow("version not a number")
            << QByteArray("version: one\nname: W\nenvironments: [a]\nsources: []\n")
            << QStringList{u"ws.yaml:1:10: version: expected a format version number like 1, got a string \"one\""_s};
        QTest::addRow("url is a list") << workspace("sources:\n"
                                                    "  - type: test-http\n"
                                                    "    url: [a, b]\n")
                                       << QStringList{u"ws.yaml:6:10: sources[0].url: expected a URL, got a list"_s};
        QTest::addRow("url not http")
            << workspace("sources:\n  - { type: test-http, url: \"ftp://{env}.example\" }\n")
            << QStringList{
                   u"ws.yaml:5:29: sources[0].url: expected an http or https URL, got \"ftp://{env}.example\""_s};
        QTest::addRow("colour")
            << QByteArray("version: 1\nname: W\nsources: []\nenvironments:\n"
                          "  - dev\n"
                          "  - name: prod\n"
                          "    colour: blue\n")
            << QStringList{u"ws.yaml:7:13: environments[1].colour: expected a colour like \"#3366cc\", got \"blue\""_s};
        QTest::addRow("unknown option and missing required")
            << workspace("sources:\n"
                         "  - type: test-layers\n"
                         "    layerz: [a.yaml]\n")
            << QStringList{u"ws.yaml:5:5: sources[0]: missing required option \"layers\""_s,
                           u"ws.yaml:6:5: sources[0].layerz: unknown option \"layerz\" (did you mean \"layers\"?)"_s};
        QTest::addRow("expires")
            << workspace("sources: []\n"
                         "policy:\n"
                         "  expected:\n"
                         "    - key: config/a\n"
                         "      reason: r\n"
                         "      owner: o\n"
                         "      expires: next week\n")
            << QStringList{
                   u"ws.yaml:10:16: policy.expected[0].expires: expected a date like 2027-03-31, got \"next week\""_s};
        QTest::addRow("impossible date")
            << workspace("sources: []\n"
                         "policy: { expected: [{ key: a, reason: r, owner: o, expires: 2027-02-30 }] }\n")
            << QStringList{
                   u"ws.yaml:5:62: policy.expected[0].expires: expected a date like 2027-03-31, got \"2027-02-30\""_s};
        QTest::addRow("baseline")
            << workspace("baseline: prod\nsources: []\n")
            << QStringList{u"ws.yaml:4:11: baseline: \"prod\" is not an environment (did you mean \"production\"?)"_s};
        QTest::addRow("baseline far off")
            << workspace("baseline: qa\nsources: []\n")
            << QStringList{
                   u"ws.yaml:4:11: baseline: \"qa\" is not an environment (environments: development, staging, production)"_s};
        QTest::addRow("unknown top-level key")
            << QByteArray("version: 1\nname: W\nenviroments: [a]\nsources: []\n")
            << QStringList{u"ws.yaml:1:1: missing required key \"environments\""_s,
                           u"ws.yaml:3:1: enviroments: unknown key \"enviroments\" (did you mean \"environments\"?)"_s};
        QTest::addRow("unknown key, nothing close")
            << workspace("sources: []\nwhatever: 1\n")
            << QStringList{u"ws.yaml:5:1: whatever: unknown key \"whatever\""_s};
        QTest::addRow("missing everything") << QByteArray("name: W\n")
                                            << QStringList{u"ws.yaml:1:1: missing required key \"version\""_s,
                                                           u"ws.yaml:1:1: missing required key \"environments\""_s,
                                                           u"ws.yaml:1:1: missing required key \"sources\""_s};
        QTest::addRow("literal secret")
            << workspace("sources:\n"
                         "  - type: test-http\n"
                         "    url: https://x.example\n"
                         "    password: hunter2\n")
            << QStringList{
                   u"ws.yaml:7:15: sources[0].password: credentials never live in the workspace file; name an environment variable or keychain entry"_s};
        QTest::addRow("secret in override")
            << workspace("sources:\n"
                         "  - type: test-http\n"
                         "    url: https://x.example\n"
                         "    overrides: { staging: { apiToken: abc } }\n")
            << QStringList{
                   u"ws.yaml:7:39: sources[0].overrides.staging.apiToken: credentials never live in the workspace file; name an environment variable or keychain entry"_s};
        QTest::addRow("password in url")
            << workspace("sources: [{ type: test-http, url: \"https://bob:hunter2@x.example\" }]\n")
            << QStringList{
                   u"ws.yaml:4:35: sources[0].url: credentials never live in the workspace file; name an environment variable or keychain entry"_s};
        QTest::addRow("credentials both")
            << workspace("sources:\n"
                         "  - type: test-http\n"
                         "    url: https://x.example\n"
                         "    credentials: { env: A, keychain: b }\n")
            << QStringList{
                   u"ws.yaml:7:18: sources[0].credentials: name either an environment variable (env) or a keychain entry (keychain), not both"_s};
        QTest::addRow("credentials misspelt")
            << workspace("sources:\n"
                         "  - type: test-http\n"
                         "    url: https://x.example\n"
                         "    credentials: { keychian: b }\n")
            << QStringList{
                   u"ws.yaml:7:18: sources[0].credentials: name an environment variable (env) or a keychain entry (keychain)"_s,
                   u"ws.yaml:7:20: sources[0].credentials.keychian: unknown key \"keychian\" (did you mean \"keychain\"?)"_s};
        QTest::addRow("credentials not taken")
            << workspace("sources: [{ type: test-layers, layers: a, credentials: { env: A } }]\n")
            << QStringList{u"ws.yaml:4:56: sources[0].credentials: source type \"test-layers\" takes no credentials"_s};
        QTest::addRow("unknown type")
            << workspace("sources:\n  - type: test-htp\n    url: x\n")
            << QStringList{
                   u"ws.yaml:5:11: sources[0].type: unknown source type \"test-htp\" (did you mean \"test-http\"?)"_s};
        QTest::addRow("missing type") << workspace("sources:\n  - url: https://x.example\n")
                                      << QStringList{u"ws.yaml:5:5: sources[0]: missing required key \"type\""_s};
        QTest::addRow("duplicate id") << workspace("sources:\n"
                                                   "  - { type: test-layers, id: cfg, layers: a }\n"
                                                   "  - { type: test-layers, id: cfg, layers: b }\n")
                                      << QStringList{
                                             u"ws.yaml:6:30: sources[1].id: \"cfg\" is already the id of sources[0]"_s};
        QTest::addRow("duplicate key") << workspace("sources: []\nname: X\n")
                                       << QStringList{
                                              u"ws.yaml:5:1: name: duplicate key \"name\" (first written on line 2)"_s};
        QTest::addRow("duplicate nested key")
            << workspace("sources:\n  - type: test-layers\n    layers: a\n    layers: b\n")
            << QStringList{u"ws.yaml:7:5: sources[0].layers: duplicate key \"layers\" (first written on line 6)"_s};
        QTest::addRow("wrong types") << QByteArray(
            "version: 1\nname: [W]\nenvironments: {a: 1}\nsources: {}\nnormalise: 3\n")
                                     << QStringList{u"ws.yaml:2:7: name: expected a string, got a list"_s,
                                                    u"ws.yaml:3:15: environments: expected a list, got a map"_s,
                                                    u"ws.yaml:4:10: sources: expected a list, got a map"_s,
                                                    u"ws.yaml:5:12: normalise: expected a map, got a number 3"_s};
        QTest::addRow("option kinds")
            << workspace("sources:\n"
                         "  - type: test-layers\n"
                         "    layers: [a, [b]]\n"
                         "    dotenv: {}\n"
                         "    strict: yes\n"
                         "    timeout: 10\n"
                         "    retries: 2.5\n"
                         "    labels: x\n")
            << QStringList{u"ws.yaml:6:17: sources[0].layers[1]: expected a string, got a list"_s,
                           u"ws.yaml:7:13: sources[0].dotenv: expected a path, got a map"_s,
                           u"ws.yaml:8:13: sources[0].strict: expected true or false, got a string \"yes\""_s,
                           u"ws.yaml:9:14: sources[0].timeout: expected a duration like 10s, 500ms or 2m, got \"10\""_s,
                           u"ws.yaml:10:14: sources[0].retries: expected a whole number, got a number 2.5"_s,
                           u"ws.yaml:11:13: sources[0].labels: expected a list of strings, got a string \"x\""_s};
        QTest::addRow("timeout beyond an hour")
            << workspace("sources:\n  - { type: test-layers, layers: a, timeout: 1000h }\n")
            << QStringList{
                   u"ws.yaml:5:46: sources[0].timeout: a timeout may be at most 1h (it bounds everything one source does), got 1000h"_s};
        QTest::addRow("normalise keys")
            << workspace("sources: []\nnormalise: { coerceScalar: false, quantities: 1 }\n")
            << QStringList{
                   u"ws.yaml:5:14: normalise.coerceScalar: unknown key \"coerceScalar\" (did you mean \"coerceScalars\"?)"_s,
                   u"ws.yaml:5:47: normalise.quantities: expected true or false, got a number 1"_s};
        QTest::addRow("source environments")
            << workspace("sources: [{ type: test-layers, layers: a, environments: [stagign, dev] }]\n")
            << QStringList{
                   u"ws.yaml:4:58: sources[0].environments[0]: \"stagign\" is not an environment (did you mean \"staging\"?)"_s,
                   u"ws.yaml:4:67: sources[0].environments[1]: \"dev\" is not an environment (did you mean \"development\"?)"_s};
        QTest::addRow("overrides")
            << workspace("sources:\n"
                         "  - type: test-layers\n"
                         "    layers: a\n"
                         "    environments: [staging]\n"
                         "    overrides:\n"
                         "      prod: { layers: b }\n"
                         "      production: { layers: c }\n"
                         "      staging: { layer: c, retries: many }\n")
            << QStringList{
                   u"ws.yaml:9:7: sources[0].overrides.prod: \"prod\" is not an environment (did you mean \"production\"?)"_s,
                   u"ws.yaml:10:7: sources[0].overrides.production: the source is not used in \"production\" (its environments: staging)"_s,
                   u"ws.yaml:11:18: sources[0].overrides.staging.layer: unknown option \"layer\" (did you mean \"layers\"?)"_s,
                   u"ws.yaml:11:37: sources[0].overrides.staging.retries: expected a whole number, got a string \"many\""_s};
        QTest::addRow("environments")
            << QByteArray("version: 1\nname: W\nsources: []\nenvironments:\n"
                          "  - staging\n"
                          "  - staging\n"
                          "  - prod east\n"
                          "  - { nam: x }\n"
                          "  - [a]\n")
            << QStringList{
                   u"ws.yaml:6:5: environments[1]: \"staging\" is declared twice"_s,
                   u"ws.yaml:7:5: environments[2]: \"prod east\" cannot be an environment name; use letters, digits, \".\", \"-\" and \"_\""_s,
                   u"ws.yaml:8:5: environments[3]: missing required key \"name\""_s,
                   u"ws.yaml:8:7: environments[3].nam: unknown key \"nam\" (did you mean \"name\"?)"_s,
                   u"ws.yaml:9:5: environments[4]: expected an environment name or a map with \"name\", got a list"_s};
        QTest::addRow("no environments") << QByteArray("version: 1\nname: W\nenvironments: []\nsources: []\n")
                                         << QStringList{u"ws.yaml:3:15: environments: list at least one environment"_s};
        QTest::addRow("expected rule incomplete")
            << workspace(
                   "sources: []\npolicy:\n  expected:\n    - key: a\n      reason: \"  \"\n      environments: []\n")
            << QStringList{
                   u"ws.yaml:7:7: policy.expected[0]: missing required key \"owner\""_s,
                   u"ws.yaml:8:15: policy.expected[0].reason: cannot be empty"_s,
                   u"ws.yaml:9:21: policy.expected[0].environments: name at least one environment, or leave the key out for all of them"_s};
        QTest::addRow("policy lists")
            << workspace("sources: []\n"
                         "policy:\n"
                         "  mustMatch: [{ key: a, environments: [staging] }]\n"
                         "  ignore: [[a]]\n"
                         "  tolerance: [{ key: m, relative: lots }, { key: n, absolute: -1 }, { key: o }]\n"
                         "  secrets: \"*dsn*\"\n"
                         "  rulesfile: r.yaml\n")
            << QStringList{
                   u"ws.yaml:6:25: policy.mustMatch[0].environments: unknown key \"environments\""_s,
                   u"ws.yaml:7:12: policy.ignore[0]: expected a key pattern or a map with \"key\", got a list"_s,
                   u"ws.yaml:8:35: policy.tolerance[0].relative: expected a fraction like 0.1 or a percentage like \"10%\", got a string \"lots\""_s,
                   u"ws.yaml:8:63: policy.tolerance[1].absolute: a tolerance cannot be negative"_s,
                   u"ws.yaml:8:69: policy.tolerance[2]: give an absolute or a relative tolerance, or both"_s,
                   u"ws.yaml:9:12: policy.secrets: expected a list of strings, got a string \"*dsn*\""_s,
                   u"ws.yaml:10:3: policy.rulesfile: unknown key \"rulesfile\" (did you mean \"rulesFile\"?)"_s};
        QTest::addRow("truncated flow") << QByteArray("version: 1\nname: W\nenvironments: [dev, prod\n")
                                        << QStringList{u"ws.yaml:4:1: invalid YAML: end of sequence flow not found"_s};
        QTest::addRow("truncated flow map") << workspace("sources: [{ type: test-http, url: x")
                                            << QStringList{u"ws.yaml:4:1: invalid YAML: end of map flow not found"_s};
        QTest::addRow("bad indentation") << QByteArray("version: 1\nname: W\n  environments: [a]\n")
                                         << QStringList{u"ws.yaml:3:15: invalid YAML: illegal map value"_s};
        QTest::addRow("empty")
            << QByteArray()
            << QStringList{u"ws.yaml: the file is empty; a workspace needs version, name, environments and sources"_s};
        QTest::addRow("only comments")
            << QByteArray("# nothing yet\n\n   \n")
            << QStringList{u"ws.yaml: the file is empty; a workspace needs version, name, environments and sources"_s};
        QTest::addRow("top level list")
            << QByteArray("- version: 1\n")
            << QStringList{
                   u"ws.yaml:1:1: expected a map of workspace settings (version, name, environments, …) at the top level, got a list"_s};
        QTest::addRow("top level scalar")
            << QByteArray("hello\n")
            << QStringList{
                   u"ws.yaml:1:1: expected a map of workspace settings (version, name, environments, …) at the top level, got a string \"hello\""_s};
        QTest::addRow("invalid UTF-8") << QByteArray("version: 1\nname: caf\xe9\n")
                                       << QStringList{
                                              u"ws.yaml:2:10: not valid UTF-8 at byte 20; save the file as UTF-8"_s};
        QTest::addRow("overlong UTF-8") << QByteArray(
            "\xc0\xafversion: 1\n") << QStringList{u"ws.yaml:1:1: not valid UTF-8 at byte 0; save the file as UTF-8"_s};
        QTest::addRow("two documents")
            << workspace("sources: []\n---\nname: other\n")
            << QStringList{
                   u"ws.yaml:6:1: the file holds more than one YAML document; a workspace is a single document"_s};
        // yaml-cpp reads each unclosed "[" as a sequence inside a one-entry map: two levels each.
        QTest::addRow("deep flow nesting")
            << QByteArray(100000, '[') << QStringList{u"ws.yaml:1:33: the document is nested deeper than 64 levels"_s};
        QTest::addRow("deep block nesting") << QByteArray("a:\n") + QByteArray("- ").repeated(100000)
                + "x\n" << QStringList{u"ws.yaml:2:127: the document is nested deeper than 64 levels"_s};
        QTest::addRow("complex key") << workspace("sources: []\n? [a]\n: b\n")
                                     << QStringList{
                                            u"ws.yaml:5:3: a key must be plain text, not a collection or null"_s};
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        const auto result = WorkspaceLoader::loadText(text, u"ws.yaml"_s);
        QVERIFY(!result.ok());
        QVERIFY(!result.workspace.has_value());
        // The joined text first: on failure it shows every line, where a list comparison does not.
        QCOMPARE(result.errorString(), expected.join(u'\n'));
        QCOMPARE(errorLines(result), expected);
        QVERIFY(!result.errorString().contains(u"hunter2"_s));
    }

    void aliasBomb()
    {
        // Each level doubles what the aliases expand to: 2^30 values from a few hundred bytes.
        QByteArray text = "version: 1\nname: W\nenvironments: [a]\nsources: []\nl0: &l0 [x, x]\n";
        for (int i = 1; i <= 30; ++i)
            text += "l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [*l" + QByteArray::number(i - 1)
                + ", *l" + QByteArray::number(i - 1) + "]\n";
        const auto result = WorkspaceLoader::loadText(text, u"ws.yaml"_s);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors[0].message,
                 u"the document holds more than 200000 values (aliases included); workspace files are small"_s);
    }

    void aliasesWork()
    {
        const auto result = WorkspaceLoader::loadText(
            workspace("sources:\n"
                      "  - { type: test-layers, layers: &common [base.yaml, \"{env}.yaml\"] }\n"
                      "  - { type: test-layers, layers: *common, strict: true }\n"),
            u"ws.yaml"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QCOMPARE(result.workspace->sources[1].options.value(u"layers"_s),
                 QVariant(QVariantList{u"base.yaml"_s, u"{env}.yaml"_s}));
    }

    void hugeFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"huge.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray line = "# " + QByteArray(1021, 'x') + '\n';
        for (int i = 0; i < 17 * 1024; ++i)
            file.write(line);
        file.close();
        const auto fromFile = WorkspaceLoader::loadFile(path);
        QCOMPARE(errorLines(fromFile),
                 QStringList{path + u": the file is 17.0 MiB; workspace files may be at most 16 MiB"_s});
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const auto fromText = WorkspaceLoader::loadText(again.readAll(), u"ws.yaml"_s);
        QCOMPARE(errorLines(fromText),
                 QStringList{u"ws.yaml: the file is 17.0 MiB; workspace files may be at most 16 MiB"_s});
    }

    void missingFile()
    {
        const auto result = WorkspaceLoader::loadFile(u"/nonexistent/ws.yaml"_s);
        QCOMPARE(errorLines(result), QStringList{u"/nonexistent/ws.yaml: the file does not exist"_s});
    }

    void rulesFile_data()
    {
        QTest::addColumn<QByteArray>("workspaceText");
        QTest::addColumn<QString>("rulesName");
        QTest::addColumn<QByteArray>("rulesText");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("rules");

        const QByteArray plain = workspace("sources: []\n");
        QTest::addRow("absent") << plain << QString() << QByteArray() << QStringList() << 0;
        QTest::addRow("default name") << plain << u"ws.rules.yaml"_s
                                      << QByteArray("version: 1\nexpected: [{ key: a, reason: r, owner: o }]\n")
                                      << QStringList() << 1;
        QTest::addRow("empty rules file")
            << plain << u"ws.rules.yaml"_s << QByteArray("# none yet\n") << QStringList() << 0;
        QTest::addRow("named in policy")
            << workspace("sources: []\npolicy: { rulesFile: rules/drift.yaml }\n") << u"rules/drift.yaml"_s
            << QByteArray(
                   "version: 1\nexpected:\n  - { key: a, reason: r, owner: o }\n  - { key: b, reason: r, owner: o }\n")
            << QStringList() << 2;
        QTest::addRow("errors name the rules file")
            << plain << u"ws.rules.yaml"_s
            << QByteArray("version: 1\nexpected:\n  - key: a\n    environments: [prd]\n    reason: r\n")
            << QStringList{u"ws.rules.yaml:3:5: expected[0]: missing required key \"owner\""_s,
                           u"ws.rules.yaml:4:20: expected[0].environments[0]: \"prd\" is not an environment (environments: development, staging, production)"_s}
            << 0;
        QTest::addRow("both files wrong")
            << workspace("sources: []\nbogus: 1\n") << u"ws.rules.yaml"_s
            << QByteArray("version: 1\nexpected: [{ key: a, reason: r, owner: o, expires: soon }]\n")
            << QStringList{u"ws.yaml:5:1: bogus: unknown key \"bogus\""_s,
                           u"ws.rules.yaml:2:52: expected[0].expires: expected a date like 2027-03-31, got \"soon\""_s}
            << 0;
        QTest::addRow("rules from the future")
            << plain << u"ws.rules.yaml"_s << QByteArray("version: 3\nexpected: 7\n")
            << QStringList{u"ws.rules.yaml:1:10: version: 3 is newer than this Drift Deck understands (1)"_s} << 0;
        QTest::addRow("broken rules YAML")
            << plain << u"ws.rules.yaml"_s << QByteArray("version: 1\nexpected: [\n")
            << QStringList{u"ws.rules.yaml:3:1: invalid YAML: end of sequence flow not found"_s} << 0;
    }

    void rulesFile()
    {
        QFETCH(QByteArray, workspaceText);
        QFETCH(QString, rulesName);
        QFETCH(QByteArray, rulesText);
        QFETCH(QStringList, expected);
        QFETCH(int, rules);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        if (!rulesName.isEmpty()) {
            QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(rulesName)).path()));
            QFile file(dir.filePath(rulesName));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(rulesText);
        }
        // Run from the folder so messages carry the short names a user would type.
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const auto result = WorkspaceLoader::loadText(workspaceText, u"ws.yaml"_s);
        QDir::setCurrent(previous);
        QCOMPARE(result.errorString(), expected.join(u'\n'));
        if (!expected.isEmpty())
            return;
        QVERIFY(result.ok());
        QCOMPARE(result.workspace->policy.expected.size(), rules);
        QCOMPARE(result.workspace->rulesFilePath,
                 QFileInfo(dir.filePath(rulesName.isEmpty() ? u"ws.rules.yaml"_s : rulesName)).absoluteFilePath());
        for (const auto &rule : result.workspace->policy.expected)
            QCOMPARE(rule.origin.file, QFileInfo(dir.filePath(rulesName)).absoluteFilePath());
    }

    void didYouMean_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QString>("expected");
        const QStringList keys = {u"version"_s, u"name"_s, u"baseline"_s, u"environments"_s, u"sources"_s, u"policy"_s};
        QTest::addRow("substitution") << u"sourcez"_s << keys << u"sources"_s;
        QTest::addRow("transposition") << u"envrionments"_s << keys << u"environments"_s;
        QTest::addRow("two edits") << u"basline_"_s << keys << u"baseline"_s;
        QTest::addRow("case") << u"Name"_s << keys << u"name"_s;
        QTest::addRow("prefix") << u"env"_s << keys << u"environments"_s;
        QTest::addRow("too far") << u"whatever"_s << keys << QString();
        QTest::addRow("short word is no prefix") << u"po"_s << keys << QString();
        QTest::addRow("closest wins") << u"stagin"_s << QStringList{u"staging-eu"_s, u"staging"_s} << u"staging"_s;
    }

    void didYouMean()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, candidates);
        QFETCH(QString, expected);
        QCOMPARE(closestMatch(word, candidates), expected);
    }
};

QTEST_GUILESS_MAIN(WorkspaceLoaderTest)
#include "tst_workspaceloader.moc"
