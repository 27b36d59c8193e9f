#include "comparedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace DriftDeck {

CompareDialog::CompareDialog(const QStringList &environments, int first, int second, QWidget *parent)
    : QDialog(parent)
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare Two Environments"));
    m_first->addItems(environments);
    m_second->addItems(environments);
    m_first->setCurrentIndex(first);
    m_second->setCurrentIndex(second);
    m_first->setAccessibleName(tr("Baseline"));
    m_second->setAccessibleName(tr("Compared with"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QComboBox::currentIndexChanged, this, &CompareDialog::updateButtons);
    connect(m_second, &QComboBox::currentIndexChanged, this, &CompareDialog::updateButtons);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Baseline:"), m_first);
    layout->addRow(tr("Compared &with:"), m_second);
    layout->addRow(buttons);
    updateButtons();
}

int CompareDialog::first() const
{
    return m_first->currentIndex();
}

int CompareDialog::second() const
{
    return m_second->currentIndex();
}

void CompareDialog::updateButtons()
{
    auto *buttons = findChild<QDialogButtonBox *>();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(first() >= 0 && second() >= 0 && first() != second());
}

} // namespace DriftDeck
