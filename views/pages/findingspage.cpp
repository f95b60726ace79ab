#include "findingspage.h"

#include "checks/acceptance.h"
#include "checks/checkrunner.h"
#include "findings/findingsview.h"
#include "session/projectsession.h"

#include <QVBoxLayout>

namespace ropa {

FindingsPage::FindingsPage(QWidget *parent)
    : ProjectPage(parent)
{
    setObjectName(QStringLiteral("findingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QString FindingsPage::title() const
{
    return tr("Findings");
}

void FindingsPage::attach(ProjectSession *session)
{
    // The view follows one project's check runner: it goes with the project.
    delete m_view;
    m_view = nullptr;
    m_session = session;
    checks::CheckRunner *runner = session ? session->checkRunner() : nullptr;
    if (!runner)
        return;
    // Accept and Reopen go through the project's undo stack; the adapter lives as long as the
    // runner (this project).
    // Read-only: findings cannot be accepted (an acceptance is an edit of the project).
    auto *acceptances = session->isReadOnly() ? nullptr : new checks::AcceptanceStore(session->project(), runner);
    m_view = new FindingsView(runner, acceptances, this);
    m_view->setObjectName(QStringLiteral("findingsView"));
    connect(m_view, &FindingsView::entityActivated, this,
            [this](EntityKind, const QUuid &id) { Q_EMIT openEntity(id); });
    layout()->addWidget(m_view);
}

bool FindingsPage::isBusy() const
{
    return m_view && m_view->runner()->isBusy();
}

void FindingsPage::showSeverity(checks::Severity severity)
{
    if (m_view)
        m_view->showSeverity(severity);
}

} // namespace ropa
