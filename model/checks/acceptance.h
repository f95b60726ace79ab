#pragma once

// Accepted findings: a DPO decides that a finding is known and justified ("the DPF
// certification was checked by phone") and it no longer counts as open.
//
// The acceptances are part of the project (ProjectData::acceptedFindings: saved in the .ropa
// file and the JSON format, shown in the reports) and change only through undo commands
// (edit::acceptFinding, edit::reopenFinding; removing an entity removes its acceptances).
// This file only matches them to findings, and AcceptanceStore is a thin adapter for views:
// it reads the project and writes through its undo stack, and keeps no state of its own.
//
// An acceptance whose finding no longer occurs (the DPO fixed the cause, or a newer rule set
// no longer raises it) is kept in the project: the findings view lists it as "No longer
// applies", where it can be reopened (removed); docs/findings.md.

#include "checks/finding.h"
#include "domain/projectdata.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace ropa {
class Project;
}

namespace ropa::checks {

// Marks the findings that an acceptance covers as accepted (with its justification and
// date), and the others as open. Findings marked noLongerApplies are left as they are. A
// grouped finding (Finding::coveredKeys) is also accepted when each thing it stands for was
// accepted as a finding of its own before the grouping (the justifications joined, the
// latest date).
void applyAcceptances(FindingList &findings, const QList<AcceptedFinding> &accepted);

// The acceptances that match no finding in `findings`, in the project's order. An acceptance
// of one of the findings a grouped finding stands for (Finding::coveredKeys) matches it.
QList<AcceptedFinding> staleAcceptances(const FindingList &findings, const QList<AcceptedFinding> &accepted);

// A row for the findings view that stands for a stale acceptance: accepted, noLongerApplies,
// the rule's severity (low for a rule this version does not know), the entity's kind and name
// from `data`, and a message that says the finding no longer occurs.
Finding staleFinding(const ProjectData &data, const AcceptedFinding &acceptance);

// Applies the acceptances of `data` to `findings` and appends a staleFinding() for each
// acceptance no finding matches (replacing those appended before).
void applyProjectAcceptances(FindingList &findings, const ProjectData &data);

// The acceptances of one open project, for views.
class AcceptanceStore : public QObject
{
    Q_OBJECT

public:
    explicit AcceptanceStore(Project *project, QObject *parent = nullptr);

    // The project's acceptances (empty without a project).
    QList<AcceptedFinding> acceptedFindings() const;
    const AcceptedFinding *find(const QString &key) const;

    // Push an undo command on the project's stack; false when nothing would change or the
    // input is refused (empty justification).
    bool accept(const Finding &finding, const QString &justification, const QDate &date = QDate::currentDate());
    bool revoke(const Finding &finding);

Q_SIGNALS:
    void changed();

private:
    QPointer<Project> m_project;
};

} // namespace ropa::checks
