// The undo commands (model/commands): every edit undone and redone restores the project
// exactly, edits that change nothing push nothing, the modified state follows the clean
// state, and the project's signals come in order.

#include "commandsfixture.h"

#include "commands/changesetcommand.h"
#include "commands/edits.h"
#include "domain/project.h"

#include <QSignalSpy>
#include <QTest>

using namespace ropa;
using namespace ropa::commandstest;
using namespace Qt::StringLiterals;

namespace {

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

class TestCommandsUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoRedoRestoresExactly_data();
    void undoRedoRestoresExactly();
    void noOpEditsPushNothing_data();
    void noOpEditsPushNothing();
    void modifiedFollowsCleanState();
    void signals_();
    void removalSignalsOrder();
};

void TestCommandsUndo::undoRedoRestoresExactly_data()
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

void TestCommandsUndo::undoRedoRestoresExactly()
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

void TestCommandsUndo::noOpEditsPushNothing_data()
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

void TestCommandsUndo::noOpEditsPushNothing()
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

void TestCommandsUndo::modifiedFollowsCleanState()
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

void TestCommandsUndo::signals_()
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

void TestCommandsUndo::removalSignalsOrder()
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

QTEST_GUILESS_MAIN(TestCommandsUndo)
#include "test_commands_undo.moc"
