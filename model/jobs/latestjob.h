#pragma once

// One background job at a time, the newest wins: the one helper behind every long computation
// of an open project (the findings, the transfer graph, the records, a save).
//
// - start() runs `work` on the job's own worker thread and hands its result to `deliver` on
//   this object's thread (the window's), unless something newer was asked for meanwhile.
// - A job started while another runs asks the running one to stop (`cancelled()` turns true;
//   work should poll it between steps) and starts when that one has returned. Jobs started in
//   between are replaced by the newest: at most one runs and one waits.
// - A job started with Overtake::LetFinish is not asked to stop by a newer one, and its result
//   is delivered even if it is no longer the newest (a long burst of edits still sees results).
// - cancel() drops the running and the waiting job; their results never arrive.
// - The destructor asks the running job to stop and waits for it: the work must hold only its
//   own copies (a snapshot of the project), never a pointer into the window.

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ropa {

class LatestJob : public QObject
{
    Q_OBJECT

public:
    using Cancelled = std::function<bool()>;
    enum class Overtake { Cancel, LetFinish };

    explicit LatestJob(QObject *parent = nullptr);
    ~LatestJob() override;

    template <typename Result>
    void start(std::function<Result(const Cancelled &)> work, std::function<void(Result)> deliver,
               Overtake overtake = Overtake::Cancel)
    {
        startErased(
            [work = std::move(work), deliver = std::move(deliver)](const Cancelled &cancelled) -> Delivery {
                auto result = std::make_shared<Result>(work(cancelled));
                return [deliver, result] { deliver(std::move(*result)); };
            },
            overtake);
    }

    // Drops the running job's result (asking it to stop) and the waiting job.
    void cancel();
    // A job runs or waits.
    bool isBusy() const { return m_running.has_value() || m_waiting.has_value(); }

    // For tests and status lines, since this was made: jobs started, delivered, dropped after
    // they started (cancelled or overtaken), and replaced while waiting (never started).
    // started() == delivered() + dropped() + (a job running ? 1 : 0).
    int started() const { return m_started; }
    int delivered() const { return m_delivered; }
    int dropped() const { return m_dropped; }
    int skipped() const { return m_skipped; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    using Delivery = std::function<void()>;
    using Work = std::function<Delivery(const Cancelled &)>;
    struct Job
    {
        Work work;
        Overtake overtake = Overtake::Cancel;
        quint64 generation = 0;
        std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
    };

    void startErased(Work work, Overtake overtake);
    void run(Job job);
    void finished(quint64 generation, bool wasCancelled, const Delivery &delivery);

    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    std::optional<Job> m_running;
    std::optional<Job> m_waiting;
    quint64 m_generation = 0; // of the newest job asked for
    int m_started = 0;
    int m_delivered = 0;
    int m_dropped = 0;
    int m_skipped = 0;
};

} // namespace ropa
