#include "background/parallel.h"
#include "checkformats.h"

#include <QIODevice>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <string>
#include <vector>

namespace DriftDeck {

namespace {

// Writes the report straight into one buffer, laid out byte for byte as QJsonDocument::Indented
// would (four spaces, members in key order): a report of 20 environments × 100,000 keys runs to
// tens of MiB, and building it as QJsonObjects first took seconds and twice the memory.
//
// With a device, what is written goes out a chunk at a time (spill()), so the whole document
// never sits in memory beside the report it is made from.
class JsonOut
{
public:
    explicit JsonOut(qsizetype reserve) { m_out.reserve(size_t(reserve)); }
    explicit JsonOut(QIODevice *device)
        : m_device(device)
    {
        m_out.reserve(size_t(ChunkBytes + ChunkBytes / 4));
    }

    static constexpr qsizetype ChunkBytes = qsizetype(1) << 20;

    // A piece to be written elsewhere (another thread) and appended later: it starts where this
    // writer stands (its nesting), as an element after others when `afterOthers`.
    JsonOut fragment(bool afterOthers) const
    {
        JsonOut piece(qsizetype(0));
        piece.m_depth = m_depth;
        piece.m_first = m_first;
        if (afterOthers)
            piece.m_first.back() = false;
        return piece;
    }
    // Appends a fragment() made from this writer's current place, in order.
    void append(const JsonOut &piece)
    {
        m_out += piece.m_out;
        m_first.back() = piece.m_first.back();
    }

    // Opens an object or array as the value of the current member or element.
    void open(char bracket)
    {
        m_out += bracket;
        m_out += '\n';
        ++m_depth;
        m_first.push_back(true);
    }
    void close(char bracket)
    {
        const bool empty = m_first.back();
        m_first.pop_back();
        --m_depth;
        if (!empty)
            m_out += '\n';
        indent();
        m_out += bracket;
    }
    // Starts an element of an array.
    void element()
    {
        separate();
        indent();
    }
    // Starts a member of an object; members must come in key order.
    void member(const char *name)
    {
        separate();
        indent();
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }
    void member(const QString &name)
    {
        separate();
        indent();
        string(name);
        m_out += ": ";
    }

    void string(const QString &text)
    {
        m_out += '"';
        escape(text);
        m_out += '"';
    }
    // "label:line" (or the label alone for line 0) without building the string first.
    void origin(const QString &label, int line)
    {
        m_out += '"';
        escape(label);
        if (line > 0) {
            m_out += ':';
            append(QByteArray::number(line));
        }
        m_out += '"';
    }
    void boolean(bool value) { m_out += value ? "true" : "false"; }
    void integer(qint64 value) { append(QByteArray::number(value)); }
    void number(double value)
    {
        if (qIsFinite(value))
            append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
        else
            m_out += "null";
    }

    QByteArray take()
    {
        m_out += '\n';
        return QByteArray(m_out.data(), qsizetype(m_out.size()));
    }

    // Hands a full chunk to the device; without one, or below a chunk, keeps buffering.
    void spill()
    {
        if (m_device && qsizetype(m_out.size()) >= ChunkBytes)
            flush();
    }
    // The rest to the device: false once any write failed.
    bool finish()
    {
        m_out += '\n';
        flush();
        return !m_failed;
    }

private:
    void separate()
    {
        if (!m_first.back())
            m_out += ",\n";
        m_first.back() = false;
    }
    void indent() { m_out.append(size_t(4 * m_depth), ' '); }
    void append(const QByteArray &bytes) { m_out.append(bytes.constData(), size_t(bytes.size())); }

    // As QJsonDocument escapes: the short forms, \u00XX for other controls, UTF-8 for the rest
    // and \uXXXX for a lone surrogate.
    void escape(const QString &text)
    {
        static const char hex[] = "0123456789abcdef";
        const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
        const char16_t *const end = p + text.size();
        const auto plain = [](char16_t u) {
            return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\';
        };
        while (p != end) {
            // A run of characters that stand for themselves, copied in one go: a check of
            // 20 × 100,000 keys writes tens of MiB of them, and a call per byte was most of its cost.
            const char16_t *const run = p;
            while (p != end && plain(*p))
                ++p;
            if (p != run) {
                const size_t at = m_out.size();
                m_out.resize(at + size_t(p - run));
                std::transform(run, p, m_out.data() + at, [](char16_t u) { return char(u); });
                if (p == end)
                    break;
            }
            const char16_t u = *p++;
            if (u < 0x80) {
                m_out += '\\';
                switch (u) {
                case u'"':
                    m_out += '"';
                    break;
                case u'\\':
                    m_out += '\\';
                    break;
                case 0x8:
                    m_out += 'b';
                    break;
                case 0xc:
                    m_out += 'f';
                    break;
                case 0xa:
                    m_out += 'n';
                    break;
                case 0xd:
                    m_out += 'r';
                    break;
                case 0x9:
                    m_out += 't';
                    break;
                default:
                    m_out += "u00";
                    m_out += hex[u >> 4];
                    m_out += hex[u & 0xf];
                }
                continue;
            }
            char32_t code = u;
            if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
                code = QChar::surrogateToUcs4(u, *p++);
            } else if (QChar::isSurrogate(u)) {
                m_out += "\\u";
                for (int shift = 12; shift >= 0; shift -= 4)
                    m_out += hex[(u >> shift) & 0xf];
                continue;
            }
            if (code < 0x800) {
                m_out += char(0xc0 | (code >> 6));
            } else if (code < 0x10000) {
                m_out += char(0xe0 | (code >> 12));
                m_out += char(0x80 | ((code >> 6) & 0x3f));
            } else {
                m_out += char(0xf0 | (code >> 18));
                m_out += char(0x80 | ((code >> 12) & 0x3f));
                m_out += char(0x80 | ((code >> 6) & 0x3f));
            }
            m_out += char(0x80 | (code & 0x3f));
        }
    }

    void flush()
    {
        if (!m_failed && m_device->write(m_out.data(), qint64(m_out.size())) != qint64(m_out.size()))
            m_failed = true; // the caller reports the device's error; the rest is not written
        m_out.clear(); // keeps the capacity for the next chunk
    }

    // A std::string, not a QByteArray: its appends of a character or a few are inlined, where
    // QByteArray's were a library call each (three million of them for 20 × 100,000 keys).
    std::string m_out;
    QIODevice *m_device = nullptr;
    bool m_failed = false;
    int m_depth = 0;
    std::vector<bool> m_first;
};

void writeSourceMessages(JsonOut &json, const QList<ReportSourceError> &messages)
{
    json.open('[');
    for (const ReportSourceError &message : messages) {
        json.element();
        json.open('{');
        json.member("environment");
        json.string(message.environment);
        json.member("message");
        json.string(message.message);
        json.member("source");
        json.string(message.source);
        json.close('}');
    }
    json.close(']');
}

// Members in key order, as QJsonObject keeps them.
void writeCell(JsonOut &json, const CheckReport &report, const ReportCell &cell)
{
    json.open('{');
    // The value in its unit ("32 GiB") beside the raw value; added within version 1.
    if (!cell.value.isEmpty() && !cell.secret) {
        json.member("display");
        json.string(cell.display);
    }
    if (cell.note != CellNote::None) {
        json.member("note");
        json.string(cellNoteText(cell.note));
    }
    if (!cell.originLabel.isEmpty()) {
        json.member("provenance");
        json.origin(cell.originLabel, cell.originLine);
    }
    if (cell.rule >= 0 && cell.rule < report.policy.expected.size()) {
        const ExpectedDifference &rule = report.policy.expected[cell.rule];
        json.member("rule");
        json.open('{');
        json.member("expired");
        json.boolean(cell.note == CellNote::ExpiredRule);
        if (rule.expires.isValid()) {
            json.member("expires");
            json.string(rule.expires.toString(Qt::ISODate));
        }
        json.member("key");
        json.string(rule.key);
        json.member("owner");
        json.string(rule.owner);
        json.member("reason");
        json.string(rule.reason);
        json.close('}');
    }
    if (cell.stale) {
        json.member("stale");
        json.boolean(true);
    }
    json.member("status");
    json.string(driftStatusId(cell.status));
    // No value for secrets, nor where the key is absent (even when a rule expects that).
    if (cell.set && !cell.secret) {
        json.member("value");
        json.string(cell.value.isEmpty() ? cell.display : cell.value);
    }
    json.close('}');
}

void writeRow(JsonOut &json, const CheckReport &report, const ReportRow &row, FailOn failOn,
              std::vector<const ReportCell *> &cells)
{
    json.open('{');
    json.member("category");
    json.string(categoryId(row.category));
    json.member("cells");
    // By environment name, as an object's members; a repeated name keeps its last cell.
    cells.clear();
    for (const ReportCell &cell : row.cells)
        cells.push_back(&cell);
    std::stable_sort(cells.begin(), cells.end(),
                     [](const ReportCell *a, const ReportCell *b) { return a->environment < b->environment; });
    json.open('{');
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i + 1 < cells.size() && cells[i + 1]->environment == cells[i]->environment)
            continue;
        json.member(cells[i]->environment);
        writeCell(json, report, *cells[i]);
    }
    json.close('}');
    json.member("fails");
    json.boolean(report.rowFails(row, failOn));
    json.member("key");
    json.string(row.key);
    if (!row.reason.isEmpty()) { // added within version 1
        json.member("reason");
        json.string(row.reason);
    }
    json.member("severity");
    json.string(severityId(row.severity));
    json.close('}');
}

// Members in key order; cells by environment name, as the rows' cells.
void writeChecklist(JsonOut &json, const QList<ChecklistItem> &items)
{
    json.open('[');
    for (const ChecklistItem &item : items) {
        json.element();
        json.open('{');
        json.member("area");
        json.string(item.area);
        json.member("cells");
        QList<const ChecklistCell *> cells;
        for (const ChecklistCell &cell : item.cells)
            cells.append(&cell);
        std::stable_sort(cells.begin(), cells.end(), [](const ChecklistCell *a, const ChecklistCell *b) {
            return a->environment < b->environment;
        });
        json.open('{');
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size() && cells[i + 1]->environment == cells[i]->environment)
                continue;
            const ChecklistCell &cell = *cells[i];
            json.member(cell.environment);
            json.open('{');
            json.member("evidence");
            json.open('[');
            for (const QString &line : cell.evidence) {
                json.element();
                json.string(line);
            }
            json.close(']');
            json.member("manual");
            json.boolean(cell.manual);
            if (cell.manual) {
                json.member("note");
                json.string(cell.note);
            }
            json.member("state");
            json.string(checklistStateId(cell.state));
            json.close('}');
        }
        json.close('}');
        json.member("fromData");
        json.boolean(item.fromData);
        json.member("id");
        json.string(item.id);
        json.member("title");
        json.string(item.title);
        json.close('}');
    }
    json.close(']');
}

// Schema "driftdeck-check", version 1. Additive changes keep the version; anything that
// changes or removes a field bumps it. Documented in the README.
void writeReport(JsonOut &json, const CheckReport &report, FailOn failOn)
{
    json.open('{');
    json.member("baseline");
    json.string(report.baseline);
    json.member("checklist"); // added within version 1
    writeChecklist(json, report.checklist);
    json.member("environments");
    json.open('[');
    for (const ReportEnvironment &env : report.environments) {
        json.element();
        json.open('{');
        json.member("baseline");
        json.boolean(env.baseline);
        json.member("compared");
        json.integer(env.parity.compared);
        json.member("critical");
        json.integer(env.parity.critical);
        json.member("displayName");
        json.string(env.displayName);
        json.member("drift");
        json.integer(env.parity.drift);
        json.member("expected");
        json.integer(env.parity.expected);
        json.member("matching");
        json.integer(env.parity.matching);
        json.member("name");
        json.string(env.name);
        json.member("parity");
        json.number(env.baseline ? 1.0 : env.parity.score());
        json.member("unknown");
        json.integer(env.parity.unknown);
        json.close('}');
    }
    json.close(']');
    json.member("errors");
    writeSourceMessages(json, report.errors);
    json.member("rows");
    json.open('[');
    // The rows are most of the document (63 MiB at 20 × 100,000 keys): batches of them are
    // written on every core, a few at a time so that little more than those batches is held,
    // and appended in order.
    constexpr qsizetype RowsPerBatch = 256;
    const qsizetype batches = (report.rows.size() + RowsPerBatch - 1) / RowsPerBatch;
    const qsizetype batchesAtOnce = 2 * std::max(1, QThread::idealThreadCount());
    for (qsizetype first = 0; first < batches; first += batchesAtOnce) {
        const qsizetype count = std::min(batchesAtOnce, batches - first);
        std::vector<JsonOut> pieces;
        pieces.reserve(size_t(count));
        for (qsizetype b = 0; b < count; ++b)
            pieces.push_back(json.fragment(first + b > 0));
        parallelFor(int(count), [&](int b) {
            JsonOut &piece = pieces[size_t(b)];
            std::vector<const ReportCell *> cells;
            const qsizetype begin = (first + b) * RowsPerBatch;
            const qsizetype end = std::min(report.rows.size(), begin + RowsPerBatch);
            for (qsizetype r = begin; r < end; ++r) {
                piece.element();
                writeRow(piece, report, report.rows[r], failOn, cells);
            }
        });
        for (const JsonOut &piece : pieces) {
            json.append(piece);
            json.spill();
        }
    }
    json.close(']');
    json.member("schema");
    json.string(QStringLiteral("driftdeck-check"));
    json.member("schemaVersion");
    json.integer(1);
    json.member("summary");
    json.open('{');
    json.member("comparedRows");
    json.integer(report.comparedRows);
    json.member("criticalRows");
    json.integer(report.criticalRows);
    json.member("driftRows");
    json.integer(report.driftRows);
    json.member("exitCode");
    json.integer(report.exitCode(failOn));
    json.member("expectedCells");
    json.integer(report.expectedCells);
    json.member("expiredRuleCells");
    json.integer(report.expiredRuleCells);
    json.member("incomplete");
    json.boolean(report.incomplete());
    json.close('}');
    json.member("takenAt");
    json.string(report.takenAt.toUTC().toString(Qt::ISODateWithMs));
    json.member("warnings"); // added within version 1
    writeSourceMessages(json, report.warnings);
    json.member("workspace");
    json.string(report.workspaceName);
    json.close('}');
}

} // namespace

QByteArray formatCheckJson(const CheckReport &report, FailOn failOn)
{
    qsizetype cellCount = 0;
    for (const ReportRow &row : report.rows)
        cellCount += row.cells.size();
    JsonOut json(4096 + report.rows.size() * 256 + cellCount * 160);
    writeReport(json, report, failOn);
    return json.take();
}

bool writeCheckJson(const CheckReport &report, FailOn failOn, QIODevice &device)
{
    JsonOut json(&device);
    writeReport(json, report, failOn);
    return json.finish();
}

} // namespace DriftDeck
