#include "kubernetessource.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTimer>

// The kubernetes source's credentials from a kubeconfig context: resolved before HttpSource reads
// its options, and the exec credential plugin run when the source starts.

namespace DriftDeck {

using namespace Qt::StringLiterals;

struct KubernetesSource::Resolved {
    SourceContext context;
    KubeconfigContext kubeconfig;
    std::shared_ptr<QTemporaryFile> caData;
};

KubernetesSource::KubernetesSource(SourceContext context, QObject *parent)
    : KubernetesSource(resolve(std::move(context)), parent)
{
}

KubernetesSource::KubernetesSource(Resolved resolved, QObject *parent)
    : HttpSource(std::move(resolved.context), parent)
    , m_kubeconfig(std::move(resolved.kubeconfig))
    , m_caData(std::move(resolved.caData))
{
    // Inline client certificates stay in memory: a key is never written to a temporary file.
    if (m_kubeconfig.errorString.isEmpty() && !m_kubeconfig.clientCertificateData.isEmpty()) {
        const QString user = tr("kubeconfig context \"%1\"").arg(m_kubeconfig.name);
        const ClientIdentity identity
            = ClientIdentity::fromPem(m_kubeconfig.clientCertificateData, m_kubeconfig.clientKeyData,
                                      user + u" client-certificate-data"_s, user + u" client-key-data"_s);
        if (identity.errorString.isEmpty())
            setClientIdentity(identity);
        else
            m_kubeconfig.errorString = identity.errorString;
    }
    m_kubeconfig.clientKeyData.clear();
}

KubernetesSource::~KubernetesSource() = default;

// A kubeconfig context turns into the options and credential HttpSource reads when it is built:
// url, caFile (inline CA data goes to a temporary file), insecure, the token. Options written in
// the workspace win over the kubeconfig.
KubernetesSource::Resolved KubernetesSource::resolve(SourceContext context)
{
    Resolved resolved;
    QVariantMap &options = context.options;
    if (!options.contains(u"kubeconfig"_s) && !options.contains(u"context"_s)) {
        resolved.context = std::move(context);
        return resolved;
    }
    QString files = options.value(u"kubeconfig"_s).toString();
    if (files.isEmpty())
        files = qEnvironmentVariable("KUBECONFIG");
    if (files.isEmpty())
        files = QDir::home().filePath(u".kube/config"_s);
    QStringList paths;
    for (const auto written = files.split(QDir::listSeparator(), Qt::SkipEmptyParts); const QString &file : written)
        paths.append(context.resolvePath(file));
    KubeconfigContext &kube = resolved.kubeconfig;
    kube = readKubeconfig(paths, options.value(u"context"_s).toString());
    if (!kube.errorString.isEmpty()) {
        resolved.context = std::move(context);
        return resolved;
    }
    if (!options.contains(u"url"_s))
        options.insert(u"url"_s, kube.server);
    if (!options.contains(u"namespace"_s) && !kube.ns.isEmpty())
        options.insert(u"namespace"_s, kube.ns);
    if (!options.contains(u"caFile"_s)) {
        if (!kube.caData.isEmpty()) {
            resolved.caData = std::make_shared<QTemporaryFile>();
            if (resolved.caData->open()) {
                resolved.caData->write(kube.caData);
                resolved.caData->flush();
                options.insert(u"caFile"_s, resolved.caData->fileName());
            }
        } else if (!kube.caFile.isEmpty()) {
            options.insert(u"caFile"_s, kube.caFile);
        }
    }
    // Certificate files are read by HttpSource like the workspace's own options; the workspace's win.
    if (!kube.clientCertificateFile.isEmpty() && !options.contains(u"clientCertificate"_s)
        && !options.contains(u"clientKey"_s) && kube.clientCertificateData.isEmpty()) {
        options.insert(u"clientCertificate"_s, kube.clientCertificateFile);
        options.insert(u"clientKey"_s, kube.clientKeyFile);
    }
    if (kube.insecure && !options.contains(u"insecure"_s))
        options.insert(u"insecure"_s, true);
    if (context.credential.isEmpty())
        context.credential = kube.token;
    resolved.context = std::move(context);
    return resolved;
}

// Runs the kubeconfig's credential plugin as kubectl does (KUBERNETES_EXEC_INFO in its
// environment, not interactive), within the source's timeout.
void KubernetesSource::runExecPlugin()
{
    const KubeconfigExec plugin = *m_kubeconfig.exec;
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : plugin.env)
        environment.insert(name, value);
    const QJsonObject info{
        {u"apiVersion"_s, plugin.apiVersion.isEmpty() ? u"client.authentication.k8s.io/v1"_s : plugin.apiVersion},
        {u"kind"_s, u"ExecCredential"_s},
        {u"spec"_s, QJsonObject{{u"interactive"_s, false}}}};
    environment.insert(u"KUBERNETES_EXEC_INFO"_s,
                       QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
    const QString command
        = plugin.command.contains(u'/') ? QDir(plugin.directory).absoluteFilePath(plugin.command) : plugin.command;
    auto *deadline = new QTimer(process);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, process, command] {
        process->disconnect(this);
        process->kill();
        fail(tr("kubernetes: the credential plugin %1 did not answer within %2 s")
                 .arg(command)
                 .arg(timeoutMs() / 1000.0));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, command](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->disconnect(this);
        fail(tr("kubernetes: the credential plugin %1 could not be started: %2").arg(command, process->errorString()));
    });
    connect(process, &QProcess::finished, this, [this, process, command, deadline](int code, QProcess::ExitStatus) {
        deadline->stop();
        if (code != 0) {
            const QString reason = redact(QString::fromUtf8(process->readAllStandardError()).trimmed().left(300));
            return fail(tr("kubernetes: the credential plugin %1 failed (exit code %2)%3")
                            .arg(command)
                            .arg(code)
                            .arg(reason.isEmpty() ? QString() : u": "_s + reason));
        }
        const ExecCredential credential = parseExecCredential(process->readAllStandardOutput());
        if (!credential.errorString.isEmpty())
            return fail(tr("kubernetes: the credential plugin %1: %2").arg(command, credential.errorString));
        if (!credential.clientCertificateData.isEmpty()) {
            const QString from = tr("the credential plugin %1's").arg(command);
            const ClientIdentity identity
                = ClientIdentity::fromPem(credential.clientCertificateData, credential.clientKeyData,
                                          from + u" clientCertificateData"_s, from + u" clientKeyData"_s);
            if (!identity.errorString.isEmpty())
                return fail(u"kubernetes: "_s + identity.errorString);
            setClientIdentity(identity);
        }
        m_context.credential = credential.token;
        readResources();
    });
    deadline->start(timeoutMs());
    process->start(command, plugin.args);
}

} // namespace DriftDeck
