#pragma once

// The dashboard of the open project (DashboardWidget over the session's check runner). A
// click on a severity shows those findings on the findings page.

#include "pages/projectpage.h"

namespace ropa {

class DashboardWidget;
class FindingsPage;

class DashboardPage : public ProjectPage
{
    Q_OBJECT

public:
    explicit DashboardPage(FindingsPage *findings, QWidget *parent = nullptr);

    QString title() const override;
    void attach(ProjectSession *session) override;

Q_SIGNALS:
    // The window shows this page.
    void showPageRequested(ropa::ProjectPage *page);

private:
    FindingsPage *m_findings;
    DashboardWidget *m_view = nullptr;
};

} // namespace ropa
