#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace DriftDeck {

// One page of GET /api/v1/namespaces (a NamespaceList), for environment discovery: each
// namespace's name and metadata.creationTimestamp, and metadata.continue when more pages follow.
struct NamespacePage {
    QList<std::pair<QString, QString>> namespaces; // name, creationTimestamp ("2026-12-01T09:30:00Z")
    QString continueToken;
    QString errorString;
};

NamespacePage parseNamespaceList(const QByteArray &body);

} // namespace DriftDeck
