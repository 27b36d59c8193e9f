#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace DriftDeck {

// A server's answer parsed as JSON. When it is not JSON, *error says so in the same words for
// every protocol ("the answer is not JSON: unterminated string at offset 12") and the document
// is null; the caller checks the shape it expects.
QJsonDocument parseJsonAnswer(const QByteArray &body, QString *error);

} // namespace DriftDeck
