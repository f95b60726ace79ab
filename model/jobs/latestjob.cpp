#include "latestjob.h"

namespace ropa {

LatestJob::LatestJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

LatestJob::~LatestJob()
{
    m_stop->store(true);
    m_pool.clear();
    m_pool.waitForDone();
}

void LatestJob::startErased(Work work, Overtake overtake)
{
    const bool wasBusy = isBusy();
    Job job;
    job.work = std::move(work);
    job.overtake = overtake;
    job.generation = ++m_generation;
    if (m_running) {
        if (m_running->overtake == Overtake::Cancel)
            m_running->cancel->store(true);
        if (m_waiting)
            ++m_skipped;
        m_waiting = std::move(job);
    } else {
        run(std::move(job));
    }
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void LatestJob::cancel()
{
    const bool wasBusy = isBusy();
    ++m_generation;
    if (m_running) {
        m_running->cancel->store(true);
        m_running->overtake = Overtake::Cancel; // its result is dropped too
    }
    if (m_waiting) {
        ++m_skipped;
        m_waiting.reset();
    }
    if (wasBusy && !m_running)
        Q_EMIT busyChanged(false);
}

void LatestJob::run(Job job)
{
    ++m_started;
    const std::shared_ptr<std::atomic<bool>> cancel = job.cancel;
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    const quint64 generation = job.generation;
    Work work = job.work;
    m_running = std::move(job);
    // The destructor waits for the pool, so `self` outlives the work; a result posted to an
    // object deleted since is dropped with its events.
    LatestJob *self = this;
    m_pool.start([self, work = std::move(work), cancel, stop, generation] {
        const Cancelled cancelled = [cancel, stop] { return cancel->load() || stop->load(); };
        const Delivery delivery = work(cancelled);
        const bool wasCancelled = cancelled();
        QMetaObject::invokeMethod(
            self, [self, generation, wasCancelled, delivery] { self->finished(generation, wasCancelled, delivery); },
            Qt::QueuedConnection);
    });
}

void LatestJob::finished(quint64 generation, bool wasCancelled, const Delivery &delivery)
{
    if (!m_running || m_running->generation != generation)
        return;
    const bool deliver = !wasCancelled && (generation == m_generation || m_running->overtake == Overtake::LetFinish);
    m_running.reset();
    // The waiting job is taken out first: `delivery` may start a newer one itself, which then
    // replaces it.
    std::optional<Job> next = std::move(m_waiting);
    m_waiting.reset();
    if (deliver) {
        ++m_delivered;
        delivery();
    } else {
        ++m_dropped;
    }
    if (next) {
        if (m_running)
            ++m_skipped;
        else
            run(std::move(*next));
    }
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

} // namespace ropa
