// The findings view and the dashboard (offscreen): background recomputation, filter, sort,
// jump signal, accept with undo, counts; the dashboard's series values; export; screenshots of
// both on the demo project (written to $ROPA_SCREENSHOT_DIR when set).

#include "checks/dashboardstats.h"
#include "checksproject.h"
#include "commands/edits.h"
#include "dashboard/dashboardwidget.h"
#include "domain/project.h"
#include "findings/findingsview.h"
#include "store/jsonformat.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace ropa;
using namespace ropa::checks;
using I = ropa::test::ChecksIds;

namespace {

// Three findings: Safe Harbour (high), no data categories (medium), never reviewed (low).
ProjectData threeFindings()
{
    ProjectData d = test::cleanProject();
    d.transfers.at(I::toCloud()).mechanism = Mechanism::SafeHarbour;
    Activity &a = d.activities.at(I::support());
    a.dataCategories.clear();
    a.lastReviewed.reset();
    return d;
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> v;
    for (int i = 0; i < set->count(); ++i)
        v.append(set->at(i));
    return v;
}

QString screenshotPath(const QString &name, const QTemporaryDir &fallback)
{
    const QString dir = qEnvironmentVariable("ROPA_SCREENSHOT_DIR");
    return (dir.isEmpty() ? fallback.path() : dir) + u'/' + name;
}

} // namespace

class TestFindingsViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void modelsPassTheTester()
    {
        FindingsModel model;
        FindingsFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const FindingList findings = runChecks(threeFindings(), {QDate(2025, 6, 1)});
        model.setFindings(findings);
        QCOMPARE(filter.rowCount(), 3);
        filter.setMinimumSeverity(Severity::Medium);
        QCOMPARE(filter.rowCount(), 2);
        filter.setExactSeverity(Severity::Low);
        QCOMPARE(filter.rowCount(), 1);
        filter.clearFilters();
        filter.setText(QStringLiteral("categories"));
        QCOMPARE(filter.rowCount(), 1);
        filter.clearFilters();
        filter.setRuleFilter(QStringLiteral("ART30-"));
        QCOMPARE(filter.rowCount(), 1);
        filter.clearFilters();
        FindingList accepted = findings;
        accepted[0].accepted = true;
        model.setFindings(accepted); // same keys: dataChanged, no reset
        filter.setShowAccepted(false);
        QCOMPARE(filter.rowCount(), 2);
        model.setFindings({});
        QCOMPARE(filter.rowCount(), 0);
    }

    void findingsViewFollowsTheProject()
    {
        Project project(threeFindings());
        AcceptanceStore acceptances(&project);
        FindingsView view(&project, &acceptances);
        view.runner()->setDebounceMs(10);
        DashboardWidget dash(view.runner()); // shares the runner: updates with the list
        view.resize(900, 400);
        view.show();
        QTRY_COMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.countsText(), QStringLiteral("1 high \u00b7 1 medium \u00b7 1 low \u00b7 0 accepted"));
        QCOMPARE(dash.stats().findings.high, 1);

        // Sorted by severity, high first.
        QCOMPARE(view.filter()->index(0, FindingsModel::RuleColumn).data().toString(),
                 QStringLiteral("XFER-INVALID-MECHANISM"));
        QCOMPARE(view.filter()->index(2, FindingsModel::RuleColumn).data().toString(),
                 QStringLiteral("REVIEW-OVERDUE"));

        // Double-click jumps to the entity.
        QSignalSpy jump(&view, &FindingsView::entityActivated);
        QTableView *table = view.table();
        const QModelIndex cell = view.filter()->index(0, FindingsModel::MessageColumn);
        const QRect rect = table->visualRect(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(jump.count(), 1);
        QCOMPARE(jump.at(0).at(0).value<EntityKind>(), EntityKind::Transfer);
        QCOMPARE(jump.at(0).at(1).toUuid(), I::toCloud());

        // Accept, with undo and redo through the project's stack.
        QVERIFY(!view.acceptRow(0, QString()));
        QVERIFY(view.acceptRow(0, QStringLiteral("Moving to DPF this quarter")));
        QTRY_COMPARE(view.countsText(), QStringLiteral("0 high \u00b7 1 medium \u00b7 1 low \u00b7 1 accepted"));
        QCOMPARE(view.filter()->index(0, FindingsModel::StatusColumn).data().toString(),
                 QStringLiteral("Accepted: Moving to DPF this quarter"));
        QCOMPARE(project.data().acceptedFindings.size(), 1); // stored in the project
        QCOMPARE(project.undoStack()->undoText(),
                 QStringLiteral("Accept finding XFER-INVALID-MECHANISM on \u201cAcme B.V. \u2192 CloudCo\u201d"));
        project.undoStack()->undo();
        QTRY_COMPARE(view.countsText(), QStringLiteral("1 high \u00b7 1 medium \u00b7 1 low \u00b7 0 accepted"));
        project.undoStack()->redo();
        QTRY_COMPARE(view.countsText(), QStringLiteral("0 high \u00b7 1 medium \u00b7 1 low \u00b7 1 accepted"));

        // An edit of the project is picked up in the background.
        Transfer t = *project.find<Transfer>(I::toCloud());
        t.mechanism = Mechanism::Dpf;
        QVERIFY(edit::change(project, t));
        // The accepted finding no longer occurs: its acceptance stays, listed as such.
        QTRY_COMPARE(
            view.countsText(),
            QStringLiteral("0 high \u00b7 1 medium \u00b7 1 low \u00b7 0 accepted \u00b7 1 no longer applies"));
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.filter()->index(0, FindingsModel::StatusColumn).data().toString(),
                 QStringLiteral("No longer applies: Moving to DPF this quarter"));
        QCOMPARE(project.data().acceptedFindings.size(), 1);
        QVERIFY(view.reopenRow(0)); // removes the acceptance, undoably
        QTRY_COMPARE(view.model()->rowCount(), 2);
        QVERIFY(project.data().acceptedFindings.isEmpty());
        QCOMPARE(view.countsText(), QStringLiteral("0 high \u00b7 1 medium \u00b7 1 low \u00b7 0 accepted"));
        QCOMPARE(dash.stats().findings.high, 0);
        QCOMPARE(dash.stats().findings.medium, 1);
        QCOMPARE(dash.stats().mechanisms.at(0).key, QStringLiteral("dpf"));

        // The dashboard's "click a slice".
        view.showSeverity(Severity::Low);
        QCOMPARE(view.filter()->rowCount(), 1);
        view.clearFilters();
        QCOMPARE(view.filter()->rowCount(), 2);
    }

    void dashboardStatsOfASmallProject()
    {
        ProjectData d = threeFindings();
        Transfer extra = d.transfers.at(I::toCloud());
        extra.id = test::fixedId(72);
        extra.mechanism = Mechanism::None;
        extra.countries = {QStringLiteral("IN")};
        // Cited, and still no mechanism: "no mechanism" (high), not "not stated" (medium).
        extra.evidence = {Evidence{I::policy(), QStringLiteral("Support is run from Bangalore.")}};
        d.transfers.emplace(extra.id, extra);
        const FindingList findings = runChecks(d, {QDate(2025, 6, 1)});
        const DashboardStats s = computeDashboardStats(d, findings, QDate(2025, 6, 1));
        QCOMPARE(s.findings.high, 2); // Safe Harbour, and no mechanism to India
        QCOMPARE(s.sensitivity.at(0).count, 1);
        QCOMPARE(s.lawfulBases.at(1).key, QStringLiteral("contract"));
        QCOMPARE(s.lawfulBases.at(1).count, 1);
        QCOMPARE(s.mechanisms.size(), 2);
        QCOMPARE(s.destinations.size(), 2);
        QCOMPARE(s.destinations.at(0).country, QStringLiteral("IN"));
        QCOMPARE(s.destinations.at(0).counts[int(Coverage::Weak)], 1);
        QCOMPARE(s.destinations.at(1).country, QStringLiteral("US"));
        // The graph's classification: the recipient is DPF-certified, so the US is covered
        // even though the transfer names Safe Harbour (which the findings flag).
        QCOMPARE(s.destinations.at(1).counts[int(Coverage::Adequate)], 1);
        QCOMPARE(s.completeness.at(0).key, QStringLiteral("purpose"));
        QCOMPARE(s.completeness.at(0).complete, 1);
        QCOMPARE(s.completeness.at(3).key, QStringLiteral("data_categories"));
        QCOMPARE(s.completeness.at(3).complete, 0);
        QCOMPARE(s.completeness.at(3).total, 1);

        DashboardWidget dash;
        dash.resize(1200, 900);
        dash.setStats(s);
        dash.show();
        // Severity donut: high, medium, low (accepted left out when none).
        auto *pie = qobject_cast<QPieSeries *>(dash.chart(DashboardWidget::Severity)->series().at(0));
        QVERIFY(pie);
        QCOMPARE(pie->count(), 3);
        QCOMPARE(pie->slices().at(0)->value(), 2.0);
        QCOMPARE(pie->slices().at(0)->property("key").toString(), QStringLiteral("high"));
        // Lawful bases: bars run bottom to top, so the set is in reverse order; "none" first.
        auto *bases = qobject_cast<QHorizontalBarSeries *>(dash.chart(DashboardWidget::LawfulBasis)->series().at(0));
        QVERIFY(bases);
        QCOMPARE(values(bases->barSets().at(0)), (QList<qreal>{0, 0, 0, 0, 0, 1, 0}));
        // Count axes step by whole numbers ("0 1", not "0 0 0 0 1").
        for (const auto id : {DashboardWidget::LawfulBasis, DashboardWidget::Destinations}) {
            const auto axes = dash.chart(id)->axes();
            bool found = false;
            for (QAbstractAxis *a : axes) {
                auto *axis = qobject_cast<QValueAxis *>(a);
                if (!axis)
                    continue;
                found = true;
                QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
                QCOMPARE(axis->tickInterval(), 1.0);
                QCOMPARE(axis->min(), 0.0);
                QCOMPARE(axis->max(), 1.0);
            }
            QVERIFY(found);
        }
        // Destinations: one set per coverage, countries busiest first; India weak, US adequate.
        auto *dest = qobject_cast<QStackedBarSeries *>(dash.chart(DashboardWidget::Destinations)->series().at(0));
        QVERIFY(dest);
        QCOMPARE(dest->barSets().size(), CoverageCount);
        QCOMPARE(values(dest->barSets().at(int(Coverage::Weak))), (QList<qreal>{1, 0}));
        QCOMPARE(values(dest->barSets().at(int(Coverage::Adequate))), (QList<qreal>{0, 1}));
        // Mechanisms: short names on the axis, only those used.
        QCOMPARE(s.mechanisms.at(0).label, QStringLiteral("Safe Harbour"));
        QCOMPARE(s.mechanisms.at(1).label, QStringLiteral("None"));

        // A click on a slice asks to filter on its severity.
        QSignalSpy spy(&dash, &DashboardWidget::filterRequested);
        Q_EMIT pie->slices().at(2)->clicked();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("low"));

        // Export.
        const QString png = m_dir.filePath(QStringLiteral("severity.png"));
        const QString svg = m_dir.filePath(QStringLiteral("severity.svg"));
        QVERIFY(dash.exportChart(DashboardWidget::Severity, png, QSize(400, 300)));
        QVERIFY(dash.exportChart(DashboardWidget::Severity, svg, QSize(400, 300)));
        QCOMPARE(QImage(png).size(), QSize(400, 300));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Open findings by severity"));
    }

    void demoScreenshots()
    {
        const json::ReadResult r =
            json::readProjectFile(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json"));
        QVERIFY2(r.data, qPrintable(r.error));
        Project project(*r.data);
        AcceptanceStore acceptances(&project);
        CheckRunner runner(&project);
        runner.setOptions({QDate(2025, 6, 1)});
        runner.checkNow();
        QTRY_VERIFY(!runner.findings().isEmpty() && !runner.isBusy());

        FindingsView view(&runner, &acceptances);
        view.resize(1280, 720);
        view.show();
        QVERIFY(view.model()->rowCount() > 0);
        view.table()->selectRow(0); // shows the rule, reference and hint below the list
        QVERIFY(view.grab().save(screenshotPath(QStringLiteral("findings.png"), m_dir)));

        DashboardWidget dash(&runner);
        dash.resize(1400, 1000);
        dash.show();
        QVERIFY(dash.stats().findings.open() > 0);
        QVERIFY(!dash.stats().destinations.isEmpty());
        QVERIFY(dash.grab().save(screenshotPath(QStringLiteral("dashboard.png"), m_dir)));
    }
};

QTEST_MAIN(TestFindingsViews)
#include "test_findings_views.moc"
