// Accepted findings (model/checks): accepting and revoking through the undo stack, and an
// acceptance whose finding no longer occurs or whose rule this Ropa does not know.

#include "checkhelpers.h"

#include "checks/acceptance.h"
#include "checks/checker.h"
#include "checksproject.h"
#include "domain/project.h"

#include <QTest>
#include <QUndoStack>

using namespace ropa;
using namespace ropa::checks;
using namespace ropa::test;
using I = ropa::test::ChecksIds;

class TestChecksAcceptance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptances()
    {
        ProjectData d = test::cleanProject();
        support(d).purposes.clear();
        support(d).lastReviewed.reset();
        FindingList findings = runChecks(d, {Today});
        QCOMPARE(findings.size(), 2);
        QVERIFY(hasOpenAtOrAbove(findings, Severity::Medium));
        QVERIFY(!hasOpenAtOrAbove(findings, Severity::High));

        // Accepting goes through the project's undo stack; the store only adapts.
        Project project(d);
        AcceptanceStore store(&project);
        int changes = 0;
        connect(&store, &AcceptanceStore::changed, this, [&changes] { ++changes; });
        QVERIFY(!store.accept(findings[0], QStringLiteral("   "))); // a justification is required
        QVERIFY(store.accept(findings[0], QStringLiteral("Purpose in the contract annex"), QDate(2025, 6, 2)));
        QVERIFY(
            !store.accept(findings[0], QStringLiteral("Purpose in the contract annex"), QDate(2025, 6, 2))); // no-op
        QCOMPARE(project.undoStack()->count(), 1);
        QCOMPARE(project.undoStack()->undoText(),
                 QStringLiteral("Accept finding %1 on \u201cCustomer support\u201d").arg(findings[0].ruleId));
        QCOMPARE(changes, 1);
        QCOMPARE(project.data().acceptedFindings.size(), 1);
        QVERIFY(store.find(findings[0].key()));

        // runChecks marks what the project accepts.
        findings = runChecks(project.data(), {Today});
        QVERIFY(findings[0].accepted);
        QCOMPARE(findings[0].justification, QStringLiteral("Purpose in the contract annex"));
        QCOMPARE(findings[0].acceptedOn, QDate(2025, 6, 2));
        QVERIFY(!findings[1].accepted);
        QVERIFY(!hasOpenAtOrAbove(findings, Severity::Medium));
        QVERIFY(hasOpenAtOrAbove(findings, Severity::Low));
        QCOMPARE(countFindings(findings).accepted, 1);
        QVERIFY(staleAcceptances(findings, project.data().acceptedFindings).isEmpty());

        // Undo and redo.
        project.undoStack()->undo();
        QVERIFY(project.data().acceptedFindings.isEmpty());
        QCOMPARE(changes, 2);
        project.undoStack()->redo();
        QCOMPARE(project.data().acceptedFindings.size(), 1);

        QVERIFY(store.revoke(findings[0]));
        QVERIFY(project.data().acceptedFindings.isEmpty());
        QVERIFY(!store.revoke(findings[0]));
        project.undoStack()->undo();
        QCOMPARE(project.data().acceptedFindings.size(), 1);
    }

    void acceptanceThatNoLongerApplies()
    {
        ProjectData d = test::cleanProject();
        support(d).purposes.clear();
        support(d).lastReviewed.reset();
        const FindingList before = runChecks(d, {Today});
        QCOMPARE(before.size(), 2);
        d.acceptedFindings = {
            {before[0].ruleId, before[0].entity, before[0].detail, QStringLiteral("why"), QDate(2025, 6, 2)},
            {QStringLiteral("FUTURE-RULE"), I::support(), {}, QStringLiteral("newer Ropa"), QDate(2025, 6, 3)}};
        sortAcceptedFindings(d.acceptedFindings);
        // The purpose is recorded: the finding is gone, its acceptance stays in the project.
        support(d).purposes = {QStringLiteral("Answer questions")};
        FindingList findings = runChecks(d, {Today});
        QCOMPARE(findings.size(), 1);
        QVERIFY(!findings[0].accepted);
        const QList<AcceptedFinding> stale = staleAcceptances(findings, d.acceptedFindings);
        QCOMPARE(stale.size(), 2);

        // The view's list shows both as "no longer applies", never counted.
        applyProjectAcceptances(findings, d);
        QCOMPARE(findings.size(), 3);
        const Finding &gone = findings[1].ruleId == QStringLiteral("FUTURE-RULE") ? findings[2] : findings[1];
        const Finding &unknown = findings[1].ruleId == QStringLiteral("FUTURE-RULE") ? findings[1] : findings[2];
        QVERIFY(gone.noLongerApplies && gone.accepted);
        QCOMPARE(gone.severity, before[0].severity);
        QCOMPARE(gone.entityName, QStringLiteral("Customer support"));
        QCOMPARE(gone.justification, QStringLiteral("why"));
        QCOMPARE(gone.message, QStringLiteral("This finding no longer occurs. The acceptance is kept with the project; "
                                              "reopen it to remove it."));
        QCOMPARE(unknown.severity, Severity::Low);
        QCOMPARE(unknown.message,
                 QStringLiteral("This version of Ropa does not know the rule FUTURE-RULE. The acceptance "
                                "is kept with the project; reopen it to remove it."));
        const SeverityCounts counts = countFindings(findings);
        QCOMPARE(counts.accepted, 0);
        QCOMPARE(counts.noLongerApplies, 2);
        QCOMPARE(counts.open(), 1);
        // Applying again replaces, never duplicates.
        applyProjectAcceptances(findings, d);
        QCOMPARE(findings.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestChecksAcceptance)
#include "test_checks_acceptance.moc"
