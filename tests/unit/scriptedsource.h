#pragma once

// A scripted Source for pipeline tests, registered as type "scripted": it answers after
// options.delay ms with options.values, fails with options.fail, never answers with
// options.hang, and with options.counted appends "#N" (the Nth read of that source in that
// environment) to every value, so a test can tell which sources were read again.

#include "pipeline/capture.h"
#include "sources/sourcefactory.h"

#include <QSignalSpy>
#include <QTimer>

namespace DriftDeck::Testing {

// A source that answers after `delay` ms with the values in its options, or fails with
// options.fail, or never answers when options.hang is set. It records how many run at once.
class ScriptedSource : public Source
{
public:
    static inline int running = 0;
    static inline int maxRunning = 0;
    static inline QStringList credentialsSeen;
    static inline QHash<QString, int> reads; // "source@environment" -> reads so far

    using Source::Source;
    ~ScriptedSource() override
    {
        if (m_counted)
            --running;
    }

    void start() override
    {
        m_counted = true;
        maxRunning = std::max(maxRunning, ++running);
        if (!m_context.credential.isEmpty())
            credentialsSeen.append(m_context.credential);
        if (m_context.options.value(QStringLiteral("hang")).toBool())
            return;
        QTimer::singleShot(m_context.options.value(QStringLiteral("delay")).toInt(), this, [this] { finish(); });
    }

private:
    void finish()
    {
        --running;
        m_counted = false;
        const QString failure = m_context.options.value(QStringLiteral("fail")).toString();
        if (!failure.isEmpty()) {
            Q_EMIT failed(failure);
            return;
        }
        SourceResult result;
        result.layers = {Layer{m_context.sourceId, QStringLiteral("%1.yaml").arg(m_context.environment), {}}};
        const QVariantMap values = m_context.options.value(QStringLiteral("values")).toMap();
        const int read = ++reads[m_context.sourceId + u'@' + m_context.environment];
        const bool counted = m_context.options.value(QStringLiteral("counted")).toBool();
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QString text = counted ? it.value().toString() + u'#' + QString::number(read) : it.value().toString();
            Entry entry;
            entry.value = Value::string(text);
            entry.provenance = {Origin{0, 1, 1, text}};
            entry.sensitive = it.key().startsWith(u"config/vault.");
            result.entries.insert(it.key(), entry);
        }
        Q_EMIT valuesAvailable(result);
    }
    bool m_counted = false;
};

inline void registerScripted()
{
    SourceType type;
    type.name = QStringLiteral("scripted");
    type.keyPrefixes = {QStringLiteral("config/")};
    type.acceptsCredentials = true;
    type.options = {{QStringLiteral("delay"), SourceOption::Kind::Integer, false, {}},
                    {QStringLiteral("values"), SourceOption::Kind::Map, false, {}},
                    {QStringLiteral("fail"), SourceOption::Kind::String, false, {}},
                    {QStringLiteral("hang"), SourceOption::Kind::Boolean, false, {}},
                    {QStringLiteral("counted"), SourceOption::Kind::Boolean, false, {}}};
    type.create = [](const SourceContext &context) {
        return std::make_unique<ScriptedSource>(context);
    };
    SourceFactory::instance().registerType(type);
}

inline SourceSpec scripted(const QString &id, QVariantMap options)
{
    SourceSpec spec;
    spec.type = QStringLiteral("scripted");
    spec.id = id;
    spec.options = std::move(options);
    return spec;
}

inline Workspace workspace(QList<SourceSpec> sources,
                           QStringList environments = {QStringLiteral("staging"), QStringLiteral("production")})
{
    Workspace ws;
    ws.name = QStringLiteral("Test");
    ws.filePath = QStringLiteral("/nonexistent/workspace.yaml");
    ws.baseline = QStringLiteral("production");
    for (const QString &name : environments)
        ws.environments.append({name, {}, {}, {}, {}, {}});
    ws.sources = std::move(sources);
    ws.policy = Policy::defaults();
    return ws;
}

inline SecretPolicy secrets()
{
    return SecretPolicy(Policy::defaultSecretPatterns(), QByteArrayLiteral("fixed test salt"));
}

inline SnapshotPtr runCapture(Capture &capture)
{
    QSignalSpy finished(&capture, &Capture::finished);
    capture.start();
    if (!finished.wait(10000))
        return nullptr;
    return finished.first().first().value<SnapshotPtr>();
}

inline QVariantMap values(std::initializer_list<std::pair<const char *, const char *>> pairs, int delay = 0)
{
    QVariantMap map;
    for (const auto &[k, v] : pairs)
        map.insert(QString::fromLatin1(k), QString::fromLatin1(v));
    return {{QStringLiteral("values"), map}, {QStringLiteral("delay"), delay}};
}

} // namespace DriftDeck::Testing
