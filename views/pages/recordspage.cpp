#include "recordspage.h"

#include "records/recordsview.h"
#include "session/projectsession.h"

#include <QVBoxLayout>

namespace ropa {

RecordsPage::RecordsPage(QWidget *parent)
    : ProjectPage(parent)
    , m_view(new RecordsView(this))
{
    setObjectName(QStringLiteral("recordsPage"));
    m_view->setObjectName(QStringLiteral("recordsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QString RecordsPage::title() const
{
    return tr("Article 30 records");
}

void RecordsPage::attach(ProjectSession *session)
{
    m_project = session ? session->project() : nullptr;
    if (m_bound) {
        m_view->setProject(nullptr);
        m_bound = nullptr;
    }
    m_view->setFollowing(false);
}

void RecordsPage::setShown(bool shown)
{
    if (shown && m_bound != m_project) {
        m_view->setFollowing(true);
        m_view->setProject(m_project);
        m_bound = m_project;
    }
    m_view->setFollowing(shown);
}

bool RecordsPage::isBusy() const
{
    return m_view->isBuilding();
}

} // namespace ropa
