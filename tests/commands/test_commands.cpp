// Tests of the undo commands (model/commands): exact undo/redo, cascades, no-op edits,
// merging, signals, texts and the modified state.

#include "commands/changesetcommand.h"
#include "commands/edits.h"
#include "domain/project.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace ropa;
using namespace Qt::StringLiterals;

using Edit = std::function<bool(Project &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

// Fixed ids, so failures name the same things every run.
Id fixedId(int n)
{
    return QUuid(0x10000000u + static_cast<uint>(n), 0, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 0);
}

namespace ids {
const Id dpa = fixedId(1);
const Id policy = fixedId(2);
const Id unused = fixedId(3); // a document nobody cites
const Id acme = fixedId(10);
const Id hubspot = fixedId(11);
const Id mailchimp = fixedId(12);
const Id aws = fixedId(13);
const Id client = fixedId(14);
const Id contact = fixedId(20); // top-level category
const Id email = fixedId(21);   // child of contact
const Id calls = fixedId(22);   // child of email
const Id health = fixedId(23);  // top level
const Id customers = fixedId(30);
const Id staff = fixedId(31);
const Id webform = fixedId(40);
const Id tls = fixedId(50);
const Id newsletter = fixedId(60); // Acme's activity
const Id support = fixedId(61);    // Acme's, on behalf of Client Corp
const Id crm = fixedId(62);        // HubSpot's own activity
const Id tAcmeHubspot = fixedId(70);
const Id tHubspotAws = fixedId(71);
const Id tAcmeMailchimp = fixedId(72);
const Id tMailchimpHubspot = fixedId(73);
} // namespace ids

ProjectData sampleData()
{
    ProjectData d;
    d.info.name = u"Acme inventory"_s;
    d.info.notes = u"Notes"_s;

    auto put = [&](auto e) { d.put(AnyEntity(std::move(e))); };

    put(Document{ids::dpa, u"HubSpot DPA"_s, u"https://example.com/dpa"_s, QDate(2024, 1, 2), u"text"_s});
    put(Document{ids::policy, u"Privacy policy"_s, {}, std::nullopt, {}});
    put(Document{ids::unused, u"Unused"_s, {}, std::nullopt, {}});

    Party acme;
    acme.id = ids::acme;
    acme.name = u"Acme"_s;
    acme.own = true;
    acme.country = u"NL"_s;
    acme.evidence = {{ids::policy, u"We are Acme"_s}};
    put(acme);
    Party hubspot;
    hubspot.id = ids::hubspot;
    hubspot.name = u"HubSpot"_s;
    hubspot.country = u"US"_s;
    hubspot.evidence = {{ids::dpa, u"HubSpot processes"_s}, {ids::policy, u"We use HubSpot"_s}};
    put(hubspot);
    Party mailchimp;
    mailchimp.id = ids::mailchimp;
    mailchimp.name = u"Mailchimp"_s;
    put(mailchimp);
    Party aws;
    aws.id = ids::aws;
    aws.name = u"AWS"_s;
    put(aws);
    Party client;
    client.id = ids::client;
    client.name = u"Client Corp"_s;
    put(client);

    DataCategory contact;
    contact.id = ids::contact;
    contact.name = u"Contact data"_s;
    put(contact);
    DataCategory email;
    email.id = ids::email;
    email.name = u"Email address"_s;
    email.parent = ids::contact;
    email.evidence = {{ids::dpa, u"email"_s}};
    put(email);
    DataCategory calls;
    calls.id = ids::calls;
    calls.name = u"Call recordings"_s;
    calls.parent = ids::email;
    put(calls);
    DataCategory health;
    health.id = ids::health;
    health.name = u"Health"_s;
    health.special = SpecialCategory::Health;
    put(health);

    put(DataSubject{ids::customers, u"Customers"_s, {}, {{ids::policy, u"customers"_s}}});
    put(DataSubject{ids::staff, u"Staff"_s, {}, {}});
    put(Source{ids::webform, u"Web form"_s, SourceKind::DataSubject, {}});
    put(SecurityMeasure{ids::tls, u"TLS"_s, MeasureKind::Encryption, {}, {{ids::dpa, u"TLS 1.2"_s}}});

    Activity newsletter;
    newsletter.id = ids::newsletter;
    newsletter.name = u"Newsletter"_s;
    newsletter.organisation = ids::acme;
    newsletter.dataSubjects = {ids::customers, ids::staff};
    newsletter.dataCategories = {ids::contact, ids::email, ids::calls};
    newsletter.sources = {ids::webform};
    newsletter.securityMeasures = {ids::tls};
    newsletter.retention = {RetentionRule{{ids::email, ids::calls}, u"P2Y"_s, {}, {}, u"two years"_s},
                            RetentionRule{{ids::health}, u"P6Y"_s, {}, {}, u"six years"_s}};
    newsletter.evidence = {{ids::policy, u"newsletter"_s}, {ids::dpa, u"mailing"_s}};
    put(newsletter);
    Activity support;
    support.id = ids::support;
    support.name = u"Support"_s;
    support.organisation = ids::acme;
    support.role = Role::Processor;
    support.onBehalfOf = ids::client;
    support.dataCategories = {ids::calls, ids::health};
    put(support);
    Activity crm;
    crm.id = ids::crm;
    crm.name = u"CRM analytics"_s;
    crm.organisation = ids::hubspot;
    crm.dataCategories = {ids::email};
    put(crm);

    Transfer t1;
    t1.id = ids::tAcmeHubspot;
    t1.from = ids::acme;
    t1.to = ids::hubspot;
    t1.activities = {ids::newsletter, ids::support};
    t1.dataCategories = {ids::email, ids::calls};
    t1.countries = {u"US"_s};
    t1.mechanism = Mechanism::Scc;
    t1.evidence = {{ids::dpa, u"SCCs apply"_s}};
    put(t1);
    Transfer t2;
    t2.id = ids::tHubspotAws;
    t2.from = ids::hubspot;
    t2.to = ids::aws;
    t2.activities = {ids::newsletter, ids::crm};
    put(t2);
    Transfer t3;
    t3.id = ids::tAcmeMailchimp;
    t3.from = ids::acme;
    t3.to = ids::mailchimp;
    t3.activities = {ids::newsletter};
    t3.dataCategories = {ids::contact};
    put(t3);
    Transfer t4;
    t4.id = ids::tMailchimpHubspot;
    t4.from = ids::mailchimp;
    t4.to = ids::hubspot;
    t4.activities = {ids::support};
    put(t4);
    return d;
}

template <typename T> T entityCopy(const Project &p, const Id &id)
{
    const T *e = p.find<T>(id);
    Q_ASSERT(e);
    return *e;
}

QList<QPair<EntityKind, Id>> spyRows(const QSignalSpy &spy)
{
    QList<QPair<EntityKind, Id>> rows;
    for (const QList<QVariant> &args : spy)
        rows.append({args.at(0).value<EntityKind>(), args.at(1).value<QUuid>()});
    return rows;
}

// Every reference that does not resolve, as "kind id -> missing id" lines.
QStringList danglingReferences(const ProjectData &d)
{
    QStringList out;
    auto check = [&](EntityKind owner, const Id &ownerId, EntityKind kind, const Id &ref) {
        if (!ref.isNull() && !d.contains(kind, ref))
            out.append(entityKindNoun(owner) + u' ' + idToString(ownerId) + u" -> "_s + idToString(ref));
    };
    auto checkAll = [&](EntityKind owner, const Id &ownerId, EntityKind kind, const IdList &refs) {
        for (const Id &ref : refs)
            check(owner, ownerId, kind, ref);
    };
    d.forEachEntity([&](const auto &e) {
        using T = std::decay_t<decltype(e)>;
        constexpr EntityKind k = kindOf<T>();
        if constexpr (!std::is_same_v<T, Document>) {
            for (const Evidence &ev : e.evidence)
                check(k, e.id, EntityKind::Document, ev.document);
        }
        if constexpr (std::is_same_v<T, DataCategory>)
            check(k, e.id, EntityKind::DataCategory, e.parent);
        if constexpr (std::is_same_v<T, Activity>) {
            check(k, e.id, EntityKind::Party, e.organisation);
            check(k, e.id, EntityKind::Party, e.onBehalfOf);
            checkAll(k, e.id, EntityKind::DataSubject, e.dataSubjects);
            checkAll(k, e.id, EntityKind::DataCategory, e.dataCategories);
            checkAll(k, e.id, EntityKind::Source, e.sources);
            checkAll(k, e.id, EntityKind::SecurityMeasure, e.securityMeasures);
            for (const RetentionRule &r : e.retention)
                checkAll(k, e.id, EntityKind::DataCategory, r.categories);
        }
        if constexpr (std::is_same_v<T, Transfer>) {
            check(k, e.id, EntityKind::Party, e.from);
            check(k, e.id, EntityKind::Party, e.to);
            checkAll(k, e.id, EntityKind::Activity, e.activities);
            checkAll(k, e.id, EntityKind::DataCategory, e.dataCategories);
        }
    });
    return out;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoRedoRestoresExactly_data();
    void undoRedoRestoresExactly();
    void removePartyCascades();
    void removeCategoryCascades();
    void removeCategoriesChainReparents();
    void removeDocumentScrubsEvidence();
    void removeManyIsOneStep();
    void noOpEditsPushNothing_data();
    void noOpEditsPushNothing();
    void modifiedFollowsCleanState();
    void nameEditsMerge();
    void mergeRules();
    void mergeBackToStartIsDropped();
    void listEditsAreStepsOfTheirOwn();
    void typingEndsWhenTheFieldIsLeft();
    void undoTextsNameTheField();
    void infoEditsMerge();
    void signals_();
    void removalSignalsOrder();
    void commandTexts_data();
    void commandTexts();
    void cascadeOfCounts();
    void duplicate();
    void linkAndUnlink();
    void largeProjectRemoval();
    void acceptAndReopenFinding();
    void acceptFindingRefusesBadInput();
    void removalDropsAcceptances();
};

void TestCommands::undoRedoRestoresExactly_data()
{
    QTest::addColumn<Edit>("edit");

    QTest::newRow("add document") << Edit([](Project &p) {
        return edit::add(p, Document{QUuid::createUuid(), u"New"_s, {}, std::nullopt, {}});
    });
    QTest::newRow("add party") << Edit([](Project &p) {
        Party x;
        x.id = QUuid::createUuid();
        x.name = u"Stripe"_s;
        return edit::add(p, x);
    });
    QTest::newRow("add category") << Edit([](Project &p) {
        DataCategory c;
        c.id = QUuid::createUuid();
        c.name = u"Phone"_s;
        c.parent = ids::contact;
        return edit::add(p, c);
    });
    QTest::newRow("add subject") << Edit([](Project &p) {
        return edit::add(p, DataSubject{QUuid::createUuid(), u"Visitors"_s, {}, {}});
    });
    QTest::newRow("add source") << Edit([](Project &p) {
        return edit::add(p, Source{QUuid::createUuid(), u"CRM import"_s, SourceKind::CustomerSystems, {}});
    });
    QTest::newRow("add measure") << Edit([](Project &p) {
        return edit::add(p, SecurityMeasure{QUuid::createUuid(), u"Backups"_s, MeasureKind::Backup, {}, {}});
    });
    QTest::newRow("add activity") << Edit([](Project &p) {
        Activity a;
        a.id = QUuid::createUuid();
        a.name = u"Payroll"_s;
        a.organisation = ids::acme;
        return edit::add(p, a);
    });
    QTest::newRow("add transfer") << Edit([](Project &p) {
        Transfer t;
        t.id = QUuid::createUuid();
        t.from = ids::acme;
        t.to = ids::aws;
        return edit::add(p, t);
    });
    QTest::newRow("rename party") << Edit([](Project &p) {
        auto x = entityCopy<Party>(p, ids::hubspot);
        x.name = u"HubSpot Inc."_s;
        return edit::change(p, x, MergeId::EditName);
    });
    QTest::newRow("change transfer") << Edit([](Project &p) {
        auto t = entityCopy<Transfer>(p, ids::tAcmeHubspot);
        t.mechanism = Mechanism::Adequacy;
        t.sccModule = 2;
        return edit::change(p, t);
    });
    QTest::newRow("change activity retention") << Edit([](Project &p) {
        auto a = entityCopy<Activity>(p, ids::newsletter);
        a.retention.removeFirst();
        return edit::change(p, a);
    });
    QTest::newRow("set info") << Edit([](Project &p) {
        ProjectInfo i = p.info();
        i.name = u"Renamed"_s;
        i.language = u"nl"_s;
        return edit::setInfo(p, i);
    });
    const std::array<QPair<EntityKind, Id>, 11> removals = {{
        {EntityKind::Document, ids::dpa},
        {EntityKind::Document, ids::unused},
        {EntityKind::Party, ids::hubspot},
        {EntityKind::Party, ids::acme},
        {EntityKind::Party, ids::client},
        {EntityKind::DataCategory, ids::email},
        {EntityKind::DataCategory, ids::contact},
        {EntityKind::DataSubject, ids::customers},
        {EntityKind::Source, ids::webform},
        {EntityKind::SecurityMeasure, ids::tls},
        {EntityKind::Activity, ids::newsletter},
    }};
    int n = 0;
    for (const auto &[kind, id] : removals) {
        const QByteArray name = "remove " + entityKindNoun(kind).toUtf8() + ' ' + QByteArray::number(++n);
        QTest::newRow(name.constData()) << Edit([kind, id](Project &p) { return edit::remove(p, kind, id); });
    }
    QTest::newRow("remove transfer") << Edit(
        [](Project &p) { return edit::remove(p, EntityKind::Transfer, ids::tAcmeHubspot); });
    QTest::newRow("remove many") << Edit([](Project &p) {
        return edit::removeMany(p, {{EntityKind::Party, ids::mailchimp},
                                    {EntityKind::DataCategory, ids::email},
                                    {EntityKind::DataCategory, ids::contact},
                                    {EntityKind::Document, ids::policy},
                                    {EntityKind::Activity, ids::support}});
    });
    QTest::newRow("link subject") << Edit(
        [](Project &p) { return edit::link(p, ids::support, LinkField::ActivityDataSubjects, ids::staff); });
    QTest::newRow("link category to transfer") << Edit(
        [](Project &p) { return edit::link(p, ids::tHubspotAws, LinkField::TransferDataCategories, ids::health); });
    QTest::newRow("unlink activity from transfer") << Edit(
        [](Project &p) { return edit::unlink(p, ids::tAcmeHubspot, LinkField::TransferActivities, ids::support); });
    QTest::newRow("unlink measure") << Edit(
        [](Project &p) { return edit::unlink(p, ids::newsletter, LinkField::ActivitySecurityMeasures, ids::tls); });
    QTest::newRow("duplicate party") << Edit(
        [](Project &p) { return !edit::duplicate(p, EntityKind::Party, ids::acme).isNull(); });
    QTest::newRow("duplicate activity") << Edit(
        [](Project &p) { return !edit::duplicate(p, EntityKind::Activity, ids::newsletter).isNull(); });
    QTest::newRow("duplicate transfer") << Edit(
        [](Project &p) { return !edit::duplicate(p, EntityKind::Transfer, ids::tAcmeHubspot).isNull(); });
}

void TestCommands::undoRedoRestoresExactly()
{
    QFETCH(Edit, edit);
    Project project(sampleData());
    const ProjectData before = project.data();
    QCOMPARE(danglingReferences(before), QStringList());

    QVERIFY(edit(project));
    QCOMPARE(danglingReferences(project.data()), QStringList());
    QCOMPARE(project.undoStack()->count(), 1);
    QVERIFY(!project.undoStack()->undoText().isEmpty());
    const ProjectData afterFirst = project.data();
    QVERIFY(afterFirst != before);

    project.undoStack()->undo();
    QVERIFY(project.data() == before);
    project.undoStack()->redo();
    QVERIFY(project.data() == afterFirst);
    project.undoStack()->undo();
    QVERIFY(project.data() == before);
}

void TestCommands::removePartyCascades()
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

void TestCommands::removeCategoryCascades()
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

void TestCommands::removeCategoriesChainReparents()
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

void TestCommands::removeDocumentScrubsEvidence()
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

void TestCommands::removeManyIsOneStep()
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

void TestCommands::noOpEditsPushNothing_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("change to same value")
        << Edit([](Project &p) { return edit::change(p, entityCopy<Party>(p, ids::hubspot)); });
    QTest::newRow("change unknown id") << Edit([](Project &p) {
        Party x;
        x.id = QUuid::createUuid();
        return edit::change(p, x);
    });
    QTest::newRow("change with wrong kind") << Edit([](Project &p) {
        DataSubject s{ids::hubspot, u"HubSpot"_s, {}, {}};
        return edit::change(p, s);
    });
    QTest::newRow("add existing id") << Edit(
        [](Project &p) { return edit::add(p, entityCopy<Party>(p, ids::hubspot)); });
    QTest::newRow("add id of another kind") << Edit([](Project &p) {
        return edit::add(p, DataSubject{ids::hubspot, u"Clash"_s, {}, {}});
    });
    QTest::newRow("add null id") << Edit([](Project &p) { return edit::add(p, Party{}); });
    QTest::newRow("set same info") << Edit([](Project &p) { return edit::setInfo(p, p.info()); });
    QTest::newRow("remove unknown") << Edit(
        [](Project &p) { return edit::remove(p, EntityKind::Party, fixedId(999)); });
    QTest::newRow("remove with wrong kind")
        << Edit([](Project &p) { return edit::remove(p, EntityKind::Activity, ids::hubspot); });
    QTest::newRow("remove many, none exists") << Edit([](Project &p) {
        return edit::removeMany(p, {{EntityKind::Document, Id()}});
    });
    QTest::newRow("remove nothing") << Edit([](Project &p) { return edit::removeMany(p, {}); });
    QTest::newRow("link already linked") << Edit(
        [](Project &p) { return edit::link(p, ids::newsletter, LinkField::ActivitySources, ids::webform); });
    QTest::newRow("link missing target") << Edit(
        [](Project &p) { return edit::link(p, ids::newsletter, LinkField::ActivitySources, fixedId(999)); });
    QTest::newRow("link target of wrong kind")
        << Edit([](Project &p) { return edit::link(p, ids::newsletter, LinkField::ActivitySources, ids::tls); });
    QTest::newRow("link to wrong owner kind")
        << Edit([](Project &p) { return edit::link(p, ids::tAcmeHubspot, LinkField::ActivitySources, ids::webform); });
    QTest::newRow("unlink not linked") << Edit(
        [](Project &p) { return edit::unlink(p, ids::crm, LinkField::ActivityDataSubjects, ids::customers); });
    QTest::newRow("duplicate unknown") << Edit(
        [](Project &p) { return !edit::duplicate(p, EntityKind::Party, ids::newsletter).isNull(); });
}

void TestCommands::noOpEditsPushNothing()
{
    QFETCH(Edit, edit);
    Project project(sampleData());
    project.markSaved();
    const ProjectData before = project.data();
    QSignalSpy changed(&project, &Project::entityChanged);
    QVERIFY(!edit(project));
    QCOMPARE(project.undoStack()->count(), 0);
    QVERIFY(!project.isModified());
    QVERIFY(project.data() == before);
    QCOMPARE(changed.count(), 0);
}

void TestCommands::modifiedFollowsCleanState()
{
    Project project(sampleData());
    QVERIFY(!project.isModified());
    QSignalSpy modified(&project, &Project::modifiedChanged);

    auto p = entityCopy<Party>(project, ids::aws);
    p.country = u"IE"_s;
    QVERIFY(edit::change(project, p));
    QVERIFY(project.isModified());
    project.markSaved();
    QVERIFY(!project.isModified());

    p.notes = u"Frankfurt region"_s;
    QVERIFY(edit::change(project, p));
    QVERIFY(project.isModified());
    project.undoStack()->undo();
    QVERIFY(!project.isModified());
    project.undoStack()->undo(); // before the save point
    QVERIFY(project.isModified());
    project.undoStack()->redo();
    QVERIFY(!project.isModified());
    QCOMPARE(modified.count(), 6);
    QCOMPARE(modified.last().at(0).toBool(), false);
}

void TestCommands::nameEditsMerge()
{
    Project project(sampleData());
    const ProjectData before = project.data();
    auto p = entityCopy<Party>(project, ids::hubspot);
    for (const QString &name : {u"HubSpot "_s, u"HubSpot I"_s, u"HubSpot In"_s, u"HubSpot Inc."_s}) {
        p.name = name;
        QVERIFY(edit::change(project, p, MergeId::EditName));
    }
    QCOMPARE(project.undoStack()->count(), 1);
    QCOMPARE(project.undoStack()->undoText(), u"Rename party “HubSpot” to “HubSpot Inc.”"_s);
    QCOMPARE(project.data().parties.at(ids::hubspot).name, u"HubSpot Inc."_s);
    project.undoStack()->undo();
    QVERIFY(project.data() == before);
    project.undoStack()->redo();
    QCOMPARE(project.data().parties.at(ids::hubspot).name, u"HubSpot Inc."_s);
}

void TestCommands::mergeRules()
{
    Project project(sampleData());
    QUndoStack *stack = project.undoStack();
    auto hubspot = entityCopy<Party>(project, ids::hubspot);
    auto aws = entityCopy<Party>(project, ids::aws);

    hubspot.name = u"H1"_s;
    QVERIFY(edit::change(project, hubspot, MergeId::EditName));
    hubspot.notes = u"n"_s; // another field: a new step
    QVERIFY(edit::change(project, hubspot, MergeId::EditNotes));
    QCOMPARE(stack->count(), 2);
    aws.name = u"A1"_s; // another entity: a new step
    QVERIFY(edit::change(project, aws, MergeId::EditName));
    QCOMPARE(stack->count(), 3);
    aws.name = u"A2"_s; // no merge id: a new step
    QVERIFY(edit::change(project, aws));
    aws.name = u"A3"_s;
    QVERIFY(edit::change(project, aws));
    QCOMPARE(stack->count(), 5);

    // Never merge into the saved state.
    aws.name = u"A4"_s;
    QVERIFY(edit::change(project, aws, MergeId::EditName));
    project.markSaved();
    aws.name = u"A5"_s;
    QVERIFY(edit::change(project, aws, MergeId::EditName));
    QCOMPARE(stack->count(), 7);
    stack->undo();
    QVERIFY(!project.isModified());
    QCOMPARE(project.data().parties.at(ids::aws).name, u"A4"_s);
}

void TestCommands::mergeBackToStartIsDropped()
{
    Project project(sampleData());
    const ProjectData before = project.data();
    auto p = entityCopy<Party>(project, ids::hubspot);
    p.name = u"HubSpotx"_s;
    QVERIFY(edit::change(project, p, MergeId::EditName));
    p.name = u"HubSpot"_s;
    QVERIFY(edit::change(project, p, MergeId::EditName));
    QCOMPARE(project.undoStack()->count(), 0);
    QVERIFY(!project.isModified());
    QVERIFY(project.data() == before);
}

// Adding a country, removing another and adding a third: three undo steps, each named by the
// field, never one "Change transfer" that takes all three back (issue #23, item 2).
void TestCommands::listEditsAreStepsOfTheirOwn()
{
    Project project(sampleData());
    QUndoStack *stack = project.undoStack();
    auto t = entityCopy<Transfer>(project, ids::tAcmeHubspot);
    const QStringList start = t.countries;
    const QStringList withDe = start + QStringList{u"DE"_s};
    t.countries = withDe;
    QVERIFY(edit::change(project, t, MergeId::EditCountries, EditStep::Separate));
    t.countries.removeFirst();
    const QStringList removed = t.countries;
    QVERIFY(edit::change(project, t, MergeId::EditCountries, EditStep::Separate));
    t.countries.append(u"FR"_s);
    QVERIFY(edit::change(project, t, MergeId::EditCountries, EditStep::Separate));
    QCOMPARE(stack->count(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(stack->text(i), u"Change the countries of transfer “Acme → HubSpot”"_s);

    stack->undo();
    QCOMPARE(project.data().transfers.at(ids::tAcmeHubspot).countries, removed);
    stack->undo();
    QCOMPARE(project.data().transfers.at(ids::tAcmeHubspot).countries, withDe);
    stack->undo();
    QCOMPARE(project.data().transfers.at(ids::tAcmeHubspot).countries, start);

    // Typing after them, undone and redone, is still one step.
    stack->redo();
    t = entityCopy<Transfer>(project, ids::tAcmeHubspot);
    t.purpose = u"S"_s;
    QVERIFY(edit::change(project, t, MergeId::EditPurpose));
    t.purpose = u"Su"_s;
    QVERIFY(edit::change(project, t, MergeId::EditPurpose));
    QCOMPARE(stack->count(), 2);
    QCOMPARE(stack->undoText(), u"Change the purpose of transfer “Acme → HubSpot”"_s);
}

void TestCommands::typingEndsWhenTheFieldIsLeft()
{
    Project project(sampleData());
    QUndoStack *stack = project.undoStack();
    auto p = entityCopy<Party>(project, ids::hubspot);
    p.notes = u"a"_s;
    QVERIFY(edit::change(project, p, MergeId::EditNotes));
    p.notes = u"ab"_s;
    QVERIFY(edit::change(project, p, MergeId::EditNotes));
    QCOMPARE(stack->count(), 1);
    edit::endTyping(project); // the user left the field, then came back
    p.notes = u"abc"_s;
    QVERIFY(edit::change(project, p, MergeId::EditNotes));
    p.notes = u"abcd"_s;
    QVERIFY(edit::change(project, p, MergeId::EditNotes));
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QCOMPARE(project.data().parties.at(ids::hubspot).notes, u"ab"_s);
    Project fresh(sampleData());
    edit::endTyping(fresh); // an empty stack: nothing to end
}

void TestCommands::undoTextsNameTheField()
{
    Project project(sampleData());
    auto p = entityCopy<Party>(project, ids::hubspot);
    p.locations.append(u"IE"_s);
    QVERIFY(edit::change(project, p, MergeId::EditLocations, EditStep::Separate));
    QCOMPARE(project.undoStack()->undoText(), u"Change the processing locations of party “HubSpot”"_s);
    p.notes = u"DPA on file"_s;
    QVERIFY(edit::change(project, p, MergeId::EditNotes));
    QCOMPARE(project.undoStack()->undoText(), u"Change the notes of party “HubSpot”"_s);
    // A renaming is still a renaming, and a field without a text of its own names the entity.
    p.name = u"HubSpot Inc."_s;
    QVERIFY(edit::change(project, p, MergeId::EditName));
    QCOMPARE(project.undoStack()->undoText(), u"Rename party “HubSpot” to “HubSpot Inc.”"_s);
    p.kind = p.kind == PartyKind::Individual ? PartyKind::Organisation : PartyKind::Individual;
    QVERIFY(edit::change(project, p));
    QCOMPARE(project.undoStack()->undoText(), u"Change party “HubSpot Inc.”"_s);
}

void TestCommands::infoEditsMerge()
{
    Project project(sampleData());
    const ProjectInfo before = project.info();
    ProjectInfo info = before;
    info.name = u"A"_s;
    QVERIFY(edit::setInfo(project, info, MergeId::EditProjectName));
    info.name = u"AB"_s;
    QVERIFY(edit::setInfo(project, info, MergeId::EditProjectName));
    QCOMPARE(project.undoStack()->count(), 1);
    QCOMPARE(project.undoStack()->undoText(), u"Rename project to “AB”"_s);
    project.undoStack()->undo();
    QCOMPARE(project.info(), before);
}

void TestCommands::signals_()
{
    Project project(sampleData());
    QSignalSpy added(&project, &Project::entityAdded);
    QSignalSpy changed(&project, &Project::entityChanged);
    QSignalSpy removed(&project, &Project::entityRemoved);
    QSignalSpy info(&project, &Project::infoChanged);
    using Row = QPair<EntityKind, Id>;

    Source s{QUuid::createUuid(), u"Import"_s, SourceKind::Other, {}};
    QVERIFY(edit::add(project, s));
    QCOMPARE(spyRows(added), QList<Row>{Row(EntityKind::Source, s.id)});
    project.undoStack()->undo();
    QCOMPARE(spyRows(removed), QList<Row>{Row(EntityKind::Source, s.id)});
    project.undoStack()->redo();
    QCOMPARE(added.count(), 2);

    added.clear();
    removed.clear();
    QVERIFY(edit::link(project, ids::crm, LinkField::ActivitySources, s.id));
    QCOMPARE(spyRows(changed), QList<Row>{Row(EntityKind::Activity, ids::crm)});
    project.undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(added.count(), 0);
    QCOMPARE(removed.count(), 0);

    ProjectInfo i = project.info();
    i.notes = u"changed"_s;
    QVERIFY(edit::setInfo(project, i));
    QCOMPARE(info.count(), 1);
    project.undoStack()->undo();
    QCOMPARE(info.count(), 2);
}

void TestCommands::removalSignalsOrder()
{
    Project project(sampleData());
    QSignalSpy changed(&project, &Project::entityChanged);
    QSignalSpy removed(&project, &Project::entityRemoved);
    QSignalSpy added(&project, &Project::entityAdded);
    QVERIFY(edit::remove(project, EntityKind::Party, ids::hubspot));

    const auto removedRows = spyRows(removed);
    QCOMPARE(removedRows.size(), 5); // 3 transfers, 1 activity, the party
    QCOMPARE(removedRows.last(), qMakePair(EntityKind::Party, ids::hubspot));
    QCOMPARE(removedRows.count(qMakePair(EntityKind::Activity, ids::crm)), 1);
    for (const Id &t : {ids::tAcmeHubspot, ids::tHubspotAws, ids::tMailchimpHubspot})
        QCOMPARE(removedRows.count(qMakePair(EntityKind::Transfer, t)), 1);
    // The transfers go before the activity they are linked to.
    QVERIFY(removedRows.indexOf(qMakePair(EntityKind::Activity, ids::crm)) >
            removedRows.indexOf(qMakePair(EntityKind::Transfer, ids::tHubspotAws)));
    QCOMPARE(changed.count(), 0); // nothing that stays referred to HubSpot or its activity

    project.undoStack()->undo();
    const auto addedRows = spyRows(added);
    QCOMPARE(addedRows.size(), 5);
    QCOMPARE(addedRows.first(), qMakePair(EntityKind::Party, ids::hubspot));
}

void TestCommands::commandTexts_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("text");

    QTest::newRow("add") << Edit([](Project &p) {
        Party x;
        x.id = QUuid::createUuid();
        x.name = u"Stripe"_s;
        return edit::add(p, x);
    }) << u"Add party “Stripe”"_s;
    QTest::newRow("add unnamed") << Edit([](Project &p) {
        return edit::add(p, DataSubject{QUuid::createUuid(), {}, {}, {}});
    }) << u"Add data subject “(no name)”"_s;
    QTest::newRow("add transfer") << Edit([](Project &p) {
        Transfer t;
        t.id = QUuid::createUuid();
        t.from = ids::acme;
        t.to = ids::aws;
        return edit::add(p, t);
    }) << u"Add transfer “Acme → AWS”"_s;
    QTest::newRow("rename") << Edit([](Project &p) {
        auto x = entityCopy<Party>(p, ids::hubspot);
        x.name = u"HubSpot Inc."_s;
        return edit::change(p, x);
    }) << u"Rename party “HubSpot” to “HubSpot Inc.”"_s;
    QTest::newRow("rename document") << Edit([](Project &p) {
        auto x = entityCopy<Document>(p, ids::dpa);
        x.title = u"DPA 2025"_s;
        return edit::change(p, x);
    }) << u"Rename document “HubSpot DPA” to “DPA 2025”"_s;
    QTest::newRow("change party") << Edit([](Project &p) {
        auto x = entityCopy<Party>(p, ids::hubspot);
        x.country = u"IE"_s;
        return edit::change(p, x);
    }) << u"Change party “HubSpot”"_s;
    QTest::newRow("rename and change") << Edit([](Project &p) {
        auto x = entityCopy<Party>(p, ids::hubspot);
        x.name = u"HubSpot Ireland"_s;
        x.country = u"IE"_s;
        return edit::change(p, x);
    }) << u"Change party “HubSpot Ireland”"_s;
    QTest::newRow("change transfer") << Edit([](Project &p) {
        auto t = entityCopy<Transfer>(p, ids::tAcmeHubspot);
        t.mechanism = Mechanism::Adequacy;
        return edit::change(p, t);
    }) << u"Change transfer “Acme → HubSpot”"_s;
    QTest::newRow("remove") << Edit([](Project &p) { return edit::remove(p, EntityKind::Party, ids::hubspot); })
                            << u"Remove party “HubSpot”"_s;
    QTest::newRow("remove category") << Edit([](Project &p) {
        return edit::remove(p, EntityKind::DataCategory, ids::calls);
    }) << u"Remove data category “Call recordings”"_s;
    QTest::newRow("link") << Edit([](Project &p) {
        return edit::link(p, ids::crm, LinkField::ActivityDataCategories, ids::calls);
    }) << u"Link data category “Call recordings” to activity “CRM analytics”"_s;
    QTest::newRow("unlink") << Edit([](Project &p) {
        return edit::unlink(p, ids::tHubspotAws, LinkField::TransferActivities, ids::crm);
    }) << u"Unlink activity “CRM analytics” from transfer “HubSpot → AWS”"_s;
    QTest::newRow("info") << Edit([](Project &p) {
        ProjectInfo i = p.info();
        i.notes = u"x"_s;
        return edit::setInfo(p, i);
    }) << u"Change project details"_s;
    QTest::newRow("rename project") << Edit([](Project &p) {
        ProjectInfo i = p.info();
        i.name = u"Acme B.V."_s;
        return edit::setInfo(p, i);
    }) << u"Rename project to “Acme B.V.”"_s;
    QTest::newRow("duplicate") << Edit([](Project &p) {
        return !edit::duplicate(p, EntityKind::Activity, ids::support).isNull();
    }) << u"Duplicate activity “Support”"_s;
    QTest::newRow("long name elided") << Edit([](Project &p) {
        return edit::add(p, DataSubject{QUuid::createUuid(), QString(100, u'x'), {}, {}});
    }) << (u"Add data subject “"_s + QString(59, u'x') + u"…”"_s);
}

void TestCommands::commandTexts()
{
    QFETCH(Edit, edit);
    QFETCH(QString, text);
    Project project(sampleData());
    QVERIFY(edit(project));
    QCOMPARE(project.undoStack()->undoText(), text);
    QCOMPARE(project.undoStack()->command(0)->text(), text);
    project.undoStack()->undo();
    QCOMPARE(project.undoStack()->redoText(), text);
}

void TestCommands::cascadeOfCounts()
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

void TestCommands::duplicate()
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

void TestCommands::linkAndUnlink()
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

void TestCommands::largeProjectRemoval()
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

void TestCommands::acceptAndReopenFinding()
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

void TestCommands::acceptFindingRefusesBadInput()
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

void TestCommands::removalDropsAcceptances()
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

QTEST_GUILESS_MAIN(TestCommands)
#include "test_commands.moc"
