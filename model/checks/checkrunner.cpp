#include "checkrunner.h"

#include "domain/project.h"
#include "jobs/latestjob.h"

namespace ropa::checks {

struct CheckRunner::Result
{
    std::shared_ptr<const ProjectData> snapshot;
    std::shared_ptr<const DashboardStats> stats; // null: stopped before the end
    FindingList findings;
};

CheckRunner::CheckRunner(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_job(new LatestJob(this))
    , m_snapshot(std::make_shared<const ProjectData>())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    m_maxWait.setSingleShot(true);
    m_maxWait.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &CheckRunner::checkNow);
    connect(&m_maxWait, &QTimer::timeout, this, [this] {
        // A long burst of changes: check now, and let this check finish even if the changes go on.
        m_timer.stop();
        m_startCancellable = false;
        start(false);
    });
    connect(m_job, &LatestJob::busyChanged, this, [this](bool busy) {
        if (!busy && !isBusy())
            Q_EMIT busyChanged(false);
    });
    if (project) {
        connect(project, &Project::entityAdded, this, &CheckRunner::schedule);
        connect(project, &Project::entityChanged, this, &CheckRunner::schedule);
        connect(project, &Project::entityRemoved, this, &CheckRunner::schedule);
        connect(project, &Project::infoChanged, this, &CheckRunner::schedule);
        connect(project, &Project::projectReset, this, &CheckRunner::schedule);
        connect(project, &Project::acceptedFindingsChanged, this, &CheckRunner::applyAcceptances);
        // A runner made for an open project checks it once without waiting for an edit.
        schedule();
    }
}

CheckRunner::~CheckRunner()
{
    m_timer.stop();
    m_maxWait.stop();
    // The job stops at its next step (also the one the maximum wait let finish), so closing
    // waits milliseconds, not a whole check of a large project.
    delete m_job;
    m_job = nullptr;
}

bool CheckRunner::isBusy() const
{
    return (m_job && m_job->isBusy()) || m_timer.isActive();
}

int CheckRunner::checksStarted() const
{
    return m_job->started();
}

int CheckRunner::checksDelivered() const
{
    return m_job->delivered() - m_stoppedByOptions;
}

int CheckRunner::checksCancelled() const
{
    return m_job->dropped() + m_stoppedByOptions;
}

void CheckRunner::setOptions(const CheckOptions &options)
{
    m_options = options;
    schedule();
}

void CheckRunner::schedule()
{
    const bool wasBusy = isBusy();
    // The running check is looking at data that is no longer the project's: stop it, unless
    // it is the one the maximum wait started.
    if (m_job->isBusy() && m_runningCancellable)
        m_job->cancel();
    m_timer.start();
    if (!m_maxWait.isActive())
        m_maxWait.start();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void CheckRunner::checkNow()
{
    start(m_startCancellable);
}

void CheckRunner::start(bool cancellable)
{
    m_timer.stop();
    m_maxWait.stop();
    m_startCancellable = true;
    if (!m_project)
        return;
    const bool wasBusy = isBusy();
    auto snapshot = m_project->snapshot();
    const CheckOptions options = m_options;
    m_runningCancellable = cancellable;
    m_job->start<Result>(
        [snapshot, options](const LatestJob::Cancelled &cancelled) {
            CheckOptions o = options;
            o.cancelled = [cancelled, outer = options.cancelled] { return cancelled() || (outer && outer()); };
            Result result;
            result.snapshot = snapshot;
            result.findings = runChecks(*snapshot, o);
            // The dashboard's statistics of the data (the findings' counts are added where the
            // acceptances are applied): a walk over every transfer, done here rather than on
            // the window's thread.
            if (!o.cancelled())
                result.stats = std::make_shared<const DashboardStats>(computeDashboardStats(*snapshot, {}, o.today));
            return result;
        },
        [this](Result result) { finished(std::move(result)); },
        cancellable ? LatestJob::Overtake::Cancel : LatestJob::Overtake::LetFinish);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void CheckRunner::finished(Result result)
{
    if (!result.stats) {
        ++m_stoppedByOptions;
        return;
    }
    m_snapshot = std::move(result.snapshot);
    m_dataStats = std::move(result.stats);
    m_findings = std::move(result.findings);
    m_hasResult = true;
    applyProjectAcceptances(m_findings, m_project ? m_project->data() : *m_snapshot);
    Q_EMIT findingsChanged();
}

DashboardStats CheckRunner::dashboardStats() const
{
    // Before the first result: those of the (empty) snapshot, made here (nothing to walk).
    DashboardStats s = m_dataStats ? *m_dataStats : computeDashboardStats(*m_snapshot, {}, m_options.today);
    s.findings = counts();
    return s;
}

void CheckRunner::applyAcceptances()
{
    if (!m_hasResult)
        return; // the first result applies them
    applyProjectAcceptances(m_findings, m_project ? m_project->data() : *m_snapshot);
    Q_EMIT findingsChanged();
}

} // namespace ropa::checks
