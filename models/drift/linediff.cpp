#include "linediff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace DriftDeck::LineDiff {

namespace {

enum class Op : quint8 { Equal, Delete, Insert };

// Myers' O((N+M)D) shortest edit script between a[0..n) and b[0..m). Returns false, leaving ops
// untouched, when more than maxEdits edits would be needed.
template<typename Equal> bool shortestEdit(int n, int m, Equal equal, int maxEdits, std::vector<Op> *ops)
{
    const int max = n + m;
    if (max == 0)
        return true;
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    // trace[d] is v[-d..d] as it was before step d, enough to walk back from the end.
    std::vector<std::vector<int>> trace;
    int endD = -1;
    for (int d = 0; d <= std::min(max, maxEdits) && endD < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                ? v[size_t(offset + k + 1)]
                : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && equal(x, y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                endD = d;
                break;
            }
        }
    }
    if (endD < 0)
        return false;

    std::vector<Op> reversed;
    int x = n;
    int y = m;
    for (int d = endD; d > 0; --d) {
        const std::vector<int> &before = trace[size_t(d)];
        const auto at = [&](int k) {
            return before[size_t(k + d)];
        };
        const int k = x - y;
        const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            reversed.push_back(Op::Equal);
            --x;
            --y;
        }
        reversed.push_back(x == prevX ? Op::Insert : Op::Delete);
        x = prevX;
        y = prevY;
    }
    for (; x > 0; --x)
        reversed.push_back(Op::Equal);
    ops->assign(reversed.rbegin(), reversed.rend());
    return true;
}

// Common prefix and suffix first (most edits are small), then Myers on the middle, falling back
// to "all of the middle replaced" when the middle is too different to be worth the time.
template<typename Equal> std::vector<Op> editScript(int n, int m, Equal equal)
{
    int prefix = 0;
    while (prefix < n && prefix < m && equal(prefix, prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && equal(n - 1 - suffix, m - 1 - suffix))
        ++suffix;

    std::vector<Op> ops(size_t(prefix), Op::Equal);
    const int midN = n - prefix - suffix;
    const int midM = m - prefix - suffix;
    std::vector<Op> middle;
    const auto shifted = [&](int i, int j) {
        return equal(prefix + i, prefix + j);
    };
    if (!shortestEdit(midN, midM, shifted, MaxEdits, &middle)) {
        middle.assign(size_t(midN), Op::Delete);
        middle.insert(middle.end(), size_t(midM), Op::Insert);
    }
    ops.insert(ops.end(), middle.begin(), middle.end());
    ops.insert(ops.end(), size_t(suffix), Op::Equal);
    return ops;
}

void appendRange(QList<TextRange> *ranges, int position)
{
    if (!ranges->isEmpty() && ranges->last().start + ranges->last().length == position)
        ++ranges->last().length;
    else
        ranges->append({position, 1});
}

// A highlight never starts or ends inside a surrogate pair.
void snapToCharacters(QStringView text, QList<TextRange> *ranges)
{
    for (TextRange &range : *ranges) {
        if (range.start > 0 && text[range.start].isLowSurrogate()) {
            --range.start;
            ++range.length;
        }
        const int end = range.start + range.length;
        if (end < text.size() && end > 0 && text[end - 1].isHighSurrogate())
            ++range.length;
    }
    // Snapping can make neighbours touch or overlap; merge them.
    QList<TextRange> merged;
    for (const TextRange &range : std::as_const(*ranges)) {
        if (!merged.isEmpty() && merged.last().start + merged.last().length >= range.start)
            merged.last().length = std::max(merged.last().start + merged.last().length, range.start + range.length)
                - merged.last().start;
        else
            merged.append(range);
    }
    *ranges = merged;
}

int changedLength(const QList<TextRange> &ranges)
{
    int total = 0;
    for (const TextRange &range : ranges)
        total += range.length;
    return total;
}

} // namespace

QStringList splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' || text[i] == u'\r') {
            lines.append(text.mid(start, i - start));
            if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < text.size())
        lines.append(text.mid(start));
    return lines;
}

void intraLine(QStringView left, QStringView right, QList<TextRange> *leftChanges, QList<TextRange> *rightChanges)
{
    leftChanges->clear();
    rightChanges->clear();
    const std::vector<Op> ops
        = editScript(int(left.size()), int(right.size()), [&](int i, int j) { return left[i] == right[j]; });
    int x = 0;
    int y = 0;
    for (const Op op : ops) {
        switch (op) {
        case Op::Equal:
            ++x;
            ++y;
            break;
        case Op::Delete:
            appendRange(leftChanges, x++);
            break;
        case Op::Insert:
            appendRange(rightChanges, y++);
            break;
        }
    }
    snapToCharacters(left, leftChanges);
    snapToCharacters(right, rightChanges);
}

QList<DiffLine> diff(const QString &left, const QString &right)
{
    return diffLines(splitLines(left), splitLines(right));
}

QList<DiffLine> diffLines(const QStringList &left, const QStringList &right)
{
    // Compare lines by number: each distinct line text gets one id.
    QHash<QString, int> ids;
    const auto idsOf = [&ids](const QStringList &lines) {
        std::vector<int> out;
        out.reserve(size_t(lines.size()));
        for (const QString &line : lines) {
            auto it = ids.find(line); // ids is local: find() never copies
            if (it == ids.end())
                it = ids.insert(line, int(ids.size()));
            out.push_back(*it);
        }
        return out;
    };
    const std::vector<int> a = idsOf(left);
    const std::vector<int> b = idsOf(right);
    const std::vector<Op> ops
        = editScript(int(a.size()), int(b.size()), [&](int i, int j) { return a[size_t(i)] == b[size_t(j)]; });

    QList<DiffLine> out;
    QList<int> removed;
    QList<int> added;
    // One run of edits between equal lines: pair removed with added lines in order, so an edited
    // line reads as one change, and list what is left over as plain removals and additions.
    const auto flush = [&] {
        const qsizetype pairs = std::min(removed.size(), added.size());
        for (qsizetype i = 0; i < pairs; ++i) {
            DiffLine line;
            line.kind = DiffLine::Kind::Changed;
            line.left = removed[i];
            line.right = added[i];
            const QString &l = left[removed[i]];
            const QString &r = right[added[i]];
            intraLine(l, r, &line.leftChanges, &line.rightChanges);
            const qsizetype total = l.size() + r.size();
            const qsizetype common = total - changedLength(line.leftChanges) - changedLength(line.rightChanges);
            if (total > 0 && double(common) / double(total) < ChangedLineSimilarity) {
                out.append({DiffLine::Kind::Removed, removed[i], -1, {}, {}});
                out.append({DiffLine::Kind::Added, -1, added[i], {}, {}});
            } else {
                out.append(line);
            }
        }
        for (qsizetype i = pairs; i < removed.size(); ++i)
            out.append({DiffLine::Kind::Removed, removed[i], -1, {}, {}});
        for (qsizetype i = pairs; i < added.size(); ++i)
            out.append({DiffLine::Kind::Added, -1, added[i], {}, {}});
        removed.clear();
        added.clear();
    };

    int x = 0;
    int y = 0;
    for (const Op op : ops) {
        switch (op) {
        case Op::Equal:
            flush();
            out.append({DiffLine::Kind::Same, x++, y++, {}, {}});
            break;
        case Op::Delete:
            removed.append(x++);
            break;
        case Op::Insert:
            added.append(y++);
            break;
        }
    }
    flush();
    return out;
}

} // namespace DriftDeck::LineDiff
