#pragma once

// The three-way merge of two edited copies of a project (ours, theirs) with their common base.
// Field by field, entity by entity (matched by id):
// - what only one side changed (added, removed, edited) is taken;
// - the same change on both sides is taken once;
// - lists of ids or texts (linked categories, purposes, countries) take both sides' additions
//   and removals, unless both sides reordered them;
// - a field changed differently on both sides, an entity removed on one side and edited on
//   the other, and an entity removed on one side but referenced by a new link on the other are
//   conflicts.
// Nothing is lost silently: with a conflict left undecided, or a merged project that does not
// validate (model/domain/validation.h), there is no result. A preference decides every
// conflict at once: the preferred side's value; the preferred side's removal (with what goes
// with the entity, as removing it in the program would) or its keeping of the entity.
// Decisions decide conflicts one by one (the window's merge), by Conflict::decisionKey(); a
// conflict without a decision takes the preference, if any.

#include "diff.h"

#include "domain/projectdata.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ropa::compare {

enum class Side { Ours, Theirs };

enum class ConflictType {
    BothChanged,          // a field changed differently on both sides
    RemovedAndChanged,    // removed on one side, edited on the other
    RemovedAndReferenced, // removed on one side, linked to by a new reference on the other
};

struct Conflict
{
    ConflictType type = ConflictType::BothChanged;
    Subject subject = Subject::Entity;
    EntityKind kind = EntityKind::Document; // Subject::Entity only
    Id id;
    QString finding; // Subject::AcceptedFinding: the finding's key
    QString name;    // the entity as the side that has it names it
    // BothChanged: the field (its JSON key and label) and its three readable values.
    QString key;
    QString label;
    QString baseText;
    QString oursText;
    QString theirsText;
    Side removedBy = Side::Ours;    // Removed*: the side that removed the entity
    QString referencedBy;           // RemovedAndReferenced: the entity whose new link refers to it
    std::optional<Side> decidedFor; // set when a preference decided it

    QString kindKey() const;  // as Change::kindKey()
    QString kindName() const; // as Change::kindName()
    // "conflict" (both changed), "removed_and_changed", "removed_and_referenced"
    QString typeKey() const;
    // Stable across merges of the same three versions: the type, the entity (or finding) and
    // the field, so a decision made on one run of the merge applies to the next.
    QString decisionKey() const;
};

// A side for each conflict decided, by Conflict::decisionKey().
using Decisions = QHash<QString, Side>;

struct MergeResult
{
    // The merged project; empty when a conflict is undecided or the result does not validate.
    std::optional<ProjectData> merged;
    QList<Conflict> conflicts; // every conflict, decided or not
    QStringList problems;      // why the merged project does not validate
    // The base shares no entity with one of the copies: it is not their common ancestor.
    bool baseUnrelated = false;
    int undecided() const;
};

MergeResult merge(const ProjectData &base, const ProjectData &ours, const ProjectData &theirs,
                  std::optional<Side> prefer = std::nullopt);
MergeResult merge(const ProjectData &base, const ProjectData &ours, const ProjectData &theirs,
                  const Decisions &decisions, std::optional<Side> prefer = std::nullopt);

} // namespace ropa::compare
