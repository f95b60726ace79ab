// One cause, one finding (issue 18): a vendor's list of subprocessors typed in without
// mechanisms, behind a vendor without a DPA date, gives one finding per cause that lists what
// it affects, in the findings, the findings model, the dashboard's counts and ropa-cli check;
// acceptances of the findings as they were before the grouping still count.

#include "checks/acceptance.h"
#include "checks/checker.h"
#include "checks/dashboardstats.h"
#include "checks/findingsmodel.h"
#include "checks/transfercoverage.h"
#include "domain/project.h"
#include "store/jsonformat.h"

#include "common/clirunner.h"
#include "common/sampleproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using namespace ropa;
using namespace ropa::checks;
using ropa::test::fixedId;

namespace {

const QDate Today(2026, 12, 7);
const QString Fixture = QStringLiteral(ROPA_FIXTURES_DIR "/checks/vendor-subprocessors.json");

// The fixture's ids (tests/fixtures/checks/vendor-subprocessors.json).
Id own()
{
    return fixedId(1);
}
Id vendor()
{
    return fixedId(2);
}
Id subprocessor(int i) // 0..10, the parties of the vendor's list
{
    return fixedId(100 + i);
}
Id hop(int i) // 0..10, CloudVendor -> subprocessor(i)
{
    return fixedId(200 + i);
}
Id category(int i) // 0..4
{
    return fixedId(11 + i);
}

ProjectData vendorProject()
{
    const json::ReadResult r = json::readProjectFile(Fixture);
    if (!r.data)
        qFatal("%s: %s", qPrintable(Fixture), qPrintable(r.error));
    return *r.data;
}

QString key(const char *rule, const Id &entity, const QString &detail = {})
{
    return QString::fromLatin1(rule) + u'|' + idToString(entity) + u'|' + detail;
}

AcceptedFinding acceptance(const char *rule, const Id &entity, const QString &detail = {},
                           const QString &why = QStringLiteral("Checked"))
{
    return {QString::fromLatin1(rule), entity, detail, why, QDate(2026, 6, 1)};
}

const Finding *only(const FindingList &findings, const char *rule)
{
    const Finding *found = nullptr;
    for (const Finding &f : findings) {
        if (f.ruleId == QLatin1String(rule)) {
            if (found)
                return nullptr; // more than one
            found = &f;
        }
    }
    return found;
}

QList<Id> affectedIds(const Finding &f)
{
    QList<Id> ids;
    for (const AffectedEntity &a : f.affects)
        ids.append(a.id);
    std::sort(ids.begin(), ids.end(), IdLess());
    return ids;
}

QList<Id> hops()
{
    QList<Id> ids;
    for (int i = 0; i < 11; ++i)
        ids.append(hop(i));
    std::sort(ids.begin(), ids.end(), IdLess());
    return ids;
}

} // namespace

class TestGroupedFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Before the grouping this project gave 28 findings, 17 of them high: 11 "no transfer
    // mechanism", 5 weak chains (one per data category), 1 missing DPA, and 11 "subprocessor
    // DPA missing" for the one missing date on the vendor. Now: one finding per cause.
    void vendorListIsOneFindingPerCause()
    {
        const FindingList findings = runChecks(vendorProject(), {Today});
        QStringList rules;
        for (const Finding &f : findings)
            rules.append(f.ruleId);
        QCOMPARE(rules, (QStringList{QStringLiteral("ONWARD-WEAK-CHAIN"), QStringLiteral("PROC-DPA-MISSING"),
                                     QStringLiteral("XFER-MECHANISM-NOT-STATED")}));
        QCOMPARE(countFindings(findings), (SeverityCounts{2, 1, 0, 0, 0}));

        const Finding *dpa = only(findings, "PROC-DPA-MISSING");
        QVERIFY(dpa);
        QCOMPARE(dpa->entity, vendor());
        QCOMPARE(dpa->message, QStringLiteral("Processor “CloudVendor” has no processing agreement date: 11 onward "
                                              "transfers depend on it."));
        QCOMPARE(affectedIds(*dpa), hops());
        QCOMPARE(dpa->affects.first().kind, EntityKind::Transfer);
        QCOMPARE(dpa->affects.first().name, QStringLiteral("CloudVendor → Amazon Web Services"));

        const Finding *notStated = only(findings, "XFER-MECHANISM-NOT-STATED");
        QVERIFY(notStated);
        QCOMPARE(notStated->severity, Severity::Medium);
        QCOMPARE(notStated->kind, EntityKind::Party);
        QCOMPARE(notStated->entity, vendor());
        QCOMPARE(notStated->message,
                 QStringLiteral("“CloudVendor” passes data on to United States in 11 onward transfers whose transfer "
                                "mechanism is not stated; the destinations are outside the EEA and without an "
                                "adequacy decision."));
        QCOMPARE(affectedIds(*notStated), hops());
        QCOMPARE(notStated->key(), key("XFER-MECHANISM-NOT-STATED", vendor(), QStringLiteral("from")));

        const Finding *chain = only(findings, "ONWARD-WEAK-CHAIN");
        QVERIFY(chain);
        QCOMPARE(chain->severity, Severity::High);
        QCOMPARE(chain->kind, EntityKind::Transfer);
        QCOMPARE(chain->affects.size(), 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY(affectedIds(*chain).contains(category(i)));
        QVERIFY(chain->message.startsWith(QStringLiteral("5 data categories (“Call recordings”, “Transcripts”, ")));
        QVERIFY(chain->message.endsWith(QStringLiteral("has no transfer mechanism stated.")));
    }

    // "Yes, but no date" (format 5): a DPA in place without its date is not a missing DPA, for
    // the vendor or along the chain; "no" stated is.
    void dpaInPlaceWithoutDate()
    {
        ProjectData d = vendorProject();
        d.parties.at(vendor()).dpaInPlace = true;
        for (int i = 0; i <= 10; ++i)
            d.parties.at(subprocessor(i)).dpaInPlace = true;
        FindingList findings = runChecks(d, {Today});
        for (const Finding &f : findings) {
            QVERIFY2(f.ruleId != u"PROC-DPA-MISSING", qPrintable(f.message));
            QVERIFY2(f.ruleId != u"ONWARD-SUBPROCESSOR-DPA", qPrintable(f.message));
        }

        d.parties.at(vendor()).dpaInPlace = false;
        findings = runChecks(d, {Today});
        QVERIFY(only(findings, "PROC-DPA-MISSING"));
    }

    // The same for a DPIA: performed, date not at hand, is not "none recorded".
    void dpiaPerformedWithoutDate()
    {
        ProjectData d = vendorProject();
        QVERIFY(!d.activities.empty());
        Activity &a = d.activities.begin()->second;
        a.dpia.required = true;
        auto dpiaMissing = [&] {
            int n = 0;
            for (const Finding &f : runChecks(d, {Today}))
                n += f.ruleId == u"DPIA-MISSING" && f.entity == a.id;
            return n;
        };
        QCOMPARE(dpiaMissing(), 1);
        a.dpia.performed = true;
        QCOMPARE(dpiaMissing(), 0);
    }

    // The dashboard counts causes, not affected entities.
    void dashboardCountsCauses()
    {
        const ProjectData d = vendorProject();
        const DashboardStats stats = computeDashboardStats(d, runChecks(d, {Today}), Today);
        QCOMPARE(stats.findings, (SeverityCounts{2, 1, 0, 0, 0}));
    }

    // The sources of an activity count in the dashboard's completeness, as in the record.
    void dashboardCompletenessCountsSources()
    {
        ProjectData d = vendorProject();
        DashboardStats stats = computeDashboardStats(d, {}, Today);
        QCOMPARE(stats.completeness.last().key, QStringLiteral("sources"));
        QCOMPARE(stats.completeness.last().complete, 1);
        d.activities.begin()->second.sources.clear();
        stats = computeDashboardStats(d, {}, Today);
        QCOMPARE(stats.completeness.last().complete, 0);
        QCOMPARE(stats.completeness.last().total, 1);
    }

    // "Not stated" and "none": a transfer recorded without a mechanism is high; one whose
    // mechanism is not stated is medium (decision 0022: a value of its own).
    void notStatedApartFromNone()
    {
        ProjectData d = vendorProject();
        Transfer &t = d.transfers.at(hop(0));
        QVERIFY(mechanismNotStated(t));
        t.mechanism = Mechanism::None;
        QVERIFY(!mechanismNotStated(t));
        const FindingList findings = runChecks(d, {Today});
        const Finding *none = only(findings, "XFER-NO-MECHANISM");
        QVERIFY(none);
        QCOMPARE(none->entity, hop(0));
        QCOMPARE(none->severity, Severity::High);
        const Finding *notStated = only(findings, "XFER-MECHANISM-NOT-STATED");
        QVERIFY(notStated);
        QCOMPARE(notStated->affects.size(), 10);
        QVERIFY(!affectedIds(*notStated).contains(hop(0)));
    }

    // The own party's transfers are grouped by recipient; a transfer alone with its cause is a
    // finding of its own, about the transfer.
    void groupedByRecipientForOwnTransfers()
    {
        ProjectData d = vendorProject();
        // Leave one hop, and send straight to a US recipient twice (two activities).
        for (int i = 1; i < 11; ++i)
            d.transfers.erase(hop(i));
        Transfer direct;
        direct.id = fixedId(300);
        direct.from = own();
        direct.to = subprocessor(5);
        direct.activities = {fixedId(30)};
        d.transfers.emplace(direct.id, direct);
        direct.id = fixedId(301);
        d.transfers.emplace(direct.id, direct);
        const FindingList findings = runChecks(d, {Today});
        QList<const Finding *> notStated;
        for (const Finding &f : findings) {
            if (f.ruleId == QLatin1String("XFER-MECHANISM-NOT-STATED"))
                notStated.append(&f);
        }
        QCOMPARE(notStated.size(), 2);
        const auto byEntity = [&](const Id &id) -> const Finding * {
            for (const Finding *f : notStated) {
                if (f->entity == id)
                    return f;
            }
            return nullptr;
        };
        const Finding *single = byEntity(hop(0));
        QVERIFY(single);
        QCOMPARE(single->kind, EntityKind::Transfer);
        QVERIFY(single->affects.isEmpty());
        const Finding *slack = byEntity(subprocessor(5));
        QVERIFY(slack);
        QCOMPARE(slack->kind, EntityKind::Party);
        QCOMPARE(slack->message, QStringLiteral("2 transfers to “Slack” send data to United States, outside the EEA "
                                                "and without an adequacy decision, with no transfer mechanism "
                                                "stated."));
        QCOMPARE(affectedIds(*slack), (QList<Id>{fixedId(300), fixedId(301)}));
    }

    // A vendor that receives without a stated mechanism and passes on without one: two causes,
    // two findings with two keys.
    void vendorReceivingAndPassingOn()
    {
        ProjectData d = vendorProject();
        d.parties.at(vendor()).country = QStringLiteral("US");
        Transfer second = d.transfers.at(fixedId(50));
        second.id = fixedId(51);
        d.transfers.emplace(second.id, second);
        for (const Id &id : {fixedId(50), fixedId(51)}) {
            d.transfers.at(id).mechanism = Mechanism::NotStated;
            d.transfers.at(id).countries.clear();
        }
        QList<const Finding *> notStated;
        const FindingList findings = runChecks(d, {Today});
        for (const Finding &f : findings) {
            if (f.ruleId == QLatin1String("XFER-MECHANISM-NOT-STATED"))
                notStated.append(&f);
        }
        QCOMPARE(notStated.size(), 2);
        QCOMPARE(notStated.at(0)->entity, vendor());
        QCOMPARE(notStated.at(1)->entity, vendor());
        QVERIFY(notStated.at(0)->key() != notStated.at(1)->key());
        QStringList messages{notStated.at(0)->message, notStated.at(1)->message};
        messages.sort();
        QCOMPARE(messages.at(0), QStringLiteral("2 transfers to “CloudVendor” send data to United States, outside the "
                                                "EEA and without an adequacy decision, with no transfer mechanism "
                                                "stated."));
        QVERIFY(messages.at(1).startsWith(QStringLiteral("“CloudVendor” passes data on to United States in 11 ")));
    }

    // A subprocessor without a DPA deeper in the chain: the parties reached through it are one
    // finding about it, whose key is the one its own finding always had.
    void subprocessorGapGroupedByMissingParty()
    {
        ProjectData d = vendorProject();
        d.parties.at(vendor()).dpaSigned = QDate(2025, 1, 1);
        for (int i = 0; i < 11; ++i)
            d.parties.at(subprocessor(i)).dpaSigned = QDate(2025, 1, 1);
        d.parties.at(subprocessor(0)).dpaSigned.reset();
        // AWS passes on to two parties of its own.
        for (int i : {1, 2}) {
            Party p;
            p.id = fixedId(500 + i);
            p.name = QStringLiteral("AWS partner %1").arg(i);
            p.country = QStringLiteral("US");
            p.dpaSigned = QDate(2025, 1, 1);
            d.parties.emplace(p.id, p);
            Transfer t;
            t.id = fixedId(400 + i);
            t.from = subprocessor(0);
            t.to = p.id;
            t.mechanism = Mechanism::Scc;
            d.transfers.emplace(t.id, t);
        }
        const FindingList findings = runChecks(d, {Today});
        const Finding *gap = only(findings, "ONWARD-SUBPROCESSOR-DPA");
        QVERIFY(gap);
        QCOMPARE(gap->key(), key("ONWARD-SUBPROCESSOR-DPA", subprocessor(0)));
        QCOMPARE(gap->message, QStringLiteral("“Amazon Web Services” has no processing agreement recorded: 3 "
                                              "subprocessors are reached through it."));
        QList<Id> expected{subprocessor(0), fixedId(501), fixedId(502)};
        std::sort(expected.begin(), expected.end(), IdLess());
        QCOMPARE(affectedIds(*gap), expected);
        QVERIFY(!only(findings, "PROC-DPA-MISSING"));
    }

    // Acceptances made before the grouping: a grouped finding is accepted when everything it
    // stands for was accepted, and an acceptance of a part of it is never "no longer applies".
    void acceptancesOfTheUngroupedFindings()
    {
        ProjectData d = vendorProject();
        for (int i = 0; i < 11; ++i)
            d.acceptedFindings.append(acceptance("XFER-NO-MECHANISM", hop(i), {}, QStringLiteral("SCCs in the DPA")));
        for (int i = 0; i < 5; ++i)
            d.acceptedFindings.append(acceptance("ONWARD-WEAK-CHAIN", category(i), idToString(hop(0))));
        for (int i = 0; i < 10; ++i) // one subprocessor left out
            d.acceptedFindings.append(acceptance("ONWARD-SUBPROCESSOR-DPA", subprocessor(i)));
        sortAcceptedFindings(d.acceptedFindings);

        FindingList findings = runChecks(d, {Today});
        QVERIFY(staleAcceptances(findings, d.acceptedFindings).isEmpty());
        const Finding *notStated = only(findings, "XFER-MECHANISM-NOT-STATED");
        QVERIFY(notStated && notStated->accepted);
        QCOMPARE(notStated->justification, QStringLiteral("SCCs in the DPA"));
        QCOMPARE(notStated->acceptedOn, QDate(2026, 6, 1));
        QVERIFY(only(findings, "ONWARD-WEAK-CHAIN")->accepted);
        // Ten of eleven dependents, and not the vendor's own DPA: open.
        QVERIFY(!only(findings, "PROC-DPA-MISSING")->accepted);

        // The eleventh: still open, the vendor's own agreement is not accepted.
        d.acceptedFindings.append(acceptance("ONWARD-SUBPROCESSOR-DPA", subprocessor(10)));
        sortAcceptedFindings(d.acceptedFindings);
        findings = runChecks(d, {Today});
        QVERIFY(!only(findings, "PROC-DPA-MISSING")->accepted);
        // The vendor's own: accepted, as it was before the grouping.
        d.acceptedFindings.append(acceptance("PROC-DPA-MISSING", vendor()));
        sortAcceptedFindings(d.acceptedFindings);
        findings = runChecks(d, {Today});
        QVERIFY(only(findings, "PROC-DPA-MISSING")->accepted);
        QVERIFY(staleAcceptances(findings, d.acceptedFindings).isEmpty());

        // Remove one of the accepted hops' acceptance: the group is open again.
        d.acceptedFindings.removeIf(
            [](const AcceptedFinding &a) { return a.key() == key("XFER-NO-MECHANISM", hop(3)); });
        findings = runChecks(d, {Today});
        QVERIFY(!only(findings, "XFER-MECHANISM-NOT-STATED")->accepted);
    }

    // Reopening a grouped finding accepted through its parts removes them, in one undo step.
    void reopenRemovesTheParts()
    {
        ProjectData d = vendorProject();
        for (int i = 0; i < 11; ++i)
            d.acceptedFindings.append(acceptance("XFER-NO-MECHANISM", hop(i)));
        sortAcceptedFindings(d.acceptedFindings);
        Project project(d);
        AcceptanceStore store(&project);
        const FindingList findings = runChecks(project.data(), {Today});
        const Finding *notStated = only(findings, "XFER-MECHANISM-NOT-STATED");
        QVERIFY(notStated && notStated->accepted);
        QVERIFY(store.revoke(*notStated));
        QVERIFY(project.data().acceptedFindings.isEmpty());
        QVERIFY(!only(runChecks(project.data(), {Today}), "XFER-MECHANISM-NOT-STATED")->accepted);
        QCOMPARE(project.undoStack()->count(), 1);
        project.undoStack()->undo();
        QCOMPARE(project.data().acceptedFindings.size(), 11);
    }

    // The findings model gives what a grouped finding affects, and the text filter finds it
    // by an affected entity's name.
    void findingsModelShowsAffects()
    {
        FindingsModel model;
        model.setFindings(runChecks(vendorProject(), {Today}));
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.finding(r)->ruleId == QLatin1String("PROC-DPA-MISSING"))
                row = r;
        }
        QVERIFY(row >= 0);
        const QStringList names = model.index(row, 0).data(FindingsModel::AffectedNamesRole).toStringList();
        QCOMPARE(names.size(), 11);
        QVERIFY(names.contains(QStringLiteral("CloudVendor → OpenAI")));
        const QVariantList ids = model.index(row, 0).data(FindingsModel::AffectedIdsRole).toList();
        QCOMPARE(ids.size(), 11);
        QVERIFY(ids.contains(QVariant::fromValue(hop(9))));
        QCOMPARE(model.index(row, 0).data(FindingsModel::AffectedKindsRole).toList().first().toInt(),
                 static_cast<int>(EntityKind::Transfer));
        const QString tip = model.index(row, FindingsModel::MessageColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Affected (11):\n• CloudVendor → Amazon Web Services\n• ")),
                 qPrintable(tip));

        FindingsFilter filter;
        filter.setSourceModel(&model);
        filter.setText(QStringLiteral("OpenAI"));
        QCOMPARE(filter.rowCount(), 2); // the missing DPA and the mechanisms not stated
    }

    // ropa-cli check: an "affects" list in --json, and a line under the finding in text.
    void cliShowsAffects()
    {
        const test::CliRun json = test::runCli({QStringLiteral("check"), Fixture, QStringLiteral("--json"),
                                                QStringLiteral("--today"), QStringLiteral("2026-12-07")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("high")).toInt(), 2);
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 3);
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            QVERIFY(f.value(QStringLiteral("affects")).isArray());
            if (f.value(QStringLiteral("rule")).toString() != QLatin1String("PROC-DPA-MISSING"))
                continue;
            const QJsonArray affects = f.value(QStringLiteral("affects")).toArray();
            QCOMPARE(affects.size(), 11);
            const QJsonObject first = affects.first().toObject();
            QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("transfer"));
            QCOMPARE(first.value(QStringLiteral("id")).toString(), idToString(hop(0)));
            QCOMPARE(first.value(QStringLiteral("name")).toString(),
                     QStringLiteral("CloudVendor → Amazon Web Services"));
        }

        const test::CliRun text =
            test::runCli({QStringLiteral("check"), Fixture, QStringLiteral("--today"), QStringLiteral("2026-12-07")});
        const QStringList lines = QString::fromUtf8(text.out).split(u'\n');
        const qsizetype at = lines.indexOf(QRegularExpression(QStringLiteral("^High +PROC-DPA-MISSING\t.*")));
        QVERIFY(at >= 0);
        QVERIFY2(
            lines.at(at + 1).startsWith(QStringLiteral("        affects (11): CloudVendor → Amazon Web Services; ")),
            qPrintable(lines.at(at + 1)));
        QVERIFY(lines.contains(QStringLiteral("3 findings: 2 high, 1 medium, 0 low")));
    }
};

QTEST_GUILESS_MAIN(TestGroupedFindings)
#include "test_grouped_findings.moc"
