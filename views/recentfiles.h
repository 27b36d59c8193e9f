#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace DriftDeck {

// The workspaces and snapshots opened lately, newest first, kept in QSettings; fills the
// "Open Recent" menu.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaximumCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    // The last file opened, if it still exists.
    QString last() const;

    // Rebuilds the menu from the list; kept current through changed().
    void attach(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);
    void changed();

private:
    void fill(QMenu *menu);
    void store(const QStringList &files);
};

} // namespace DriftDeck
