#include "rulesfile.h"

#include "localfile.h"
#include "nodereader.h"
#include "yamltree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <functional>

namespace DriftDeck {

namespace {

// One line of the file, by offsets into the text, so an insertion leaves every other byte alone.
struct Line {
    qsizetype start = 0;
    qsizetype end = 0; // before the line break
    qsizetype next = 0; // start of the following line
    QStringView text;
};

QList<Line> linesOf(const QString &text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        qsizetype next = end;
        if (next < text.size() && text[next] == u'\r')
            ++next;
        if (next < text.size() && text[next] == u'\n' && (next == end || text[next - 1] == u'\r'))
            ++next;
        lines.append({start, end, next, QStringView(text).sliced(start, end - start)});
        start = next;
    }
    return lines;
}

bool isDocumentMarker(QStringView line)
{
    return line.startsWith(u"---") || line.startsWith(u"...");
}

// A top-level "key:" line; returns the key and what follows the colon (comment removed).
bool topLevelKey(QStringView line, QString *key, QString *value)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([A-Za-z_][\w.-]*|"[^"]*"|'[^']*')\s*:(?:\s+(.*))?$)"));
    if (line.isEmpty() || line[0].isSpace() || line[0] == u'#' || line[0] == u'-')
        return false;
    const QRegularExpressionMatch match = pattern.matchView(line);
    if (!match.hasMatch())
        return false;
    *key = match.captured(1);
    if (key->size() >= 2 && (key->startsWith(u'"') || key->startsWith(u'\'')))
        *key = key->sliced(1, key->size() - 2);
    QString rest = match.captured(2);
    static const QRegularExpression comment(QStringLiteral(R"((^|\s)#.*$)"));
    rest.remove(comment);
    *value = rest.trimmed();
    return true;
}

QString entryText(const ExpectedDifference &rule, const QString &indent, const QString &eol)
{
    QString text = indent + QStringLiteral("- key: ") + RulesFile::quoted(rule.key) + eol;
    const QString inner = indent + QStringLiteral("  ");
    if (!rule.environments.isEmpty()) {
        QStringList names;
        for (const QString &name : rule.environments)
            names << RulesFile::quoted(name);
        text += inner + QStringLiteral("environments: [") + names.join(QStringLiteral(", ")) + u']' + eol;
    }
    text += inner + QStringLiteral("reason: ") + RulesFile::quoted(rule.reason) + eol;
    text += inner + QStringLiteral("owner: ") + RulesFile::quoted(rule.owner) + eol;
    if (rule.expires.isValid())
        text += inner + QStringLiteral("expires: ") + rule.expires.toString(Qt::ISODate) + eol;
    return text;
}

QString problemsText(const QList<YamlProblem> &problems)
{
    QStringList lines;
    for (const YamlProblem &problem : problems)
        lines << QStringLiteral("%1:%2: %3").arg(problem.line).arg(problem.column).arg(problem.message);
    return lines.join(u'\n');
}

// The items of a top-level list ("expected", "checklist"); nullopt (with error) when the text does not parse.
std::optional<QList<YamlNodePtr>> listItems(const QString &text, QStringView listName, QString *error)
{
    const YamlDocument doc = YamlDocument::parse(text.toUtf8());
    if (!doc.problems.isEmpty()) {
        *error = problemsText(doc.problems);
        return std::nullopt;
    }
    if (!doc.root || doc.root->isNull())
        return QList<YamlNodePtr>();
    if (!doc.root->isMap()) {
        *error = RulesFile::tr("the top level is not a map");
        return std::nullopt;
    }
    const YamlNode *list = doc.root->value(listName);
    if (!list || list->isNull())
        return QList<YamlNodePtr>();
    if (!list->isSequence()) {
        *error = RulesFile::tr("\"%1\" is not a list").arg(listName);
        return std::nullopt;
    }
    return list->items;
}

QString scalar(const YamlNode *node)
{
    return node && node->isScalar() ? node->text : QString();
}

// The appended item says exactly what the rule says (quoting and escaping read back verbatim).
bool readsBackAs(const YamlNode &item, const ExpectedDifference &rule)
{
    if (!item.isMap() || scalar(item.value(u"key")) != rule.key || scalar(item.value(u"reason")) != rule.reason
        || scalar(item.value(u"owner")) != rule.owner)
        return false;
    const QString expires = rule.expires.isValid() ? rule.expires.toString(Qt::ISODate) : QString();
    if (scalar(item.value(u"expires")) != expires)
        return false;
    QStringList environments;
    if (const YamlNode *list = item.value(u"environments")) {
        for (const YamlNodePtr &name : list->items)
            environments << scalar(name.get());
    }
    return environments == rule.environments;
}

QString tickText(const ChecklistTick &tick, const QString &indent, const QString &eol)
{
    QString text = indent + QStringLiteral("- item: ") + RulesFile::quoted(tick.key) + eol;
    const QString inner = indent + QStringLiteral("  ");
    if (!tick.environments.isEmpty()) {
        QStringList names;
        for (const QString &name : tick.environments)
            names << RulesFile::quoted(name);
        text += inner + QStringLiteral("environments: [") + names.join(QStringLiteral(", ")) + u']' + eol;
    }
    text += inner + QStringLiteral("state: ") + (tick.pass ? QStringLiteral("pass") : QStringLiteral("fail")) + eol;
    text += inner + QStringLiteral("note: ") + RulesFile::quoted(tick.note) + eol;
    if (!tick.by.isEmpty())
        text += inner + QStringLiteral("by: ") + RulesFile::quoted(tick.by) + eol;
    if (tick.date.isValid())
        text += inner + QStringLiteral("date: ") + tick.date.toString(Qt::ISODate) + eol;
    return text;
}

bool tickReadsBackAs(const YamlNode &item, const ChecklistTick &tick)
{
    if (!item.isMap() || scalar(item.value(u"item")) != tick.key || scalar(item.value(u"note")) != tick.note
        || scalar(item.value(u"by")) != tick.by
        || scalar(item.value(u"state")) != (tick.pass ? QStringLiteral("pass") : QStringLiteral("fail")))
        return false;
    if (scalar(item.value(u"date")) != (tick.date.isValid() ? tick.date.toString(Qt::ISODate) : QString()))
        return false;
    QStringList environments;
    if (const YamlNode *list = item.value(u"environments")) {
        for (const YamlNodePtr &name : list->items)
            environments << scalar(name.get());
    }
    return environments == tick.environments;
}

using EntryText = std::function<QString(const QString &indent, const QString &eol)>;
using ReadsBack = std::function<bool(const YamlNode &item)>;

// Appends one item to the top-level list listName as text, leaving every other byte alone, and
// checks that the result reads back as before plus that item.
bool appendToList(const QString &existing, const QString &listName, const EntryText &entryText,
                  const ReadsBack &readsBack, QString *result, QString *error);

} // namespace

QString RulesFile::defaultPathFor(const QString &workspaceFile)
{
    const QFileInfo info(workspaceFile);
    return QDir::cleanPath(info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".rules.yaml"));
}

QString RulesFile::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            // Control characters, YAML's own line breaks and the byte-order mark are not
            // printable in a YAML file; everything else is written as itself.
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f) || c.unicode() == 0x2028
                || c.unicode() == 0x2029 || c.unicode() == 0xfeff)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

namespace {
bool appendToList(const QString &existing, const QString &listName, const EntryText &entryText,
                  const ReadsBack &readsBack, QString *result, QString *error)
{
    using Tr = RulesFile;
    QString parseError;
    const auto before = listItems(existing, listName, &parseError);
    if (!before) {
        *error = Tr::tr("The rules file has errors; fix them first:\n%1").arg(parseError);
        return false;
    }

    const QString eol = existing.contains(QStringLiteral("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    const QList<Line> lines = linesOf(existing);
    int expectedLine = -1;
    bool hasVersion = false;
    QString expectedValue;
    for (int i = 0; i < lines.size(); ++i) {
        QString key;
        QString value;
        if (topLevelKey(lines[i].text, &key, &value)) {
            if (key == u"version")
                hasVersion = true;
            else if (key == listName && expectedLine < 0) {
                expectedLine = i;
                expectedValue = value;
            }
        }
    }

    QString text = existing;
    // Text that ends without a line break gets one before anything is added after it.
    const auto endWithBreak = [&](QString *t) {
        if (!t->isEmpty() && !t->endsWith(u'\n') && !t->endsWith(u'\r'))
            *t += eol;
    };

    if (expectedLine < 0) {
        endWithBreak(&text);
        if (text.trimmed().isEmpty()) {
            text += Tr::tr("# Differences the team expects between environments, recorded by Drift Deck") + eol;
            text += Tr::tr("# (\"Mark as expected…\"). Edit freely and add comments: Drift Deck only appends.") + eol;
        }
        if (!hasVersion)
            text += QStringLiteral("version: 1") + eol;
        text += listName + u':' + eol + entryText(QStringLiteral("  "), eol);
    } else {
        const Line &header = lines[expectedLine];
        qsizetype insertAt = header.next;
        bool breakBefore = header.next == header.end; // the line has no break: end of file
        QString indent = QStringLiteral("  ");
        if (expectedValue == u"[]" || expectedValue == u"~" || expectedValue == u"null") {
            // An empty list written inline becomes a block list; a comment on the line stays.
            const qsizetype valueAt = header.text.indexOf(expectedValue, header.text.indexOf(u':'));
            text.remove(header.start + valueAt, expectedValue.size());
            insertAt -= expectedValue.size();
        } else if (!expectedValue.isEmpty()) {
            *error = Tr::tr("The rules file lists \"expected\" in a form Drift Deck cannot append to (line %1); "
                            "write it as a block list (\"- key: …\") and try again.")
                         .arg(expectedLine + 1);
            return false;
        } else {
            // After the last line of the list; comments at the left margin belong to what follows.
            bool indentFound = false;
            for (int i = expectedLine + 1; i < lines.size(); ++i) {
                const QStringView t = lines[i].text;
                QString key;
                QString value;
                if (isDocumentMarker(t) || topLevelKey(t, &key, &value))
                    break;
                if (t.trimmed().isEmpty() || t.startsWith(u'#'))
                    continue;
                if (!indentFound && t.trimmed().startsWith(u'-')) {
                    indent = t.first(t.indexOf(u'-')).toString();
                    indentFound = true;
                }
                insertAt = lines[i].next;
                breakBefore = lines[i].next == lines[i].end;
            }
        }
        text.insert(insertAt, (breakBefore ? eol : QString()) + entryText(indent, eol));
    }

    // Check the result reads back: the rules that were there, unchanged, and this one at the end.
    const auto after = listItems(text, listName, &parseError);
    bool ok = after && after->size() == before->size() + 1 && readsBack(*after->last());
    for (qsizetype i = 0; ok && i < before->size(); ++i)
        ok = NodeReader::toVariant(*(*before)[i]) == NodeReader::toVariant(*(*after)[i]);
    if (!ok) {
        *error = Tr::tr("Drift Deck could not add the rule to the rules file without changing what it says; "
                        "add it by hand.");
        return false;
    }
    *result = text;
    return true;
}

} // namespace

bool RulesFile::appendExpectedToText(const QString &existing, const ExpectedDifference &rule, QString *result,
                                     QString *error)
{
    if (rule.key.trimmed().isEmpty() || rule.reason.trimmed().isEmpty() || rule.owner.trimmed().isEmpty()) {
        *error = tr("A rule needs a key, a reason and an owner.");
        return false;
    }
    return appendToList(
        existing, QStringLiteral("expected"),
        [&rule](const QString &indent, const QString &eol) { return entryText(rule, indent, eol); },
        [&rule](const YamlNode &item) { return readsBackAs(item, rule); }, result, error);
}

bool RulesFile::appendChecklistTickToText(const QString &existing, const ChecklistTick &tick, QString *result,
                                          QString *error)
{
    if (tick.key.trimmed().isEmpty() || tick.note.trimmed().isEmpty()) {
        *error = tr("A checklist tick needs an item and a note.");
        return false;
    }
    return appendToList(
        existing, QStringLiteral("checklist"),
        [&tick](const QString &indent, const QString &eol) { return tickText(tick, indent, eol); },
        [&tick](const YamlNode &item) { return tickReadsBackAs(item, tick); }, result, error);
}

bool RulesFile::appendExpected(const QString &rulesFilePath, const ExpectedDifference &rule, QString *error)
{
    return appendToFile(
        rulesFilePath,
        [&rule](const QString &existing, QString *text, QString *reason) {
            return appendExpectedToText(existing, rule, text, reason);
        },
        error);
}

bool RulesFile::appendChecklistTick(const QString &rulesFilePath, const ChecklistTick &tick, QString *error)
{
    return appendToFile(
        rulesFilePath,
        [&tick](const QString &existing, QString *text, QString *reason) {
            return appendChecklistTickToText(existing, tick, text, reason);
        },
        error);
}

bool RulesFile::appendToFile(const QString &rulesFilePath,
                             const std::function<bool(const QString &, QString *, QString *)> &append, QString *error)
{
    QString existing;
    bool byteOrderMark = false;
    if (QFileInfo::exists(rulesFilePath)) {
        QFile current;
        QString openError;
        if (!LocalFile::openRegular(current, rulesFilePath, &openError)) {
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(rulesFilePath), openError);
            return false;
        }
        QByteArray bytes = LocalFile::readAtMost(current, YamlDocument::MaxBytes);
        current.close();
        if (invalidUtf8Offset(bytes) >= 0) {
            *error = tr("Cannot add to %1: it is not UTF-8 text.").arg(QDir::toNativeSeparators(rulesFilePath));
            return false;
        }
        byteOrderMark = bytes.startsWith("\xEF\xBB\xBF");
        if (byteOrderMark)
            bytes.remove(0, 3);
        existing = QString::fromUtf8(bytes);
    }

    QString text;
    QString reason;
    if (!append(existing, &text, &reason)) {
        *error = tr("Cannot add to %1: %2").arg(QDir::toNativeSeparators(rulesFilePath), reason);
        return false;
    }

    QSaveFile file(rulesFilePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(rulesFilePath), file.errorString());
        return false;
    }
    if (byteOrderMark)
        file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(rulesFilePath), file.errorString());
        return false;
    }
    return true;
}

} // namespace DriftDeck
