#pragma once

// A page of the main window beside the inventory's tables: the findings, the dashboard, the
// transfer graph, the Article 30 records, and the pages to come. The window knows pages only
// through this interface: it lists them in the navigator, attaches them to the open project
// and tells them when they are shown. A page made for one project (the findings follow its
// check runner) rebuilds what it needs in attach().

#include "domain/entities.h"

#include <QList>
#include <QWidget>

class QAction;

namespace ropa {

class ProjectSession;

class ProjectPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    ~ProjectPage() override;

    // The navigator's entry.
    virtual QString title() const = 0;
    // The open project changed (nullptr: none); the page follows the session's project from
    // now on. Called while the page may be hidden.
    virtual void attach(ProjectSession *session) = 0;
    // The page came to the front (true) or went behind another (false).
    virtual void setShown(bool shown) { Q_UNUSED(shown) }
    // The entity selected on the page, if it selects entities.
    virtual Id selectedEntity() const { return {}; }
    // The entity chosen in the window elsewhere (the page may highlight it).
    virtual void followSelection(const Id &id) { Q_UNUSED(id) }
    // Work in progress (screenshots and tests wait for it).
    virtual bool isBusy() const { return false; }
    // Actions the page adds to the window's menus while it is shown.
    virtual QList<QAction *> pageActions() const { return {}; }

Q_SIGNALS:
    // "Open in editor": the window shows the entity in its table.
    void openEntity(const QUuid &id);
    // selectedEntity() changed.
    void selectionChanged();
};

} // namespace ropa
