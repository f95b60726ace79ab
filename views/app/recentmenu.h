#pragma once

// File › Open recent: the recent projects (&1 … &9 as accelerators, the full path as the
// tip), and Clear list.

#include <QMenu>

namespace ropa {

class RecentMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentMenu(const QString &title, QWidget *parent = nullptr);

Q_SIGNALS:
    void fileChosen(const QString &path);
    void cleared();

private:
    void fill();
};

} // namespace ropa
