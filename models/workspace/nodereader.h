#pragma once

#include "policy.h"
#include "workspaceloader.h"
#include "yamltree.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace DriftDeck {

// Reads typed values out of a YamlNode tree and collects every problem as a WorkspaceError with
// file, position and path, so one pass reports all mistakes in a file, not just the first.
class NodeReader
{
public:
    enum class KeyNoun { Key, Option };

    // displayFile appears in messages (as the user named it); originFile in RuleOrigin (absolute).
    NodeReader(QString displayFile, QString originFile);

    const QString &file() const { return m_file; }
    const QList<WorkspaceError> &errors() const { return m_errors; }
    qsizetype errorCount() const { return m_errors.size(); }

    void error(int line, int column, const QString &path, const QString &message);
    void error(const YamlNode &node, const QString &path, const QString &message);
    void error(const YamlEntry &key, const QString &path, const QString &message);
    void addProblems(const QList<YamlProblem> &problems);
    RuleOrigin origin(const YamlNode &node) const;

    // "a list", "a map", "a string \"x\"", "a number 3", "a boolean", "null".
    static QString describe(const YamlNode &node);
    // A scalar's text in quotes (for "expected a date like …, got \"next week\""), else describe().
    static QString shown(const YamlNode &node);
    static QString quoted(const QString &text);
    static QString child(const QString &path, QStringView key);
    static QString child(const QString &path, qsizetype index);

    bool expectMap(const YamlNode &node, const QString &path);
    bool expectList(const YamlNode &node, const QString &path);
    // Reports keys that are not allowed (with a did-you-mean) and required keys that are missing.
    void checkKeys(const YamlNode &map, const QString &path, const QStringList &allowed,
                   const QStringList &required = {}, KeyNoun noun = KeyNoun::Key);

    std::optional<QString> text(const YamlNode &node, const QString &path); // any non-null scalar
    std::optional<bool> boolean(const YamlNode &node, const QString &path);
    std::optional<double> number(const YamlNode &node, const QString &path);
    std::optional<QStringList> textList(const YamlNode &node, const QString &path, bool acceptSingle = false);
    std::optional<QDate> date(const YamlNode &node, const QString &path);
    // A declared environment name; a misspelt one gets a did-you-mean.
    std::optional<QString> environment(const YamlNode &node, const QString &path, const QStringList &declared);
    std::optional<QStringList> environments(const YamlNode &node, const QString &path, const QStringList &declared);

    // Every node converted to plain QVariants: strings, bools, qint64, doubles, lists and maps.
    static QVariant toVariant(const YamlNode &node);

private:
    QString m_file;
    QString m_originFile;
    QList<WorkspaceError> m_errors;
};

} // namespace DriftDeck
