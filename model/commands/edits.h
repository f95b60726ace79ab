#pragma once

// The edit facade: every change of a Project that a view, a dialog or the CLI makes goes
// through one of these functions. Each builds a ChangeSetCommand with a readable text for the
// Edit menu and pushes it onto project.undoStack(); each returns true when it pushed something
// and false when there was nothing to do (a no-op edit is never pushed, so it never marks the
// project modified) or the request did not fit the project (unknown id, wrong kind).
//
// References: the functions trust the caller for the references inside a value they are given
// (add, change), but they never leave a dangling reference behind: removals cascade, and
// link() refuses a target that does not exist.
//
// Several edits that are one action for the user (a dialog's OK) can be grouped with
// project.undoStack()->beginMacro(text) / endMacro().

#include "commands/mergeid.h"
#include "domain/projectdata.h"

#include <QList>
#include <QPair>

#include <array>

namespace ropa {

class Project;

// The id lists of activities, transfers and parties that link() and unlink() edit.
enum class LinkField {
    ActivityDataSubjects,     // Activity::dataSubjects -> DataSubject
    ActivityDataCategories,   // Activity::dataCategories -> DataCategory
    ActivitySources,          // Activity::sources -> Source
    ActivitySecurityMeasures, // Activity::securityMeasures -> SecurityMeasure
    ActivitySystems,          // Activity::systems -> System
    TransferActivities,       // Transfer::activities -> Activity
    TransferDataCategories,   // Transfer::dataCategories -> DataCategory; linking one ends
                              // "all categories of the activities" (Transfer::allCategories)
    ActivityDocuments,        // Activity::documents -> Document (attachments)
    PartyDocuments,           // Party::documents -> Document (attachments)
};
EntityKind linkOwnerKind(LinkField field);
EntityKind linkTargetKind(LinkField field);

using EntityRef = QPair<EntityKind, Id>;

// What else a removal would remove or change, per kind, not counting the entities asked for.
struct CascadeSummary
{
    std::array<int, EntityKindCount> removed{};
    std::array<int, EntityKindCount> changed{};
    int acceptedFindings = 0; // accepted findings that go with the removed entities

    int removedCount(EntityKind kind) const { return removed[static_cast<size_t>(kind)]; }
    int changedCount(EntityKind kind) const { return changed[static_cast<size_t>(kind)]; }
    int totalRemoved() const;
    int totalChanged() const;
    bool isEmpty() const { return totalRemoved() == 0 && totalChanged() == 0; }
    friend bool operator==(const CascadeSummary &, const CascadeSummary &) = default;
};

// What removing these entities does to the rest of the project (see remove()). Ids that do
// not exist are ignored.
CascadeSummary cascadeOf(const ProjectData &data, EntityKind kind, const IdList &ids);
CascadeSummary cascadeOf(const ProjectData &data, const QList<EntityRef> &entities);

namespace edit {

// Adds a new entity. Refuses a null id and an id that any entity of the project already has.
bool add(Project &project, const AnyEntity &entity);

// Replaces the entity with newValue's id by newValue. Nothing is pushed when the entity does
// not exist or newValue equals it. Consecutive changes of the same entity with the same
// mergeId (not None) merge into one undo step, unless step is Separate or endTyping() came
// between them. The undo text names the field of mergeId ("Change the countries of
// transfer “A → B”"), else the entity ("Change transfer “A → B”").
bool change(Project &project, const AnyEntity &newValue, MergeId mergeId = MergeId::None,
            EditStep step = EditStep::Merging);

// The user left the field being typed in: the next edit is a new undo step even when it is of
// the same field.
void endTyping(Project &project);

// Replaces the project's name, language and notes.
bool setInfo(Project &project, const ProjectInfo &info, MergeId mergeId = MergeId::None);

// Removes entities with everything that depends on them, as one undo step:
// - a party: the transfers from or to it and the activities whose organisation it is go
//   too; onBehalfOf pointing to it is cleared;
// - an activity (asked for, or going with its party): unlinked from transfers;
// - a data category: unlinked from activities, their retention rules and transfers; its
//   children move up to its own parent (the nearest ancestor that stays);
// - a data subject, source or security measure: unlinked from activities;
// - a document: the evidence entries that cite it are removed from every entity;
// - any entity: the accepted findings about it (and about what goes with it) are removed;
//   undo brings them back.
// Ids that do not exist are ignored; nothing is pushed when none exists.
bool remove(Project &project, EntityKind kind, const Id &id);
bool removeMany(Project &project, const QList<EntityRef> &entities);

// Adds target to (or removes it from) one id list of owner. Nothing is pushed when owner is
// not of the field's owner kind, when link() is given a target that does not exist as the
// field's target kind, when target is already linked (link) or not linked (unlink).
bool link(Project &project, const Id &owner, LinkField field, const Id &target);
bool unlink(Project &project, const Id &owner, LinkField field, const Id &target);

// Accepts a compliance finding: adds the acceptance, or replaces the one with the same key
// (rule, entity, detail) when the justification or date changes. Undo text: "Accept finding
// PROC-DPA-MISSING on “CloudCo”". Refused (false): a rule id that is not of the form of one
// (isRuleIdSyntax), an entity that is not in the project, an empty justification (it is
// trimmed), an invalid date.
bool acceptFinding(Project &project, const AcceptedFinding &acceptance);
// Reopens an accepted finding (removes its acceptance). False when none has that key.
bool reopenFinding(Project &project, const QString &rule, const Id &entity, const QString &detail);

// Adds a copy of the entity under a fresh id and returns that id (null when the entity does
// not exist). The name (a document's title) gets " (copy)"; fields, evidence and links are
// copied; nothing that refers to the original is changed, and nothing else is copied (a
// copied party has no transfers, a copied category no children).
// A copy of an own party is NOT own: duplicating is how users start a similar vendor, and an
// own party changes the Article 30 record (it gets its own record and may hold activities),
// which should be a deliberate choice, not a side effect of "Duplicate".
Id duplicate(Project &project, EntityKind kind, const Id &id);

// Texts shared with views ("HubSpot → Mailchimp" for a transfer, "(no name)" when empty).
QString displayName(const ProjectData &data, const AnyEntity &entity);

} // namespace edit
} // namespace ropa
