#pragma once

#include <QString>
#include <QStringList>

namespace DriftDeck {

// Damerau-Levenshtein distance (optimal string alignment), ignoring case: "layerz" -> "layers" is 1,
// "envrionments" -> "environments" is 1 (one transposition).
int editDistance(QStringView a, QStringView b);

// The candidate a misspelt word most likely meant: within two edits, or one the word starts
// (so "env" suggests "environments"). Empty when nothing is close.
QString closestMatch(QStringView word, const QStringList &candidates);

// " (did you mean "x"?)" or empty, ready to append to a message.
QString didYouMean(QStringView word, const QStringList &candidates);

} // namespace DriftDeck
