#include "idlework.h"

#include <QLoggingCategory>

namespace ropa {

// QT_LOGGING_RULES="ropa.idle.debug=true" prints each call of a step and how long it took.
Q_LOGGING_CATEGORY(lcIdle, "ropa.idle", QtWarningMsg)

IdleWork::IdleWork(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &IdleWork::runSlice);
}

void IdleWork::add(const QString &name, Step step)
{
    if (m_steps.empty()) {
        m_running.start();
        m_longestSliceMs = 0;
    }
    m_steps.push_back({name, std::move(step)});
    if (!m_timer.isActive())
        m_timer.start(m_steps.size() == 1 ? m_startDelayMs : 0);
}

void IdleWork::clear()
{
    m_steps.clear();
    m_timer.stop();
}

void IdleWork::runSlice()
{
    QElapsedTimer slice;
    slice.start();
    const QDeadlineTimer deadline(SliceMs);
    while (!m_steps.empty() && !deadline.hasExpired()) {
        // A step may queue more steps or clear the queue: take it out first.
        Entry entry = std::move(m_steps.front());
        m_steps.pop_front();
        QElapsedTimer took;
        took.start();
        const bool done = entry.step(deadline);
        qCDebug(lcIdle) << entry.name << (done ? "done" : "goes on") << took.nsecsElapsed() / 1000 << "us";
        if (!done)
            m_steps.push_front(std::move(entry));
    }
    m_longestSliceMs = std::max(m_longestSliceMs, slice.elapsed());
    if (!m_steps.empty()) {
        m_timer.start(0);
        return;
    }
    m_lastRunMs = m_running.elapsed();
}

} // namespace ropa
