#pragma once

// Applying a vendor's subprocessor list to a project as onward transfers from that vendor
// (issue 20, docs/subprocessor-lists.md): each subprocessor matched to an existing party by its
// name key (or to the party of the row it was renamed from), or a new party; a transfer from
// the vendor to it with the countries of its location, for the activities and data categories
// chosen; the list kept as a snapshot with its text as a document. The plan is computed on a
// copy of the data, so it can be shown (what changes, what it does to the map) before it is
// applied as one undo step.

#include "commands/changesetcommand.h"
#include "domain/projectdata.h"
#include "subprocessors/listdiff.h"
#include "subprocessors/subprocessorlist.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace ropa {
class Project;
}

namespace ropa::subprocessors {

struct ApplyOptions
{
    Id vendor;
    // The activities and data categories the transfers carry. Not set: what the vendor receives
    // (the activities and categories of the transfers to it; "all categories" when one of them
    // carries all).
    std::optional<IdList> activities;
    std::optional<IdList> categories;
    QString source;                      // file name or URL
    std::optional<QDate> listUpdated;    // the date the list says it was updated
    QDate read = QDate::currentDate();   // the date it is read and applied
    std::optional<QDate> noticeReceived; // the change notice's date: set on the vendor too
};

struct ApplyPlan
{
    QString error; // the list cannot be applied (nothing else is set)
    Id vendor;
    QList<EntityChange> changes;
    std::optional<SnapshotChange> snapshots; // empty: the list is the vendor's last snapshot already
    ListDiff diff;                           // against the vendor's last snapshot (all rows added when there is none)
    bool firstVersion = true;
    QStringList notes; // rows not applied and why, one readable line each
    int newParties = 0;
    int newTransfers = 0;
    int changedTransfers = 0;
    int removedTransfers = 0;

    bool ok() const { return error.isEmpty(); }
    bool isEmpty() const { return changes.isEmpty() && !snapshots; }
};

// The changes applying the list would make; the project is not touched.
ApplyPlan planApply(const ProjectData &data, const SubprocessorList &list, const ApplyOptions &options);
// The data as it would be after the plan (for the map before and after).
ProjectData appliedData(const ProjectData &data, const ApplyPlan &plan);
// Pushes the plan as one undo step ("Apply the subprocessor list of “X”"); false when it is
// empty or not ok.
bool applyPlan(Project &project, const ApplyPlan &plan);

// A snapshot's rows as a list (for the diff with a newer one), and the other way round.
SubprocessorList snapshotList(const SubprocessorSnapshot &snapshot);
QList<SnapshotRow> snapshotRows(const SubprocessorList &list);

} // namespace ropa::subprocessors
