#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

namespace DriftDeck {

// An inline message above the matrix, instead of modal dialogs: errors stay until closed, and
// information hides itself after a few seconds. A new message replaces the old one; the same
// error repeated is counted rather than stacked.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };
    Q_ENUM(Kind)
    static constexpr int InformationTimeoutMs = 6000;

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    void showError(const QString &text) { showMessage(text, Kind::Error); }
    void showInformation(const QString &text) { showMessage(text, Kind::Information); }
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
    QTimer m_hideTimer;
    Kind m_kind = Kind::Information;
    QString m_text;
    int m_repeats = 1;
};

} // namespace DriftDeck
