#include "recentmenu.h"

#include "app/appsettings.h"

#include <QDir>
#include <QFileInfo>

namespace ropa {

RecentMenu::RecentMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentMenu::fill);
    fill();
}

void RecentMenu::fill()
{
    clear();
    const QStringList files = AppSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QString name = QFileInfo(path).fileName();
        QAction *action = addAction(i < 9 ? tr("&%1 %2").arg(i + 1).arg(name) : name);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    if (files.isEmpty()) {
        addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("&Clear list")), &QAction::triggered, this, [this] {
        AppSettings::clearRecentFiles();
        Q_EMIT cleared();
    });
}

} // namespace ropa
