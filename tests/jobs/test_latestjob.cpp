// LatestJob: results arrive on the caller's thread, the newest wins, a running job is asked to
// stop when overtaken, a LetFinish job is delivered, cancel() drops everything.
#include "jobs/latestjob.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace ropa;

namespace {

// Work that runs until it is cancelled or released, then returns `value`.
std::function<int(const LatestJob::Cancelled &)> blocking(int value, std::shared_ptr<std::atomic<bool>> release,
                                                          std::shared_ptr<std::atomic<bool>> sawCancel = {})
{
    return [value, release, sawCancel](const LatestJob::Cancelled &cancelled) {
        while (!release->load()) {
            if (cancelled()) {
                if (sawCancel)
                    sawCancel->store(true);
                return -1;
            }
            QThread::msleep(1);
        }
        return value;
    };
}

} // namespace

class TestLatestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversOnTheCallersThread()
    {
        LatestJob job;
        QSignalSpy busy(&job, &LatestJob::busyChanged);
        QThread *deliveredOn = nullptr;
        int got = 0;
        job.start<int>([](const LatestJob::Cancelled &) { return 42; },
                       [&](int v) {
                           got = v;
                           deliveredOn = QThread::currentThread();
                       });
        QVERIFY(job.isBusy());
        QTRY_COMPARE(got, 42);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QTRY_VERIFY(!job.isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void newestWinsAndTheRunningOneIsAskedToStop()
    {
        LatestJob job;
        auto release = std::make_shared<std::atomic<bool>>(false);
        auto firstSawCancel = std::make_shared<std::atomic<bool>>(false);
        QList<int> got;
        const auto deliver = [&](int v) { got.append(v); };
        job.start<int>(blocking(1, release, firstSawCancel), deliver);
        job.start<int>(blocking(2, release), deliver); // waits, then is replaced
        job.start<int>([](const LatestJob::Cancelled &) { return 3; }, deliver);
        QTRY_VERIFY(!job.isBusy());
        QVERIFY(firstSawCancel->load());
        QCOMPARE(got, QList<int>{3});
        QCOMPARE(job.started(), 2); // the second never ran
        QCOMPARE(job.delivered(), 1);
        QCOMPARE(job.dropped(), 1);
        QCOMPARE(job.skipped(), 1);
    }

    void letFinishIsDeliveredThoughOvertaken()
    {
        LatestJob job;
        auto release = std::make_shared<std::atomic<bool>>(false);
        QList<int> got;
        const auto deliver = [&](int v) { got.append(v); };
        job.start<int>(blocking(1, release), deliver, LatestJob::Overtake::LetFinish);
        job.start<int>([](const LatestJob::Cancelled &) { return 2; }, deliver);
        QTest::qWait(20);
        QVERIFY(got.isEmpty());
        release->store(true);
        QTRY_VERIFY(!job.isBusy());
        QCOMPARE(got, (QList<int>{1, 2}));
    }

    void cancelDropsRunningAndWaiting()
    {
        LatestJob job;
        auto release = std::make_shared<std::atomic<bool>>(false);
        QList<int> got;
        const auto deliver = [&](int v) { got.append(v); };
        job.start<int>(blocking(1, release), deliver, LatestJob::Overtake::LetFinish);
        job.start<int>(blocking(2, release), deliver);
        job.cancel();
        release->store(true);
        QTRY_VERIFY(!job.isBusy());
        QTest::qWait(20);
        QVERIFY(got.isEmpty());
    }

    void aDeliveryMayStartTheNextJob()
    {
        LatestJob job;
        QList<int> got;
        std::function<void(int)> deliver = [&](int v) {
            got.append(v);
            if (v < 3)
                job.start<int>([v](const LatestJob::Cancelled &) { return v + 1; }, deliver);
        };
        job.start<int>([](const LatestJob::Cancelled &) { return 1; }, deliver);
        QTRY_VERIFY(!job.isBusy());
        QCOMPARE(got, (QList<int>{1, 2, 3}));
    }

    void destructionStopsTheRunningJob()
    {
        auto sawCancel = std::make_shared<std::atomic<bool>>(false);
        auto release = std::make_shared<std::atomic<bool>>(false);
        bool delivered = false;
        {
            LatestJob job;
            job.start<int>(blocking(1, release, sawCancel), [&](int) { delivered = true; });
            QTest::qWait(5);
        }
        QVERIFY(sawCancel->load());
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestLatestJob)
#include "test_latestjob.moc"
