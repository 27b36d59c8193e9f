#pragma once

#include "sources/source.h"

namespace DriftDeck {

// A flagd flag-definition document fetched over HTTP, read with the same parser as the flag-file
// source, so both give the same rows (flag/<key>, /variants, /rules, /rollout). label (the URL
// without credentials) names the document in messages ("<url>:4:12: …") and provenance, whose
// lines and columns point into the document.
SourceResult flagdDocumentResult(const QByteArray &body, const QString &label, const Normaliser &normaliser,
                                 const QString &sourceId);

} // namespace DriftDeck
