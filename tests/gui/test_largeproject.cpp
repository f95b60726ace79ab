// The desktop program on a large project (ropa-bench's generator, a tenth of its full size:
// 1,000 activities, 5,000 transfers): closing or quitting while the findings are computed on
// the worker thread cancels the check instead of waiting for it, and the Article 30 records
// page is built in the background and previewed a page at a time.

// The generator is ropa-bench's own (the same project as the benchmarks).
#include "benchmarks/benchgenerator.h"

#include "checks/checker.h"
#include "commands/edits.h"
#include "domain/project.h"
#include "mainwindow.h"
#include "records/recordsview.h"
#include "reports/reportbuilder.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <algorithm>

using namespace ropa;

class TestLargeProject : public QObject
{
    Q_OBJECT

private:
    ProjectData m_data;
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_fullCheckMs = 0;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        m_data = bench::generateProject(20240530, bench::QuickSizes);
        m_path = m_dir.filePath(QStringLiteral("large.ropa"));
        const store::SaveResult saved = store::saveProject(m_data, m_path, {});
        QVERIFY2(!saved.error, qPrintable(saved.error.message));
        // What a whole check of this project costs here, now (the machine may be busy).
        QElapsedTimer timer;
        timer.start();
        const checks::FindingList findings = checks::runChecks(m_data);
        m_fullCheckMs = timer.elapsed();
        QVERIFY(!findings.isEmpty());
        qInfo("a whole check of the project: %lld ms", m_fullCheckMs);
    }

    void cancelledCheckStopsEarly()
    {
        checks::CheckOptions options;
        options.cancelled = [] { return true; };
        QElapsedTimer timer;
        timer.start();
        QVERIFY(checks::runChecks(m_data, options).isEmpty());
        QVERIFY2(timer.elapsed() < std::max<qint64>(m_fullCheckMs / 2, 1),
                 qPrintable(QString::number(timer.elapsed())));
    }

    void closingWhileCheckingDoesNotWaitForTheCheck()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        w.setAutosaveInterval(0);
        QVERIFY(w.openFile(m_path));
        // The first check of the project starts on opening.
        QTest::qWait(20);
        QVERIFY(w.checksPending());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(w.closeProject());
        const qint64 closing = timer.elapsed();
        QVERIFY(!w.hasProject());
        QVERIFY(!w.checksPending());
        qInfo("closing while checking: %lld ms", closing);
        QVERIFY2(closing < m_fullCheckMs / 2,
                 qPrintable(QStringLiteral("%1 ms (a whole check: %2 ms)").arg(closing).arg(m_fullCheckMs)));

        // Reopened, the project is checked again, and the findings come.
        QVERIFY(w.openFile(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(!w.checksPending(), 120000);
    }

    void quittingWhileCheckingDoesNotWaitForTheCheck()
    {
        auto *w = new MainWindow;
        w->setErrorDialogsEnabled(false);
        w->setAutosaveInterval(0);
        QVERIFY(w->openFile(m_path));
        w->show();
        QTest::qWait(20);
        QVERIFY(w->checksPending());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(w->close()); // no unsaved changes: nothing to ask
        delete w;
        const qint64 quitting = timer.elapsed();
        qInfo("quitting while checking: %lld ms", quitting);
        QVERIFY2(quitting < m_fullCheckMs / 2,
                 qPrintable(QStringLiteral("%1 ms (a whole check: %2 ms)").arg(quitting).arg(m_fullCheckMs)));
    }

    void recordsAreBuiltInTheBackground()
    {
        Project project(m_data);
        RecordsView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setProject(&project);
        // The window goes on: the view says the record is coming and offers nothing to export yet.
        QVERIFY(view.isBuilding());
        QVERIFY(!view.exportButton()->isEnabled());
        QVERIFY(view.preview()->toPlainText().contains(QStringLiteral("being built")));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBuilding(), 120000);
        // The controller's record: every activity but those done as a processor.
        qsizetype controllerActivities = 0;
        for (const auto &[id, activity] : m_data.activities)
            controllerActivities += activity.role != Role::Processor ? 1 : 0;
        QCOMPARE(view.report().activities.size(), controllerActivities);
        QVERIFY(view.exportButton()->isEnabled());

        // The preview is paged; the record itself is whole.
        QVERIFY(view.previewPageCount() > 1);
        QVERIFY(view.nextPageButton()->isVisibleTo(&view));
        QVERIFY(!view.previousPageButton()->isEnabled());
        const QString first = view.preview()->toPlainText();
        QVERIFY(first.contains(QStringLiteral("Record of processing activities of the controller")));
        view.nextPageButton()->click();
        QCOMPARE(view.previewPage(), 1);
        QVERIFY(view.previousPageButton()->isEnabled());
        const QString second = view.preview()->toPlainText();
        QVERIFY(second != first);

        // An edit is followed (in the background again).
        Activity a = project.data().activities.begin()->second;
        a.name = QStringLiteral("Renamed in the large project");
        QVERIFY(edit::change(project, a));
        const auto recordHasIt = [&] {
            for (const reports::ActivityStatus &s : view.report().activities) {
                if (s.name == a.name)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(recordHasIt(), 120000);
        QCOMPARE(view.previewPage(), 1); // the reader's place is kept
    }

    void recordsViewClosedWhileBuilding()
    {
        Project project(m_data);
        {
            RecordsView view;
            view.setProject(&project);
            QVERIFY(view.isBuilding());
        } // gone before its record is there
        QVERIFY(QThreadPool::globalInstance()->waitForDone(120000));
        QCoreApplication::processEvents(); // the result arrives for nobody
        QTest::qWait(10);
    }
};

QTEST_MAIN(TestLargeProject)
#include "test_largeproject.moc"
