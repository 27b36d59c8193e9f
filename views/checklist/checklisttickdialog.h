#pragma once

#include "workspace/policy.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace DriftDeck {

// Ticks one checklist item by hand: pass or fail, for one environment or all, with a note saying
// what was checked (required: a tick nobody can verify is worth nothing) and who checked it.
class ChecklistTickDialog : public QDialog
{
    Q_OBJECT
public:
    ChecklistTickDialog(const QString &itemId, const QString &title, const QStringList &environments,
                        const QString &environment, QDate today, QWidget *parent = nullptr);

    ChecklistTick tick() const;

private:
    void updateOk();

    QString m_itemId;
    QDate m_today;
    QComboBox *m_environment = nullptr;
    QRadioButton *m_pass = nullptr;
    QRadioButton *m_fail = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_by = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace DriftDeck
