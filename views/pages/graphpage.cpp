#include "graphpage.h"

#include "domain/project.h"
#include "graph/graphview.h"
#include "pages/selectiondetails.h"
#include "session/projectsession.h"

#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace ropa {

GraphPage::GraphPage(ConfirmDelete confirm, QWidget *parent)
    : ProjectPage(parent)
    , m_view(new GraphView(this))
    , m_details(new SelectionDetails(this))
{
    setObjectName(QStringLiteral("graphPage"));
    m_view->setObjectName(QStringLiteral("graphView"));
    m_view->setConfirmDelete(std::move(confirm));
    connect(m_view, &GraphView::entitySelected, this, [this](const QUuid &id) {
        m_details->showEntity(id);
        Q_EMIT selectionChanged();
    });
    connect(m_view, &GraphView::openRequested, this, &ProjectPage::openEntity);
    connect(m_details, &SelectionDetails::openRequested, this, &ProjectPage::openEntity);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("graphDetailsSplitter"));
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

QString GraphPage::title() const
{
    return tr("Transfer graph");
}

void GraphPage::attach(ProjectSession *session)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_session = session;
    m_project = session ? session->project() : nullptr;
    if (m_project) {
        connect(m_project, &Project::entityAdded, this, &GraphPage::scheduleRefresh);
        connect(m_project, &Project::entityChanged, this, &GraphPage::scheduleRefresh);
        connect(m_project, &Project::entityRemoved, this, &GraphPage::scheduleRefresh);
        connect(m_project, &Project::projectReset, this, &GraphPage::scheduleRefresh);
    }
    if (m_shown || !m_project)
        refresh();
}

void GraphPage::setShown(bool shown)
{
    m_shown = shown;
    if (shown)
        refresh();
}

void GraphPage::scheduleRefresh()
{
    // A cascade emits one signal per entity: the graph follows once, and only while shown.
    if (!m_shown || m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        if (m_shown)
            refresh();
    });
}

void GraphPage::refresh()
{
    m_view->setProject(m_project, m_session && m_session->isReadOnly());
    m_details->setProject(m_project);
}

Id GraphPage::selectedEntity() const
{
    return m_view->selectedEntity();
}

void GraphPage::followSelection(const Id &id)
{
    m_view->selectEntity(id);
    // The details of a party or transfer chosen in the inventory, not of an activity or a
    // category, which the graph does not show.
    const std::optional<EntityKind> kind = m_project ? m_project->data().kindOfId(id) : std::nullopt;
    const bool inGraph = kind == EntityKind::Party || kind == EntityKind::Transfer;
    // Drawn when the page is shown (setShown refreshes): a party's details list every transfer
    // it is in, too much to write for each row the user passes in the inventory's table.
    if (m_shown)
        m_details->showEntity(inGraph ? m_view->selectedEntity() : Id());
    else
        m_details->setEntity(inGraph ? m_view->selectedEntity() : Id());
}

bool GraphPage::isBusy() const
{
    return m_view->isComputing();
}

} // namespace ropa
