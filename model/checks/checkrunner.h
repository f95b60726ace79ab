#pragma once

// Keeps the findings of an open project up to date without blocking the UI: every change of the
// project (re)starts a short debounce timer; when it fires, a copy of the project's data is
// checked on a worker thread, and the result comes back to this object's thread. A result that
// a newer change has overtaken is dropped. The project's accepted findings are applied on
// arrival and again when they change, without re-running the rules; an acceptance whose
// finding no longer occurs is appended as a finding marked noLongerApplies (acceptance.h).

#include "checks/acceptance.h"
#include "checks/checker.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace ropa {
class Project;
}

namespace ropa::checks {

class CheckRunner : public QObject
{
    Q_OBJECT

public:
    // Without a project nothing is checked.
    explicit CheckRunner(Project *project, QObject *parent = nullptr);
    ~CheckRunner() override;

    void setOptions(const CheckOptions &options);
    const CheckOptions &options() const { return m_options; }
    void setDebounceMs(int ms) { m_timer.setInterval(ms); }

    // The last result, and the data it was computed from (a snapshot).
    const FindingList &findings() const { return m_findings; }
    std::shared_ptr<const ProjectData> snapshot() const { return m_snapshot; }
    SeverityCounts counts() const { return countFindings(m_findings); }
    bool isBusy() const { return m_running || m_timer.isActive(); }

public Q_SLOTS:
    // Schedules a check after the debounce interval.
    void schedule();
    // Starts a check now.
    void checkNow();

Q_SIGNALS:
    // New findings (or new acceptance states) are in findings().
    void findingsChanged();
    void busyChanged(bool busy);

private:
    void deliver(quint64 generation, std::shared_ptr<const ProjectData> snapshot, FindingList findings);
    void applyAcceptances();

    QPointer<Project> m_project;
    CheckOptions m_options;
    QTimer m_timer;
    QThreadPool m_pool;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_delivered = false; // a result has arrived: acceptances can be matched to it
    FindingList m_findings;
    std::shared_ptr<const ProjectData> m_snapshot;
};

} // namespace ropa::checks
