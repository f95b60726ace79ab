#pragma once

// The file's history (decision 0027): every save with when, who, what changed and the comment,
// newest first, and whether the chain of entries checks; the selected entry's changes below.
// The history is the session's (ProjectSession::history), not project content.

#include "pages/projectpage.h"

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace ropa {

class HistoryPage : public ProjectPage
{
    Q_OBJECT

public:
    explicit HistoryPage(QWidget *parent = nullptr);

    QString title() const override;
    void attach(ProjectSession *session) override;

    QTreeWidget *list() const { return m_list; }
    QPlainTextEdit *details() const { return m_details; }
    QLabel *status() const { return m_status; }

private:
    void rebuild();
    void showSelected();

    ProjectSession *m_session = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace ropa
