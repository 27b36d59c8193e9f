#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace DriftDeck {

namespace {
constexpr auto RecentKey = QLatin1StringView("session/recentFiles");
constexpr auto LastKey = QLatin1StringView("session/lastFile");
} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    return QSettings().value(RecentKey).toStringList();
}

void RecentFiles::store(const QStringList &files)
{
    QSettings settings;
    settings.setValue(RecentKey, files);
    Q_EMIT changed();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaximumCount)
        list.removeLast();
    QSettings().setValue(LastKey, absolute);
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

QString RecentFiles::last() const
{
    const QString path = QSettings().value(LastKey).toString();
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

void RecentFiles::attach(QMenu *menu)
{
    fill(menu);
    connect(this, &RecentFiles::changed, menu, [this, menu] { fill(menu); });
}

void RecentFiles::fill(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    for (const QString &path : list) {
        // The file name first: it is what people recognise; the folder tells twins apart.
        const QFileInfo info(path);
        QAction *action = menu->addAction(tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.path())));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    menu->setEnabled(!list.isEmpty());
    if (!list.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Clear List"), this, &RecentFiles::clear);
    }
}

} // namespace DriftDeck
