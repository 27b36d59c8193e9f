#pragma once

#include "workspace/yamltree.h"

#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace DriftDeck {

// A YAML tree that can be changed (merged, interpolated) while every node remembers the file,
// line and column it came from, so a merged value still points at the file that won.
// YamlNode is shared and immutable; these formats need to edit the tree they read.
struct FileTreeEntry;

struct FileTreeNode {
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    QString text; // Scalar, as written
    bool quoted = false; // Scalar written in quotes: always a string
    QString tag; // a local YAML tag ("!reset", "!override" in Compose files), else empty
    qint32 file = -1; // index into the list of files the caller read
    qint32 line = 0;
    qint32 column = 0;
    std::vector<FileTreeNode> items; // Sequence
    std::vector<FileTreeEntry> entries; // Map, in file order

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }

    const FileTreeNode *value(QStringView key) const;
    FileTreeNode *value(QStringView key);
    // Replaces the entry for key, or appends it.
    void set(const QString &key, FileTreeNode node);
    void remove(QStringView key);

    // Scalars typed by the YAML 1.2 core schema (quoted ones stay strings); maps keep file order.
    QJsonValue toJson() const;
    // A scalar's text, or compact JSON for a structure: what a person reads in a cell.
    QString displayText() const;

    static FileTreeNode scalar(const QString &text, const FileTreeNode &positionOf);
    // YAML merge keys ("<<: *defaults", common in compose files) are resolved here: keys written
    // in the map win over merged ones, and earlier merged maps over later ones.
    static FileTreeNode fromYaml(const YamlNode &node, qint32 file);
};

// A map's key and value. Not std::pair: clang checks pair's constructor constraints on the
// still-incomplete FileTreeNode and rejects the tree; the member names stay pair's.
struct FileTreeEntry {
    QString first;
    FileTreeNode second;
};

// "file:line:column: message" (line and column left out when unknown).
QString fileErrorAt(const QString &file, qint32 line, qint32 column, const QString &message);

} // namespace DriftDeck
