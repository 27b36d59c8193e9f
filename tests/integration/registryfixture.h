#pragma once

// Debian's docker-registry for integration tests: start it (anonymous, htpasswd, TLS with or
// without client certificates) on a free port, and push small OCI images to it over HTTP as
// `docker push` would (blob upload, then the manifest under a tag). Header-only, shared by the
// registry and cluster tests.

#include "testserver.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>

namespace DriftDeck::Testing::Registry {

// bcrypt (cost 4) of "s3cret" for user "ci": docker-registry's htpasswd accepts bcrypt only.
inline constexpr auto Htpasswd = "ci:$2b$04$K3IGeX0MZeypSMiLK57yr.K6mpQvTRLFbjVpPen8WNP6jcLm0NC1O\n";

struct Answer {
    int status = 0;
    QByteArray location;
    QByteArray digest;
};

// How the test itself talks to the registry: no proxy, optional TLS settings (CA, client cert).
inline Answer http(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                   const QByteArray &contentType = {}, const QByteArray &authorization = {},
                   const QSslConfiguration &ssl = QSslConfiguration::defaultConfiguration())
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setSslConfiguration(ssl);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->rawHeader("Location"),
                  reply->rawHeader("Docker-Content-Digest")};
    delete reply;
    return answer;
}

inline QByteArray sha256(const QByteArray &bytes)
{
    return "sha256:" + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Pushes a config blob and an OCI manifest referring to it; returns the manifest's digest, or
// what failed ("blob: 401"). A different config gives a different digest under the same tag.
inline QByteArray push(const QUrl &registry, const QString &repository, const QString &tag, const QByteArray &config,
                       const QByteArray &authorization = {},
                       const QSslConfiguration &ssl = QSslConfiguration::defaultConfiguration())
{
    const QByteArray configDigest = sha256(config);
    const Answer upload = http("POST", registry.resolved(QUrl(QStringLiteral("/v2/%1/blobs/uploads/").arg(repository))),
                               {}, {}, authorization, ssl);
    if (upload.status != 202)
        return "upload start: " + QByteArray::number(upload.status);
    QUrl put = registry.resolved(QUrl::fromEncoded(upload.location));
    put.setQuery(put.query(QUrl::FullyEncoded) + QStringLiteral("&digest=") + QString::fromLatin1(configDigest));
    if (const Answer blob = http("PUT", put, config, "application/octet-stream", authorization, ssl);
        blob.status != 201)
        return "blob: " + QByteArray::number(blob.status);
    const QByteArray manifest = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",)"
                                "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\""
        + configDigest + "\",\"size\":" + QByteArray::number(config.size()) + R"(},"layers":[]})";
    const Answer stored
        = http("PUT", registry.resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repository, tag))), manifest,
               "application/vnd.oci.image.manifest.v1+json", authorization, ssl);
    if (stored.status != 201)
        return "manifest: " + QByteArray::number(stored.status);
    return sha256(manifest);
}

struct Options {
    bool htpasswd = false;
    // TLS: PEM files of the server's certificate and key; clientCas asks every client for a
    // certificate signed by one of these CAs (docker-registry's http.tls.clientcas).
    QString certificate;
    QString key;
    QString clientCas;
};

// Writes config.yml into the server's folder and starts `docker-registry serve` on its port.
inline bool start(TestServer &server, const Options &options = {})
{
    QByteArray config = "version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\n"
                        "storage:\n  filesystem:\n    rootdirectory: "
        + server.path(QStringLiteral("data")).toUtf8()
        + "\nhttp:\n  addr: 127.0.0.1:" + QByteArray::number(server.port()) + "\n";
    if (!options.certificate.isEmpty()) {
        config
            += "  tls:\n    certificate: " + options.certificate.toUtf8() + "\n    key: " + options.key.toUtf8() + "\n";
        if (!options.clientCas.isEmpty())
            config += "    clientcas:\n      - " + options.clientCas.toUtf8() + "\n";
    }
    if (options.htpasswd) {
        server.writeFile(QStringLiteral("htpasswd"), Htpasswd);
        config += "auth:\n  htpasswd:\n    realm: drift-deck-test\n    path: "
            + server.path(QStringLiteral("htpasswd")).toUtf8() + "\n";
    }
    if (!server.writeFile(QStringLiteral("config.yml"), config)
        || !server.start({QStringLiteral("serve"), server.path(QStringLiteral("config.yml"))}))
        return false;
    // Under TLS with client certificates a plain poll gets no HTTP answer: wait for the port.
    return options.certificate.isEmpty() ? server.waitForHttp(server.url(QStringLiteral("/v2/")), 15000)
                                         : server.waitForTcp(server.port(), 15000);
}

} // namespace DriftDeck::Testing::Registry
