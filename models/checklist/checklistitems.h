#pragma once

#include "checklist.h"

namespace DriftDeck {

// The data evaluators behind the checklist items (checklist.cpp lists them in order). Each
// fills item.cells with one cell per environment of the snapshot.
namespace ChecklistItems {

struct Context {
    const Snapshot &snapshot;
    const DriftResult &result;
    QDate today;
    int baseline; // the result's baseline
    int production; // DriftEngine::productionEnvironment
};

void imageDigests(const Context &context, ChecklistItem &item);
void runtimeVersions(const Context &context, ChecklistItem &item);
void databaseVersions(const Context &context, ChecklistItem &item);
void cacheVersions(const Context &context, ChecklistItem &item);
void configurationDrift(const Context &context, ChecklistItem &item);
void expiredRules(const Context &context, ChecklistItem &item);
void flagDifferences(const Context &context, ChecklistItem &item);
void releaseFlagsPastRemoval(const Context &context, ChecklistItem &item);
void sameMetrics(const Context &context, ChecklistItem &item);
void metricThresholds(const Context &context, ChecklistItem &item);
void realCertificates(const Context &context, ChecklistItem &item);
void certificateExpiry(const Context &context, ChecklistItem &item);

} // namespace ChecklistItems
} // namespace DriftDeck
