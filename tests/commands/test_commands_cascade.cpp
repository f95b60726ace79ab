// Removing entities (model/commands): what a removal takes with it (transfers, links,
// evidence, acceptances) and what it keeps, one undo step for many, and a large project.

#include "commandsfixture.h"

#include "commands/changesetcommand.h"
#include "commands/edits.h"
#include "domain/project.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ropa;
using namespace ropa::commandstest;
using namespace Qt::StringLiterals;

class TestCommandsCascade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removePartyCascades();
    void removeCategoryCascades();
    void removeCategoriesChainReparents();
    void removeDocumentScrubsEvidence();
    void removeManyIsOneStep();
    void cascadeOfCounts();
    void largeProjectRemoval();
    void removalDropsAcceptances();
};

void TestCommandsCascade::removePartyCascades()
{
    Project project(sampleData());
    const ProjectData before = project.data();
    QVERIFY(edit::remove(project, EntityKind::Party, ids::hubspot));
    const ProjectData &d = project.data();

    QVERIFY(!d.parties.contains(ids::hubspot));
    // Transfers from and to HubSpot are gone; Acme -> Mailchimp stays.
    QVERIFY(!d.transfers.contains(ids::tAcmeHubspot));
    QVERIFY(!d.transfers.contains(ids::tHubspotAws));
    QVERIFY(!d.transfers.contains(ids::tMailchimpHubspot));
    QVERIFY(d.transfers.contains(ids::tAcmeMailchimp));
    // HubSpot's own activity goes with it; Acme's stay.
    QVERIFY(!d.activities.contains(ids::crm));
    QVERIFY(d.activities.contains(ids::newsletter));
    QCOMPARE(d.count(EntityKind::Party), before.count(EntityKind::Party) - 1);
    QCOMPARE(project.undoStack()->count(), 1);
    QCOMPARE(project.undoStack()->undoText(), u"Remove party “HubSpot”"_s);

    project.undoStack()->undo();
    QVERIFY(project.data() == before);
}

void TestCommandsCascade::removeCategoryCascades()
{
    Project project(sampleData());
    const ProjectData before = project.data();
    QVERIFY(edit::remove(project, EntityKind::DataCategory, ids::email));
    const ProjectData &d = project.data();

    QVERIFY(!d.dataCategories.contains(ids::email));
    // The child moves up to the removed category's parent.
    QCOMPARE(d.dataCategories.at(ids::calls).parent, ids::contact);
    QCOMPARE(d.dataCategories.at(ids::contact).parent, Id());
    const Activity &n = d.activities.at(ids::newsletter);
    QCOMPARE(n.dataCategories, (IdList{ids::contact, ids::calls}));
    QCOMPARE(n.retention.at(0).categories, IdList{ids::calls});
    QCOMPARE(n.retention.at(1).categories, IdList{ids::health}); // untouched
    QCOMPARE(n.retention.at(0).text, u"two years"_s);            // the rule stays
    QCOMPARE(d.activities.at(ids::crm).dataCategories, IdList());
    QCOMPARE(d.transfers.at(ids::tAcmeHubspot).dataCategories, IdList{ids::calls});

    project.undoStack()->undo();
    QVERIFY(project.data() == before);
    project.undoStack()->redo();
    QCOMPARE(project.data().dataCategories.at(ids::calls).parent, ids::contact);
}

void TestCommandsCascade::removeCategoriesChainReparents()
{
    Project project(sampleData());
    const ProjectData before = project.data();
    // Parent and grandparent go together: the grandchild becomes top level.
    QVERIFY(
        edit::removeMany(project, {{EntityKind::DataCategory, ids::email}, {EntityKind::DataCategory, ids::contact}}));
    QCOMPARE(project.data().dataCategories.at(ids::calls).parent, Id());
    QCOMPARE(project.data().activities.at(ids::newsletter).dataCategories, IdList{ids::calls});
    QCOMPARE(project.data().transfers.at(ids::tAcmeMailchimp).dataCategories, IdList());
    project.undoStack()->undo();
    QVERIFY(project.data() == before);

    // A parent cycle among removed categories (invalid data) must not hang.
    ProjectData cyclic = sampleData();
    cyclic.dataCategories.at(ids::contact).parent = ids::calls;
    Project p2(cyclic);
    QVERIFY(edit::removeMany(p2, {{EntityKind::DataCategory, ids::email}, {EntityKind::DataCategory, ids::contact}}));
    QCOMPARE(p2.data().dataCategories.at(ids::calls).parent, Id());
    p2.undoStack()->undo();
    QVERIFY(p2.data() == cyclic);
}

void TestCommandsCascade::removeDocumentScrubsEvidence()
{
    Project project(sampleData());
    const ProjectData before = project.data();
    QVERIFY(edit::remove(project, EntityKind::Document, ids::dpa));
    const ProjectData &d = project.data();

    QCOMPARE(d.parties.at(ids::hubspot).evidence, (EvidenceList{{ids::policy, u"We use HubSpot"_s}}));
    QCOMPARE(d.dataCategories.at(ids::email).evidence, EvidenceList());
    QCOMPARE(d.securityMeasures.at(ids::tls).evidence, EvidenceList());
    QCOMPARE(d.activities.at(ids::newsletter).evidence, (EvidenceList{{ids::policy, u"newsletter"_s}}));
    QCOMPARE(d.transfers.at(ids::tAcmeHubspot).evidence, EvidenceList());
    bool anyCites = false;
    d.forEachEntity([&](const auto &e) {
        if constexpr (!std::is_same_v<std::decay_t<decltype(e)>, Document>) {
            for (const Evidence &ev : e.evidence)
                anyCites |= ev.document == ids::dpa;
        }
    });
    QVERIFY(!anyCites);

    project.undoStack()->undo();
    QVERIFY(project.data() == before);
}

void TestCommandsCascade::removeManyIsOneStep()
{
    Project project(sampleData());
    const ProjectData before = project.data();
    QVERIFY(edit::removeMany(project, {{EntityKind::Party, ids::client},
                                       {EntityKind::SecurityMeasure, ids::tls},
                                       {EntityKind::Source, ids::webform},
                                       {EntityKind::DataSubject, ids::customers},
                                       {EntityKind::Activity, ids::newsletter},
                                       {EntityKind::Party, ids::client}, // twice: counted once
                                       {EntityKind::Party, fixedId(999)}}));
    QCOMPARE(project.undoStack()->count(), 1);
    QCOMPARE(project.undoStack()->undoText(), u"Remove 5 items"_s);
    const ProjectData &d = project.data();
    const Activity &support = d.activities.at(ids::support);
    QCOMPARE(support.onBehalfOf, Id());
    QCOMPARE(d.transfers.at(ids::tAcmeHubspot).activities, IdList{ids::support});
    QCOMPARE(d.transfers.at(ids::tHubspotAws).activities, IdList{ids::crm});
    QCOMPARE(d.transfers.at(ids::tAcmeMailchimp).activities, IdList());
    project.undoStack()->undo();
    QVERIFY(project.data() == before);
}

void TestCommandsCascade::cascadeOfCounts()
{
    const ProjectData d = sampleData();
    auto removedOf = [](const CascadeSummary &s, EntityKind k) { return s.removedCount(k); };

    CascadeSummary s = cascadeOf(d, EntityKind::Party, {ids::hubspot});
    QCOMPARE(removedOf(s, EntityKind::Transfer), 3);
    QCOMPARE(removedOf(s, EntityKind::Activity), 1);
    QCOMPARE(removedOf(s, EntityKind::Party), 0); // the one asked for is not counted
    QCOMPARE(s.totalRemoved(), 4);
    QCOMPARE(s.totalChanged(), 0);

    s = cascadeOf(d, EntityKind::Party, {ids::acme});
    QCOMPARE(removedOf(s, EntityKind::Transfer), 2);
    QCOMPARE(removedOf(s, EntityKind::Activity), 2);
    // Newsletter and Support are gone, so the transfers that stay lose them.
    QCOMPARE(s.changedCount(EntityKind::Transfer), 2);

    s = cascadeOf(d, EntityKind::DataCategory, {ids::email});
    QCOMPARE(s.totalRemoved(), 0);
    QCOMPARE(s.changedCount(EntityKind::DataCategory), 1); // calls re-parented
    QCOMPARE(s.changedCount(EntityKind::Activity), 2);     // newsletter, crm
    QCOMPARE(s.changedCount(EntityKind::Transfer), 1);

    s = cascadeOf(d, EntityKind::Document, {ids::dpa});
    QCOMPARE(s.changedCount(EntityKind::Party), 1);
    QCOMPARE(s.changedCount(EntityKind::DataCategory), 1);
    QCOMPARE(s.changedCount(EntityKind::SecurityMeasure), 1);
    QCOMPARE(s.changedCount(EntityKind::Activity), 1);
    QCOMPARE(s.changedCount(EntityKind::Transfer), 1);

    QVERIFY(cascadeOf(d, EntityKind::Document, {ids::unused}).isEmpty());
    QVERIFY(cascadeOf(d, EntityKind::Party, {fixedId(999)}).isEmpty());

    // The summary describes exactly what remove() then does.
    Project project(d);
    s = cascadeOf(d, EntityKind::Party, {ids::acme});
    QVERIFY(edit::remove(project, EntityKind::Party, ids::acme));
    const auto *cmd = dynamic_cast<const ChangeSetCommand *>(project.undoStack()->command(0));
    QVERIFY(cmd);
    QCOMPARE(cmd->changes().size(), 1 + s.totalRemoved() + s.totalChanged());
}

void TestCommandsCascade::largeProjectRemoval()
{
    // ~50,000 transfers among 200 parties, each transfer linked to an activity and citing a
    // document. Not a timing assertion: it must work and undo exactly.
    ProjectData d = sampleData();
    QList<Id> parties;
    for (int i = 0; i < 200; ++i) {
        Party p;
        p.id = QUuid::createUuid();
        p.name = u"Vendor %1"_s.arg(i);
        d.parties.emplace(p.id, p);
        parties.append(p.id);
    }
    for (int i = 0; i < 50000; ++i) {
        Transfer t;
        t.id = QUuid::createUuid();
        t.from = i % 4 == 0 ? ids::hubspot : parties.at(i % parties.size());
        t.to = parties.at((i * 7 + 3) % parties.size());
        t.activities = {ids::newsletter};
        t.dataCategories = {ids::email};
        t.evidence = {{ids::dpa, u"row %1"_s.arg(i)}};
        d.transfers.emplace(t.id, t);
    }
    Project project(d);
    const ProjectData before = project.data();
    const qsizetype transfers = before.transfers.size();

    QElapsedTimer timer;
    timer.start();
    const CascadeSummary s = cascadeOf(before, EntityKind::Party, {ids::hubspot});
    QVERIFY(s.removedCount(EntityKind::Transfer) >= 12500);
    QVERIFY(edit::remove(project, EntityKind::Party, ids::hubspot));
    QCOMPARE(project.data().transfers.size(), size_t(transfers - s.removedCount(EntityKind::Transfer)));
    for (const auto &[id, t] : project.data().transfers)
        QVERIFY(t.from != ids::hubspot && t.to != ids::hubspot);
    project.undoStack()->undo();
    QVERIFY(project.data() == before);

    // Removing a document cited by every transfer changes all of them in one step.
    QVERIFY(edit::remove(project, EntityKind::Document, ids::dpa));
    QCOMPARE(project.undoStack()->count(), 1);
    project.undoStack()->undo();
    QVERIFY(project.data() == before);
    qInfo("removal, undo, document removal and undo over %lld transfers: %lld ms", static_cast<long long>(transfers),
          static_cast<long long>(timer.elapsed()));
}

void TestCommandsCascade::removalDropsAcceptances()
{
    Project project(sampleData());
    const QDate day(2025, 6, 2);
    // About HubSpot, about a transfer that goes with HubSpot, about HubSpot's activity, and
    // about Mailchimp, which stays.
    QVERIFY(edit::acceptFinding(project, {u"PROC-DPA-MISSING"_s, ids::hubspot, {}, u"a"_s, day}));
    QVERIFY(edit::acceptFinding(project, {u"XFER-TIA-MISSING"_s, ids::tHubspotAws, {}, u"b"_s, day}));
    QVERIFY(edit::acceptFinding(project, {u"REVIEW-OVERDUE"_s, ids::crm, {}, u"c"_s, day}));
    QVERIFY(edit::acceptFinding(project, {u"PROC-DPA-MISSING"_s, ids::mailchimp, {}, u"d"_s, day}));
    const ProjectData before = project.data();
    QCOMPARE(before.acceptedFindings.size(), 4);
    QCOMPARE(cascadeOf(before, EntityKind::Party, {ids::hubspot}).acceptedFindings, 3);

    QSignalSpy changed(&project, &Project::acceptedFindingsChanged);
    QVERIFY(edit::remove(project, EntityKind::Party, ids::hubspot));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(project.data().acceptedFindings.size(), 1);
    QCOMPARE(project.data().acceptedFindings.first().entity, ids::mailchimp);
    QCOMPARE(project.undoStack()->undoText(), u"Remove party “HubSpot”"_s);

    project.undoStack()->undo();
    QVERIFY(project.data() == before);
    QCOMPARE(changed.count(), 2);
    project.undoStack()->redo();
    QCOMPARE(project.data().acceptedFindings.size(), 1);
    project.undoStack()->undo();

    // A removal that touches no acceptance leaves them alone (and the list is not copied).
    QVERIFY(edit::remove(project, EntityKind::Document, ids::unused));
    QCOMPARE(project.data().acceptedFindings, before.acceptedFindings);
    const auto *command =
        dynamic_cast<const ChangeSetCommand *>(project.undoStack()->command(project.undoStack()->count() - 1));
    QVERIFY(command);
    QVERIFY(!command->acceptanceChange());
}

QTEST_GUILESS_MAIN(TestCommandsCascade)
#include "test_commands_cascade.moc"
