// HttpSource::fetchDocument: the whole of a connector that reads one document.
#include "httpsource.h"

namespace DriftDeck {

using namespace Qt::StringLiterals;

void HttpSource::fetchDocument(const QUrl &url, const QByteArray &accept, const QString &what, DocumentParser parse)
{
    HttpRequest request;
    request.url = url;
    request.headers = extraHeaders();
    request.setHeader("Accept", accept);
    const QByteArray authorization = authorizationFor(baseCredential());
    if (!authorization.isEmpty())
        request.setHeader("Authorization", authorization);
    send(request, [this, what, accept, parse = std::move(parse)](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (!response.ok())
            return fail(what + u": "_s + response.statusMessage());
        // A login page or a proxy's error page answers 200 too; say so rather than "not JSON".
        const QByteArray type = response.header("Content-Type").split(';').constFirst().trimmed().toLower();
        if (type == "text/html" && !accept.contains("html")) {
            const QString wanted = accept.contains("json") ? tr("JSON") : QString::fromLatin1(accept);
            return fail(what + u": "_s
                        + tr("%1 answered with an HTML page, not %2 (a login page or a proxy's error page?)")
                              .arg(response.url.toString(), wanted));
        }
        offThread<SourceResult>(
            [parse, body = response.body, where = safeUrl(response.url)] { return parse(body, where); },
            [this](SourceResult &&result) { finish(std::move(result)); });
    });
}

} // namespace DriftDeck
