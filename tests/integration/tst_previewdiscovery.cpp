// Preview environments that a source lists, end to end through a capture: Kubernetes namespaces
// from a replayed API server (no API server runs in the build root; the answers follow the v1
// NamespaceList and ConfigMapList shapes, with `limit`/`continue` paging, the label selector and the
// token checked on every request), and image tags from Debian's real docker-registry.
#include "localhttpserver.h"
#include "pipeline/capture.h"
#include "pipeline/sourceretry.h"
#include "registryfixture.h"
#include "workspace/credentials.h"
#include "workspace/workspaceloader.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Token = "eyJhbGciOiJSUzI1NiJ9.namespace-lister";
const QByteArray Selector = "drift-deck.io/preview=true";
// What RBAC answers a service account without `list` on namespaces (JSON-escaped).
const QByteArray Forbidden = "namespaces is forbidden: User \\\"system:serviceaccount:ci:driftdeck\\\" cannot list "
                             "resource \\\"namespaces\\\" in API group \\\"\\\" at the cluster scope";
const QByteArray SecondPage = "eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6NTIyMTAsInN0YXJ0IjoicHJldmlldy1wci05XHUwMDAwIn0";

QByteArray replay(const QString &relative)
{
    QFile file(QStringLiteral(DRIFTDECK_FIXTURES "/replay/kubernetes/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

LocalHttpReply status(int code, const QByteArray &reason, const QByteArray &message)
{
    LocalHttpReply reply
        = LocalHttpReply::json(R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":")"
                                   + message + R"(","code":)" + QByteArray::number(code) + "}",
                               code);
    reply.reason = reason;
    return reply;
}

// One ConfigMap per namespace whose data names the namespace: each column shows its own.
QByteArray configMapList(const QByteArray &ns)
{
    return R"({"kind":"ConfigMapList","apiVersion":"v1","metadata":{"resourceVersion":"52300"},"items":[)"
           R"({"metadata":{"name":"app","namespace":")"
        + ns + R"(","resourceVersion":"52290"},"data":{"image.tag":")" + ns + R"("}}]})";
}

QStringList names(const Snapshot &snapshot)
{
    QStringList out;
    for (const EnvironmentCapture &environment : snapshot.environments)
        out.append(environment.name);
    return out;
}

// A capture as the window runs it: with the last capture and a credential store.
SnapshotPtr capture(const Workspace &workspace, const SnapshotPtr &previous, CredentialProvider *credentials,
                    int *announcedTotal = nullptr)
{
    const SecretPolicy secrets(Policy::defaultSecretPatterns(), "salt");
    Capture run(workspace, secrets);
    run.setCredentialProvider(credentials);
    run.setPrevious(previous);
    SnapshotPtr result;
    QEventLoop loop;
    QObject::connect(&run, &Capture::progress, &loop, [&](int, int total) {
        if (announcedTotal)
            *announcedTotal = std::max(*announcedTotal, total);
    });
    QObject::connect(&run, &Capture::finished, &loop, [&](SnapshotPtr snapshot) {
        result = std::move(snapshot);
        loop.quit();
    });
    run.start();
    loop.exec();
    return result;
}

} // namespace

class PreviewDiscoveryTest : public QObject
{
    Q_OBJECT
private:
    LocalHttpServer m_cluster;
    bool m_forbidden = false;
    bool m_silent = false; // the namespace list never answers
    EnvironmentCredentialProvider m_credentials;
    TestServer m_registry{u"docker-registry"_s};

    static Workspace load(const QByteArray &text)
    {
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadText(text, u"/tmp/previews.yaml"_s);
        if (!loaded.ok())
            qFatal("workspace: %s", qPrintable(loaded.errorString()));
        return *loaded.workspace;
    }

    QByteArray clusterWorkspace() const
    {
        return "version: 1\nname: shop\nbaseline: production\nenvironments:\n"
               "  - staging\n  - production\n"
               "  - discover: \"preview-pr-*\"\n"
               "    from: cluster\n"
               "    environment: staging\n"
               "    labelSelector: "
            + Selector
            + "\n    newest: 3\n    group: Pull requests\n"
              "sources:\n"
              "  - type: kubernetes\n    id: cluster\n    url: "
            + m_cluster.url().toString().toUtf8()
            + "\n    credentials: {env: \"DRIFTDECK_TEST_K8S_TOKEN_{env}\"}\n    namespace: \"shop-{env}\"\n"
              "    resources: [configmaps]\n"
              "    pageSize: 3\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cluster.listen());
        // Only staging's token may list namespaces and read the previews: the discovery and the
        // previews use the settings of the environment the workspace names.
        qputenv("DRIFTDECK_TEST_K8S_TOKEN_staging", Token);
        qputenv("DRIFTDECK_TEST_K8S_TOKEN_production", "production-token");
        m_cluster.route("/api/v1/namespaces", [this](const LocalHttpRequest &request) {
            if (m_silent)
                return LocalHttpReply::silent();
            if (m_forbidden)
                return status(403, "Forbidden", Forbidden);
            if (request.header("Authorization") != "Bearer " + Token)
                return status(401, "Unauthorized", "Unauthorized");
            if (request.queryItem(u"labelSelector"_s) != Selector || request.queryItem(u"limit"_s) != "3")
                return status(400, "Bad Request", "unexpected query " + request.target);
            const QByteArray token = request.queryItem(u"continue"_s);
            if (!token.isEmpty() && token != SecondPage)
                return status(400, "Bad Request", "bad continue token");
            return LocalHttpReply::json(
                replay(token.isEmpty() ? u"namespaces-page1.json"_s : u"namespaces-page2.json"_s));
        });
        m_cluster.route("/api/v1/namespaces/*", [](const LocalHttpRequest &request) {
            const QList<QByteArray> parts = request.path.split('/'); // "", api, v1, namespaces, <ns>, configmaps
            if (parts.size() != 6 || parts[5] != "configmaps")
                return status(404, "Not Found", "the server could not find the requested resource");
            const QByteArray ns = parts[4];
            const QByteArray expected = ns == "shop-production" ? "production-token" : Token;
            if (request.header("Authorization") != "Bearer " + expected)
                return status(401, "Unauthorized", "Unauthorized");
            return LocalHttpReply::json(configMapList(ns));
        });
    }

    void namespacesBecomeColumns()
    {
        m_forbidden = false;
        const Workspace workspace = load(clusterWorkspace());
        int announced = 0;
        const SnapshotPtr snapshot = capture(workspace, nullptr, &m_credentials, &announced);
        QVERIFY(snapshot);
        // Five labelled namespaces over two pages; preview-tools does not match, and of the other
        // four the three created last are kept, shown in name order.
        QCOMPARE(m_cluster.hits("/api/v1/namespaces"), 2);
        QCOMPARE(
            names(*snapshot),
            (QStringList{u"staging"_s, u"production"_s, u"preview-pr-9"_s, u"preview-pr-10"_s, u"preview-pr-11"_s}));
        QCOMPARE(snapshot->warnings, QStringList{u"cluster: preview-pr-*: 4 matches; the newest 3 are compared"_s});
        QCOMPARE(announced, 5); // the progress total grew once the previews were known
        for (int env = 0; env < snapshot->environmentCount(); ++env) {
            const EnvironmentCapture &environment = snapshot->environments.at(env);
            QCOMPARE(environment.group, env < 2 ? QString() : u"Pull requests"_s);
            QCOMPARE(environment.sources.at(0).state, SourceState::Ok);
            const int row = snapshot->rowOf(u"config/configmap/app/image.tag"_s);
            QVERIFY(row >= 0);
            // A preview is read like staging (its token), in its own namespace.
            QCOMPARE(snapshot->entry(row, env)->value.display(),
                     env < 2 ? u"shop-"_s + environment.name : environment.name);
        }

        // Retrying one preview's source reads that namespace again without listing.
        const Workspace retry = retryWorkspace(workspace, u"preview-pr-10"_s, u"cluster"_s, snapshot.get());
        QCOMPARE(retry.environmentNames(), QStringList{u"preview-pr-10"_s});
        QCOMPARE(retry.environments.constFirst().group, u"Pull requests"_s);
        const int listed = m_cluster.hits("/api/v1/namespaces");
        const SnapshotPtr retried = capture(retry, snapshot, &m_credentials);
        QVERIFY(retried);
        QCOMPARE(names(*retried), QStringList{u"preview-pr-10"_s});
        QCOMPARE(retried->entry(retried->rowOf(u"config/configmap/app/image.tag"_s), 0)->value.display(),
                 u"preview-pr-10"_s);
        QCOMPARE(m_cluster.hits("/api/v1/namespaces"), listed);
    }

    void aFailedListingKeepsTheLastPreviews()
    {
        m_forbidden = false;
        const Workspace workspace = load(clusterWorkspace());
        const SnapshotPtr before = capture(workspace, nullptr, &m_credentials);
        QVERIFY(before);
        m_forbidden = true;
        // The cluster refuses the listing for a moment: the previews of the last capture stay
        // (and are read as usual), rather than looking merged.
        const SnapshotPtr after = capture(workspace, before, &m_credentials);
        QVERIFY(after);
        QCOMPARE(names(*after), names(*before));
        QCOMPARE(after->warnings.size(), 1);
        const QString listing
            = m_cluster.url().toString() + u"api/v1/namespaces?limit=3&labelSelector=drift-deck.io%2Fpreview%3Dtrue"_s;
        QCOMPARE(after->warnings.constFirst(),
                 u"cluster: preview-pr-*: the environments could not be listed: kubernetes: listing namespaces "
                 "failed: HTTP 403 Forbidden from %1: namespaces is forbidden: User "
                 "\"system:serviceaccount:ci:driftdeck\" cannot list resource \"namespaces\" in API group \"\" at "
                 "the cluster scope; the 3 found by the last capture are kept"_s.arg(listing));
        // Without a last capture there is nothing to keep: the declared environments alone.
        const SnapshotPtr first = capture(workspace, nullptr, &m_credentials);
        QVERIFY(first);
        QCOMPARE(names(*first), (QStringList{u"staging"_s, u"production"_s}));
        QVERIFY(first->warnings.constFirst().endsWith(u"at the cluster scope"_s));
        m_forbidden = false;
    }

    void aWrongTokenIsNamed()
    {
        m_forbidden = false;
        // Listing with production's settings: its token may not list namespaces.
        QByteArray text = clusterWorkspace();
        text.replace("environment: staging", "environment: production");
        const SnapshotPtr snapshot = capture(load(text), nullptr, &m_credentials);
        QVERIFY(snapshot);
        QCOMPARE(names(*snapshot), (QStringList{u"staging"_s, u"production"_s}));
        QVERIFY2(snapshot->warnings.constFirst().contains(u"HTTP 401 Unauthorized"_s),
                 qPrintable(snapshot->warnings.constFirst()));
        QVERIFY(!snapshot->warnings.constFirst().contains(u"production-token"_s));
    }

    void aSilentClusterDoesNotHoldTheCapture()
    {
        // The listing has the source's own timeout; the declared environments are read meanwhile.
        m_silent = true;
        QElapsedTimer clock;
        clock.start();
        const SnapshotPtr snapshot = capture(load(clusterWorkspace() + "    timeout: 1s\n"), nullptr, &m_credentials);
        m_silent = false;
        QVERIFY(snapshot);
        QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(names(*snapshot), (QStringList{u"staging"_s, u"production"_s}));
        QCOMPARE(snapshot->environments.at(0).sources.at(0).state, SourceState::Ok);
        QVERIFY2(snapshot->warnings.constFirst().startsWith(
                     u"cluster: preview-pr-*: the environments could not be listed: "_s)
                     && snapshot->warnings.constFirst().endsWith(u": no answer within 1 s"_s),
                 qPrintable(snapshot->warnings.constFirst()));
    }

    void cancelWhileListing()
    {
        m_silent = true;
        const SecretPolicy secrets(Policy::defaultSecretPatterns(), "salt");
        Capture run(load(clusterWorkspace()), secrets);
        run.setCredentialProvider(&m_credentials);
        SnapshotPtr result;
        bool finished = false;
        connect(&run, &Capture::finished, this, [&](const SnapshotPtr &snapshot) {
            result = snapshot;
            finished = true;
        });
        run.start();
        QTest::qWait(200);
        QVERIFY(run.isRunning());
        run.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 3000);
        m_silent = false;
        QVERIFY(result);
        QCOMPARE(names(*result), (QStringList{u"staging"_s, u"production"_s}));
        QCOMPARE(result->environments.at(0).sources.at(0).state, SourceState::Cancelled);
    }

    void registryTagsBecomeColumns()
    {
        DRIFTDECK_REQUIRE_SERVER(m_registry);
        QVERIFY2(Registry::start(m_registry), qPrintable(m_registry.errorString()));
        const QUrl url = m_registry.url();
        QHash<QString, QByteArray> digests;
        for (const QString &tag : {u"production"_s, u"pr-3"_s, u"pr-12"_s, u"pr-20"_s, u"latest"_s}) {
            digests[tag]
                = Registry::push(url, u"shop/api"_s, tag, "{\"os\":\"linux\",\"tag\":\"" + tag.toUtf8() + "\"}");
            QVERIFY2(digests[tag].startsWith("sha256:"), digests[tag].constData());
        }
        const QByteArray text = "version: 1\nname: shop\nenvironments:\n  - production\n"
                                "  - discover: \"pr-*\"\n    from: images\n    repository: api\n    newest: 2\n"
                                "sources:\n  - type: registry\n    id: images\n    url: "
            + url.toString().toUtf8() + "\n    repositories: [{name: api, path: shop/api}]\n";
        const SnapshotPtr snapshot = capture(load(text), nullptr, nullptr);
        QVERIFY(snapshot);
        // Tags carry no time: the highest numbers are the newest.
        QCOMPARE(names(*snapshot), (QStringList{u"production"_s, u"pr-12"_s, u"pr-20"_s}));
        QCOMPARE(snapshot->warnings, QStringList{u"images: pr-*: 3 matches; the newest 2 are compared"_s});
        QCOMPARE(snapshot->environments.at(1).group, u"pr-*"_s); // no group given: the pattern
        const int row = snapshot->rowOf(u"image/api/digest"_s);
        QVERIFY(row >= 0);
        for (int env = 0; env < snapshot->environmentCount(); ++env) {
            const QString &tag = snapshot->environments.at(env).name;
            QCOMPARE(snapshot->entry(row, env)->value.display(), QString::fromLatin1(digests.value(tag)));
        }
    }
};

QTEST_GUILESS_MAIN(PreviewDiscoveryTest)
#include "tst_previewdiscovery.moc"
