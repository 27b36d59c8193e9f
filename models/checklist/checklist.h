#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace DriftDeck {

class Snapshot;
class DriftResult;

// The parity checklist a tech lead brings to the weekly review: each item pass, fail or unknown
// per environment, with the evidence (which rows, which values). Evaluated from the snapshot and
// its drift result only — it never fetches — so the window, the command line and the PDF agree.
enum class ChecklistState : quint8 { Pass, Fail, Unknown };

QString checklistStateId(ChecklistState state); // "pass", "fail", "unknown"
QString checklistStateTitle(ChecklistState state); // translated

struct ChecklistCell {
    QString environment;
    ChecklistState state = ChecklistState::Unknown;
    QStringList evidence; // one fact a line: "image/api/digest: sha256:1… (production: sha256:9…)"
    bool manual = false; // the state comes from a tick in the rules file
    QString note; // the tick's note, "by", date
};

struct ChecklistItem {
    QString id; // "code.imageDigests": stable, used by ticks and JSON
    QString area; // "code", "infrastructure", "configuration", "flags", "observability", "network"
    QString title; // translated: "Same image digest for each repository everywhere"
    bool fromData = true; // false: only a tick can decide it
    QList<ChecklistCell> cells; // one per environment, in snapshot order
};

class Checklist
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::Checklist)
public:
    // Every item with its cells; ticks in the snapshot's policy decide what the data leaves
    // unknown (a tick never hides a failure the data shows: the tick is then listed as evidence).
    static QList<ChecklistItem> evaluate(const Snapshot &snapshot, const DriftResult &result, QDate today);

    // The ids of all items, in display order, and the translated area names.
    static QStringList itemIds();
    static QString areaTitle(const QString &area);
    // How many cells of the items are in state (for summaries).
    static int count(const QList<ChecklistItem> &items, ChecklistState state);
};

} // namespace DriftDeck
