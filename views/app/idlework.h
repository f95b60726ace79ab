#pragma once

// Work the program does while the user is idle, a slice at a time on the GUI thread: a queue
// of steps, each called with a deadline and returning true when it is done (false: call me
// again). Slices run from a zero-interval timer, so input, painting and posted events go
// first and wait at most one slice; each slice runs steps until its budget is spent.
//
// The main window uses it after opening a project to make what the first sort, filter
// keystroke, section switch or Find would otherwise make while the user waits.

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>

namespace ropa {

class IdleWork : public QObject
{
    Q_OBJECT

public:
    using Step = std::function<bool(QDeadlineTimer deadline)>;

    explicit IdleWork(QObject *parent = nullptr);

    // How long the first slice waits after steps are queued into an empty queue (default 0;
    // the main window lets a project it just opened be painted and settle first).
    void setStartDelayMs(int ms) { m_startDelayMs = ms; }

    // Queues a step (its name is for the log and the benchmark) and starts, when idle.
    void add(const QString &name, Step step);
    // Drops every queued step (the project they were for is gone).
    void clear();
    bool isBusy() const { return !m_steps.empty(); }

    // Since the first step was queued after being idle: how long until the queue ran dry, and
    // the longest single slice (what the user's input may have waited).
    qint64 lastRunMs() const { return m_lastRunMs; }
    qint64 longestSliceMs() const { return m_longestSliceMs; }

private:
    struct Entry
    {
        QString name;
        Step step;
    };
    void runSlice();

    std::deque<Entry> m_steps;
    QTimer m_timer;
    QElapsedTimer m_running;
    static constexpr int SliceMs = 15; // each slice's budget
    int m_startDelayMs = 0;
    qint64 m_lastRunMs = 0;
    qint64 m_longestSliceMs = 0;
};

} // namespace ropa
