#include "kubeconfig.h"

#include "workspace/localfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

// kubectl's files are a few KiB; certificates inline make them larger, never megabytes.
constexpr qint64 MaxKubeconfigBytes = 4 * 1024 * 1024;

class KubeconfigText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::Kubeconfig)
};

QString text(const YAML::Node &node, const char *field)
{
    const YAML::Node value = node[field];
    return value && value.IsScalar() ? QString::fromStdString(value.as<std::string>()) : QString();
}

struct Named {
    YAML::Node node;
    QString directory;
};

// The entries of one list (clusters, users, contexts) by name; earlier files win.
void collect(const YAML::Node &root, const char *list, const char *inner, const QString &directory,
             QHash<QString, Named> *into)
{
    const YAML::Node items = root[list];
    if (!items || !items.IsSequence())
        return;
    for (const YAML::Node &item : items) {
        const QString name = text(item, "name");
        if (!name.isEmpty() && !into->contains(name) && item[inner])
            into->insert(name, {item[inner], directory});
    }
}

QString absolute(const QString &path, const QString &directory)
{
    return QFileInfo(path).isAbsolute() ? path : QDir(directory).filePath(path);
}

KubeconfigContext readChecked(const QStringList &files, const QString &context);

} // namespace

KubeconfigContext readKubeconfig(const QStringList &files, const QString &context)
{
    // yaml-cpp throws on a node of an unexpected type (a map where a string belongs); the file is
    // the user's, so that is an error message, never an exception leaving the source.
    try {
        return readChecked(files, context);
    } catch (const YAML::Exception &error) {
        KubeconfigContext result;
        result.errorString = KubeconfigText::tr("kubeconfig %1: unexpected content: %2")
                                 .arg(files.join(u':'), QString::fromStdString(error.msg));
        return result;
    }
}

namespace {

KubeconfigContext readChecked(const QStringList &files, const QString &context)
{
    KubeconfigContext result;
    QHash<QString, Named> clusters;
    QHash<QString, Named> users;
    QHash<QString, Named> contexts;
    QString current;
    for (const QString &path : files) {
        // Through the one reader of local files: a FIFO or a device named as kubeconfig must
        // not block (this runs when the source is made, on the window's thread).
        if (files.size() > 1 && LocalFile::kindOf(path) == LocalFile::Kind::Missing)
            continue; // in a list, kubectl skips files that do not exist
        const LocalFile::Read read = LocalFile::readRegular(path, MaxKubeconfigBytes);
        if (!read.ok()) {
            result.errorString = KubeconfigText::tr("kubeconfig %1: cannot read: %2").arg(path, read.errorString);
            return result;
        }
        YAML::Node root;
        try {
            root = YAML::Load(read.bytes.toStdString());
        } catch (const YAML::Exception &error) {
            result.errorString
                = KubeconfigText::tr("kubeconfig %1: not YAML: %2").arg(path, QString::fromStdString(error.msg));
            return result;
        }
        const QString directory = QFileInfo(path).absolutePath();
        collect(root, "clusters", "cluster", directory, &clusters);
        collect(root, "users", "user", directory, &users);
        collect(root, "contexts", "context", directory, &contexts);
        if (current.isEmpty())
            current = text(root, "current-context");
    }
    result.name = context.isEmpty() ? current : context;
    if (result.name.isEmpty()) {
        result.errorString
            = KubeconfigText::tr("kubeconfig %1: no context named and no current-context").arg(files.join(u':'));
        return result;
    }
    const auto chosen = contexts.constFind(result.name);
    if (chosen == contexts.cend()) {
        result.errorString
            = KubeconfigText::tr("kubeconfig %1 has no context \"%2\"").arg(files.join(u':'), result.name);
        return result;
    }
    const QString clusterName = text(chosen->node, "cluster");
    const QString userName = text(chosen->node, "user");
    result.ns = text(chosen->node, "namespace");
    const auto cluster = clusters.constFind(clusterName);
    if (cluster == clusters.cend()) {
        result.errorString
            = KubeconfigText::tr("kubeconfig context \"%1\" names the cluster \"%2\", which is not defined")
                  .arg(result.name, clusterName);
        return result;
    }
    result.server = text(cluster->node, "server");
    if (const QString ca = text(cluster->node, "certificate-authority"); !ca.isEmpty())
        result.caFile = absolute(ca, cluster->directory);
    if (const QString data = text(cluster->node, "certificate-authority-data"); !data.isEmpty())
        result.caData = QByteArray::fromBase64(data.toLatin1());
    result.insecure = text(cluster->node, "insecure-skip-tls-verify") == u"true";
    if (userName.isEmpty())
        return result;
    const auto user = users.constFind(userName);
    if (user == users.cend()) {
        result.errorString = KubeconfigText::tr("kubeconfig context \"%1\" names the user \"%2\", which is not defined")
                                 .arg(result.name, userName);
        return result;
    }
    result.token = text(user->node, "token");
    if (const QString tokenFile = text(user->node, "tokenFile"); result.token.isEmpty() && !tokenFile.isEmpty()) {
        const QString tokenPath = absolute(tokenFile, user->directory);
        const LocalFile::Read read = LocalFile::readRegular(tokenPath, MaxKubeconfigBytes);
        if (!read.ok()) {
            result.errorString = KubeconfigText::tr("kubeconfig user \"%1\": tokenFile %2: %3")
                                     .arg(userName, tokenPath, read.errorString);
            return result;
        }
        result.token = QString::fromUtf8(read.bytes).trimmed();
    }
    if (const QString file = text(user->node, "client-certificate"); !file.isEmpty())
        result.clientCertificateFile = absolute(file, user->directory);
    if (const QString file = text(user->node, "client-key"); !file.isEmpty())
        result.clientKeyFile = absolute(file, user->directory);
    result.clientCertificateData = QByteArray::fromBase64(text(user->node, "client-certificate-data").toLatin1());
    result.clientKeyData = QByteArray::fromBase64(text(user->node, "client-key-data").toLatin1());
    const bool hasCertificate = !result.clientCertificateFile.isEmpty() || !result.clientCertificateData.isEmpty();
    const bool hasKey = !result.clientKeyFile.isEmpty() || !result.clientKeyData.isEmpty();
    if (hasCertificate != hasKey) {
        result.errorString = KubeconfigText::tr("kubeconfig user \"%1\": %2 without %3")
                                 .arg(userName, hasCertificate ? u"client-certificate"_s : u"client-key"_s,
                                      hasCertificate ? u"client-key"_s : u"client-certificate"_s);
        return result;
    }
    const YAML::Node exec = user->node["exec"];
    if (exec && exec.IsMap()) {
        KubeconfigExec plugin;
        plugin.command = text(exec, "command");
        plugin.apiVersion = text(exec, "apiVersion");
        plugin.directory = user->directory;
        if (exec["args"] && exec["args"].IsSequence()) {
            for (const YAML::Node &arg : exec["args"])
                plugin.args.append(QString::fromStdString(arg.as<std::string>()));
        }
        if (exec["env"] && exec["env"].IsSequence()) {
            for (const YAML::Node &variable : exec["env"])
                plugin.env.append({text(variable, "name"), text(variable, "value")});
        }
        if (plugin.command.isEmpty()) {
            result.errorString = KubeconfigText::tr("kubeconfig user \"%1\": exec has no command").arg(userName);
            return result;
        }
        result.exec = plugin;
    }
    return result;
}

} // namespace

ExecCredential parseExecCredential(const QByteArray &json)
{
    ExecCredential credential;
    QJsonParseError parseError{};
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.value("kind"_L1).toString() != u"ExecCredential") {
        credential.errorString = KubeconfigText::tr("it did not print an ExecCredential");
        return credential;
    }
    const QJsonObject status = root.value("status"_L1).toObject();
    credential.token = status.value("token"_L1).toString();
    credential.clientCertificateData = status.value("clientCertificateData"_L1).toString().toUtf8();
    credential.clientKeyData = status.value("clientKeyData"_L1).toString().toUtf8();
    if (credential.clientCertificateData.isEmpty() != credential.clientKeyData.isEmpty())
        credential.errorString = KubeconfigText::tr("its ExecCredential has only one of status.clientCertificateData "
                                                    "and status.clientKeyData");
    else if (credential.token.isEmpty() && credential.clientCertificateData.isEmpty())
        credential.errorString = KubeconfigText::tr("its ExecCredential has no status.token nor a client certificate");
    return credential;
}

} // namespace DriftDeck
