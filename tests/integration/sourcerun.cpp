#include "sourcerun.h"

#include "sources/sourcefactory.h"
#include "testserver.h"

#include <QElapsedTimer>

namespace DriftDeck::Testing {

using namespace Qt::StringLiterals;

QString SourceOutcome::value(const QString &key) const
{
    const auto it = result.entries.constFind(key);
    return it == result.entries.cend() ? u"<missing>"_s : it->value.display();
}

SourceOutcome runSource(Source &source, int waitMs)
{
    SourceOutcome outcome;
    QObject::connect(&source, &Source::valuesAvailable, &source, [&outcome](const SourceResult &result) {
        if (outcome.emissions++ == 0)
            outcome.result = result;
    });
    QObject::connect(&source, &Source::failed, &source, [&outcome](const QString &error) {
        if (outcome.emissions++ == 0)
            outcome.result = SourceResult::failure(error.isEmpty() ? u"(failed with an empty message)"_s : error);
    });
    QElapsedTimer clock;
    clock.start();
    source.start();
    outcome.finished = waitUntil([&] { return outcome.emissions > 0; }, waitMs);
    outcome.elapsedMs = clock.elapsed();
    if (!outcome.finished)
        outcome.result = SourceResult::failure(u"(the source did not report within %1 ms)"_s.arg(waitMs));
    waitUntil([] { return false; }, 30);
    QObject::disconnect(&source, nullptr, &source, nullptr);
    return outcome;
}

std::unique_ptr<Source> createSource(const QString &type, const QVariantMap &options, const QString &credential,
                                     int timeoutMs, const QString &environment)
{
    SourceFactory &factory = SourceFactory::instance();
    SourceContext context;
    context.sourceId = type;
    context.environment = environment;
    context.options = options;
    context.credential = credential;
    context.timeoutMs = timeoutMs;
    return factory.create(context, type);
}

SourceOutcome runSource(const QString &type, const QVariantMap &options, const QString &credential, int timeoutMs,
                        const QString &environment)
{
    std::unique_ptr<Source> source = createSource(type, options, credential, timeoutMs, environment);
    if (!source) {
        SourceOutcome outcome;
        outcome.result = SourceResult::failure(u"(no source type %1)"_s.arg(type));
        return outcome;
    }
    return runSource(*source, timeoutMs * 3 + 5000);
}

} // namespace DriftDeck::Testing
