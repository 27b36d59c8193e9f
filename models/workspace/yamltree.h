#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace DriftDeck {

struct YamlNode;
using YamlNodePtr = std::shared_ptr<const YamlNode>;

struct YamlEntry {
    QString key;
    int line = 0;
    int column = 0;
    YamlNodePtr value;
};

// One node of a YAML document as the workspace loader needs it: its position, scalars as written
// (so "1.20" stays "1.20" and a quoted "true" stays a string) and map entries in file order.
// Built from yaml-cpp's events rather than YAML::Node, which hides positions of keys, whether a
// scalar was quoted, and duplicate keys.
struct YamlNode {
    enum class Kind { Null, Scalar, Sequence, Map };
    // YAML 1.2 core schema resolution of a scalar; quoted scalars are always String.
    enum class ScalarType { String, Boolean, Integer, Float };

    Kind kind = Kind::Null;
    int line = 0; // 1-based
    int column = 0; // 1-based
    QString text; // Scalar
    bool quoted = false; // Scalar written in quotes or as a block scalar
    QString tag; // a local tag written on the node ("!reset"), else empty
    QList<YamlNodePtr> items; // Sequence
    QList<YamlEntry> entries; // Map, keys unique
    qint64 weight = 1; // nodes in this subtree, to bound what aliases expand to

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }

    ScalarType scalarType() const;
    bool toBool(bool *ok) const;
    qint64 toInteger(bool *ok) const;
    double toDouble(bool *ok) const; // integers too

    const YamlEntry *entry(QStringView key) const;
    const YamlNode *value(QStringView key) const;
};

// A problem found while reading the bytes (not the meaning) of a document.
struct YamlProblem {
    int line = 0;
    int column = 0;
    QString path;
    QString message;
};

struct YamlDocument {
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;
    static constexpr int MaxDepth = 64;
    static constexpr qint64 MaxNodes = 200000;

    YamlNodePtr root; // null when the file holds no document or could not be read
    QList<YamlProblem> problems;

    // Never throws. Refuses oversized input, invalid UTF-8, nesting deeper than MaxDepth, more
    // than MaxNodes nodes (alias bombs), duplicate keys and more than one document.
    static YamlDocument parse(const QByteArray &bytes);
    // Every document of a stream ("---" separated: Kubernetes manifests), positions relative to
    // the whole stream. A document that cannot be read ends the list with its problem; empty
    // documents are kept (their root is null or a Null node).
    static QList<YamlDocument> parseStream(const QByteArray &bytes, int maxDocuments = 10000);
};

// The offset of the first byte that is not valid UTF-8, or -1.
qsizetype invalidUtf8Offset(const QByteArray &bytes);

} // namespace DriftDeck
