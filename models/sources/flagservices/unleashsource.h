#pragma once

#include "sources/flagformats/flagfileformat.h"
#include "sources/http/httpsource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// Feature flags of one Unleash environment from the admin API: the project's flag list, then
// each flag's strategies (GET /api/admin/projects/{project}/features/{name}; the shared request
// queue keeps at most four in flight). The credential is an admin API token, sent as
// "Authorization: <token>" (Unleash wants no "Bearer"). Rows: see unleashFeatureRows().
class UnleashSource : public HttpSource
{
    Q_OBJECT
public:
    using HttpSource::HttpSource;

    static constexpr QLatin1StringView TypeName{"unleash"};

    void start() override;

private:
    void readFeature(const QString &name);
    void featureDone();
    HttpRequest request(const QString &path) const;
    QString failureFor(const QString &what, const HttpResponse &response) const;

    QString m_project;
    QString m_environment;
    int m_outstanding = 0;
    QList<FlagRow> m_rows;
};

SourceType unleashSourceType();

} // namespace DriftDeck
