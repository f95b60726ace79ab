// The rules over what real registers carry (issue 18, item 3): automated decisions without
// their logic, a DPIA screening with two or more criteria and no DPIA, a system hosted outside
// the EEA that no transfer records, a data item without retention. Each fires and stays silent
// where it should, one cause gives one finding, and the dashboard counts them.

#include "checks/checker.h"
#include "checks/dashboardstats.h"
#include "checks/rules.h"

#include "common/sampleproject.h"

#include <QTest>

using namespace ropa;
using namespace ropa::checks;
using ropa::test::fixedId;

namespace {

const QDate Today(2026, 12, 7);

QList<Finding> only(const FindingList &findings, const char *rule)
{
    QList<Finding> result;
    for (const Finding &f : findings) {
        if (f.ruleId == QLatin1String(rule))
            result.append(f);
    }
    return result;
}

QList<Finding> run(const ProjectData &d, const char *rule)
{
    return only(runChecks(d, {Today}), rule);
}

Activity &calls(ProjectData &d)
{
    return d.activities.at(fixedId(60));
}

// The sample project with a system hosted by CallCabinet (a US processor) in the US.
ProjectData withSystem(QStringList locations)
{
    ProjectData d = test::sampleProject();
    System s;
    s.id = fixedId(80);
    s.name = QStringLiteral("Call analytics");
    s.hostingParty = fixedId(11);
    s.locations = std::move(locations);
    d.systems.emplace(s.id, s);
    calls(d).systems = {s.id};
    return d;
}

} // namespace

class TestRegisterRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue()
    {
        for (const char *id : {"ART22-LOGIC-MISSING", "DPIA-SCREENING-NO-DPIA", "SYSTEM-TRANSFER-MISSING",
                               "DATA-ITEM-RETENTION-MISSING"}) {
            const Rule *r = findRule(QString::fromLatin1(id));
            QVERIFY2(r, id);
            QVERIFY(!r->titleText().isEmpty());
            QVERIFY(!r->hintText().isEmpty());
            QVERIFY(!r->referenceString().isEmpty());
        }
        QCOMPARE(findRule(u"DPIA-SCREENING-NO-DPIA")->severity, Severity::High);
        QCOMPARE(findRule(u"ART22-LOGIC-MISSING")->severity, Severity::Medium);
    }

    void automatedDecisionsWithoutLogic()
    {
        ProjectData d = test::sampleProject();
        QVERIFY(run(d, "ART22-LOGIC-MISSING").isEmpty()); // not stated: nothing to say
        calls(d).automatedDecisions.present = true;
        const QList<Finding> found = run(d, "ART22-LOGIC-MISSING");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).entity, fixedId(60));
        QCOMPARE(found.at(0).message, QStringLiteral("Activity “Customer service calls” takes decisions by automated "
                                                     "means only, but does not state the logic involved."));
        calls(d).automatedDecisions.logic = QStringLiteral("   ");
        QCOMPARE(run(d, "ART22-LOGIC-MISSING").size(), 1); // blank is not stated
        calls(d).automatedDecisions.logic = QStringLiteral("Scores calls against a rubric");
        QVERIFY(run(d, "ART22-LOGIC-MISSING").isEmpty());
        calls(d).automatedDecisions = {false, true, {}, {}};
        QCOMPARE(run(d, "ART22-LOGIC-MISSING").size(), 1); // profiling needs its logic too
        calls(d).automatedDecisions = {false, false, {}, {}};
        QVERIFY(run(d, "ART22-LOGIC-MISSING").isEmpty());
    }

    void screeningWithoutDpia()
    {
        ProjectData d = test::sampleProject();
        calls(d).dpia = {};
        calls(d).dpiaScreening.criteria = {DpiaCriterion::EvaluationScoring};
        QVERIFY(run(d, "DPIA-SCREENING-NO-DPIA").isEmpty()); // one criterion
        calls(d).dpiaScreening.criteria.append(DpiaCriterion::SystematicMonitoring);
        const FindingList findings = runChecks(d, {Today});
        const QList<Finding> found = only(findings, "DPIA-SCREENING-NO-DPIA");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).severity, Severity::High);
        QCOMPARE(found.at(0).message,
                 QStringLiteral("Activity “Customer service calls” meets 2 criteria of the DPIA screening (EDPB "
                                "WP248), and whether a DPIA was performed is not stated."));
        // One cause, one finding: DPIA-MISSING is not raised as well.
        QVERIFY(only(findings, "DPIA-MISSING").isEmpty());
        calls(d).dpia.performed = false;
        QVERIFY(run(d, "DPIA-SCREENING-NO-DPIA")
                    .at(0)
                    .message.endsWith(QStringLiteral("and the record says no DPIA was performed.")));
        // Documented: no DPIA required, and why.
        calls(d).dpia.required = false;
        calls(d).dpiaScreening.outcome = QStringLiteral("No high risk: internal quality use only");
        QVERIFY(run(d, "DPIA-SCREENING-NO-DPIA").isEmpty());
        calls(d).dpia = {};
        calls(d).dpia.performed = true;
        QVERIFY(run(d, "DPIA-SCREENING-NO-DPIA").isEmpty());
    }

    // An acceptance of the DPIA-MISSING it replaces still counts.
    void screeningKeepsOldAcceptance()
    {
        ProjectData d = test::sampleProject();
        calls(d).dpia = {};
        calls(d).dpiaScreening.criteria = {DpiaCriterion::EvaluationScoring, DpiaCriterion::SensitiveData};
        d.acceptedFindings.append(
            {QStringLiteral("DPIA-MISSING"), fixedId(60), {}, QStringLiteral("In progress"), QDate(2026, 6, 1)});
        const QList<Finding> found = run(d, "DPIA-SCREENING-NO-DPIA");
        QCOMPARE(found.size(), 1);
        QVERIFY(found.at(0).accepted);
    }

    void systemHostedOutsideTheEea()
    {
        // In the EU: nothing.
        QVERIFY(run(withSystem({QStringLiteral("DE")}), "SYSTEM-TRANSFER-MISSING").isEmpty());
        // Adequate: nothing.
        QVERIFY(run(withSystem({QStringLiteral("JP")}), "SYSTEM-TRANSFER-MISSING").isEmpty());
        // India, and no transfer to CallCabinet names India.
        ProjectData d = withSystem({QStringLiteral("IN")});
        const QList<Finding> found = run(d, "SYSTEM-TRANSFER-MISSING");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).kind, EntityKind::System);
        QCOMPARE(found.at(0).entity, fixedId(80));
        QCOMPARE(found.at(0).message,
                 QStringLiteral("System “Call analytics” is hosted by “CallCabinet” in India, outside the EEA and "
                                "without an adequacy decision, but no transfer to “CallCabinet” records it."));
        QCOMPARE(found.at(0).affects.size(), 1);
        QCOMPARE(found.at(0).affects.at(0).id, fixedId(60));
        // A transfer to the hosting party that names the country records it.
        d.transfers.at(fixedId(70)).countries.append(QStringLiteral("IN"));
        QVERIFY(run(d, "SYSTEM-TRANSFER-MISSING").isEmpty());
    }

    void systemLocationsFromTheHost()
    {
        // No locations of its own: the hosting party's country or locations count.
        ProjectData d = withSystem({});
        d.transfers.erase(fixedId(70)); // no transfer to the host: its own locations decide
        Party &host = d.parties.at(fixedId(11));
        host.locations = {QStringLiteral("SG")};
        QCOMPARE(run(d, "SYSTEM-TRANSFER-MISSING").size(), 1);
        host.locations.clear();
        host.country = QStringLiteral("NL");
        QVERIFY(run(d, "SYSTEM-TRANSFER-MISSING").isEmpty());
        // No hosting party at all, in a third country.
        System &s = d.systems.at(fixedId(80));
        s.hostingParty = {};
        s.locations = {QStringLiteral("IN")};
        const QList<Finding> found = run(d, "SYSTEM-TRANSFER-MISSING");
        QCOMPARE(found.size(), 1);
        QVERIFY(found.at(0).message.contains(QStringLiteral("neither its hosting party nor a transfer")));
        // The organisation's own hosting is no transfer.
        s.hostingParty = fixedId(10);
        QVERIFY(run(d, "SYSTEM-TRANSFER-MISSING").isEmpty());
    }

    void dataItemWithoutRetention()
    {
        ProjectData d = test::sampleProject();
        Activity &a = calls(d);
        a.retention.clear();
        a.dataItems = {DataItem{fixedId(21), fixedId(30), {}, {}, QStringLiteral("P6M"), {}, std::nullopt, {}},
                       DataItem{fixedId(21), {}, {}, {}, {}, {}, std::nullopt, {}}};
        FindingList findings = runChecks(d, {Today});
        QList<Finding> found = only(findings, "DATA-ITEM-RETENTION-MISSING");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).message, QStringLiteral("Activity “Customer service calls” keeps “Call recordings” of "
                                                     "every data subject of the activity without a retention."));
        QCOMPARE(found.at(0).detail, idToString(fixedId(21)) + u'/');
        // The category has data items: judged per item, so ART30-RETENTION-MISSING does not
        // say it again.
        for (const Finding &f : only(findings, "ART30-RETENTION-MISSING"))
            QVERIFY(f.detail != idToString(fixedId(21)));
        // The retention as written is a retention.
        a.dataItems[1].retentionText = QStringLiteral("as long as the contract runs");
        QVERIFY(run(d, "DATA-ITEM-RETENTION-MISSING").isEmpty());
        // A retention rule of the activity that covers the category covers its items.
        a.dataItems[1].retentionText.clear();
        a.retention = {RetentionRule{{fixedId(20)}, QStringLiteral("P1Y"), {}, {}, {}}};
        QVERIFY(run(d, "DATA-ITEM-RETENTION-MISSING").isEmpty());
        // A processor's record does not ask for retention (Art. 30(2)).
        a.retention.clear();
        a.role = Role::Processor;
        QVERIFY(run(d, "DATA-ITEM-RETENTION-MISSING").isEmpty());
    }

    // The dashboard's counts come from the findings: the new ones are in them.
    void dashboardCounts()
    {
        ProjectData d = withSystem({QStringLiteral("IN")});
        calls(d).automatedDecisions.present = true;
        calls(d).dpia = {};
        calls(d).dpiaScreening.criteria = {DpiaCriterion::EvaluationScoring, DpiaCriterion::SensitiveData};
        const FindingList findings = runChecks(d, {Today});
        const DashboardStats stats = computeDashboardStats(d, findings, Today);
        QCOMPARE(stats.findings, countFindings(findings));
        const FindingList before = runChecks(test::sampleProject(), {Today});
        const SeverityCounts was = countFindings(before);
        // +1 high (screening, replacing DPIA-MISSING if it fired), +2 medium (ART22, system).
        const bool dpiaMissingBefore = !only(before, "DPIA-MISSING").isEmpty();
        QCOMPARE(stats.findings.high, was.high + (dpiaMissingBefore ? 0 : 1));
        QCOMPARE(stats.findings.medium, was.medium + 2);
    }
};

QTEST_GUILESS_MAIN(TestRegisterRules)
#include "test_register_rules.moc"
