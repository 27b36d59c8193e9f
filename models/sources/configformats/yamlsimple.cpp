#include "yamlsimple.h"

#include <QJsonValue>

#include <vector>

// Most configuration files use a small part of YAML: nested block maps of plain or simply quoted
// scalars, with comments. yaml-cpp needs about 10 µs per key for them (its scanner allocates
// per character class and token); this reader takes a fraction of that and gives the very same
// settings, sections and positions. Anything beyond that part (lists, flow collections,
// anchors, tags, block or multi-line scalars, escapes, tabs, CR line ends, documents, keys
// outside [A-Za-z0-9_./-], errors) makes it give up, and the file is read by yaml-cpp instead:
// what yaml-cpp reads is the definition, this is only a shortcut for the cases it covers.

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

bool isKeyCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
        || c == '/' || c == '-';
}

bool isBlank(char c)
{
    return c == ' ';
}

// A plain scalar may start with these only in forms this reader leaves to yaml-cpp.
bool isIndicator(char c)
{
    switch (c) {
    case '-':
    case '?':
    case ':':
    case ',':
    case '[':
    case ']':
    case '{':
    case '}':
    case '#':
    case '&':
    case '*':
    case '!':
    case '|':
    case '>':
    case '\'':
    case '"':
    case '%':
    case '@':
    case '`':
        return true;
    default:
        return false;
    }
}

struct Frame {
    QString prefix; // "database."
    QString ownerKey; // the setting this map is the value of; empty for the top level
    TextPosition ownerPosition;
    int indent = -1; // of the keys of this map; -1 until the first one
};

} // namespace

bool parseSimpleYaml(const QByteArray &text, ConfigContentBuilder &builder, ScalarCache &scalars)
{
    const char *data = text.constData();
    const qsizetype size = text.size();
    std::vector<Frame> frames;
    frames.push_back(Frame{});
    frames.back().indent = 0;
    // A "key:" without a value on its line: a map if the next line is deeper, else null.
    bool pending = false;
    QString pendingKey;
    TextPosition pendingPosition;
    int pendingIndent = 0;
    qsizetype settings = 0;

    const auto closeFrame = [&] {
        const Frame &done = frames.back();
        builder.addSection(done.ownerKey, done.ownerPosition);
        frames.pop_back();
    };

    qint32 lineNumber = 0;
    for (qsizetype pos = 0; pos < size;) {
        ++lineNumber;
        qsizetype end = pos;
        while (end < size && data[end] != '\n')
            ++end;
        const qsizetype lineStart = pos;
        pos = end + 1;
        qsizetype i = lineStart;
        while (i < end && isBlank(data[i]))
            ++i;
        if (i == end || data[i] == '#')
            continue; // blank line or comment
        const int indent = int(i - lineStart);

        if (pending) {
            pending = false;
            if (indent > pendingIndent) {
                if (int(frames.size()) >= MaximumConfigDepth)
                    return false; // yaml-cpp's path says so, with the position
                frames.push_back(Frame{pendingKey + u'.', pendingKey, pendingPosition, indent});
            } else {
                builder.addSetting(pendingKey, Value::null(), pendingPosition);
                ++settings;
            }
        }
        while (indent < frames.back().indent && frames.size() > 1)
            closeFrame();
        if (indent != frames.back().indent)
            return false; // a continuation line, or indentation YAML refuses

        // The key.
        const qsizetype keyStart = i;
        if (isIndicator(data[i]))
            return false;
        while (i < end && isKeyCharacter(data[i]))
            ++i;
        if (i == keyStart || i >= end || data[i] != ':')
            return false;
        const qsizetype keyEnd = i++;
        const QLatin1StringView name(data + keyStart, keyEnd - keyStart);
        if (name == "null"_L1 || name == "Null"_L1 || name == "NULL"_L1)
            return false; // yaml-cpp reads a null there, which is an error
        if (i < end && !isBlank(data[i]))
            return false; // "a:b" is a plain scalar, not a key
        while (i < end && isBlank(data[i]))
            ++i;
        const TextPosition position{lineNumber, qint32(keyStart - lineStart + 1)};

        if (i == end || data[i] == '#') {
            pending = true;
            pendingKey = frames.back().prefix + name;
            pendingPosition = position;
            pendingIndent = indent;
            continue;
        }

        // The value, to the end of the line or a comment.
        const char first = data[i];
        if (first == '"' || first == '\'') {
            const qsizetype open = ++i;
            while (i < end && data[i] != first && data[i] != '\\')
                ++i;
            if (i >= end || data[i] != first)
                return false; // escapes, or a string going on to the next line
            const qsizetype close = i++;
            if (first == '\'' && i < end && data[i] == '\'')
                return false; // '' is an escaped quote
            while (i < end && isBlank(data[i]))
                ++i;
            if (i < end && data[i] != '#')
                return false;
            builder.addSetting(frames.back().prefix, name,
                               scalars.scalar(QByteArrayView(data + open, close - open), true), position);
            ++settings;
            continue;
        }
        if (isIndicator(first) && !(first == '-' && i + 1 < end && data[i + 1] >= '0' && data[i + 1] <= '9'))
            return false;
        qsizetype valueEnd = i;
        for (qsizetype j = i; j < end; ++j) {
            const char c = data[j];
            if (c == '\t' || c == '\r')
                return false;
            if (c == ':' && (j + 1 == end || isBlank(data[j + 1])))
                return false; // "a: b: c" is an error yaml-cpp describes
            if (c == '#' && isBlank(data[j - 1]))
                break; // a comment
            if (!isBlank(c))
                valueEnd = j + 1;
        }
        builder.addSetting(frames.back().prefix, name, scalars.scalar(QByteArrayView(data + i, valueEnd - i), false),
                           position);
        ++settings;
    }
    if (pending) {
        builder.addSetting(pendingKey, Value::null(), pendingPosition);
        ++settings;
    }
    while (frames.size() > 1)
        closeFrame();
    // An empty file or one of comments only: yaml-cpp's path knows how it reads.
    return settings > 0 && !builder.failed();
}

} // namespace DriftDeck
