#include "helpmenu.h"

#include "app/userguideview.h"
#include "editors/fieldwhatsthis.h"

#include <QApplication>
#include <QMessageBox>
#include <QStyle>
#include <QWhatsThis>

namespace ropa {

HelpMenu::HelpMenu(QWidget *window)
    : QMenu(tr("&Help"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = addAction(
        QIcon::fromTheme(QStringLiteral("help-contents"), window->style()->standardIcon(QStyle::SP_DialogHelpButton)),
        tr("&User guide"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("How to keep the inventory and make the records, offline"));
    // F1 on a field of an editor explains that field and its article; elsewhere the guide.
    connect(guide, &QAction::triggered, this, [this] {
        if (!showFocusedFieldHelp())
            UserGuideView::showGuide(m_window);
    });
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    whatsThis->setStatusTip(tr("Click a field to see what it means and which article of the GDPR asks for it"));
    addAction(whatsThis);
    addSeparator();
    QAction *about = addAction(tr("&About Ropa"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &HelpMenu::showAbout);
    QAction *aboutQt = addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void HelpMenu::showAbout()
{
    QMessageBox::about(m_window, tr("About Ropa"),
                       tr("<h3>Ropa %1</h3><p>Your data inventory and records of processing activities "
                          "(GDPR Article 30), with the processors and subprocessors that receive the data.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

} // namespace ropa
