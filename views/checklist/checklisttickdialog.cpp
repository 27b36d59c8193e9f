#include "checklisttickdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace DriftDeck {

ChecklistTickDialog::ChecklistTickDialog(const QString &itemId, const QString &title, const QStringList &environments,
                                         const QString &environment, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_itemId(itemId)
    , m_today(today)
{
    setWindowTitle(tr("Tick Checklist Item"));
    auto *item = new QLabel(title);
    item->setWordWrap(true);

    m_environment = new QComboBox;
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->addItem(tr("Every environment"), QString());
    for (const QString &name : environments)
        m_environment->addItem(name, name);
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(environment)));

    m_pass = new QRadioButton(tr("Pass"));
    m_pass->setObjectName(QStringLiteral("pass"));
    m_fail = new QRadioButton(tr("Fail"));
    m_fail->setObjectName(QStringLiteral("fail"));
    m_pass->setChecked(true);
    auto *state = new QHBoxLayout;
    state->addWidget(m_pass);
    state->addWidget(m_fail);
    state->addStretch();

    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("What was checked, and where the proof is (ticket, runbook)"));
    m_by = new QLineEdit(qEnvironmentVariable("USER"));
    m_by->setObjectName(QStringLiteral("by"));

    auto *form = new QFormLayout;
    form->addRow(tr("Item:"), item);
    form->addRow(tr("Environment:"), m_environment);
    form->addRow(tr("State:"), state);
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("By:"), m_by);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save Tick"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QLineEdit::textChanged, this, &ChecklistTickDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Saved in the rules file beside the workspace; the data still wins where it "
                                    "shows a failure.")));
    layout->addWidget(m_buttons);
    updateOk();
}

void ChecklistTickDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_note->text().trimmed().isEmpty());
}

ChecklistTick ChecklistTickDialog::tick() const
{
    ChecklistTick tick;
    tick.key = m_itemId;
    const QString environment = m_environment->currentData().toString();
    if (!environment.isEmpty())
        tick.environments = {environment};
    tick.pass = m_pass->isChecked();
    tick.note = m_note->text().trimmed();
    tick.by = m_by->text().trimmed();
    tick.date = m_today;
    return tick;
}

} // namespace DriftDeck
