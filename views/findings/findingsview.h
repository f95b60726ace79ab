#pragma once

// The findings of a project as a list a DPO works through: severity, rule, entity, message;
// filter and sort; double-click to jump to the entity (the main window connects
// entityActivated to its editor); accept a finding with a justification (undoable), or reopen
// it. Recomputed in the background (checks::CheckRunner) as the project changes.

#include "checks/checkrunner.h"
#include "checks/findingsmodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ropa {

class Project;

class FindingsView : public QWidget
{
    Q_OBJECT

public:
    // Checks `project` itself; acceptances may be null (then Accept is disabled).
    FindingsView(Project *project, checks::AcceptanceStore *acceptances, QWidget *parent = nullptr);
    // Shows what another runner computes (one runner shared with the dashboard).
    FindingsView(checks::CheckRunner *runner, checks::AcceptanceStore *acceptances, QWidget *parent = nullptr);

    checks::CheckRunner *runner() const { return m_runner; }
    // The list, table and filter (brought up to date first: see refresh()).
    checks::FindingsModel *model()
    {
        catchUp();
        return m_model;
    }
    checks::FindingsFilter *filter()
    {
        catchUp();
        return m_filter;
    }
    QTableView *table()
    {
        catchUp();
        return m_table;
    }
    // "3 high · 5 medium · 2 low · 1 accepted": for the status bar.
    QString countsText() const;

    // Accepts the finding shown in that (view) row; false when refused (empty justification).
    bool acceptRow(int row, const QString &justification);
    bool reopenRow(int row);

public Q_SLOTS:
    // For the dashboard's "click a slice": show only this severity / rule prefix / kind.
    void showSeverity(ropa::checks::Severity severity);
    void showRulePrefix(const QString &prefix);
    void clearFilters();

Q_SIGNALS:
    void entityActivated(ropa::EntityKind kind, const QUuid &id);
    void countsChanged(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    // New findings: the counts at once; the list only while shown (a hidden page's list of
    // tens of thousands of findings is filled and sorted when it is next shown or asked for).
    void refresh();
    void catchUp();
    void updateButtons();
    void acceptCurrent();
    const checks::Finding *findingAt(int viewRow) const;

    checks::CheckRunner *m_runner = nullptr;
    checks::AcceptanceStore *m_acceptances = nullptr;
    checks::FindingsModel *m_model = nullptr;
    checks::FindingsFilter *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_severity = nullptr;
    QCheckBox *m_showAccepted = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reopen = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_busy = nullptr;
    bool m_stale = false; // the list is older than the runner's findings
};

} // namespace ropa
