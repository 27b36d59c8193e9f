#pragma once

#include "sources/source.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace DriftDeck {

// Spring's two ways of showing an application's configuration, as pure functions:
//  - Boot Actuator GET /actuator/env: {activeProfiles, propertySources: [{name, properties:
//    {key: {value, origin}}}]} (https://docs.spring.io/spring-boot/api/rest/actuator/env.html)
//  - Cloud Config Server GET /{application}/{profile}[/{label}]: {name, profiles, label, version,
//    propertySources: [{name, source: {key: value}}]}
//    (https://docs.spring.io/spring-cloud-config/reference/server/serving-alternative-formats.html)
// Both list property sources highest priority first.

struct SpringProperty {
    QString name;
    QJsonValue value;
    QString origin; // actuator only: "class path resource [application.yml] - 3:12"
};

struct SpringPropertySource {
    QString name;
    QList<SpringProperty> properties;
};

struct SpringEnvironment {
    QList<SpringPropertySource> sources; // highest priority first, as Spring lists them
    QString errorString;
};

SpringEnvironment parseSpringActuatorEnv(const QByteArray &body);
SpringEnvironment parseSpringConfigEnvironment(const QByteArray &body);

struct SpringRowOptions {
    // Spring's relaxed binding decides which spellings are one property; with it on,
    // SPRING_DATASOURCE_URL (environment) and spring.datasource.url (a file) are one row,
    // named by the canonical form.
    bool relaxedNames = true;
    QStringList ignoredSources; // globs over property source names, e.g. "systemEnvironment"
};

// The relaxedNames (default on) and ignoreSources options of both Spring source types.
SpringRowOptions springRowOptions(const QVariantMap &options);

// One layer per property source (lowest priority first, as provenance wants), one row
// "config/<property>" per property with every source that sets it; the highest wins. "******"
// (Boot 3 hides values unless told otherwise) is a masked value: unknown, never equal.
SourceResult springResult(const SpringEnvironment &environment, const QString &sourceId, const QString &location,
                          const SpringRowOptions &options, const Normaliser &normaliser);

// What both Spring connectors do with the document they fetched (HttpSource::fetchDocument):
// parse it, then build the rows; a body that does not parse fails with the URL in front.
std::function<SourceResult(const QByteArray &body, const QString &where)>
springParser(SpringEnvironment (*parse)(const QByteArray &), const QString &sourceId, const SpringRowOptions &options,
             const NormalisationOptions &normalisation);

// "class path resource [application.yml] - 3:12" → line 3, column 12; false without a position.
bool springOriginPosition(QStringView origin, int *line, int *column);

} // namespace DriftDeck
