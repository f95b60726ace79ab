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
    // The file's history, for "Changes since" (decision 0027).
    if (m_session)
        disconnect(m_session, &ProjectSession::historyChanged, this, nullptr);
    m_session = session;
    const auto history = [this] {
        m_view->setHistory(m_session ? m_session->history() : QList<store::HistoryEntry>(),
                           m_session ? m_session->historyCheck() : store::HistoryCheck());
    };
    if (m_session)
        connect(m_session, &ProjectSession::historyChanged, this, history);
    history();
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
