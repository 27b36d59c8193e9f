#include "didyoumean.h"

#include "loadertext.h"

#include <algorithm>
#include <vector>

namespace DriftDeck {

int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size(), m = b.size();
    // Three rows suffice: the transposition looks two rows back.
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const bool same = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded();
            int d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (same ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1].toCaseFolded() == b[j - 2].toCaseFolded()
                && a[i - 2].toCaseFolded() == b[j - 1].toCaseFolded())
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

QString closestMatch(QStringView word, const QStringList &candidates)
{
    if (word.isEmpty())
        return {};
    constexpr int PrefixScore = 3; // a prefix match counts as less likely than two typos
    QString best;
    int bestScore = PrefixScore + 1;
    for (const QString &candidate : candidates) {
        if (candidate.compare(word, Qt::CaseSensitive) == 0)
            continue;
        int score = editDistance(word, candidate);
        // Two edits on a two-letter word would "correct" anything into anything.
        if (score > 2 || score >= word.size())
            score
                = (word.size() >= 3 && candidate.startsWith(word, Qt::CaseInsensitive)) ? PrefixScore : PrefixScore + 1;
        if (score < bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

QString didYouMean(QStringView word, const QStringList &candidates)
{
    const QString match = closestMatch(word, candidates);
    if (match.isEmpty())
        return {};
    return LoaderText::tr(" (did you mean \"%1\"?)").arg(match);
}

} // namespace DriftDeck
