#pragma once

#include "drift/driftresult.h"
#include "snapshot/snapshot.h"
#include "workspace/policy.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace DriftDeck {

// "Mark as expected…": turns a difference into a documented, owned and (by default) expiring
// rule. A live preview says which drifting cells the rule would hide, so a too-broad glob is
// noticed before it is saved. The caller writes the rule (RulesFile::appendExpected).
class MarkExpectedDialog : public QDialog
{
    Q_OBJECT
public:
    // key and environments prefill the form (the clicked cell); today decides expiry.
    MarkExpectedDialog(SnapshotPtr snapshot, const DriftResult &result, const QString &key,
                       const QStringList &environments, QDate today = QDate::currentDate(), QWidget *parent = nullptr);
    ~MarkExpectedDialog() override;

    ExpectedDifference rule() const;

    // The cells the rule as currently filled in would hide (updated shortly after each edit).
    int hiddenCellCount() const { return m_hiddenCount; }
    // Recomputes the preview now instead of after the typing pause.
    void updatePreview();

    static constexpr int DefaultExpiryDays = 90;

private:
    void updateAcceptable();

    SnapshotPtr m_snapshot;
    DriftResult m_result;
    QDate m_today;
    int m_hiddenCount = 0;

    QLineEdit *m_key;
    QListWidget *m_environments;
    QLineEdit *m_reason;
    QLineEdit *m_owner;
    QCheckBox *m_expires;
    QDateEdit *m_expiry;
    QLabel *m_preview;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    QTimer *m_previewTimer;
};

} // namespace DriftDeck
