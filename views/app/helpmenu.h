#pragma once

// Help: the user guide inside the program (F1; F1 on an editor's field shows that field's help),
// What's this (Shift+F1), About Ropa (version, Qt version), About Qt.

#include <QMenu>

namespace ropa {

class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(QWidget *window);

private:
    void showAbout();

    QWidget *m_window;
};

} // namespace ropa
