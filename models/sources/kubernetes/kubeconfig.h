#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace DriftDeck {

// An `exec` credential plugin (client.authentication.k8s.io/v1): run command with args and env,
// read an ExecCredential from its standard output.
struct KubeconfigExec {
    QString command;
    QStringList args;
    QList<std::pair<QString, QString>> env;
    QString apiVersion;
    QString directory; // the kubeconfig's folder: a relative command starts from there
};

// One context of a kubeconfig, resolved: its cluster and user.
struct KubeconfigContext {
    QString name;
    QString server;
    QString caFile; // absolute
    QByteArray caData; // PEM
    bool insecure = false;
    QString token; // never logged
    // A client certificate user: files (absolute) or inline PEM (the *-data fields, base64-decoded).
    // The key is never logged; messages name the field it came from.
    QString clientCertificateFile;
    QString clientKeyFile;
    QByteArray clientCertificateData;
    QByteArray clientKeyData;
    std::optional<KubeconfigExec> exec;
    QString ns;
    QString errorString;
};

// Reads kubeconfig files the way kubectl merges KUBECONFIG (the first file naming a cluster,
// user or context wins; current-context from the first file that has one) and picks context, or
// the current context when context is empty.
KubeconfigContext readKubeconfig(const QStringList &files, const QString &context);

// What an exec plugin printed: an ExecCredential with status.token (or a client certificate).
struct ExecCredential {
    QString token;
    QByteArray clientCertificateData; // PEM, as status.clientCertificateData holds it
    QByteArray clientKeyData;
    QString errorString;
};
ExecCredential parseExecCredential(const QByteArray &json);

} // namespace DriftDeck
