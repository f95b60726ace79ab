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
#include <QTimer>

#include <atomic>
#include <memory>

namespace ropa {
class LatestJob;
class Project;
} // namespace ropa

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
    bool isBusy() const;

    // How many checks were started, delivered, and cancelled since this runner was made (for
    // tests and the status line; started = delivered + cancelled + the one running).
    int checksStarted() const;
    int checksDelivered() const;
    int checksCancelled() const;

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
    struct Result;
    void start(bool cancellable);
    void finished(Result result);
    void applyAcceptances();

    QPointer<Project> m_project;
    CheckOptions m_options;
    QTimer m_timer;   // debounce: restarted by every change
    QTimer m_maxWait; // started by the first change of a burst, not restarted
    // One check at a time, on its worker thread; the running one is asked to stop by an edit
    // unless the maximum wait started it (LatestJob::Overtake::LetFinish).
    LatestJob *m_job = nullptr;
    bool m_runningCancellable = true;
    bool m_startCancellable = true;
    bool m_hasResult = false;                          // a result has arrived: acceptances can be matched to it
    int m_stoppedByOptions = 0;                        // results dropped because CheckOptions::cancelled said so
    std::shared_ptr<const DashboardStats> m_dataStats; // without the findings' counts
    FindingList m_findings;
    std::shared_ptr<const ProjectData> m_snapshot;
};

} // namespace ropa::checks
