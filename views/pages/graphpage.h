#pragma once

// The onward-transfer graph of the open project. The graph is a snapshot: made again when
// the page is shown and after edits while it shows. Its selection is the window's while the
// page is in front, and the inventory's selection is highlighted in it. The selected party's
// or transfer's details show below the graph (the inventory's editor is behind this page).

#include "pages/projectpage.h"

#include <functional>

namespace ropa {

class GraphView;
class Project;
class SelectionDetails;

class GraphPage : public ProjectPage
{
    Q_OBJECT

public:
    using ConfirmDelete = std::function<bool(QWidget *, const QString &, const QString &)>;
    explicit GraphPage(ConfirmDelete confirm, QWidget *parent = nullptr);

    QString title() const override;
    void attach(ProjectSession *session) override;
    void setShown(bool shown) override;
    Id selectedEntity() const override;
    void followSelection(const Id &id) override;
    bool isBusy() const override;

    GraphView *view() const { return m_view; }
    SelectionDetails *details() const { return m_details; }

private:
    void refresh();
    void scheduleRefresh();

    ProjectSession *m_session = nullptr;
    Project *m_project = nullptr;
    GraphView *m_view;
    SelectionDetails *m_details;
    bool m_shown = false;
    bool m_refreshPending = false;
};

} // namespace ropa
