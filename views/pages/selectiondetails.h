#pragma once

// The details of the entity selected on a page that has no editor of its own (the transfer
// graph): a title bar with "Edit" (shows the entity in the inventory's editor) and a close
// button, above the read-only detail page of entitydetails.h. Hidden while nothing is
// selected; closing it hides it until another entity is selected.

#include "domain/entities.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace ropa {

class Project;

class SelectionDetails : public QWidget
{
    Q_OBJECT

public:
    explicit SelectionDetails(QWidget *parent = nullptr);

    void setProject(Project *project);
    // The selected entity (null: none, the pane hides). Another entity than the one shown
    // opens the pane again after it was closed.
    void showEntity(const Id &id);
    // The same without drawing it: for a page that is hidden, which draws at its next refresh().
    void setEntity(const Id &id);
    Id entity() const { return m_id; }
    // The shown entity changed, or the project did: draw it again (hides when it is gone).
    void refresh();

Q_SIGNALS:
    // "Edit" or a link to another entity.
    void openRequested(const QUuid &id);

private:
    Project *m_project = nullptr;
    Id m_id;
    bool m_closed = false;
    QLabel *m_title;
    QToolButton *m_edit;
    QToolButton *m_close;
    QTextBrowser *m_page;
};

} // namespace ropa
