#include "etcdsource.h"

#include "etcdprotocol.h"

namespace DriftDeck {

using namespace Qt::StringLiterals;

void EtcdSource::start()
{
    if (!optionError().isEmpty())
        return fail(optionError());
    m_prefix = m_context.options.value(u"prefix"_s).toString().toUtf8();
    m_rangeEnd = etcdRangeEnd(m_prefix);
    if (m_context.options.contains(u"pageSize"_s)) {
        bool ok = false;
        m_pageSize = m_context.options.value(u"pageSize"_s).toLongLong(&ok);
        if (!ok || m_pageSize <= 0)
            return fail(tr("etcd: pageSize must be a positive number of keys"));
    }
    const QString credential = baseCredential();
    if (credential.contains(u':'))
        return authenticate(credential);
    m_token = credential.toUtf8();
    readPage(m_prefix, 0, 1);
}

void EtcdSource::authenticate(const QString &credential)
{
    HttpRequest request;
    request.method = "POST";
    request.url = endpoint(u"/v3/auth/authenticate"_s);
    request.headers = extraHeaders();
    request.setHeader("Content-Type", "application/json");
    request.body = etcdAuthenticateRequest(credential);
    send(request, [this](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (!response.ok())
            return fail(failureFor(tr("etcd: signing in failed"), response));
        const EtcdToken token = parseEtcdAuthenticate(response.body);
        if (!token.errorString.isEmpty())
            return fail(tr("etcd: signing in failed: %1").arg(token.errorString));
        m_token = token.token;
        readPage(m_prefix, 0, 1);
    });
}

void EtcdSource::readPage(const QByteArray &key, qint64 revision, int page)
{
    HttpRequest request;
    request.method = "POST";
    request.url = endpoint(u"/v3/kv/range"_s);
    request.headers = extraHeaders();
    request.setHeader("Content-Type", "application/json");
    if (!m_token.isEmpty())
        request.setHeader("Authorization", m_token);
    request.body = etcdRangeRequest(key, m_rangeEnd, m_pageSize, revision);
    request.idempotent = true; // a range read changes nothing
    send(request, [this, page](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (!response.ok())
            return fail(failureFor(tr("etcd: reading keys failed"), response));
        offThread<EtcdRangePage>([body = response.body] { return parseEtcdRange(body); },
                                 [this, page, where = safeUrl(response.url)](EtcdRangePage &&result) {
                                     if (!result.errorString.isEmpty())
                                         return fail(where + u": "_s + result.errorString);
                                     m_keys.append(result.keys);
                                     if (!result.more)
                                         return done(result.revision);
                                     // "more" with nothing in this page would ask for the same page forever.
                                     if (result.keys.isEmpty() || page >= MaxPages)
                                         return fail(
                                             tr("%1: etcd keeps saying there are more keys but sends none").arg(where));
                                     readPage(etcdNextKey(result.keys.constLast().key), result.revision, page + 1);
                                 });
    });
}

void EtcdSource::done(qint64 revision)
{
    const QString url = safeUrl(baseUrl());
    const QString prefix = QString::fromUtf8(m_prefix);
    auto label = [url, prefix, revision](qint64 modified) {
        return tr("etcd %1 %2 rev %3, changed at rev %4").arg(url, prefix).arg(revision).arg(modified);
    };
    offThread<SourceResult>(
        [keys = std::move(m_keys), prefix = m_prefix, id = m_context.sourceId, url, label,
         options = m_context.normalisation] {
            return keyValueResult(keys, prefix, id, url, label, Normaliser(options));
        },
        [this](SourceResult &&result) { finish(std::move(result)); });
}

QString EtcdSource::failureFor(const QString &what, const HttpResponse &response) const
{
    QString message = what + u": "_s + response.statusMessage();
    const QString detail = etcdErrorMessage(response.body);
    if (!detail.isEmpty())
        message += u": "_s + detail;
    // etcd answers a request without a token "user name is empty" (HTTP 400) once auth is on.
    if (detail.endsWith(u"user name is empty"_s))
        message += tr(" (etcd requires signing in: give this source credentials \"user:password\")");
    return message;
}

SourceType etcdSourceType()
{
    SourceType type;
    type.name = EtcdSource::TypeName;
    type.description = EtcdSource::tr("Configuration from the keys below a prefix in etcd v3 (JSON gateway)");
    type.keyPrefixes = {u"config/"_s};
    type.options = HttpSource::commonOptions();
    type.options.append({u"prefix"_s, SourceOption::Kind::String, true,
                         EtcdSource::tr("Key prefix, e.g. \"app/{env}/\"; the rest of each key, with / as ., is the "
                                        "setting's name")});
    type.options.append({u"pageSize"_s, SourceOption::Kind::Integer, false,
                         EtcdSource::tr("Keys per request (default 1000); later pages continue after the last key")});
    type.acceptsCredentials = true;
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<EtcdSource>(context);
    };
    return type;
}

} // namespace DriftDeck
