#include "yamltree.h"

#include "loadertext.h"

#include <QHash>
#include <QRegularExpression>
#include <QtNumeric>

#include <sstream>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace DriftDeck {

namespace {
// Thrown from inside the event handler to stop yaml-cpp before it recurses any deeper or
// builds any more: its parser recurses once per nesting level.
struct Abort {
    YAML::Mark mark;
    QString message;
};

class TreeBuilder final : public YAML::EventHandler
{
public:
    YamlNodePtr root;
    QList<YamlProblem> problems;

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        count(mark, 1);
        add(make(YamlNode::Kind::Null, mark), anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const YamlNodePtr target = m_anchors.value(anchor);
        if (!target) {
            // yaml-cpp knows the anchor, so it names a collection that is still open.
            problem(mark, LoaderText::tr("an alias cannot refer to a collection that contains it"));
            add(make(YamlNode::Kind::Null, mark), YAML::NullAnchor);
            return;
        }
        count(mark, target->weight);
        add(target, YAML::NullAnchor);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        count(mark, 1);
        auto node = make(YamlNode::Kind::Scalar, mark);
        node->text = QString::fromStdString(value);
        // yaml-cpp tags plain scalars "?" and quoted or block scalars "!".
        node->quoted = tag == "!" || tag == "tag:yaml.org,2002:str";
        node->tag = localTag(tag);
        add(node, anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(YamlNode::Kind::Sequence, mark, anchor, tag);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(YamlNode::Kind::Map, mark, anchor, tag);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        std::shared_ptr<YamlNode> node;
        YAML::anchor_t anchor = YAML::NullAnchor;
        QString path;
        bool haveKey = false;
        bool skipValue = false; // the key was not text; its value is dropped
        YamlEntry key;
    };

    static std::shared_ptr<YamlNode> make(YamlNode::Kind kind, const YAML::Mark &mark)
    {
        auto node = std::make_shared<YamlNode>();
        node->kind = kind;
        node->line = mark.line + 1;
        node->column = mark.column + 1;
        return node;
    }

    void problem(const YAML::Mark &mark, const QString &message)
    {
        problems.append({mark.line + 1, mark.column + 1, childPath(), message});
    }

    void count(const YAML::Mark &mark, qint64 weight)
    {
        m_total += weight;
        if (m_total > YamlDocument::MaxNodes) {
            throw Abort{
                mark,
                LoaderText::tr("the document holds more than %1 values (aliases included); workspace files are small")
                    .arg(YamlDocument::MaxNodes)};
        }
    }

    QString childPath() const
    {
        if (m_stack.empty())
            return {};
        const Frame &f = m_stack.back();
        if (f.node->isSequence())
            return f.path + u'[' + QString::number(f.node->items.size()) + u']';
        if (!f.haveKey)
            return f.path;
        return f.path.isEmpty() ? f.key.key : f.path + u'.' + f.key.key;
    }

    // "!reset", "!override" (Compose); yaml-cpp's own markers ("?", "!") and standard tags are not kept.
    static QString localTag(const std::string &tag)
    {
        return tag.size() > 1 && tag.front() == '!' ? QString::fromStdString(tag) : QString();
    }

    void open(YamlNode::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor, const std::string &tag)
    {
        if (m_stack.size() >= size_t(YamlDocument::MaxDepth))
            throw Abort{mark,
                        LoaderText::tr("the document is nested deeper than %1 levels").arg(YamlDocument::MaxDepth)};
        count(mark, 1);
        auto node = make(kind, mark);
        node->tag = localTag(tag);
        m_stack.push_back({node, anchor, childPath(), false, false, {}});
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        qint64 weight = 1;
        for (const auto &item : std::as_const(frame.node->items))
            weight += item->weight;
        for (const auto &entry : std::as_const(frame.node->entries))
            weight += entry.value->weight;
        frame.node->weight = weight;
        add(frame.node, frame.anchor);
    }

    void add(const YamlNodePtr &node, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            m_anchors.insert(anchor, node);
        if (m_stack.empty()) {
            root = node;
            return;
        }
        Frame &f = m_stack.back();
        if (f.node->isSequence()) {
            f.node->items.append(node);
            return;
        }
        if (!f.haveKey) {
            f.haveKey = true;
            f.skipValue = !node->isScalar();
            f.key = {node->text, node->line, node->column, {}};
            if (f.skipValue) {
                problems.append({node->line, node->column, f.path,
                                 LoaderText::tr("a key must be plain text, not a collection or null")});
            }
            return;
        }
        f.haveKey = false;
        if (f.skipValue)
            return;
        for (const auto &existing : std::as_const(f.node->entries)) {
            if (existing.key == f.key.key) {
                problems.append({f.key.line, f.key.column, f.path.isEmpty() ? f.key.key : f.path + u'.' + f.key.key,
                                 LoaderText::tr("duplicate key \"%1\" (first written on line %2)")
                                     .arg(f.key.key)
                                     .arg(existing.line)});
                return;
            }
        }
        f.key.value = node;
        f.node->entries.append(f.key);
    }

    std::vector<Frame> m_stack;
    QHash<YAML::anchor_t, YamlNodePtr> m_anchors;
    qint64 m_total = 0;
};

const QRegularExpression &floatPattern()
{
    // YAML 1.2 core schema floats.
    static const QRegularExpression re(QStringLiteral(
        R"(^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$)"));
    return re;
}

void lineAndColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column)
{
    const qsizetype lineStart = offset > 0 ? bytes.lastIndexOf('\n', offset - 1) + 1 : 0;
    *line = int(bytes.left(offset).count('\n')) + 1;
    *column = int(offset - lineStart) + 1;
}
} // namespace

YamlNode::ScalarType YamlNode::scalarType() const
{
    if (kind != Kind::Scalar || quoted)
        return ScalarType::String;
    bool ok = false;
    toBool(&ok);
    if (ok)
        return ScalarType::Boolean;
    toInteger(&ok);
    if (ok)
        return ScalarType::Integer;
    return floatPattern().match(text).hasMatch() ? ScalarType::Float : ScalarType::String;
}

bool YamlNode::toBool(bool *ok) const
{
    static const QStringList yes = {QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE")};
    static const QStringList no = {QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE")};
    *ok = kind == Kind::Scalar && !quoted && (yes.contains(text) || no.contains(text));
    return *ok && yes.contains(text);
}

qint64 YamlNode::toInteger(bool *ok) const
{
    *ok = false;
    if (kind != Kind::Scalar || quoted || text.isEmpty())
        return 0;
    const QStringView t(text);
    if (t.startsWith(u"0x"))
        return t.mid(2).toLongLong(ok, 16);
    if (t.startsWith(u"0o"))
        return t.mid(2).toLongLong(ok, 8);
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (!t[i].isDigit() && !(i == 0 && (t[i] == u'-' || t[i] == u'+') && t.size() > 1))
            return 0;
    }
    return t.toLongLong(ok, 10);
}

double YamlNode::toDouble(bool *ok) const
{
    *ok = false;
    const ScalarType type = scalarType();
    if (type == ScalarType::Integer)
        return double(toInteger(ok));
    if (type != ScalarType::Float)
        return 0;
    // The pattern in scalarType() allows letters only in the .inf and .nan spellings.
    if (text.endsWith(u"inf", Qt::CaseInsensitive)) {
        *ok = true;
        return text.startsWith(u'-') ? -qInf() : qInf();
    }
    if (text.endsWith(u"nan", Qt::CaseInsensitive)) {
        *ok = true;
        return qQNaN();
    }
    return text.toDouble(ok);
}

const YamlEntry *YamlNode::entry(QStringView key) const
{
    for (const auto &e : entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

const YamlNode *YamlNode::value(QStringView key) const
{
    const YamlEntry *e = entry(key);
    return e ? e->value.get() : nullptr;
}

qsizetype invalidUtf8Offset(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        int extra;
        unsigned int min;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000;
        } else {
            return i;
        }
        unsigned int codePoint = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= size || (data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values beyond Unicode are invalid too.
        if (codePoint < min || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)
            return i;
        i += extra + 1;
    }
    return -1;
}

YamlDocument YamlDocument::parse(const QByteArray &bytes)
{
    YamlDocument doc;
    if (bytes.size() > MaxBytes) {
        doc.problems.append({0,
                             0,
                             {},
                             LoaderText::tr("the file is %1 MiB; workspace files may be at most %2 MiB")
                                 .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                                 .arg(MaxBytes / (1024 * 1024))});
        return doc;
    }
    if (const qsizetype bad = invalidUtf8Offset(bytes); bad >= 0) {
        int line = 0, column = 0;
        lineAndColumn(bytes, bad, &line, &column);
        doc.problems.append(
            {line, column, {}, LoaderText::tr("not valid UTF-8 at byte %1; save the file as UTF-8").arg(bad)});
        return doc;
    }

    std::istringstream in(bytes.toStdString());
    try {
        YAML::Parser parser(in);
        TreeBuilder builder;
        if (!parser.HandleNextDocument(builder))
            return doc;
        doc.root = builder.root;
        doc.problems = builder.problems;
        TreeBuilder next;
        if (parser.HandleNextDocument(next) && next.root && !next.root->isNull()) {
            doc.problems.append(
                {next.root->line,
                 next.root->column,
                 {},
                 LoaderText::tr("the file holds more than one YAML document; a workspace is a single document")});
        }
    } catch (const Abort &abort) {
        doc.root.reset();
        doc.problems.append({abort.mark.line + 1, abort.mark.column + 1, {}, abort.message});
    } catch (const YAML::Exception &e) {
        doc.root.reset();
        const bool known = !e.mark.is_null();
        doc.problems.append({known ? e.mark.line + 1 : 0,
                             known ? e.mark.column + 1 : 0,
                             {},
                             LoaderText::tr("invalid YAML: %1").arg(QString::fromStdString(e.msg))});
    } catch (const std::exception &e) {
        doc.root.reset();
        doc.problems.append({0, 0, {}, LoaderText::tr("invalid YAML: %1").arg(QString::fromLocal8Bit(e.what()))});
    }
    return doc;
}

QList<YamlDocument> YamlDocument::parseStream(const QByteArray &bytes, int maxDocuments)
{
    QList<YamlDocument> documents;
    if (bytes.size() > MaxBytes || invalidUtf8Offset(bytes) >= 0) {
        documents.append(parse(bytes)); // says why, with the same messages
        return documents;
    }
    std::istringstream in(bytes.toStdString());
    const auto failed = [&documents](int line, int column, const QString &message) {
        YamlDocument doc;
        doc.problems.append({line, column, {}, message});
        documents.append(doc);
    };
    try {
        YAML::Parser parser(in);
        while (documents.size() < maxDocuments) {
            TreeBuilder builder;
            if (!parser.HandleNextDocument(builder))
                break;
            YamlDocument doc;
            doc.root = builder.root;
            doc.problems = builder.problems;
            documents.append(doc);
        }
        TreeBuilder more;
        if (documents.size() >= maxDocuments && parser.HandleNextDocument(more))
            failed(more.root ? more.root->line : 0, more.root ? more.root->column : 0,
                   LoaderText::tr("more than %1 YAML documents in one file").arg(maxDocuments));
    } catch (const Abort &abort) {
        failed(abort.mark.line + 1, abort.mark.column + 1, abort.message);
    } catch (const YAML::Exception &e) {
        const bool known = !e.mark.is_null();
        failed(known ? e.mark.line + 1 : 0, known ? e.mark.column + 1 : 0,
               LoaderText::tr("invalid YAML: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        failed(0, 0, LoaderText::tr("invalid YAML: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return documents;
}

} // namespace DriftDeck
