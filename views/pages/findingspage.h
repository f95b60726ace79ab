#pragma once

// The findings of the open project (FindingsView over the session's check runner).

#include "checks/finding.h"
#include "pages/projectpage.h"

namespace ropa {

class FindingsView;

class FindingsPage : public ProjectPage
{
    Q_OBJECT

public:
    explicit FindingsPage(QWidget *parent = nullptr);

    QString title() const override;
    void attach(ProjectSession *session) override;
    bool isBusy() const override;

    // Shows only the findings of that severity (the dashboard's "click a slice").
    void showSeverity(checks::Severity severity);
    FindingsView *view() const { return m_view; }

private:
    ProjectSession *m_session = nullptr;
    FindingsView *m_view = nullptr;
};

} // namespace ropa
