#pragma once

#include <QDialog>

class QComboBox;

namespace DriftDeck {

// "Compare only…": pick two environments; the first becomes the baseline and the matrix shows
// only these two columns.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const QStringList &environments, int first, int second, QWidget *parent = nullptr);

    int first() const;
    int second() const;

private:
    void updateButtons();

    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
};

} // namespace DriftDeck
