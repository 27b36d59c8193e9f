#pragma once

#include <QStringView>

namespace DriftDeck {

// Shell-style glob: '*' matches any run of characters (slashes and dots too), '?' one character.
// Hand-written because policy rules are matched against every key of large workspaces, where a
// QRegularExpression per match costs ten times more.
bool globMatch(QStringView pattern, QStringView text, Qt::CaseSensitivity cs = Qt::CaseSensitive);
bool isGlob(QStringView pattern);

} // namespace DriftDeck
