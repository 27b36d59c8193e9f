#pragma once

#include "checklist/checklist.h"

#include <QColor>
#include <QWidget>

class QLabel;
class QPalette;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace DriftDeck {

// How a checklist cell reads: a glyph as well as a colour, so it reads without colour too.
struct ChecklistCellLook {
    QString text; // "✓ pass", "✗ fail", "? unknown", "✓ pass (by hand)"
    QColor colour;
};
ChecklistCellLook checklistCellLook(const ChecklistCell &cell, const QPalette &palette);

// The checklist as a table: items grouped by area against environments, the evidence of the
// selected cell below, and "Tick by Hand…" for what the data leaves open.
class ChecklistView : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistView(QWidget *parent = nullptr);

    // environments: column titles in the cells' order.
    void setChecklist(const QList<ChecklistItem> &items, const QStringList &environments);
    void setTickEnabled(bool enabled, const QString &why = {});
    // Selects the cell of item and environment (tests and keyboard users).
    void select(const QString &itemId, const QString &environment);
    QString evidenceText() const;

Q_SIGNALS:
    void tickRequested(const QString &itemId, const QString &title, const QString &environment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showEvidence();
    const ChecklistCell *currentCell(const ChecklistItem **item = nullptr) const;

    QList<ChecklistItem> m_items;
    QStringList m_environments;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_evidence = nullptr;
    QPushButton *m_tick = nullptr;
    bool m_tickAllowed = false;
};

} // namespace DriftDeck
