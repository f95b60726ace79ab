// Which edits merge into one undo step (typing in one field) and which do not, and the
// texts of the undo commands (model/commands).

#include "commandsfixture.h"

#include "commands/changesetcommand.h"
#include "commands/edits.h"
#include "domain/project.h"

#include <QTest>

using namespace ropa;
using namespace ropa::commandstest;
using namespace Qt::StringLiterals;

class TestCommandsMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameEditsMerge();
    void mergeRules();
    void mergeBackToStartIsDropped();
    void listEditsAreStepsOfTheirOwn();
    void typingEndsWhenTheFieldIsLeft();
    void undoTextsNameTheField();
    void infoEditsMerge();
    void commandTexts_data();
    void commandTexts();
};

void TestCommandsMerge::nameEditsMerge()
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

void TestCommandsMerge::mergeRules()
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

void TestCommandsMerge::mergeBackToStartIsDropped()
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
void TestCommandsMerge::listEditsAreStepsOfTheirOwn()
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

void TestCommandsMerge::typingEndsWhenTheFieldIsLeft()
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

void TestCommandsMerge::undoTextsNameTheField()
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

void TestCommandsMerge::infoEditsMerge()
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

void TestCommandsMerge::commandTexts_data()
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

void TestCommandsMerge::commandTexts()
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

QTEST_GUILESS_MAIN(TestCommandsMerge)
#include "test_commands_merge.moc"
