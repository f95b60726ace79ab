#include "checkrunner.h"

#include "domain/project.h"

namespace ropa::checks {

CheckRunner::CheckRunner(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_snapshot(std::make_shared<const ProjectData>())
{
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    m_maxWait.setSingleShot(true);
    m_maxWait.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &CheckRunner::checkNow);
    connect(&m_maxWait, &QTimer::timeout, this, [this] {
        // A long burst of changes: check now, and let this check finish even if the changes go on.
        m_timer.stop();
        m_startCancellable = false;
        if (m_running)
            m_startWhenIdle = true;
        else
            start(false);
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
    m_stop->store(true); // whether or not edits may cancel the running check
    m_pool.clear();      // queued checks never start
    m_pool.waitForDone(); // the job holds only its own copy, but must not outlive the pool
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
    if (m_running && m_cancel)
        m_cancel->store(true);
    m_timer.start();
    if (!m_maxWait.isActive())
        m_maxWait.start();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void CheckRunner::checkNow()
{
    m_timer.stop();
    if (m_running) {
        // One check at a time: the next starts when this one has stopped (cancelled or not).
        m_startWhenIdle = true;
        return;
    }
    start(true);
}

void CheckRunner::start(bool cancellable)
{
    m_timer.stop();
    m_maxWait.stop();
    m_startWhenIdle = false;
    m_startCancellable = true;
    if (!m_project)
        return;
    const bool wasBusy = isBusy();
    const quint64 generation = ++m_generation;
    auto snapshot = std::make_shared<const ProjectData>(m_project->data());
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancellable ? cancel : nullptr;
    CheckOptions options = m_options;
    options.cancelled = [cancel, stop = m_stop, outer = m_options.cancelled] {
        return cancel->load() || stop->load() || (outer && outer());
    };
    m_running = true;
    ++m_started;
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    // The destructor waits for the pool, so `self` outlives the job; a result posted to a
    // runner deleted since is dropped with the runner's event queue.
    CheckRunner *self = this;
    m_pool.start([self, generation, snapshot, options, cancel] {
        FindingList findings = runChecks(*snapshot, options);
        // The dashboard's statistics of the data (the findings' counts are added where the
        // acceptances are applied): a walk over every transfer, half a second at full size,
        // done here rather than on the window's thread.
        std::shared_ptr<const DashboardStats> stats;
        if (!options.cancelled())
            stats = std::make_shared<const DashboardStats>(computeDashboardStats(*snapshot, {}, options.today));
        const bool cancelled = cancel->load() || !stats;
        QMetaObject::invokeMethod(
            self,
            [self, generation, cancelled, snapshot, stats, findings = std::move(findings)]() mutable {
                self->finished(generation, cancelled, snapshot, std::move(stats), std::move(findings));
            },
            Qt::QueuedConnection);
    });
}

void CheckRunner::finished(quint64 generation, bool cancelled, std::shared_ptr<const ProjectData> snapshot,
                           std::shared_ptr<const DashboardStats> stats, FindingList findings)
{
    if (generation != m_generation)
        return; // cannot happen with one check at a time; kept as a guard
    m_running = false;
    m_cancel.reset();
    if (cancelled) {
        ++m_cancelled;
    } else {
        ++m_delivered;
        m_snapshot = std::move(snapshot);
        m_dataStats = std::move(stats);
        m_findings = std::move(findings);
        m_hasResult = true;
        applyProjectAcceptances(m_findings, m_project ? m_project->data() : *m_snapshot);
        Q_EMIT findingsChanged();
    }
    if (m_startWhenIdle)
        start(m_startCancellable);
    else if (!isBusy())
        Q_EMIT busyChanged(false);
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
