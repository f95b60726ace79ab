// The compare and the three-way merge (model/compare): a consultant and a client each edit a
// copy of one project.

#include "editedcopies.h"

#include "common/registerproject.h"

#include "compare/apply.h"
#include "compare/diff.h"
#include "compare/fields.h"
#include "compare/merge.h"
#include "compare/pick.h"
#include "compare/report.h"
#include "domain/validation.h"
#include "store/jsonformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace ropa;
using namespace ropa::compare;
using ropa::test::fixedId;

namespace {

const Change *findChange(const Diff &d, EntityKind kind, const Id &id)
{
    for (const Change &c : d.changes) {
        if (c.subject == Subject::Entity && c.kind == kind && c.id == id)
            return &c;
    }
    return nullptr;
}

const FieldChange *findField(const Change &c, const QString &key)
{
    for (const FieldChange &f : c.fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

ProjectData example(const QString &name)
{
    const json::ReadResult r = json::readProjectFile(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/") + name);
    if (!r.data)
        qFatal("%s", qPrintable(r.error));
    return *r.data;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every key the JSON format writes for an entity is a field the diff and the merge know: a
    // field added to an entity and to the format but not to fieldsOf<T>() would be lost by a merge.
    void fieldTablesCoverTheFormat()
    {
        const QJsonObject root = QJsonDocument::fromJson(json::writeProject(test::registerProject())).object();
        auto keysIn = [&](const QString &table) {
            QSet<QString> keys;
            for (const QJsonValue &v : root.value(table).toArray()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    keys.insert(it.key());
            }
            keys.remove(QStringLiteral("id"));
            return keys;
        };
        auto keysOf = [](const auto &fields) {
            QSet<QString> keys;
            for (const auto &f : fields)
                keys.insert(QString::fromLatin1(f.key));
            return keys;
        };
        QCOMPARE(keysOf(fieldsOf<Document>()), keysIn(QStringLiteral("documents")));
        QCOMPARE(keysOf(fieldsOf<Party>()), keysIn(QStringLiteral("parties")));
        QCOMPARE(keysOf(fieldsOf<DataCategory>()), keysIn(QStringLiteral("data_categories")));
        QCOMPARE(keysOf(fieldsOf<DataSubject>()), keysIn(QStringLiteral("data_subjects")));
        QCOMPARE(keysOf(fieldsOf<Source>()), keysIn(QStringLiteral("sources")));
        QCOMPARE(keysOf(fieldsOf<SecurityMeasure>()), keysIn(QStringLiteral("security_measures")));
        QCOMPARE(keysOf(fieldsOf<System>()), keysIn(QStringLiteral("systems")));
        QCOMPARE(keysOf(fieldsOf<Activity>()), keysIn(QStringLiteral("activities")));
        QCOMPARE(keysOf(fieldsOf<Transfer>()), keysIn(QStringLiteral("transfers")));
        const QStringList projectKeys = root.value(QStringLiteral("project")).toObject().keys();
        QCOMPARE(keysOf(fieldsOf<ProjectInfo>()), QSet<QString>(projectKeys.begin(), projectKeys.end()));
    }

    void sameProjectHasNoChanges()
    {
        const ProjectData p = example(QStringLiteral("callcabinet.json"));
        const Diff d = diff(p, p);
        QVERIFY(d.isEmpty());
        QVERIFY(!d.unrelated);
        QCOMPARE(diffText(d), QStringLiteral("The two projects are the same.\n"));
    }

    void consultantsChangesWithNames()
    {
        const ProjectData base = test::sampleProject();
        const Diff d = diff(base, test::consultantCopy(base));
        QCOMPARE(d.changes.size(), 4);

        const Change *vendor = findChange(d, EntityKind::Party, fixedId(11));
        QVERIFY(vendor);
        QCOMPARE(vendor->type, ChangeType::Changed);
        QCOMPARE(vendor->name, QStringLiteral("CallCabinet Ltd"));
        QCOMPARE(vendor->oldName, QStringLiteral("CallCabinet"));
        QCOMPARE(vendor->fields.size(), 1); // a rename is one change
        QCOMPARE(vendor->fields[0].label, QStringLiteral("Name"));
        QCOMPARE(vendor->fields[0].oldText, QStringLiteral("CallCabinet"));
        QCOMPARE(vendor->fields[0].newText, QStringLiteral("CallCabinet Ltd"));

        const Change *added = findChange(d, EntityKind::Transfer, fixedId(72));
        QVERIFY(added);
        QCOMPARE(added->type, ChangeType::Added);
        QCOMPARE(added->name, QStringLiteral("Noordwind Klantcontact B.V. → Marketing partners"));

        const Change *removed = findChange(d, EntityKind::Activity, fixedId(61));
        QVERIFY(removed);
        QCOMPARE(removed->type, ChangeType::Removed);
        QCOMPARE(removed->name, QStringLiteral("Recording on behalf of clients"));

        const Change *calls = findChange(d, EntityKind::Activity, fixedId(60));
        QVERIFY(calls);
        const FieldChange *retention = findField(*calls, QStringLiteral("retention"));
        QVERIFY(retention);
        QCOMPARE(retention->label, QStringLiteral("Retention"));
        QVERIFY2(retention->oldText.contains(QStringLiteral("Call recordings")), qPrintable(retention->oldText));
        // The first rule's period edited in place: one changed item, not a removal and an addition.
        QCOMPARE(retention->changedItems.size(), 1);
        QCOMPARE(retention->changedItems[0].first,
                 QStringLiteral("Call recordings: 6 months (trigger: end of call) (Art. 5(1)(e))"));
        QCOMPARE(retention->changedItems[0].second,
                 QStringLiteral("Call recordings: 1 year (trigger: end of call) (Art. 5(1)(e))"));
        QVERIFY(retention->removed.isEmpty() && retention->added.isEmpty());
        QVERIFY(!retention->reordered);

        const QString text = diffText(d);
        QVERIFY2(text.contains(QStringLiteral("Party “CallCabinet Ltd” changed (was “CallCabinet”)\n"
                                              "  Name: “CallCabinet” → “CallCabinet Ltd”\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Activity “Recording on behalf of clients” removed")));
        QVERIFY2(text.contains(QStringLiteral("  Retention: “Call recordings: 6 months (trigger: end of call) (Art. "
                                              "5(1)(e))” → “Call recordings: 1 year (trigger: end of call) (Art. "
                                              "5(1)(e))”\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("4 change(s).")));
    }

    void listItemsAddedRemovedReordered()
    {
        const ProjectData base = test::sampleProject();
        ProjectData other = base;
        Activity &calls = other.activities.at(fixedId(60));
        calls.purposes = {QStringLiteral("Quality"), QStringLiteral("Answer questions")};
        calls.dataCategories = {fixedId(21), fixedId(20)};
        const Diff d = diff(base, other);
        const Change *c = findChange(d, EntityKind::Activity, fixedId(60));
        QVERIFY(c);
        const FieldChange *purposes = findField(*c, QStringLiteral("purposes"));
        QVERIFY(purposes && purposes->reordered && purposes->added.isEmpty() && purposes->removed.isEmpty());
        const FieldChange *categories = findField(*c, QStringLiteral("data_categories"));
        QVERIFY(categories);
        QCOMPARE(categories->added, QStringList{QStringLiteral("Communications data")});
        QCOMPARE(categories->removed, QStringList{QStringLiteral("Health data mentioned in calls")});
        QCOMPARE(categories->label, QStringLiteral("Data categories"));
    }

    void countriesAndLinksShownByName()
    {
        const ProjectData base = test::sampleProject();
        const Diff d = diff(base, test::clientCopy(base));
        const Change *vendor = findChange(d, EntityKind::Party, fixedId(11));
        QVERIFY(vendor);
        const FieldChange *country = findField(*vendor, QStringLiteral("country"));
        QVERIFY(country);
        QCOMPARE(country->label, QStringLiteral("Country"));
        QVERIFY2(country->oldText.startsWith(QStringLiteral("United States")), qPrintable(country->oldText));
        QVERIFY2(country->newText.startsWith(QStringLiteral("United Kingdom")), qPrintable(country->newText));
        const Change *calls = findChange(d, EntityKind::Activity, fixedId(60));
        QVERIFY(calls);
        const FieldChange *categories = findField(*calls, QStringLiteral("data_categories"));
        QVERIFY(categories);
        QCOMPARE(categories->added, QStringList{QStringLiteral("Email address")});
        QVERIFY(categories->oldText.contains(QStringLiteral("Call recordings")));
    }

    void acceptedFindingsComparedAndMerged()
    {
        const ProjectData base = test::sampleProject();
        auto accept = [](const QString &why) {
            return [why](Project &p) {
                edit::acceptFinding(
                    p, AcceptedFinding{QStringLiteral("PROC-DPA-MISSING"), fixedId(11), {}, why, QDate(2026, 12, 1)});
            };
        };
        const ProjectData ours = test::edited(base, accept(QStringLiteral("DPA in the contract")));
        const ProjectData theirs = test::edited(base, accept(QStringLiteral("Signed on paper")));
        const Diff d = diff(base, ours);
        QCOMPARE(d.changes.size(), 1);
        QCOMPARE(d.changes[0].kindKey(), QStringLiteral("accepted_finding"));
        QCOMPARE(d.changes[0].type, ChangeType::Added);
        const MergeResult r = merge(base, ours, theirs);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts[0].key, QStringLiteral("justification"));
        const MergeResult decided = merge(base, ours, theirs, Side::Theirs);
        QVERIFY(decided.merged);
        QCOMPARE(decided.merged->acceptedFindings.size(), 1);
        QCOMPARE(decided.merged->acceptedFindings[0].justification, QStringLiteral("Signed on paper"));
    }

    void projectDetailsCompared()
    {
        const ProjectData base = test::sampleProject();
        ProjectData other = base;
        other.info.name = QStringLiteral("Noordwind 2026");
        const Diff d = diff(base, other);
        QCOMPARE(d.changes.size(), 1);
        QCOMPARE(d.changes[0].subject, Subject::Project);
        QCOMPARE(d.changes[0].kindKey(), QStringLiteral("project"));
        QCOMPARE(d.changes[0].fields[0].newText, QStringLiteral("Noordwind 2026"));
    }

    void unrelatedProjectsAreSaidSo()
    {
        const Diff d = diff(test::sampleProject(), example(QStringLiteral("callcabinet.json")));
        QVERIFY(d.unrelated);
        QCOMPARE(d.sharedIds, 0);
        QVERIFY(!d.isEmpty());
        QVERIFY(!diff(test::sampleProject(), test::consultantCopy(test::sampleProject())).unrelated);
    }

    void changeJsonHasKindIdNameChangeFields()
    {
        const ProjectData base = test::sampleProject();
        const QJsonObject o = diffJson(diff(base, test::consultantCopy(base)));
        QCOMPARE(o.value(QStringLiteral("same")).toBool(), false);
        bool seen = false;
        for (const QJsonValue &v : o.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("kind")).toString() != u"party")
                continue;
            seen = true;
            QCOMPARE(c.value(QStringLiteral("id")).toString(), idToString(fixedId(11)));
            QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("CallCabinet Ltd"));
            QCOMPARE(c.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
            const QJsonObject f = c.value(QStringLiteral("fields")).toArray().at(0).toObject();
            QCOMPARE(f.value(QStringLiteral("key")).toString(), QStringLiteral("name"));
            QCOMPARE(f.value(QStringLiteral("old")).toString(), QStringLiteral("CallCabinet"));
            QCOMPARE(f.value(QStringLiteral("new")).toString(), QStringLiteral("CallCabinet Ltd"));
        }
        QVERIFY(seen);
    }

    void mergeTakesBothSidesAndStopsAtTheConflict()
    {
        const ProjectData base = test::sampleProject();
        const MergeResult r = merge(base, test::consultantCopy(base), test::clientCopy(base));
        QVERIFY(!r.merged);
        QCOMPARE(r.conflicts.size(), 1);
        const Conflict &c = r.conflicts[0];
        QCOMPARE(c.type, ConflictType::BothChanged);
        QCOMPARE(c.id, fixedId(60));
        QCOMPARE(c.key, QStringLiteral("retention"));
        QVERIFY(c.oursText.contains(QStringLiteral("1 year")) || c.oursText.contains(QStringLiteral("P1Y")));
        QVERIFY(!c.decidedFor);
        QCOMPARE(r.undecided(), 1);
    }

    void preferenceDecidesAndTheResultValidatesAndRoundTrips()
    {
        const ProjectData base = test::sampleProject();
        const ProjectData ours = test::consultantCopy(base);
        const ProjectData theirs = test::clientCopy(base);
        for (const Side side : {Side::Ours, Side::Theirs}) {
            const MergeResult r = merge(base, ours, theirs, side);
            QVERIFY(r.merged);
            QCOMPARE(r.undecided(), 0);
            QCOMPARE(r.conflicts.size(), 1);
            QCOMPARE(*r.conflicts[0].decidedFor, side);
            const ProjectData &m = *r.merged;
            QCOMPARE(m.parties.at(fixedId(11)).name, QStringLiteral("CallCabinet Ltd")); // ours
            QCOMPARE(m.parties.at(fixedId(11)).country, QStringLiteral("GB"));           // theirs
            QVERIFY(m.transfers.count(fixedId(72)));                                     // ours
            QVERIFY(!m.activities.count(fixedId(61)));                                   // ours removed
            QVERIFY(m.dataCategories.count(fixedId(23)));                                // theirs
            const Activity &calls = m.activities.at(fixedId(60));
            QCOMPARE(calls.owner, QStringLiteral("Service manager"));
            QVERIFY(calls.dataCategories.contains(fixedId(23)));
            QCOMPARE(calls.retention[0].duration, side == Side::Ours ? QStringLiteral("P1Y") : QStringLiteral("P3M"));
            QVERIFY(validateProject(m).isEmpty());
            const json::ReadResult back = json::readProject(json::writeProject(m));
            QVERIFY2(back.data, qPrintable(back.error));
            QCOMPARE(*back.data, m);
        }
    }

    void sameChangeOnBothSidesTakenOnce()
    {
        const ProjectData base = test::sampleProject();
        auto rename = [](Project &p) {
            DataSubject s = *p.find<DataSubject>(fixedId(30));
            s.name = QStringLiteral("Callers");
            edit::change(p, s);
        };
        const MergeResult r = merge(base, test::edited(base, rename), test::edited(base, rename));
        QVERIFY(r.merged);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.merged->dataSubjects.at(fixedId(30)).name, QStringLiteral("Callers"));
    }

    void removedOnOneSideEditedOnTheOther()
    {
        const ProjectData base = test::sampleProject();
        const ProjectData ours =
            test::edited(base, [](Project &p) { edit::remove(p, EntityKind::Activity, fixedId(61)); });
        const ProjectData theirs = test::edited(base, [](Project &p) {
            Activity a = *p.find<Activity>(fixedId(61));
            a.notes = QStringLiteral("Contract renewed");
            edit::change(p, a);
        });
        MergeResult r = merge(base, ours, theirs);
        QVERIFY(!r.merged);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts[0].type, ConflictType::RemovedAndChanged);
        QCOMPARE(r.conflicts[0].removedBy, Side::Ours);
        QCOMPARE(r.conflicts[0].name, QStringLiteral("Recording on behalf of clients"));
        r = merge(base, ours, theirs, Side::Ours);
        QVERIFY(r.merged && !r.merged->activities.count(fixedId(61)));
        r = merge(base, ours, theirs, Side::Theirs);
        QVERIFY(r.merged);
        QCOMPARE(r.merged->activities.at(fixedId(61)).notes, QStringLiteral("Contract renewed"));
    }

    void removedOnOneSideReferencedOnTheOther()
    {
        const ProjectData base = test::sampleProject();
        // The consultant removes the health category; the client adds a transfer of it.
        const ProjectData ours =
            test::edited(base, [](Project &p) { edit::remove(p, EntityKind::DataCategory, fixedId(22)); });
        const ProjectData theirs = test::edited(base, [](Project &p) {
            Transfer t;
            t.id = fixedId(73);
            t.from = fixedId(10);
            t.to = fixedId(11);
            t.dataCategories = {fixedId(22)};
            t.countries = {QStringLiteral("US")};
            t.mechanism = Mechanism::Dpf;
            edit::add(p, t);
        });
        MergeResult r = merge(base, ours, theirs);
        QVERIFY(!r.merged);
        QCOMPARE(r.conflicts.size(), 1);
        const Conflict &c = r.conflicts[0];
        QCOMPARE(c.type, ConflictType::RemovedAndReferenced);
        QCOMPARE(c.id, fixedId(22));
        QCOMPARE(c.name, QStringLiteral("Health data mentioned in calls"));
        QCOMPARE(c.referencedBy, QStringLiteral("Noordwind Klantcontact B.V. → CallCabinet"));
        QVERIFY(conflictsText(r.conflicts)
                    .contains(QStringLiteral("was removed in our copy, but “Noordwind Klantcontact B.V. → CallCabinet” "
                                             "refers to it in their copy.")));

        r = merge(base, ours, theirs, Side::Theirs); // kept: the new transfer keeps its category
        QVERIFY(r.merged);
        QVERIFY(r.merged->dataCategories.count(fixedId(22)));
        QCOMPARE(r.merged->transfers.at(fixedId(73)).dataCategories, IdList{fixedId(22)});
        QVERIFY(validateProject(*r.merged).isEmpty());

        r = merge(base, ours, theirs, Side::Ours); // removed, and unlinked from the new transfer
        QVERIFY(r.merged);
        QVERIFY(!r.merged->dataCategories.count(fixedId(22)));
        QVERIFY(r.merged->transfers.at(fixedId(73)).dataCategories.isEmpty());
        QVERIFY(validateProject(*r.merged).isEmpty());
    }

    // The window decides conflicts one by one; a decision applies to the next run of the merge.
    void decisionsDecideConflictsOneByOne()
    {
        const ProjectData base = test::sampleProject();
        const ProjectData ours = test::consultantCopy(base);
        const ProjectData theirs = test::clientCopy(base);
        const MergeResult first = merge(base, ours, theirs);
        QCOMPARE(first.undecided(), 1);
        Decisions decisions;
        decisions.insert(first.conflicts[0].decisionKey(), Side::Theirs);
        const MergeResult r = merge(base, ours, theirs, decisions);
        QVERIFY(r.merged);
        QCOMPARE(r.conflicts[0].decidedFor, std::optional(Side::Theirs));
        QCOMPARE(r.merged->activities.at(fixedId(60)).retention[0].duration, QStringLiteral("P3M"));
        QCOMPARE(r.merged->parties.at(fixedId(11)).name, QStringLiteral("CallCabinet Ltd"));
        // A decision for a conflict of other copies decides nothing here.
        Decisions other;
        other.insert(QStringLiteral("conflict|activity|nobody|"), Side::Theirs);
        QVERIFY(!merge(base, ours, theirs, other).merged);
    }

    // Picks take one field of a changed entity, or a whole entity; the result is checked before
    // it becomes the project's, and then it is one undo step.
    void picksTakeFieldsAndApplyAsOneStep()
    {
        const ProjectData mine = test::sampleProject();
        const ProjectData theirs = test::clientCopy(mine);
        const Diff d = diff(mine, theirs);
        QList<Pick> picks;
        for (const Change &c : d.changes) {
            for (const Pick &p : picksOf(c)) {
                if (p.id == fixedId(11) && p.field == u"country")
                    picks.append(p);
            }
        }
        QCOMPARE(picks.size(), 1);
        ProjectData picked = applyPicks(mine, theirs, picks);
        QCOMPARE(picked.parties.at(fixedId(11)).country, QStringLiteral("GB"));
        QCOMPARE(picked.parties.at(fixedId(11)).name, mine.parties.at(fixedId(11)).name);
        QVERIFY(!picked.dataCategories.count(fixedId(23)));

        Project project(mine);
        QVERIFY(applyAsOneStep(project, picked, QStringLiteral("Merge")));
        QCOMPARE(project.undoStack()->count(), 1);
        QCOMPARE(project.data(), picked);
        QVERIFY(!applyAsOneStep(project, picked, QStringLiteral("Merge"))); // nothing left to change
        project.undoStack()->undo();
        QCOMPARE(project.data(), mine);

        // The activity's new link to their category, without the category: refused.
        Pick link;
        link.kind = EntityKind::Activity;
        link.id = fixedId(60);
        link.field = QStringLiteral("data_categories");
        const ProjectData dangling = applyPicks(mine, theirs, {link});
        QVERIFY(!problemsOf(dangling).isEmpty());
        QVERIFY(!applyAsOneStep(project, dangling, QStringLiteral("Merge")));
        QCOMPARE(project.undoStack()->count(), 1);
        QCOMPARE(project.data(), mine);
    }

    // The fields of issue 18 are compared and merged like any other; removing what they refer
    // to unlinks it (a data item goes with its category or its group of subjects).
    void registerFieldsComparedAndMerged()
    {
        const ProjectData base = test::registerProject();
        const ProjectData ours = test::edited(base, [](Project &p) {
            System y = *p.find<System>(fixedId(80));
            y.notes = QStringLiteral("Moved to eu-west-1");
            edit::change(p, y);
            Activity a = *p.find<Activity>(fixedId(60));
            a.automatedDecisions.logic = QStringLiteral("Scores calls with a trained model");
            edit::change(p, a);
        });
        const ProjectData theirs = test::edited(base, [](Project &p) {
            Party v = *p.find<Party>(fixedId(11));
            v.dpaDocument = Id();
            edit::change(p, v);
            Activity a = *p.find<Activity>(fixedId(60));
            a.dpiaScreening.criteria.append(DpiaCriterion::LargeScale);
            a.dataItems[0].purpose = QStringLiteral("Coaching");
            edit::change(p, a);
        });
        const Diff d = diff(base, ours);
        const Change *system = findChange(d, EntityKind::System, fixedId(80));
        QVERIFY(system);
        QCOMPARE(system->kindKey(), QStringLiteral("system"));
        const FieldChange *notes = findField(*system, QStringLiteral("notes"));
        QVERIFY(notes);
        QCOMPARE(notes->newText, QStringLiteral("Moved to eu-west-1"));
        const Change *calls = findChange(d, EntityKind::Activity, fixedId(60));
        QVERIFY(calls);
        const FieldChange *adm = findField(*calls, QStringLiteral("automated_decisions"));
        QVERIFY(adm);
        QVERIFY2(adm->newText.contains(QStringLiteral("logic: Scores calls with a trained model")),
                 qPrintable(adm->newText));
        const Diff dt = diff(base, theirs);
        const Change *vendor = findChange(dt, EntityKind::Party, fixedId(11));
        QVERIFY(vendor);
        const FieldChange *dpa = findField(*vendor, QStringLiteral("dpa"));
        QVERIFY(dpa);
        QCOMPARE(dpa->oldText, QStringLiteral("in place, signed 2024-03-01, Verwerkersovereenkomst CallCabinet"));
        QCOMPARE(dpa->newText, QStringLiteral("in place, signed 2024-03-01"));
        QVERIFY(findField(*findChange(dt, EntityKind::Activity, fixedId(60)), QStringLiteral("dpia_screening")));
        QVERIFY(findField(*findChange(dt, EntityKind::Activity, fixedId(60)), QStringLiteral("data_items")));

        const MergeResult r = merge(base, ours, theirs);
        QVERIFY(r.merged);
        QVERIFY(r.conflicts.isEmpty());
        const Activity &merged = r.merged->activities.at(fixedId(60));
        QCOMPARE(merged.automatedDecisions.logic, QStringLiteral("Scores calls with a trained model"));
        QCOMPARE(merged.dpiaScreening.criteria.size(), 4);
        QCOMPARE(merged.dataItems[0].purpose, QStringLiteral("Coaching"));
        QVERIFY(r.merged->parties.at(fixedId(11)).dpaDocument.isNull());
        QCOMPARE(r.merged->systems.at(fixedId(80)).notes, QStringLiteral("Moved to eu-west-1"));
        QVERIFY(validateProject(*r.merged).isEmpty());

        // Removals unlink what refers to the removed entity.
        const ProjectData noSystem =
            test::edited(base, [](Project &p) { edit::remove(p, EntityKind::System, fixedId(80)); });
        QCOMPARE(noSystem.activities.at(fixedId(60)).systems, IdList{fixedId(81)});
        const ProjectData noReport =
            test::edited(base, [](Project &p) { edit::remove(p, EntityKind::Document, fixedId(3)); });
        const Activity &unlinked = noReport.activities.at(fixedId(60));
        QVERIFY(unlinked.dpia.document.isNull() && unlinked.dpiaScreening.report.isNull());
        QVERIFY(unlinked.documents.isEmpty());
        QCOMPARE(noReport.parties.at(fixedId(10)).documents, IdList{fixedId(1)});
        const ProjectData noCustomers =
            test::edited(base, [](Project &p) { edit::remove(p, EntityKind::DataSubject, fixedId(30)); });
        QCOMPARE(noCustomers.activities.at(fixedId(60)).dataItems.size(), 1); // the item about all subjects
        QCOMPARE(noCustomers.activities.at(fixedId(60)).dataItems[0].category, fixedId(22));
        const ProjectData noSource =
            test::edited(base, [](Project &p) { edit::remove(p, EntityKind::Source, fixedId(40)); });
        QVERIFY(noSource.activities.at(fixedId(60)).dataItems[0].sources.isEmpty());
        for (const ProjectData *removed : {&noSystem, &noReport, &noCustomers, &noSource})
            QVERIFY(validateProject(*removed).isEmpty());
    }

    void listsTakeBothSidesAdditions()
    {
        const ProjectData base = test::sampleProject();
        auto addPurpose = [](const QString &purpose) {
            return [purpose](Project &p) {
                Activity a = *p.find<Activity>(fixedId(60));
                a.purposes.append(purpose);
                edit::change(p, a);
            };
        };
        const MergeResult r = merge(base, test::edited(base, addPurpose(QStringLiteral("Training"))),
                                    test::edited(base, addPurpose(QStringLiteral("Fraud prevention"))));
        QVERIFY(r.merged);
        QCOMPARE(r.merged->activities.at(fixedId(60)).purposes,
                 (QStringList{QStringLiteral("Answer questions"), QStringLiteral("Quality"), QStringLiteral("Training"),
                              QStringLiteral("Fraud prevention")}));
    }

    void exampleProjectsMergeWithThemselves()
    {
        for (const char *name : {"callcabinet.json", "demo-contact-centre.json"}) {
            const ProjectData p = example(QString::fromLatin1(name));
            const MergeResult r = merge(p, p, p);
            QVERIFY(r.merged);
            QCOMPARE(*r.merged, p);
        }
    }

    void baseThatIsNotAnAncestorIsNoticed()
    {
        const ProjectData p = test::sampleProject();
        QVERIFY(merge(example(QStringLiteral("callcabinet.json")), p, p).baseUnrelated);
        QVERIFY(!merge(p, p, p).baseUnrelated);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "test_compare.moc"
