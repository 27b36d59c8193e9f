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
    bool clientCertificate = false; // the user authenticates with a client certificate
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
    bool clientCertificate = false;
    QString errorString;
};
ExecCredential parseExecCredential(const QByteArray &json);

} // namespace DriftDeck
