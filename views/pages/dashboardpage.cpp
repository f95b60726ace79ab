#include "dashboardpage.h"

#include "dashboard/dashboardwidget.h"
#include "pages/findingspage.h"
#include "session/projectsession.h"

#include <QVBoxLayout>

namespace ropa {

DashboardPage::DashboardPage(FindingsPage *findings, QWidget *parent)
    : ProjectPage(parent)
    , m_findings(findings)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::attach(ProjectSession *session)
{
    delete m_view;
    m_view = nullptr;
    checks::CheckRunner *runner = session ? session->checkRunner() : nullptr;
    if (!runner)
        return;
    m_view = new DashboardWidget(runner, this);
    m_view->setObjectName(QStringLiteral("dashboardView"));
    connect(m_view, &DashboardWidget::severityClicked, this, [this](checks::Severity severity) {
        Q_EMIT showPageRequested(m_findings);
        m_findings->showSeverity(severity);
    });
    layout()->addWidget(m_view);
}

} // namespace ropa
