#pragma once

// Keeps the findings of an open project up to date without blocking the UI (docs/findings.md,
// "Re-checking as the project changes"):
// - Bursts of edits are coalesced: every change (re)starts a short debounce timer, so typing
//   in an editor gives one check after the last keystroke, not one per keystroke; a second
//   timer, started by the first change of a burst and not restarted, bounds the wait, so a
//   long burst (continuous typing) still gets a check every maxWaitMs.
// - A copy of the project's data is checked on a worker thread (one at a time, never a queue);
//   the result comes back to this object's thread.
// - A change that arrives while a check runs cancels that check (it asks CheckOptions::
//   cancelled between rules and per data category, so it stops within milliseconds) and a new
//   one follows after the debounce. A check started because the maximum wait ran out is not
//   cancelled: it finishes and is shown (a few edits behind), so continuous editing of a large
//   project still sees results.
// The project's accepted findings are applied on arrival and again when they change, without
// re-running the rules; an acceptance whose finding no longer occurs is appended as a finding
// marked noLongerApplies (acceptance.h).

#include "checks/acceptance.h"
#include "checks/checker.h"
#include "checks/dashboardstats.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
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

    // options.cancelled, when set, is asked too (besides the runner's own cancellation).
    void setOptions(const CheckOptions &options);
    const CheckOptions &options() const { return m_options; }
    // Quiet time after the last change before a check starts (default 300 ms).
    void setDebounceMs(int ms) { m_timer.setInterval(ms); }
    // Longest wait from the first change of a burst to the start of a check (default 2 s).
    void setMaxWaitMs(int ms) { m_maxWait.setInterval(ms); }

    // The last result, and the data it was computed from (a snapshot).
    const FindingList &findings() const { return m_findings; }
    std::shared_ptr<const ProjectData> snapshot() const { return m_snapshot; }
    SeverityCounts counts() const { return countFindings(m_findings); }
    // The dashboard's statistics of the last result (computed with it on the worker thread;
    // the findings' counts as they are now, acceptances included).
    DashboardStats dashboardStats() const;
    bool isBusy() const { return m_running || m_timer.isActive() || m_startWhenIdle; }

    // How many checks were started, delivered, and cancelled since this runner was made (for
    // tests and the status line; started = delivered + cancelled + the one running).
    int checksStarted() const { return m_started; }
    int checksDelivered() const { return m_delivered; }
    int checksCancelled() const { return m_cancelled; }

public Q_SLOTS:
    // A change: schedules a check after the debounce interval (cancelling a running one).
    void schedule();
    // Starts a check now (or as soon as the running one has stopped).
    void checkNow();

Q_SIGNALS:
    // New findings (or new acceptance states) are in findings().
    void findingsChanged();
    void busyChanged(bool busy);

private:
    void start(bool cancellable);
    void finished(quint64 generation, bool cancelled, std::shared_ptr<const ProjectData> snapshot,
                  std::shared_ptr<const DashboardStats> stats, FindingList findings);
    void applyAcceptances();

    QPointer<Project> m_project;
    CheckOptions m_options;
    QTimer m_timer;   // debounce: restarted by every change
    QTimer m_maxWait; // started by the first change of a burst, not restarted
    QThreadPool m_pool;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_startWhenIdle = false; // a check is due but the previous one has not stopped yet
    bool m_startCancellable = true;
    std::shared_ptr<std::atomic<bool>> m_cancel; // of the running check, when cancellable
    // Set when the runner goes (the project is closed, the program quits): every check stops
    // at its next step, also the one the maximum wait made uncancellable by edits, and a queued
    // one never starts, so closing waits milliseconds, not a whole check of a large project.
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    bool m_hasResult = false; // a result has arrived: acceptances can be matched to it
    int m_started = 0;
    int m_delivered = 0;
    int m_cancelled = 0;
    std::shared_ptr<const DashboardStats> m_dataStats; // without the findings' counts
    FindingList m_findings;
    std::shared_ptr<const ProjectData> m_snapshot;
};

} // namespace ropa::checks
