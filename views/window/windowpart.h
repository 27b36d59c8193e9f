#pragma once

#include "messagebar.h"

#include <QObject>
#include <QWidget>

namespace DriftDeck {

// One responsibility of the main window (opening and refreshing, history, export, cell actions…)
// that owns its state and actions. Parts never reach into the window: they say what the user
// should read through these signals, and MainWindow routes them to the message bar and the
// status bar. The window is the parent, so dialogs a part opens stay modal to it.
class WindowPart : public QObject
{
    Q_OBJECT
public:
    explicit WindowPart(QWidget *window)
        : QObject(window)
    {
    }

    QWidget *window() const { return static_cast<QWidget *>(parent()); }

Q_SIGNALS:
    // For the message bar: errors stay until closed, information hides itself.
    void message(const QString &text, DriftDeck::MessageBar::Kind kind);
    // For the status bar: what is running now ("Writing the report…"); empty clears it.
    void progress(const QString &text);

protected:
    void showError(const QString &text) { Q_EMIT message(text, MessageBar::Kind::Error); }
    void showInformation(const QString &text) { Q_EMIT message(text, MessageBar::Kind::Information); }
};

} // namespace DriftDeck
