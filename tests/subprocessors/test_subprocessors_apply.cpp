// Applying a vendor's subprocessor list to a project (model/subprocessors/applylist.h,
// listimpact.h): transfers from the vendor with countries, one undo step, re-applying changes
// nothing, a newer version's changes and the countries they open, the objection deadline
// finding, and the snapshot through the JSON interchange.

#include "applyproject.h"

#include "checks/checker.h"
#include "checks/dashboardstats.h"
#include "domain/project.h"
#include "store/jsonformat.h"
#include "subprocessors/applylist.h"
#include "subprocessors/listimpact.h"
#include "subprocessors/listreader.h"

#include <QTest>
#include <QUndoStack>

using namespace ropa;
using namespace ropa::subprocessors;
using namespace ropa::test;
using I = ropa::test::ApplyIds;

namespace {

const Party *partyNamed(const ProjectData &d, const QString &name)
{
    for (const auto &[id, p] : d.parties) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const Transfer *transferTo(const ProjectData &d, const Id &from, const Id &to)
{
    for (const auto &[id, t] : d.transfers) {
        if (t.from == from && t.to == to)
            return &t;
    }
    return nullptr;
}

ApplyOptions options(const QDate &read, std::optional<QDate> notice = std::nullopt)
{
    ApplyOptions o;
    o.vendor = I::vendor();
    o.source = QStringLiteral("https://callcloud.example/subprocessors");
    o.read = read;
    o.noticeReceived = notice;
    return o;
}

// v1 applied in a project, as the tests of the next version start.
void applyFirst(Project &project)
{
    const SubprocessorList v1 = readListFile(applyFixture("callcloud-v1.csv"));
    QVERIFY(v1.ok());
    QVERIFY(applyPlan(project, planApply(project.data(), v1, options(QDate(2026, 1, 5)))));
}

} // namespace

class TestSubprocessorsApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyCreatesTransfersFromTheVendor()
    {
        Project project(applyProject());
        const ProjectData before = project.data();
        applyFirst(project);
        const ProjectData &d = project.data();

        // Northgate Hosting GmbH is the existing "Northgate Hosting"; three parties are new.
        QCOMPARE(d.parties.size(), before.parties.size() + 3);
        const Transfer *toNorthgate = transferTo(d, I::vendor(), I::northgate());
        QVERIFY(toNorthgate);
        QCOMPARE(toNorthgate->countries, QStringList{QStringLiteral("DE")});
        // What the vendor receives: the activity and the category of the transfer to it.
        QCOMPARE(toNorthgate->activities, IdList{I::calls()});
        QCOMPARE(toNorthgate->dataCategories, IdList{I::recordings()});
        QCOMPARE(toNorthgate->role, Role::Processor);

        const Party *parcel = partyNamed(d, QStringLiteral("Parcel Mail Ltd"));
        QVERIFY(parcel);
        QCOMPARE(transferTo(d, I::vendor(), parcel->id)->countries, QStringList{QStringLiteral("IE")});
        // "Global" is not stated: a transfer without countries, never no transfer.
        const Party *globex = partyNamed(d, QStringLiteral("Globex CDN Inc."));
        QVERIFY(globex);
        const Transfer *toGlobex = transferTo(d, I::vendor(), globex->id);
        QVERIFY(toGlobex);
        QVERIFY(toGlobex->countries.isEmpty());

        // The list is kept: a snapshot with its rows, and its text as the evidence document.
        QCOMPARE(d.subprocessorSnapshots.size(), 1);
        const SubprocessorSnapshot &s = d.subprocessorSnapshots.first();
        QCOMPARE(s.vendor, I::vendor());
        QCOMPARE(s.rows.size(), 4);
        QCOMPARE(s.rows.first().party, I::northgate());
        const Document *doc = d.find<Document>(s.document);
        QVERIFY(doc);
        QVERIFY(doc->text.contains(QStringLiteral("Quillon Speech Services B.V.")));
        QCOMPARE(doc->kind, std::optional<DocumentKind>(DocumentKind::SubprocessorList));
        QCOMPARE(toGlobex->evidence.size(), 1);
        QCOMPARE(toGlobex->evidence.first().document, s.document);
        QVERIFY(doc->text.contains(toGlobex->evidence.first().quote));

        // One undo step takes all of it back.
        QCOMPARE(project.undoStack()->count(), 1);
        project.undoStack()->undo();
        QCOMPARE(project.data(), before);
    }

    void reapplyChangesNothing()
    {
        Project project(applyProject());
        applyFirst(project);
        const ProjectData once = project.data();
        const SubprocessorList v1 = readListFile(applyFixture("callcloud-v1.csv"));
        const ApplyPlan again = planApply(project.data(), v1, options(QDate(2026, 1, 9)));
        QVERIFY(again.ok());
        QVERIFY(again.isEmpty());
        QVERIFY(!applyPlan(project, again));
        QCOMPARE(project.undoStack()->count(), 1);
        QCOMPARE(project.data(), once);
    }

    // The same list saved as XLSX reads (through the import's workbook reader) to the same rows:
    // applying it after the CSV changes nothing.
    void xlsxListIsTheSameList()
    {
        const SubprocessorList xlsx = readListFile(applyFixture("callcloud-v1.xlsx"));
        QVERIFY2(xlsx.ok(), qPrintable(xlsx.error));
        QCOMPARE(xlsx.format, QStringLiteral("xlsx"));
        QCOMPARE(xlsx.rows.size(), 4);
        QCOMPARE(xlsx.rows.at(1).countries, QStringList{QStringLiteral("IE")});
        QVERIFY(xlsx.text.contains(QStringLiteral("Parcel Mail Ltd\tTransactional e-mail\tIreland")));
        Project project(applyProject());
        applyFirst(project);
        const ApplyPlan plan = planApply(project.data(), xlsx, options(QDate(2026, 1, 9)));
        QVERIFY(plan.ok());
        QVERIFY(plan.isEmpty());
    }

    void ownOrganisationIsRefused()
    {
        Project project(applyProject());
        ApplyOptions o = options(QDate(2026, 1, 5));
        o.vendor = I::own();
        const ApplyPlan plan = planApply(project.data(), readListFile(applyFixture("callcloud-v1.csv")), o);
        QVERIFY(!plan.ok());
        QVERIFY(plan.error.contains(QStringLiteral("own organisation")));
        QVERIFY(plan.changes.isEmpty());
    }

    void newerListChangesAndNewReach()
    {
        Project project(applyProject());
        applyFirst(project);
        const Party *quillon = partyNamed(project.data(), QStringLiteral("Quillon Speech Services B.V."));
        QVERIFY(quillon);
        const Id quillonId = quillon->id;
        const SubprocessorList v2 = readListFile(applyFixture("callcloud-v2.md"));
        QVERIFY(v2.ok());
        const ApplyPlan plan = planApply(project.data(), v2, options(QDate(2026, 2, 20), QDate(2026, 2, 19)));
        QVERIFY(plan.ok());
        QVERIFY(!plan.firstVersion);
        QCOMPARE(plan.diff.added.size(), 1);
        QCOMPARE(plan.diff.added.first().name, QStringLiteral("Kestrel Voice Labs Pvt Ltd"));
        QCOMPARE(plan.diff.removed.size(), 1);
        QCOMPARE(plan.diff.removed.first().name, QStringLiteral("Globex CDN Inc."));
        QCOMPARE(plan.diff.renamed.size(), 1);
        QCOMPARE(plan.removedTransfers, 1);

        // Call recordings can now reach India, and nothing else changes in where they go.
        const ProjectData after = appliedData(project.data(), plan);
        const ListImpact impact = impactOf(project.data(), after, QDate(2026, 3, 1));
        QCOMPARE(impact.newReach.size(), 1);
        QCOMPARE(impact.newReach.first().category, I::recordings());
        QCOMPARE(impact.newReach.first().countries, QStringList{QStringLiteral("IN")});
        QVERIFY(impact.lostReach.isEmpty());
        bool deadlineFinding = false;
        for (const checks::Finding &f : impact.findingsAppear)
            deadlineFinding |= f.ruleId == u"SUBPROC-OBJECTION-OPEN";
        QVERIFY(deadlineFinding);

        QVERIFY(applyPlan(project, plan));
        const ProjectData &d = project.data();
        // The renamed subprocessor is the same party, under its new name.
        QCOMPARE(d.find<Party>(quillonId)->name, QStringLiteral("Quillon Cloud Inc."));
        QVERIFY(transferTo(d, I::vendor(), quillonId));
        // Globex is no longer used by the vendor: its transfer is gone, the party stays.
        const Party *globex = partyNamed(d, QStringLiteral("Globex CDN Inc."));
        QVERIFY(globex);
        QVERIFY(!transferTo(d, I::vendor(), globex->id));
        // Both versions are kept, and the vendor holds the notice date.
        QCOMPARE(d.subprocessorSnapshots.size(), 2);
        QCOMPARE(d.find<Party>(I::vendor())->changeNoticeReceived, std::optional<QDate>(QDate(2026, 2, 19)));
        QCOMPARE(objectionDeadline(*d.find<Party>(I::vendor())), std::optional<QDate>(QDate(2026, 3, 21)));
        QCOMPARE(project.undoStack()->count(), 2);
    }

    void deadlineFinding()
    {
        Project project(applyProject());
        applyFirst(project);
        const SubprocessorList v2 = readListFile(applyFixture("callcloud-v2.md"));
        QVERIFY(applyPlan(project, planApply(project.data(), v2, options(QDate(2026, 2, 20), QDate(2026, 2, 19)))));
        const Party *kestrel = partyNamed(project.data(), QStringLiteral("Kestrel Voice Labs Pvt Ltd"));
        QVERIFY(kestrel);

        const auto objections = [&](const QDate &today) {
            checks::CheckOptions o;
            o.today = today;
            checks::FindingList found;
            for (const checks::Finding &f : checks::runChecks(project.data(), o)) {
                if (f.ruleId == u"SUBPROC-OBJECTION-OPEN")
                    found.append(f);
            }
            return found;
        };
        // Open until the deadline, for the new subprocessor in India only.
        const checks::FindingList open = objections(QDate(2026, 3, 21));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().entity, I::vendor());
        QCOMPARE(open.first().detail, idToString(kestrel->id));
        QVERIFY(open.first().message.contains(QStringLiteral("2026-03-21")));
        QVERIFY(objections(QDate(2026, 3, 22)).isEmpty());

        // The dashboard lists the open deadline until it has passed.
        const checks::DashboardStats stats = checks::computeDashboardStats(project.data(), {}, QDate(2026, 3, 1));
        QCOMPARE(stats.deadlines.size(), 1);
        QCOMPARE(stats.deadlines.first().vendor, I::vendor());
        QCOMPARE(stats.deadlines.first().deadline, QDate(2026, 3, 21));
        QVERIFY(checks::computeDashboardStats(project.data(), {}, QDate(2026, 3, 22)).deadlines.isEmpty());

        // Safeguards stated on the transfer end it.
        Transfer t = *transferTo(project.data(), I::vendor(), kestrel->id);
        t.mechanism = Mechanism::Scc;
        ProjectData d = project.data();
        d.put(t);
        checks::CheckOptions o;
        o.today = QDate(2026, 3, 1);
        for (const checks::Finding &f : checks::runChecks(d, o))
            QVERIFY(f.ruleId != u"SUBPROC-OBJECTION-OPEN");
    }

    void snapshotsThroughJson()
    {
        Project project(applyProject());
        applyFirst(project);
        const SubprocessorList v2 = readListFile(applyFixture("callcloud-v2.md"));
        ApplyOptions o = options(QDate(2026, 2, 20), QDate(2026, 2, 19));
        o.listUpdated = QDate(2026, 2, 1);
        QVERIFY(applyPlan(project, planApply(project.data(), v2, o)));
        const QByteArray json = json::writeProject(project.data());
        QVERIFY(json.contains("\"subprocessor_lists\""));
        QVERIFY(json.contains("\"subprocessor_notice\""));
        const json::ReadResult read = json::readProject(json);
        QVERIFY2(read.data, qPrintable(read.error));
        QCOMPARE(read.data->subprocessorSnapshots, project.data().subprocessorSnapshots);
        QCOMPARE(*read.data, project.data());
        QCOMPARE(json::writeProject(*read.data), json);

        // A file without the new keys reads as before, and a misspelt key in a list is refused.
        const json::ReadResult plain = json::readProject(json::writeProject(applyProject()));
        QVERIFY(plain.data);
        QVERIFY(plain.data->subprocessorSnapshots.isEmpty());
        QByteArray broken = json;
        broken.replace("\"list_updated\"", "\"list_update\"");
        QVERIFY(broken != json);
        const json::ReadResult refused = json::readProject(broken);
        QVERIFY(!refused.data);
        QVERIFY(refused.error.contains(QStringLiteral("list_update")));
    }
};

QTEST_GUILESS_MAIN(TestSubprocessorsApply)
#include "test_subprocessors_apply.moc"
