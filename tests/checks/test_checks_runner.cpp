// Re-checking as the project changes (CheckRunner, model/checks): a burst of edits is
// checked once, a stale check is cancelled, and a long burst is still checked.

#include "checkhelpers.h"

#include "checks/checker.h"
#include "checks/checkrunner.h"
#include "checksproject.h"
#include "commands/edits.h"
#include "domain/project.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace ropa;
using namespace ropa::checks;
using namespace ropa::test;
using I = ropa::test::ChecksIds;

class TestChecksRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- Re-checking as the project changes (CheckRunner) ----------------------------------

    // Typing a name into an editor: one change per keystroke, faster than the debounce. The
    // runner checks once after the burst, and the findings are those of the final project.
    void runnerCoalescesABurstOfEdits()
    {
        Project project(test::cleanProject());
        CheckRunner runner(&project);
        runner.setOptions({Today});
        runner.setDebounceMs(150);
        runner.setMaxWaitMs(600000); // this test is about the debounce alone
        QTRY_VERIFY(!runner.isBusy());
        const int before = runner.checksStarted();
        QCOMPARE(runner.checksDelivered(), before);

        const int edits = 60;
        const QString typed = QStringLiteral("Customer support and complaints handling team desk");
        for (int i = 0; i < edits; ++i) {
            Activity a = *project.find<Activity>(I::support());
            a.name = QStringLiteral("Customer support") + typed.left(i % typed.size() + 1);
            if (i == edits - 1)
                a.purposes.clear(); // the last keystroke leaves a finding behind
            QVERIFY(edit::change(project, a, MergeId::EditName));
            QTest::qWait(10);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 20000);
        const int runs = runner.checksStarted() - before;
        qInfo("%d edits, %d check(s) started, %d delivered, %d cancelled", edits, runs,
              runner.checksDelivered() - before, runner.checksCancelled());
        // 60 edits 10 ms apart, debounce 150 ms: one check; a loaded machine may stall the
        // event loop past the debounce now and then, so allow a few.
        QVERIFY2(runs >= 1 && runs <= 5, qPrintable(QString::number(runs)));
        QCOMPARE(runner.checksStarted(), runner.checksDelivered() + runner.checksCancelled());
        QCOMPARE(messagesOf(runner.findings(), QStringLiteral("ART30-PURPOSE-MISSING")),
                 messagesOf(runChecks(project.data(), {Today}), QStringLiteral("ART30-PURPOSE-MISSING")));
        QCOMPARE(runner.findings().size(), runChecks(project.data(), {Today}).size());
        QVERIFY(!messagesOf(runner.findings(), QStringLiteral("ART30-PURPOSE-MISSING")).isEmpty());
        QCOMPARE(runner.snapshot()->find<Activity>(I::support())->name, project.find<Activity>(I::support())->name);
    }

    // Edits that arrive while a (slow) check runs cancel it: the worker never works through a
    // queue of stale checks, and the last result is that of the final project.
    void runnerCancelsAStaleCheck()
    {
        Project project(test::cleanProject());
        CheckRunner runner(&project);
        // A slow check: every point where the check asks whether to stop takes 40 ms.
        CheckOptions options{Today};
        options.cancelled = [] {
            QThread::msleep(40);
            return false;
        };
        runner.setOptions(options);
        runner.setDebounceMs(50);
        runner.setMaxWaitMs(600000);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 20000);
        const int before = runner.checksStarted();

        // An edit, then, once its check has started, 30 more edits 30 ms apart.
        Activity a = *project.find<Activity>(I::support());
        a.owner = QStringLiteral("x");
        QVERIFY(edit::change(project, a));
        QTRY_VERIFY(runner.checksStarted() > before);
        for (int i = 0; i < 30; ++i) {
            a.owner += QStringLiteral("y");
            if (i == 29)
                a.dataSubjects.clear();
            QVERIFY(edit::change(project, a, MergeId::EditOwner));
            QTest::qWait(30);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 20000);
        const int runs = runner.checksStarted() - before;
        qInfo("31 edits during slow checks: %d started, %d cancelled, %d delivered", runs, runner.checksCancelled(),
              runner.checksDelivered() - before);
        QVERIFY(runner.checksCancelled() >= 1);
        QVERIFY2(runs <= 8, qPrintable(QString::number(runs)));
        QCOMPARE(runner.checksStarted(), runner.checksDelivered() + runner.checksCancelled());
        QCOMPARE(messagesOf(runner.findings(), QStringLiteral("ART30-SUBJECTS-MISSING")),
                 QStringList{QStringLiteral("Activity “Customer support” names no data subjects.")});
        QCOMPARE(runner.snapshot()->find<Activity>(I::support())->owner, a.owner);
    }

    // Continuous editing longer than the maximum wait still gets results while it goes on.
    void runnerChecksDuringALongBurst()
    {
        Project project(test::cleanProject());
        CheckRunner runner(&project);
        runner.setOptions({Today});
        runner.setDebounceMs(200);
        runner.setMaxWaitMs(400);
        QTRY_VERIFY(!runner.isBusy());
        const int before = runner.checksDelivered();
        Activity a = *project.find<Activity>(I::support());
        QElapsedTimer clock;
        clock.start();
        int edits = 0;
        while (clock.elapsed() < 1600) {
            a.notes += QStringLiteral("n");
            QVERIFY(edit::change(project, a, MergeId::EditNotes));
            ++edits;
            QTest::qWait(20);
        }
        const int duringBurst = runner.checksDelivered() - before;
        QTRY_VERIFY(!runner.isBusy());
        qInfo("%d edits in 1.6 s: %d result(s) during the burst, %d checks in all", edits, duringBurst,
              runner.checksDelivered() - before);
        QVERIFY2(duringBurst >= 1, "no result while editing went on");
        QVERIFY(runner.checksDelivered() - before <= edits / 4);
        QCOMPARE(runner.snapshot()->find<Activity>(I::support())->notes, a.notes);
    }
};

QTEST_GUILESS_MAIN(TestChecksRunner)
#include "test_checks_runner.moc"
