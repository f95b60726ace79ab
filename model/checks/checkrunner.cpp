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
    connect(&m_timer, &QTimer::timeout, this, &CheckRunner::checkNow);
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
    m_timer.start();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void CheckRunner::checkNow()
{
    m_timer.stop();
    if (!m_project)
        return;
    const bool wasBusy = isBusy();
    const quint64 generation = ++m_generation;
    auto snapshot = std::make_shared<const ProjectData>(m_project->data());
    const CheckOptions options = m_options;
    m_running = true;
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    // The destructor waits for the pool, so `self` outlives the job; a result posted to a
    // runner deleted since is dropped with the runner's event queue.
    CheckRunner *self = this;
    m_pool.start([self, generation, snapshot, options] {
        FindingList findings = runChecks(*snapshot, options);
        QMetaObject::invokeMethod(
            self,
            [self, generation, snapshot, findings = std::move(findings)]() mutable {
                self->deliver(generation, snapshot, std::move(findings));
            },
            Qt::QueuedConnection);
    });
}

void CheckRunner::deliver(quint64 generation, std::shared_ptr<const ProjectData> snapshot, FindingList findings)
{
    if (generation != m_generation)
        return; // overtaken by a newer check
    m_running = false;
    m_snapshot = std::move(snapshot);
    m_findings = std::move(findings);
    m_delivered = true;
    applyProjectAcceptances(m_findings, m_project ? m_project->data() : *m_snapshot);
    Q_EMIT findingsChanged();
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

void CheckRunner::applyAcceptances()
{
    if (!m_delivered)
        return; // the first result applies them
    applyProjectAcceptances(m_findings, m_project ? m_project->data() : *m_snapshot);
    Q_EMIT findingsChanged();
}

} // namespace ropa::checks
