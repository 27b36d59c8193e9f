#include "sources/environmentfiles/composeinterpolation.h"
#include "sources/environmentfiles/composeproject.h"
#include "sources/sourcefactory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

const QString fixtures = QStringLiteral(DRIFTDECK_FIXTURES);

struct Outcome {
    SourceResult result;
    QString error;
};

Outcome runCompose(const QVariantMap &options)
{
    SourceContext context;
    context.sourceId = u"compose"_s;
    context.environment = u"staging"_s;
    context.workspaceDirectory = fixtures;
    context.options = options;
    Outcome outcome;
    const std::unique_ptr<Source> source = SourceFactory::instance().create(context, u"docker-compose"_s);
    if (!source)
        return {{}, u"no docker-compose source type"_s};
    QSignalSpy values(source.get(), &Source::valuesAvailable);
    QSignalSpy failed(source.get(), &Source::failed);
    source->start();
    if (!QTest::qWaitFor([&] { return values.count() + failed.count() > 0; }, 30000))
        return {{}, u"timed out"_s};
    if (!values.isEmpty())
        outcome.result = values.first().first().value<SourceResult>();
    if (!failed.isEmpty())
        outcome.error = failed.first().first().toString();
    return outcome;
}

QString json(const FileTreeNode *node)
{
    if (!node)
        return u"<absent>"_s;
    return node->displayText();
}

// The merged value at services.<service>.<field> of two compose files given as text.
QString merged(const QByteArray &base, const QByteArray &override, const QString &path, QString *error)
{
    const ComposeProject project
        = composeProjectFromText({{u"compose.yaml"_s, base}, {u"compose.override.yaml"_s, override}}, {});
    *error = project.errorString;
    const FileTreeNode *node = &project.root;
    for (const QString &part : path.split(u'.')) {
        node = node ? node->value(part) : nullptr;
    }
    return json(node);
}

} // namespace

class ComposeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interpolation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        // Variables: SET=value, EMPTY is set but empty, UNSET is not set.
        QTest::addRow("braced") << "postgres:${SET}"
                                << "postgres:value"
                                << "";
        QTest::addRow("plain name") << "a-$SET-b"
                                    << "a-value-b"
                                    << "";
        QTest::addRow("plain name ends at non-name char") << "$SET.x"
                                                          << "value.x"
                                                          << "";
        QTest::addRow("unset is empty") << "[${UNSET}]"
                                        << "[]"
                                        << "";
        QTest::addRow(":- unset") << "${UNSET:-15}"
                                  << "15"
                                  << "";
        QTest::addRow(":- empty") << "${EMPTY:-15}"
                                  << "15"
                                  << "";
        QTest::addRow(":- set") << "${SET:-15}"
                                << "value"
                                << "";
        QTest::addRow("- unset") << "${UNSET-15}"
                                 << "15"
                                 << "";
        QTest::addRow("- empty keeps empty") << "[${EMPTY-15}]"
                                             << "[]"
                                             << "";
        QTest::addRow(":+ set") << "${SET:+on}"
                                << "on"
                                << "";
        QTest::addRow(":+ empty") << "[${EMPTY:+on}]"
                                  << "[]"
                                  << "";
        QTest::addRow(":+ unset") << "[${UNSET:+on}]"
                                  << "[]"
                                  << "";
        QTest::addRow("+ empty counts as set") << "${EMPTY+on}"
                                               << "on"
                                               << "";
        QTest::addRow(":? set") << "${SET:?needed}"
                                << "value"
                                << "";
        QTest::addRow(":? empty fails") << "${EMPTY:?needed}"
                                        << ""
                                        << "required variable EMPTY is missing a value: needed";
        QTest::addRow(":? unset fails") << "${UNSET:?set it in .env}"
                                        << ""
                                        << "required variable UNSET is missing a value: set it in .env";
        QTest::addRow("? empty passes") << "[${EMPTY?needed}]"
                                        << "[]"
                                        << "";
        QTest::addRow("? unset fails") << "${UNSET?needed}"
                                       << ""
                                       << "required variable UNSET is missing a value: needed";
        QTest::addRow("? without message") << "${UNSET?}"
                                           << ""
                                           << "required variable UNSET is missing a value";
        QTest::addRow("$$ is a dollar") << "price $$5 and $${SET}"
                                        << "price $5 and ${SET}"
                                        << "";
        QTest::addRow("nested default") << "${UNSET:-${SET}}"
                                        << "value"
                                        << "";
        QTest::addRow("nested default twice") << "${UNSET:-${EMPTY:-deep}}"
                                              << "deep"
                                              << "";
        QTest::addRow("default with colon") << "${UNSET:-redis://cache:6379}"
                                            << "redis://cache:6379"
                                            << "";
        QTest::addRow("unclosed brace") << "x:${SET"
                                        << ""
                                        << "invalid interpolation \"${SET\"";
        QTest::addRow("lone dollar at end") << "cost $"
                                            << ""
                                            << "invalid interpolation \"$\"";
        QTest::addRow("dollar before digit") << "$1"
                                             << ""
                                             << "invalid interpolation \"$1\"";
        QTest::addRow("bad operator") << "${SET/x}"
                                      << ""
                                      << "invalid interpolation \"${SET/x}\"";
        QTest::addRow("empty braces") << "${}"
                                      << ""
                                      << "invalid interpolation \"${}\"";
    }
    void interpolation()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        const QHash<QString, QString> variables{{u"SET"_s, u"value"_s}, {u"EMPTY"_s, QString()}};
        const InterpolationResult result = interpolateCompose(text, variables);
        QCOMPARE(result.errorString, error);
        if (error.isEmpty())
            QCOMPARE(result.text, expected);
    }

    void merge_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("override");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");

        QTest::addRow("scalar replaced") << QByteArray("services: {a: {image: 'x:1'}}")
                                         << QByteArray("services: {a: {image: 'x:2'}}") << "services.a.image"
                                         << "x:2";
        QTest::addRow("null keeps earlier") << QByteArray("services: {a: {image: 'x:1'}}")
                                            << QByteArray("services: {a: {image: null}}") << "services.a.image"
                                            << "x:1";
        QTest::addRow("new service added")
            << QByteArray("services: {a: {image: x}}") << QByteArray("services: {b: {image: y}}") << "services.b.image"
            << "y";
        QTest::addRow("maps merge deeply")
            << QByteArray("services: {a: {deploy: {resources: {limits: {cpus: '1', memory: 1g}}}}}")
            << QByteArray("services: {a: {deploy: {resources: {limits: {memory: 2g}}}}}")
            << "services.a.deploy.resources.limits"
            << R"({"cpus":"1","memory":"2g"})";
        QTest::addRow("environment map + map by key")
            << QByteArray("services: {a: {environment: {A: '1', B: '2'}}}")
            << QByteArray("services: {a: {environment: {B: '3', C: '4'}}}") << "services.a.environment"
            << R"(["A=1","B=3","C=4"])";
        QTest::addRow("environment list + map by key")
            << QByteArray("services: {a: {environment: [A=1, B=2]}}")
            << QByteArray("services: {a: {environment: {A: x}}}") << "services.a.environment"
            << R"(["A=x","B=2"])";
        QTest::addRow("environment without value")
            << QByteArray("services: {a: {environment: [A=1]}}")
            << QByteArray("services: {a: {environment: {A: null}}}") << "services.a.environment"
            << R"(["A"])";
        QTest::addRow("labels merge by key") << QByteArray("services: {a: {labels: {team: x, tier: web}}}")
                                             << QByteArray("services: {a: {labels: [team=y]}}") << "services.a.labels"
                                             << R"(["team=y","tier=web"])";
        QTest::addRow("ports merge by published:target")
            << QByteArray("services: {a: {ports: ['80:80', '443:443']}}")
            << QByteArray("services: {a: {ports: ['80:80', '8080:80']}}") << "services.a.ports"
            << R"(["80:80","443:443","8080:80"])";
        QTest::addRow("volumes merge by target")
            << QByteArray("services: {a: {volumes: ['data:/var/lib/data', './conf:/etc/app:ro']}}")
            << QByteArray("services: {a: {volumes: [{type: bind, source: ./other, target: /etc/app}]}}")
            << "services.a.volumes"
            << R"(["data:/var/lib/data",{"source":"./other","target":"/etc/app","type":"bind"}])";
        QTest::addRow("env_file merge by path")
            << QByteArray("services: {a: {env_file: [a.env, b.env]}}") << QByteArray("services: {a: {env_file: b.env}}")
            << "services.a.env_file"
            << R"(["a.env","b.env"])";
        QTest::addRow("other sequences append") << QByteArray("services: {a: {cap_add: [NET_ADMIN], extra: [1]}}")
                                                << QByteArray("services: {a: {extra: [2, 1]}}") << "services.a.extra"
                                                << "[1,2,1]";
        QTest::addRow("command replaced whole")
            << QByteArray("services: {a: {command: [serve, --port, '80']}}")
            << QByteArray("services: {a: {command: [serve]}}") << "services.a.command"
            << R"(["serve"])";
        QTest::addRow("entrypoint replaced whole")
            << QByteArray("services: {a: {entrypoint: [sh, -c]}}") << QByteArray("services: {a: {entrypoint: [bash]}}")
            << "services.a.entrypoint"
            << R"(["bash"])";
        QTest::addRow("healthcheck.test replaced, rest merges")
            << QByteArray("services: {a: {healthcheck: {test: [CMD, a], interval: 10s, retries: 3}}}")
            << QByteArray("services: {a: {healthcheck: {test: [CMD, b], interval: 30s}}}") << "services.a.healthcheck"
            << R"({"interval":"30s","retries":3,"test":["CMD","b"]})";
        QTest::addRow("depends_on list and map")
            << QByteArray("services: {a: {depends_on: [db]}}")
            << QByteArray("services: {a: {depends_on: {cache: {condition: "
                          "service_healthy}}}}")
            << "services.a.depends_on"
            << R"({"cache":{"condition":"service_healthy"},"db":{"condition":"service_started","required":true}})";
        QTest::addRow("build string and map")
            << QByteArray("services: {a: {build: ./app}}")
            << QByteArray("services: {a: {build: {dockerfile: Dockerfile.dev}}}") << "services.a.build"
            << R"({"context":"./app","dockerfile":"Dockerfile.dev"})";
        QTest::addRow("logging with another driver replaced")
            << QByteArray("services: {a: {logging: {driver: json-file, options: {max-size: 10m}}}}")
            << QByteArray("services: {a: {logging: {driver: syslog}}}") << "services.a.logging"
            << R"({"driver":"syslog"})";
        QTest::addRow("logging with the same driver merged")
            << QByteArray("services: {a: {logging: {driver: json-file, options: {max-size: 10m}}}}")
            << QByteArray("services: {a: {logging: {options: {max-file: '3'}}}}") << "services.a.logging.options"
            << R"({"max-file":"3","max-size":"10m"})";
        // The specification's merge section, checked against docker-compose 2.26.1 by hand.
        QTest::addRow("!override replaces a list")
            << QByteArray("services: {a: {ports: ['8080:80']}}")
            << QByteArray("services:\n  a:\n    ports: !override ['8443:443']\n") << "services.a.ports"
            << R"(["8443:443"])";
        QTest::addRow("!override replaces a map")
            << QByteArray("services: {a: {deploy: {resources: {limits: {cpus: '1', memory: 1g}}}}}")
            << QByteArray("services:\n  a:\n    deploy: !override {resources: {limits: {memory: 2g}}}\n")
            << "services.a.deploy" << R"({"resources":{"limits":{"memory":"2g"}}})";
        QTest::addRow("!reset removes a list")
            << QByteArray("services: {a: {image: x, ports: ['8080:80']}}")
            << QByteArray("services:\n  a:\n    ports: !reset []\n") << "services.a" << R"({"image":"x"})";
        QTest::addRow("!reset removes a map key of environment")
            << QByteArray("services: {a: {environment: {FOO: BAR, KEEP: '1'}}}")
            << QByteArray("services:\n  a:\n    environment:\n      FOO: !reset null\n") << "services.a.environment"
            << R"(["KEEP=1"])";
        QTest::addRow("!reset keeps a KEY=value list entry, as Compose 2.26.1 does")
            << QByteArray("services: {a: {environment: [FOO=BAR, KEEP=1]}}")
            << QByteArray("services:\n  a:\n    environment:\n      FOO: !reset null\n") << "services.a.environment"
            << R"(["FOO=BAR","KEEP=1"])";
        QTest::addRow("!reset in a new service is dropped")
            << QByteArray("services: {a: {image: x}}")
            << QByteArray("services:\n  b:\n    image: y\n    healthcheck: !reset {}\n") << "services.b"
            << R"({"image":"y"})";
        QTest::addRow("!reset in the first file is dropped")
            << QByteArray("services:\n  a:\n    image: x\n    ports: !reset []\n") << QByteArray("services: {}")
            << "services.a" << R"({"image":"x"})";
        QTest::addRow("extends in the same file, local values win")
            << QByteArray("services:\n  base: {image: x, environment: {A: '1', B: '2'}}\n  a:\n    extends: base\n"
                          "    environment: {B: '3'}\n")
            << QByteArray("services: {}") << "services.a" << R"({"environment":["A=1","B=3"],"image":"x"})";
        QTest::addRow("extends chain") << QByteArray(
            "services:\n  c: {image: c, command: [c]}\n  b: {extends: c, image: b}\n  a: {extends: {service: "
            "b}, command: [a]}\n") << QByteArray("services: {}")
                                       << "services.a" << R"({"command":["a"],"image":"b"})";
        QTest::addRow("yaml merge key") << QByteArray(
            "x: &d {restart: always, image: base}\nservices: {a: {<<: *d, image: own}}")
                                        << QByteArray("services: {}") << "services.a"
                                        << R"({"image":"own","restart":"always"})";
    }
    void merge()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, override);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QString error;
        const QString actual = merged(base, override, path, &error);
        QCOMPARE(error, QString());
        QCOMPARE(actual, expected);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("override");
        QTest::addColumn<QString>("error");
        QTest::addRow("invalid yaml") << QByteArray("services:\n  a:\n    image: x\n   bad: [\n")
                                      << QByteArray("services: {}") << "compose.yaml:4:";
        QTest::addRow("required variable, file and line")
            << QByteArray("services:\n  db:\n    environment:\n      PW: ${DB_PASSWORD:?set it in .env}\n")
            << QByteArray("services: {}")
            << "compose.yaml:4:11: required variable DB_PASSWORD is missing a value: set it in .env";
        QTest::addRow("required variable in the override file")
            << QByteArray("services: {db: {image: x}}") << QByteArray("services:\n  db:\n    image: \"pg:${TAG?}\"\n")
            << "compose.override.yaml:3:12: required variable TAG is missing a value";
        QTest::addRow("invalid interpolation")
            << QByteArray("services:\n  a:\n    image: \"x:${T\"\n") << QByteArray("services: {}")
            << "compose.yaml:3:12: invalid interpolation \"${T\"";
        QTest::addRow("list over map")
            << QByteArray("services: {a: {deploy: {resources: {}}}}")
            << QByteArray("services:\n  a:\n    deploy: [1]\n")
            << "compose.override.yaml:3:13: cannot override services.a.deploy: a map with a list";
        QTest::addRow("services not a map") << QByteArray("services: [a, b]\n") << QByteArray("services: {}")
                                            << "compose.yaml:1:11: \"services\" must be a map";
        QTest::addRow("service not a map") << QByteArray("services:\n  a: postgres\n") << QByteArray("services: {}")
                                           << "compose.yaml:2:6: service \"a\" must be a map";
        QTest::addRow("top level not a map")
            << QByteArray("- a\n") << QByteArray("services: {}") << "compose.yaml:1:1: expected a compose file";
        QTest::addRow("empty file") << QByteArray("services: {}") << QByteArray("# nothing\n")
                                    << "compose.override.yaml: the file is empty";
        QTest::addRow("extends: no such service")
            << QByteArray("services:\n  a:\n    extends: nothere\n") << QByteArray("services: {}")
            << "compose.yaml:3:14: extends: no service \"nothere\"";
        QTest::addRow("extends cycle") << QByteArray("services:\n  a: {extends: b}\n  b: {extends: a}\n")
                                       << QByteArray("services: {}") << "compose.yaml:";
        QTest::addRow("extends: missing file")
            << QByteArray("services:\n  a:\n    extends: {file: none.yaml, service: x}\n") << QByteArray("services: {}")
            << "none.yaml: no such file";
        QTest::addRow("include conflicts with a service")
            << QByteArray("include: [compose.override.yaml]\nservices:\n  a: {image: x}\n")
            << QByteArray("services: {a: {image: y}}")
            << "compose.yaml:3:6: services.a is also defined by the included file compose.override.yaml";
        QTest::addRow("environment entry not a string")
            << QByteArray("services:\n  a:\n    environment:\n      - {A: 1}\n") << QByteArray("services: {}")
            << "compose.yaml:4:9: services.a.environment: expected \"KEY=value\"";
    }
    void errors()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, override);
        QFETCH(QString, error);
        const ComposeProject project
            = composeProjectFromText({{u"compose.yaml"_s, base}, {u"compose.override.yaml"_s, override}}, {});
        QVERIFY2(project.errorString.startsWith(error), qPrintable(project.errorString));
    }

    void rows_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("winner"); // file:line of the last provenance step

        QTest::addRow("image tag from the override") << "image/postgres"
                                                     << "postgres:15.4"
                                                     << "postgres:15.4"
                                                     << "compose/compose.staging.yaml:4";
        QTest::addRow("pinned image compares by digest")
            << "image/api"
            << "registry.example.com/"
               "checkout-api@sha256:4f2a8c0d6e1b3a5c7d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e"
            << "sha256:4f2a8c0d6e1b3a5c7d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e"
            << "compose/compose.staging.yaml:19";
        QTest::addRow("digest row") << "image/api/digest"
                                    << "sha256:4f2a8c0d6e1b3a5c7d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e"
                                    << "sha256:4f2a8c0d6e1b3a5c7d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e"
                                    << "compose/compose.staging.yaml:19";
        QTest::addRow("environment overridden") << "config/compose.postgres.environment.POSTGRES_DB"
                                                << "checkout_staging"
                                                << "checkout_staging"
                                                << "compose/compose.staging.yaml:6";
        QTest::addRow("- default") << "config/compose.postgres.environment.POSTGRES_USER"
                                   << "app"
                                   << "app"
                                   << "compose/compose.yaml:13";
        QTest::addRow(":? from .env") << "config/compose.postgres.environment.POSTGRES_PASSWORD"
                                      << "s3cret"
                                      << "s3cret"
                                      << "compose/compose.yaml:14";
        QTest::addRow("environment list over env_file") << "config/compose.api.environment.LOG_LEVEL"
                                                        << "debug"
                                                        << "debug"
                                                        << "compose/compose.staging.yaml:21";
        QTest::addRow("env_file only") << "config/compose.api.environment.TIMEOUT_MS"
                                       << "3000"
                                       << "3000"
                                       << "compose/api.env:2";
        QTest::addRow("$$") << "config/compose.api.environment.PRICE"
                            << "$5"
                            << "$5"
                            << "compose/compose.yaml:34";
        QTest::addRow(":+") << "config/compose.api.environment.FEATURE_X"
                            << "enabled"
                            << "enabled"
                            << "compose/compose.yaml:35";
        QTest::addRow("ports merged by key") << "config/compose.postgres.ports"
                                             << R"(["15432:5432/tcp","5432:5432/tcp"])"
                                             << R"(["15432:5432/tcp","5432:5432/tcp"])"
                                             << "compose/compose.yaml:16";
        QTest::addRow("ports long syntax") << "config/compose.api.ports"
                                           << R"(["8080:80/tcp","9090:9090/tcp"])"
                                           << R"(["8080:80/tcp","9090:9090/tcp"])"
                                           << "compose/compose.yaml:38";
        QTest::addRow("healthcheck string is CMD-SHELL") << "config/compose.postgres.healthcheck.test"
                                                         << R"(["CMD-SHELL","pg_isready -U app"])"
                                                         << R"(["CMD-SHELL","pg_isready -U app"])"
                                                         << "compose/compose.yaml:18";
        QTest::addRow("healthcheck interval overridden") << "config/compose.postgres.healthcheck.interval"
                                                         << "30s"
                                                         << "30s"
                                                         << "compose/compose.staging.yaml:11";
        QTest::addRow("healthcheck retries kept") << "config/compose.postgres.healthcheck.retries"
                                                  << "5"
                                                  << "5"
                                                  << "compose/compose.yaml:20";
        QTest::addRow("memory in bytes") << "infra/compose.postgres.limits.memory"
                                         << "1g"
                                         << "1073741824"
                                         << "compose/compose.staging.yaml:16";
        QTest::addRow("cpus kept from base") << "infra/compose.postgres.limits.cpus"
                                             << "1.0"
                                             << "1"
                                             << "compose/compose.yaml:24";
        QTest::addRow("replicas") << "infra/compose.postgres.replicas"
                                  << "1"
                                  << "1"
                                  << "compose/compose.staging.yaml:13";
    }
    void rows()
    {
        QFETCH(QString, key);
        QFETCH(QString, display);
        QFETCH(QString, canonical);
        QFETCH(QString, winner);
        const Outcome outcome
            = runCompose({{u"files"_s, QStringList{u"compose/compose.yaml"_s, u"compose/compose.{env}.yaml"_s}}});
        QCOMPARE(outcome.error, QString());
        QVERIFY2(outcome.result.entries.contains(key), qPrintable(outcome.result.entries.keys().join(u", ")));
        const Entry entry = outcome.result.entries.value(key);
        QCOMPARE(entry.value.display(), display);
        QCOMPARE(entry.value.canonical(), canonical);
        const Origin origin = entry.provenance.constLast();
        QCOMPARE(outcome.result.layers.value(origin.layer).label + u':' + QString::number(origin.line), winner);
    }

    void environmentNamesForSecrets()
    {
        const Outcome outcome = runCompose({{u"files"_s, QStringList{u"compose/compose.yaml"_s}}});
        QCOMPARE(outcome.error, QString());
        QCOMPARE(outcome.result.originalNames.value(u"config/compose.postgres.environment.POSTGRES_PASSWORD"_s),
                 u"POSTGRES_PASSWORD"_s);
        // The env_file's value stays in the chain below the one `environment` sets.
        QCOMPARE(outcome.result.entries.value(u"config/compose.api.environment.LOG_LEVEL"_s).provenance.size(), 2);
    }

    // `docker-compose config --format json` (Compose 2.26.1, Debian 13) on the same files, recorded
    // in compose/expected/: reading that output as a compose file must give the same rows as our
    // own merge and interpolation of the originals.
    void matchesDockerComposeConfig_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("expected");
        QTest::addRow("base") << QStringList{u"compose/compose.yaml"_s} << "compose/expected/base.config.json";
        QTest::addRow("base + staging") << QStringList{u"compose/compose.yaml"_s, u"compose/compose.staging.yaml"_s}
                                        << "compose/expected/staging.config.json";
        QTest::addRow("include and extends")
            << QStringList{u"compose/features/compose.yaml"_s} << "compose/expected/features-base.config.json";
        QTest::addRow("include, extends, !reset and !override")
            << QStringList{u"compose/features/compose.yaml"_s, u"compose/features/compose.override.yaml"_s}
            << "compose/expected/features-override.config.json";
    }
    void matchesDockerComposeConfig()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, expected);
        const Outcome ours = runCompose({{u"files"_s, files}});
        const Outcome theirs = runCompose({{u"files"_s, QStringList{expected}}, {u"variables"_s, QVariantMap()}});
        QCOMPARE(ours.error, QString());
        QCOMPARE(theirs.error, QString());
        QStringList keys = ours.result.entries.keys();
        keys.sort();
        QStringList theirKeys = theirs.result.entries.keys();
        theirKeys.sort();
        QCOMPARE(keys, theirKeys);
        for (const QString &key : std::as_const(keys)) {
            QVERIFY2(ours.result.entries.value(key).value == theirs.result.entries.value(key).value,
                     qPrintable(key + u": "_s + ours.result.entries.value(key).value.display() + u" vs "_s
                                + theirs.result.entries.value(key).value.display()));
        }
    }

    void missingEnvFileFails()
    {
        const Outcome outcome
            = runCompose({{u"files"_s, QStringList{u"compose/compose.yaml"_s}}, {u"envFile"_s, u"compose/none.env"_s}});
        QCOMPARE(outcome.error, u"compose/none.env: no such file"_s);
    }
};

QTEST_GUILESS_MAIN(ComposeTest)
#include "tst_compose.moc"
