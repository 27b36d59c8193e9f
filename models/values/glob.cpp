#include "glob.h"

#include <QChar>

namespace DriftDeck {

namespace {
bool sameChar(QChar a, QChar b, Qt::CaseSensitivity cs)
{
    return a == b || (cs == Qt::CaseInsensitive && a.toCaseFolded() == b.toCaseFolded());
}
} // namespace

bool globMatch(QStringView pattern, QStringView text, Qt::CaseSensitivity cs)
{
    // Iterative matcher with single backtrack point: linear for patterns with one '*', and never
    // exponential for hostile patterns with many.
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || (pattern[p] != u'*' && sameChar(pattern[p], text[t], cs)))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool isGlob(QStringView pattern)
{
    return pattern.contains(u'*') || pattern.contains(u'?');
}

} // namespace DriftDeck
