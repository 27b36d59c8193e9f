#pragma once

#include <QLineEdit>
#include <QTimer>

namespace DriftDeck {

// The filter field: plain text or a glob over keys ("config/database.*"). Typing is debounced a
// little so a burst of keystrokes filters once, but never long enough to feel late.
class FilterBar : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 30;

    explicit FilterBar(QWidget *parent = nullptr);

    // Applies pending typing now (e.g. on Return).
    void flush();

Q_SIGNALS:
    void filterChanged(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer m_debounce;
    QString m_applied;
};

} // namespace DriftDeck
