#include "configreaders.h"
#include "scalarcache.h"
#include "values/normaliser.h"
#include "yamlsimple.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <vector>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

// YAML is read as a stream of parser events rather than through YAML::Node: a node tree costs
// about forty times the file's size in memory and twice the time, which matters for 100,000-key
// files read by twenty environments. Anchors are recorded as events and replayed at each alias.

namespace DriftDeck {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct FormatText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ConfigFormats)
};

TextPosition positionOf(const YAML::Mark &mark)
{
    if (mark.is_null())
        return {};
    return {qint32(mark.line + 1), qint32(mark.column + 1)};
}

QString qText(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A scalar the author quoted, wrote as a block (| >) or tagged !!str is text, whatever it looks like.
bool isQuoted(const std::string &tag)
{
    return tag == "!" || tag == "tag:yaml.org,2002:str";
}

// Plain scalars inside lists, typed the way YAML's core schema reads them.
QJsonValue plainScalarToJson(const QString &text)
{
    if (text == u"true" || text == u"True" || text == u"TRUE")
        return true;
    if (text == u"false" || text == u"False" || text == u"FALSE")
        return false;
    // Decimal numbers only: "0755", "0x1F" and "1_000" stay text, as the normaliser reads them.
    const bool numberCharacters = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit() || c == u'.' || c == u'-' || c == u'+' || c == u'e' || c == u'E';
    });
    const qsizetype digits = (text.startsWith(u'-') || text.startsWith(u'+')) ? 1 : 0;
    const bool leadingZero = text.size() > digits + 1 && text[digits] == u'0' && text[digits + 1].isDigit();
    bool isNumber = false;
    const double number = numberCharacters && !leadingZero ? text.toDouble(&isNumber) : 0.0;
    if (isNumber)
        return number;
    return text;
}

struct YamlEvent {
    enum class Type : quint8 { MapStart, MapEnd, SequenceStart, SequenceEnd, Scalar, Null, Alias };
    Type type;
    YAML::Mark mark;
    std::string tag;
    std::string value;
    YAML::anchor_t alias = 0; // the anchor an Alias refers to
};
using Type = YamlEvent::Type;

struct Abort {
}; // ends the handling of one event once an error is recorded

// Aliases may replay this many values plus ten times what the file itself holds: plenty for any
// sane use of anchors, and it stops "billion laughs" documents early.
constexpr qsizetype FreeReplayedEvents = 100'000;
constexpr qsizetype ReplayFactor = 10;

class YamlFlattener final : public YAML::EventHandler
{
public:
    YamlFlattener(ConfigContentBuilder &builder, const Normaliser &normaliser)
        : m_builder(builder)
        , m_normaliser(normaliser)
        , m_scalars(normaliser)
    {
    }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        // yaml-cpp 0.8 can report empty documents at one place for ever (",a: : 1}\n1}"): a
        // document that starts where the last one did means the parser no longer advances.
        if (m_documents > 0 && mark.pos == m_lastDocumentStart && !failed()) {
            m_errorPosition = positionOf(mark);
            m_error = FormatText::tr("invalid YAML: the parser cannot read past this point");
        }
        m_lastDocumentStart = mark.pos;
        if (++m_documents > 1 && !failed()) {
            m_errorPosition = positionOf(mark);
            m_error = FormatText::tr("more than one YAML document (---); put each environment in its own file");
        }
    }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { handle({Type::Null, mark, {}, {}}, anchor); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        handle({Type::Alias, mark, {}, {}, anchor}, 0);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        handle({Type::Scalar, mark, tag, value}, anchor);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        handle({Type::SequenceStart, mark, tag, {}}, anchor);
    }
    void OnSequenceEnd() override { handle({Type::SequenceEnd, {}, {}, {}}, 0); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        handle({Type::MapStart, mark, tag, {}}, anchor);
    }
    void OnMapEnd() override { handle({Type::MapEnd, {}, {}, {}}, 0); }

private:
    struct Frame {
        enum class Kind : quint8 { Settings, MergeList, List, Object };
        Kind kind = Kind::Settings;
        int depth = 1;
        int rank = 0; // settings written from here: 0, or the rank of the merge that brought them
        bool merge = false; // a map merged into its parent by "<<"
        QString prefix; // Settings: "database."
        QString ownerKey; // the setting this map or list is the value of ("database"), if any
        TextPosition ownerPosition;
        int count = 0; // entries so far
        bool haveKey = false;
        bool mergeKey = false; // the pending key is "<<"
        QString key;
        TextPosition keyPosition;
        QJsonArray array;
        QJsonObject object;
    };

    struct Recording {
        YAML::anchor_t anchor;
        std::vector<YamlEvent> events;
        int level;
    };

public:
    // The first error found, if any. The parser is left to run to the end so that a syntax error
    // further on, usually the real cause (an unclosed bracket), takes precedence.
    bool failed() const { return !m_error.isEmpty(); }
    TextPosition errorPosition() const { return m_errorPosition; }
    const QString &error() const { return m_error; }

private:
    [[noreturn]] void fail(const YAML::Mark &mark, const QString &message)
    {
        m_errorPosition = positionOf(mark);
        m_error = message;
        throw Abort{};
    }

    void handle(const YamlEvent &event, YAML::anchor_t anchor)
    {
        if (failed())
            return;
        ++m_read;
        try {
            record(event, anchor);
            process(event);
        } catch (const Abort &) {
            m_frames.clear();
            m_recordings.clear();
            m_anchors.clear();
        }
    }

    void record(const YamlEvent &event, YAML::anchor_t anchor);
    void process(const YamlEvent &event);
    void replay(const YamlEvent &alias);
    void push(Frame frame, const YAML::Mark &mark);
    void finish(); // pops the top frame and hands its value to the frame below
    void settingsEvent(Frame &top, const YamlEvent &event);
    void collectEvent(Frame &top, const YamlEvent &event);

    ConfigContentBuilder &m_builder;
    const Normaliser &m_normaliser;
    ScalarCache m_scalars;
    std::vector<Frame> m_frames;
    std::vector<Recording> m_recordings;
    std::unordered_map<YAML::anchor_t, std::vector<YamlEvent>> m_anchors;
    QString m_error;
    TextPosition m_errorPosition;
    int m_documents = 0;
    int m_lastDocumentStart = -1;
    int m_replayDepth = 0;
    qsizetype m_replayed = 0;
    qsizetype m_read = 0; // events read from the file
};

void YamlFlattener::record(const YamlEvent &event, YAML::anchor_t anchor)
{
    const bool opens = event.type == Type::MapStart || event.type == Type::SequenceStart;
    const bool closes = event.type == Type::MapEnd || event.type == Type::SequenceEnd;
    for (auto it = m_recordings.begin(); it != m_recordings.end();) {
        it->events.push_back(event);
        it->level += opens ? 1 : closes ? -1 : 0;
        if (it->level == 0) {
            m_anchors[it->anchor] = std::move(it->events);
            it = m_recordings.erase(it);
        } else {
            ++it;
        }
    }
    if (anchor == 0)
        return;
    if (opens)
        m_recordings.push_back({anchor, {event}, 1});
    else
        m_anchors[anchor] = {event};
}

void YamlFlattener::replay(const YamlEvent &alias)
{
    const auto it = m_anchors.find(alias.alias);
    if (it == m_anchors.end())
        fail(alias.mark, FormatText::tr("an alias cannot refer to the node that contains it"));
    if (++m_replayDepth > MaximumConfigDepth)
        fail(alias.mark, FormatText::tr("aliases nested more than %1 levels deep").arg(MaximumConfigDepth));
    m_replayed += qsizetype(it->second.size());
    if (m_replayed > FreeReplayedEvents + ReplayFactor * m_read)
        fail(alias.mark, FormatText::tr("aliases expand to far more values than the file holds"));
    for (const YamlEvent &event : it->second)
        process(event);
    --m_replayDepth;
}

void YamlFlattener::push(Frame frame, const YAML::Mark &mark)
{
    if (frame.depth > MaximumConfigDepth)
        fail(mark, FormatText::tr("nested more than %1 levels deep; flatten the structure").arg(MaximumConfigDepth));
    m_frames.push_back(std::move(frame));
}

void YamlFlattener::finish()
{
    Frame done = std::move(m_frames.back());
    m_frames.pop_back();
    if (done.kind == Frame::Kind::MergeList || done.merge || m_frames.empty())
        return;
    if (done.kind == Frame::Kind::Settings) {
        if (done.count > 0)
            m_builder.addSection(done.ownerKey, done.ownerPosition);
        else
            m_builder.addSetting(done.ownerKey, m_normaliser.fromJson(QJsonObject()), done.ownerPosition, done.rank);
        return;
    }
    const QJsonValue value = done.kind == Frame::Kind::List ? QJsonValue(done.array) : QJsonValue(done.object);
    Frame &parent = m_frames.back();
    switch (parent.kind) {
    case Frame::Kind::Settings:
        m_builder.addSetting(done.ownerKey, m_normaliser.fromJson(value), done.ownerPosition, done.rank);
        break;
    case Frame::Kind::List:
        parent.array.append(value);
        break;
    case Frame::Kind::Object:
        parent.object.insert(parent.key, value);
        parent.haveKey = false;
        break;
    case Frame::Kind::MergeList:
        break;
    }
}

void YamlFlattener::settingsEvent(Frame &top, const YamlEvent &event)
{
    if (!top.haveKey) {
        switch (event.type) {
        case Type::Scalar:
            top.key = qText(event.value);
            if (top.key.isEmpty())
                fail(event.mark, FormatText::tr("empty key"));
            top.keyPosition = positionOf(event.mark);
            top.mergeKey = event.value == "<<" && !isQuoted(event.tag);
            top.haveKey = true;
            return;
        case Type::MapEnd:
            finish();
            return;
        case Type::Null:
            fail(event.mark, FormatText::tr("empty key"));
        default:
            fail(event.mark, FormatText::tr("a key must be text, not a list or map"));
        }
    }
    top.haveKey = false;
    ++top.count;
    const QString key = top.prefix + top.key;
    Frame next;
    next.rank = top.rank;
    next.ownerKey = key;
    next.ownerPosition = top.keyPosition;
    if (top.mergeKey) {
        top.mergeKey = false;
        next.prefix = top.prefix;
        next.depth = top.depth;
        next.rank = top.rank + 1;
        if (event.type == Type::MapStart) {
            next.merge = true;
            push(std::move(next), event.mark);
        } else if (event.type == Type::SequenceStart) {
            next.kind = Frame::Kind::MergeList;
            push(std::move(next), event.mark);
        } else {
            fail(event.mark, FormatText::tr("“<<” can only merge maps"));
        }
        return;
    }
    switch (event.type) {
    case Type::Scalar:
        m_builder.addSetting(key, m_scalars.scalar(qText(event.value), isQuoted(event.tag)), top.keyPosition, top.rank);
        return;
    case Type::Null:
        m_builder.addSetting(key, m_normaliser.fromJson(QJsonValue::Null), top.keyPosition, top.rank);
        return;
    case Type::MapStart:
        next.prefix = key + u'.';
        next.depth = top.depth + 1;
        push(std::move(next), event.mark);
        return;
    case Type::SequenceStart:
        next.kind = Frame::Kind::List;
        next.depth = top.depth + 1;
        push(std::move(next), event.mark);
        return;
    default:
        fail(event.mark, FormatText::tr("invalid YAML structure"));
    }
}

// Lists (and maps inside lists) are collected whole, as JSON.
void YamlFlattener::collectEvent(Frame &top, const YamlEvent &event)
{
    if (top.kind == Frame::Kind::Object && !top.haveKey) {
        if (event.type == Type::MapEnd) {
            finish();
        } else if (event.type == Type::Scalar) {
            top.key = qText(event.value);
            top.haveKey = true;
        } else {
            fail(event.mark, FormatText::tr("a key must be text, not a list or map"));
        }
        return;
    }
    QJsonValue value;
    switch (event.type) {
    case Type::SequenceEnd:
        finish();
        return;
    case Type::MapStart:
    case Type::SequenceStart: {
        Frame next;
        next.kind = event.type == Type::MapStart ? Frame::Kind::Object : Frame::Kind::List;
        next.depth = top.depth + 1;
        push(std::move(next), event.mark);
        return;
    }
    case Type::Scalar:
        value = isQuoted(event.tag) ? QJsonValue(qText(event.value)) : plainScalarToJson(qText(event.value));
        break;
    case Type::Null:
        value = QJsonValue::Null;
        break;
    default:
        fail(event.mark, FormatText::tr("invalid YAML structure"));
    }
    if (top.kind == Frame::Kind::List) {
        top.array.append(value);
    } else {
        top.object.insert(top.key, value);
        top.haveKey = false;
    }
}

void YamlFlattener::process(const YamlEvent &event)
{
    if (m_frames.empty()) {
        switch (event.type) {
        case Type::MapStart:
            push(Frame{}, event.mark);
            return;
        case Type::Null:
            return; // an empty file sets nothing
        case Type::SequenceStart:
            fail(event.mark, FormatText::tr("expected a map of settings at the top level, found a list"));
        default:
            fail(event.mark, FormatText::tr("expected a map of settings at the top level, found a single value"));
        }
    }
    Frame &top = m_frames.back();
    if (event.type == Type::Alias) {
        if ((top.kind == Frame::Kind::Settings || top.kind == Frame::Kind::Object) && !top.haveKey)
            fail(event.mark, FormatText::tr("a key must be text, not an alias"));
        replay(event);
        return;
    }
    switch (top.kind) {
    case Frame::Kind::Settings:
        settingsEvent(top, event);
        return;
    case Frame::Kind::MergeList:
        if (event.type == Type::SequenceEnd) {
            finish();
        } else if (event.type == Type::MapStart) {
            Frame next;
            next.merge = true;
            next.prefix = top.prefix;
            next.depth = top.depth;
            next.rank = top.rank + top.count++; // the first map listed wins
            push(std::move(next), event.mark);
        } else {
            fail(event.mark, FormatText::tr("“<<” can only merge maps"));
        }
        return;
    case Frame::Kind::List:
    case Frame::Kind::Object:
        collectEvent(top, event);
        return;
    }
}

} // namespace

ConfigFileContent parseYamlConfig(const QByteArray &text, ConfigContentBuilder builder, const Normaliser &normaliser)
{
    {
        ConfigContentBuilder simple = builder;
        ScalarCache scalars(normaliser);
        if (parseSimpleYaml(text, simple, scalars))
            return simple.finish(false);
    }
    return parseYamlConfigWithYamlCpp(text, std::move(builder), normaliser);
}

ConfigFileContent parseYamlConfigWithYamlCpp(const QByteArray &text, ConfigContentBuilder builder,
                                             const Normaliser &normaliser)
{
    YamlFlattener flattener(builder, normaliser);
    bool tooDeep = false;
    try {
        std::istringstream stream(std::string(text.constData(), size_t(text.size())));
        YAML::Parser parser(stream);
        // A failed file is not read further: its error stands, and a parser that no longer
        // advances must not be asked again.
        while (!flattener.failed() && parser.HandleNextDocument(flattener)) { }
    } catch (const Abort &) {
        // recorded by the flattener
    } catch (const YAML::DeepRecursion &) {
        tooDeep = true; // yaml-cpp's own guard (2000 levels) says neither where nor what
    } catch (const YAML::Exception &error) {
        builder.fail(positionOf(error.mark), FormatText::tr("invalid YAML: %1").arg(QString::fromStdString(error.msg)));
    } catch (const std::exception &error) {
        builder.fail({}, FormatText::tr("invalid YAML: %1").arg(QString::fromLocal8Bit(error.what())));
    }
    const QString tooDeepError
        = FormatText::tr("nested more than %1 levels deep; flatten the structure").arg(MaximumConfigDepth);
    // When yaml-cpp gave up on depth, whatever the flattener saw before is a side effect of that
    // (an unclosed "[[[[" reads as flow keys), unless it already reported the depth itself.
    if (flattener.failed() && (!tooDeep || flattener.error() == tooDeepError))
        builder.fail(flattener.errorPosition(), flattener.error());
    else if (tooDeep)
        builder.fail({}, tooDeepError);
    return builder.finish(false);
}

} // namespace DriftDeck
