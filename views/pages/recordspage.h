#pragma once

// The Article 30 records of the open project. The record is built when the page is first
// shown for a project, follows the project's edits only while shown (a hidden page would
// rebuild the whole record after every edit), and is built again on a later show only when
// the project changed meanwhile.

#include "pages/projectpage.h"

namespace ropa {

class Project;
class RecordsView;

class RecordsPage : public ProjectPage
{
    Q_OBJECT

public:
    explicit RecordsPage(QWidget *parent = nullptr);

    QString title() const override;
    void attach(ProjectSession *session) override;
    void setShown(bool shown) override;
    bool isBusy() const override;

    RecordsView *view() const { return m_view; }

private:
    RecordsView *m_view;
    ProjectSession *m_session = nullptr;
    Project *m_project = nullptr;
    const Project *m_bound = nullptr; // the project the view was given
};

} // namespace ropa
