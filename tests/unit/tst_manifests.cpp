#include "sources/environmentfiles/kustomization.h"
#include "sources/environmentfiles/manifestdocuments.h"
#include "sources/sourcefactory.h"

#include <QJsonArray>
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

Outcome run(const QString &type, const QString &environment, const QVariantMap &options)
{
    SourceContext context;
    context.sourceId = u"k8s"_s;
    context.environment = environment;
    context.workspaceDirectory = fixtures;
    context.options = options;
    const std::unique_ptr<Source> source = SourceFactory::instance().create(context, type);
    if (!source)
        return {{}, u"no source type "_s + type};
    QSignalSpy values(source.get(), &Source::valuesAvailable);
    QSignalSpy failed(source.get(), &Source::failed);
    source->start();
    if (!QTest::qWaitFor([&] { return values.count() + failed.count() > 0; }, 30000))
        return {{}, u"timed out"_s};
    Outcome outcome;
    if (!values.isEmpty())
        outcome.result = values.first().first().value<SourceResult>();
    if (!failed.isEmpty())
        outcome.error = failed.first().first().toString();
    return outcome;
}

Outcome manifests(const QString &environment, const QVariant &paths)
{
    return run(u"kubernetes-manifests"_s, environment, {{u"paths"_s, paths}});
}

QString text(const SourceResult &result, const QString &key)
{
    const auto it = result.entries.constFind(key);
    return it == result.entries.cend() ? u"<missing>"_s : it->value.display();
}

QString locationOf(const SourceResult &result, const QString &key)
{
    const auto it = result.entries.constFind(key);
    if (it == result.entries.cend() || it->provenance.isEmpty())
        return {};
    return result.layers.value(it->provenance.constLast().layer).location;
}

} // namespace

class ManifestsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void multiDocumentFolder()
    {
        // A folder: app.yaml (four documents, a Service among them) and autoscaling.yml.
        const Outcome outcome = manifests(u"production"_s, u"manifests/{env}"_s);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        const SourceResult &r = outcome.result;
        QCOMPARE(text(r, u"config/configmap/checkout-settings/LOG_LEVEL"_s), u"info"_s);
        QCOMPARE(text(r, u"infra/deployment/checkout-api/replicas"_s), u"3"_s);
        QCOMPARE(text(r, u"infra/deployment/checkout-api/api/requests.cpu"_s), u"500m"_s);
        QCOMPARE(text(r, u"infra/deployment/checkout-api/api/limits.cpu"_s), u"1"_s);
        QCOMPARE(text(r, u"infra/deployment/checkout-api/hpa.maxReplicas"_s), u"12"_s);
        QCOMPARE(text(r, u"config/deployment/checkout-api/api/readinessProbe.httpGet.path"_s), u"/ready"_s);
        QCOMPARE(text(r, u"config/deployment/checkout-api/serviceAccountName"_s), u"checkout"_s);
        QVERIFY(text(r, u"image/deployment/checkout-api/api"_s).contains(u"1.4.2"_s));
        // stringData is what the API server stores as data; the value stays a secret.
        const Entry secret = r.entries.value(u"config/secret/checkout-db/password"_s);
        QVERIFY(secret.sensitive);
        QCOMPARE(secret.value.display(), u"production-password"_s);
        for (const Origin &origin : secret.provenance)
            QVERIFY(origin.display.isEmpty());
        // No status in a manifest: no ready counts, no running images.
        QVERIFY(!r.entries.contains(u"infra/deployment/checkout-api/replicas.ready"_s));
        QVERIFY(!r.entries.contains(u"image/deployment/checkout-api/api/running"_s));
        // Provenance names the document's file and line.
        QCOMPARE(locationOf(r, u"infra/deployment/checkout-api/replicas"_s), u"manifests/production/app.yaml:12"_s);
        QCOMPARE(locationOf(r, u"config/configmap/checkout-settings/LOG_LEVEL"_s),
                 u"manifests/production/app.yaml:3"_s);
        QCOMPARE(locationOf(r, u"infra/deployment/checkout-api/hpa.maxReplicas"_s),
                 u"manifests/production/autoscaling.yml:1"_s);
        QVERIFY2(r.warnings.join(u'\n').contains(u"1 object"_s), qPrintable(r.warnings.join(u'\n')));
    }

    void sameRowsAsKubectlJson()
    {
        // The same objects saved by kubectl as JSON (converted by python3's yaml module) give the
        // same keys, values and secrecy: one reader for both.
        const Outcome files
            = manifests(u"production"_s,
                        QStringList{u"manifests/production/app.yaml"_s, u"manifests/production/autoscaling.yml"_s});
        const Outcome kubectl
            = run(u"kubectl-json"_s, u"production"_s, {{u"path"_s, u"manifests/production-kubectl.json"_s}});
        QVERIFY2(files.error.isEmpty(), qPrintable(files.error));
        QVERIFY2(kubectl.error.isEmpty(), qPrintable(kubectl.error));
        QStringList keys = files.result.entries.keys();
        keys.sort();
        QStringList expected = kubectl.result.entries.keys();
        expected.sort();
        QCOMPARE(keys, expected);
        QVERIFY(keys.size() > 15);
        for (const QString &key : std::as_const(keys)) {
            QCOMPARE(files.result.entries.value(key).value.display(),
                     kubectl.result.entries.value(key).value.display());
            QCOMPARE(files.result.entries.value(key).sensitive, kubectl.result.entries.value(key).sensitive);
        }
    }

    void kubectlList()
    {
        const Outcome outcome = manifests(u"staging"_s, u"manifests/{env}/all.yaml"_s);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(text(outcome.result, u"config/configmap/checkout-settings/LOG_LEVEL"_s), u"debug"_s);
        QCOMPARE(text(outcome.result, u"infra/deployment/checkout-api/replicas"_s), u"1"_s);
        QVERIFY(text(outcome.result, u"image/deployment/checkout-api/api"_s).contains(u"1.5.0-rc.1"_s));
        QCOMPARE(locationOf(outcome.result, u"infra/deployment/checkout-api/replicas"_s),
                 u"manifests/staging/all.yaml:9"_s);
    }

    void typedList()
    {
        // Items of a typed list carry no kind of their own.
        QList<ManifestDocument> documents;
        const QString error = readManifestDocuments(
            "kind: ConfigMapList\nitems:\n- metadata: {name: a}\n  data: {x: \"1\"}\n- metadata: {name: b}\n",
            u"f.yaml"_s, &documents);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(documents.size(), 2);
        QCOMPARE(documents.at(1).kind(), u"ConfigMap"_s);
        QCOMPARE(documents.at(1).line, 5);
        const KubernetesObjects objects = manifestObjects(documents);
        QVERIFY2(objects.errorString.isEmpty(), qPrintable(objects.errorString));
        QCOMPARE(objects.objects.size(), 2);
    }

    void kustomization()
    {
        const Outcome outcome = manifests(u"preview"_s, u"manifests/kustomize/overlays/{env}"_s);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        const SourceResult &r = outcome.result;
        // images: newTag, replicas: count, from the overlay over the base's deployment.
        QVERIFY2(text(r, u"image/deployment/checkout-api/api"_s).contains(u"pr-42"_s),
                 qPrintable(text(r, u"image/deployment/checkout-api/api"_s)));
        QCOMPARE(text(r, u"infra/deployment/checkout-api/replicas"_s), u"1"_s);
        QCOMPARE(locationOf(r, u"infra/deployment/checkout-api/replicas"_s),
                 u"manifests/kustomize/base/deployment.yaml:1"_s);
        // The patch is not applied, and the warning says so rather than showing it as applied.
        QVERIFY(!r.entries.contains(u"infra/deployment/checkout-api/api/limits.memory"_s));
        const QString warnings = r.warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"manifests/kustomize/overlays/preview/kustomization.yaml: patches not applied"_s),
                 qPrintable(warnings));
        QVERIFY(warnings.contains(u"kubectl kustomize"_s));
    }

    // `kustomize build` (Debian 13's kustomize 5.6.0) output recorded in kustomize/expected/: an
    // overlay using only what Drift Deck applies itself must give the same rows as that output.
    void kustomizationMatchesKustomizeBuild()
    {
        const Outcome ours = manifests(u"staging"_s, u"manifests/kustomize/overlays/{env}"_s);
        const Outcome theirs = manifests(u"staging"_s, u"manifests/kustomize/expected/{env}.yaml"_s);
        QVERIFY2(ours.error.isEmpty(), qPrintable(ours.error));
        QVERIFY2(theirs.error.isEmpty(), qPrintable(theirs.error));
        QVERIFY(ours.result.warnings.isEmpty());
        QStringList keys = ours.result.entries.keys();
        keys.sort();
        QStringList expected = theirs.result.entries.keys();
        expected.sort();
        QCOMPARE(keys, expected);
        for (const QString &key : std::as_const(keys))
            QCOMPARE(ours.result.entries.value(key).value.display(), theirs.result.entries.value(key).value.display());
        QCOMPARE(text(ours.result, u"infra/deployment/checkout-api/replicas"_s), u"3"_s);
        QCOMPARE(text(ours.result, u"config/configmap/checkout-settings/LOG_LEVEL"_s), u"debug"_s);
        QVERIFY(text(ours.result, u"image/deployment/checkout-api/api"_s).contains(u"sha256:4f5b2c8a"_s));
    }

    void savedKustomizeOutputHasThePatches()
    {
        // What the reader leaves out (a patch) is in kustomize's own output: the documented route.
        const Outcome outcome = manifests(u"preview"_s, u"manifests/kustomize/expected/{env}.yaml"_s);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(text(outcome.result, u"infra/deployment/checkout-api/api/limits.memory"_s), u"256Mi"_s);
        QVERIFY(text(outcome.result, u"image/deployment/checkout-api/api"_s).contains(u"pr-42"_s));
    }

    void imageNames_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("name");
        QTest::addRow("tag") << u"nginx:1.27"_s << u"nginx"_s;
        QTest::addRow("port in host") << u"registry:5000/team/app:1.2"_s << u"registry:5000/team/app"_s;
        QTest::addRow("no tag, port") << u"registry:5000/app"_s << u"registry:5000/app"_s;
        QTest::addRow("digest") << u"app@sha256:abcd"_s << u"app"_s;
        QTest::addRow("tag and digest") << u"ghcr.io/o/app:1@sha256:abcd"_s << u"ghcr.io/o/app"_s;
    }
    void imageNames()
    {
        QFETCH(QString, image);
        QFETCH(QString, name);
        QCOMPARE(imageNameOf(image), name);
    }

    void kustomizeDigest()
    {
        Kustomization k
            = readKustomization("images:\n- name: app\n  newName: reg/app\n  digest: sha256:ff\n", u"k.yaml"_s);
        QVERIFY(k.errorString.isEmpty());
        QList<ManifestDocument> documents;
        QVERIFY(readManifestDocuments("kind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: "
                                      "\"app:1\"}]\n  initContainers: [{name: i, image: other:2}]\n",
                                      u"p.yaml"_s, &documents)
                    .isEmpty());
        applyKustomization(k, documents);
        const QJsonObject spec = documents.at(0).object.value("spec"_L1).toObject();
        QCOMPARE(spec.value("containers"_L1).toArray().at(0).toObject().value("image"_L1).toString(),
                 u"reg/app@sha256:ff"_s);
        QCOMPARE(spec.value("initContainers"_L1).toArray().at(0).toObject().value("image"_L1).toString(), u"other:2"_s);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        QTest::addRow("object without a name")
            << u"manifests/malformed/unnamed.yaml"_s
            << u"manifests/malformed/unnamed.yaml:7:1: Deployment has no metadata.name"_s;
        QTest::addRow("YAML syntax") << u"manifests/malformed/syntax.yaml"_s << u"manifests/malformed/syntax.yaml:6:"_s;
        QTest::addRow("ConfigMap value not a string")
            << u"manifests/malformed/number.yaml"_s
            << u"manifests/malformed/number.yaml:1:1: ConfigMap (typed): data.count must be a string"_s;
        QTest::addRow("missing file") << u"manifests/none.yaml"_s << u"manifests/none.yaml: no such file or folder"_s;
        QTest::addRow("missing resource")
            << u"manifests/malformed/kustomization-missing"_s
            << u"manifests/malformed/kustomization-missing/kustomization.yaml:2: gone.yaml: no such file or folder"_s;
    }
    void malformed()
    {
        QFETCH(QString, path);
        QFETCH(QString, error);
        const Outcome outcome = manifests(u"production"_s, path);
        QVERIFY2(outcome.error.startsWith(error), qPrintable(outcome.error));
    }
};

QTEST_GUILESS_MAIN(ManifestsTest)
#include "tst_manifests.moc"
