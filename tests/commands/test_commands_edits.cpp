// Edits as undo commands (model/commands): duplicating an entity, linking and unlinking,
// accepting and reopening a finding.

#include "commandsfixture.h"

#include "commands/changesetcommand.h"
#include "commands/edits.h"
#include "domain/project.h"

#include <QSignalSpy>
#include <QTest>

using namespace ropa;
using namespace ropa::commandstest;
using namespace Qt::StringLiterals;

class TestCommandsEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duplicate();
    void linkAndUnlink();
    void acceptAndReopenFinding();
    void acceptFindingRefusesBadInput();
};

void TestCommandsEdits::duplicate()
{
    Project project(sampleData());
    const ProjectData before = project.data();

    const Id party = edit::duplicate(project, EntityKind::Party, ids::acme);
    QVERIFY(!party.isNull());
    QVERIFY(party != ids::acme);
    const Party &copy = project.data().parties.at(party);
    QCOMPARE(copy.name, u"Acme (copy)"_s);
    QVERIFY(!copy.own);
    QCOMPARE(copy.evidence, before.parties.at(ids::acme).evidence);
    QCOMPARE(copy.country, u"NL"_s);

    const Id activity = edit::duplicate(project, EntityKind::Activity, ids::newsletter);
    Activity expected = before.activities.at(ids::newsletter);
    expected.id = activity;
    expected.name = u"Newsletter (copy)"_s;
    QCOMPARE(project.data().activities.at(activity), expected);

    const Id doc = edit::duplicate(project, EntityKind::Document, ids::dpa);
    QCOMPARE(project.data().documents.at(doc).title, u"HubSpot DPA (copy)"_s);

    const Id transfer = edit::duplicate(project, EntityKind::Transfer, ids::tAcmeHubspot);
    Transfer expectedT = before.transfers.at(ids::tAcmeHubspot);
    expectedT.id = transfer;
    QCOMPARE(project.data().transfers.at(transfer), expectedT);

    QCOMPARE(project.undoStack()->count(), 4);
    // Nothing that referred to the originals changed.
    QCOMPARE(project.data().transfers.at(ids::tAcmeHubspot), before.transfers.at(ids::tAcmeHubspot));
    while (project.undoStack()->canUndo())
        project.undoStack()->undo();
    QVERIFY(project.data() == before);
}

void TestCommandsEdits::linkAndUnlink()
{
    Project project(sampleData());
    QVERIFY(edit::link(project, ids::crm, LinkField::ActivityDataSubjects, ids::customers));
    QVERIFY(edit::link(project, ids::crm, LinkField::ActivityDataSubjects, ids::staff));
    QCOMPARE(project.data().activities.at(ids::crm).dataSubjects, (IdList{ids::customers, ids::staff}));
    QVERIFY(!edit::link(project, ids::crm, LinkField::ActivityDataSubjects, ids::staff));
    QVERIFY(edit::unlink(project, ids::crm, LinkField::ActivityDataSubjects, ids::customers));
    QCOMPARE(project.data().activities.at(ids::crm).dataSubjects, IdList{ids::staff});
    QVERIFY(edit::link(project, ids::tHubspotAws, LinkField::TransferActivities, ids::support));
    QCOMPARE(project.data().transfers.at(ids::tHubspotAws).activities,
             (IdList{ids::newsletter, ids::crm, ids::support}));
    QCOMPARE(project.undoStack()->count(), 4);

    // Unlinking a dangling reference (from a damaged import) is allowed and removes it.
    ProjectData d = sampleData();
    d.activities.at(ids::crm).sources = {fixedId(999)};
    Project p2(d);
    QVERIFY(edit::unlink(p2, ids::crm, LinkField::ActivitySources, fixedId(999)));
    QCOMPARE(p2.undoStack()->undoText(), u"Unlink source “(missing)” from activity “CRM analytics”"_s);
    QCOMPARE(p2.data().activities.at(ids::crm).sources, IdList());
}

void TestCommandsEdits::acceptAndReopenFinding()
{
    Project project(sampleData());
    const ProjectData before = project.data();
    QSignalSpy changed(&project, &Project::acceptedFindingsChanged);

    const AcceptedFinding dpa{u"PROC-DPA-MISSING"_s, ids::hubspot, {}, u"  DPA signed on paper  "_s, QDate(2025, 6, 2)};
    QVERIFY(edit::acceptFinding(project, dpa));
    QCOMPARE(project.undoStack()->undoText(), u"Accept finding PROC-DPA-MISSING on “HubSpot”"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(project.data().acceptedFindings.size(), 1);
    QCOMPARE(project.data().acceptedFindings.first().justification, u"DPA signed on paper"_s); // trimmed
    QVERIFY(project.isModified());
    // The same again is no edit.
    QVERIFY(!edit::acceptFinding(project, dpa));
    QCOMPARE(project.undoStack()->count(), 1);

    // A second one, sorted in front (canonical order: rule, entity, detail).
    QVERIFY(edit::acceptFinding(project, {u"ART30-RETENTION-MISSING"_s, ids::newsletter, idToString(ids::email),
                                          u"Kept with the contract"_s, QDate(2025, 6, 3)}));
    QCOMPARE(project.data().acceptedFindings.first().rule, u"ART30-RETENTION-MISSING"_s);
    const ProjectData two = project.data();

    // A new justification replaces the old one, as its own step.
    QVERIFY(
        edit::acceptFinding(project, {u"PROC-DPA-MISSING"_s, ids::hubspot, {}, u"Scan received"_s, QDate(2025, 7, 1)}));
    QCOMPARE(project.undoStack()->undoText(), u"Change accepted finding PROC-DPA-MISSING on “HubSpot”"_s);
    QCOMPARE(project.data().acceptedFindings.size(), 2);
    QCOMPARE(project.data().acceptedFindings.last().justification, u"Scan received"_s);
    project.undoStack()->undo();
    QVERIFY(project.data() == two);

    // Reopen.
    QVERIFY(!edit::reopenFinding(project, u"PROC-DPA-MISSING"_s, ids::aws, {})); // not accepted
    QVERIFY(edit::reopenFinding(project, u"PROC-DPA-MISSING"_s, ids::hubspot, {}));
    QCOMPARE(project.undoStack()->undoText(), u"Reopen finding PROC-DPA-MISSING on “HubSpot”"_s);
    QCOMPARE(project.data().acceptedFindings.size(), 1);
    project.undoStack()->undo();
    QVERIFY(project.data() == two);
    project.undoStack()->redo();
    QCOMPARE(project.data().acceptedFindings.size(), 1);

    // Undo everything: back to the start, exactly.
    while (project.undoStack()->canUndo())
        project.undoStack()->undo();
    QVERIFY(project.data() == before);
    QVERIFY(!project.isModified());
}

void TestCommandsEdits::acceptFindingRefusesBadInput()
{
    Project project(sampleData());
    const QDate day(2025, 6, 2);
    QVERIFY(!edit::acceptFinding(project, {u"PROC-DPA-MISSING"_s, ids::hubspot, {}, u"   "_s, day}));
    QVERIFY(!edit::acceptFinding(project, {u"PROC-DPA-MISSING"_s, fixedId(999), {}, u"why"_s, day}));
    QVERIFY(!edit::acceptFinding(project, {u"PROC-DPA-MISSING"_s, Id(), {}, u"why"_s, day}));
    QVERIFY(!edit::acceptFinding(project, {u"not a rule"_s, ids::hubspot, {}, u"why"_s, day}));
    QVERIFY(!edit::acceptFinding(project, {u"PROC-DPA-MISSING"_s, ids::hubspot, {}, u"why"_s, QDate()}));
    QCOMPARE(project.undoStack()->count(), 0);
    QVERIFY(project.data().acceptedFindings.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandsEdits)
#include "test_commands_edits.moc"
