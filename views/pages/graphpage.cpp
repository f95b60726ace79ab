#include "graphpage.h"

#include "graph/graphview.h"
#include "session/projectsession.h"

#include <QTimer>
#include <QVBoxLayout>

namespace ropa {

GraphPage::GraphPage(ConfirmDelete confirm, QWidget *parent)
    : ProjectPage(parent)
    , m_view(new GraphView(this))
{
    setObjectName(QStringLiteral("graphPage"));
    m_view->setObjectName(QStringLiteral("graphView"));
    m_view->setConfirmDelete(std::move(confirm));
    connect(m_view, &GraphView::entitySelected, this, &ProjectPage::selectionChanged);
    connect(m_view, &GraphView::openRequested, this, &ProjectPage::openEntity);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
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
}

Id GraphPage::selectedEntity() const
{
    return m_view->selectedEntity();
}

void GraphPage::followSelection(const Id &id)
{
    m_view->selectEntity(id);
}

bool GraphPage::isBusy() const
{
    return m_view->isComputing();
}

} // namespace ropa
