#pragma once

// Taking some of the changes of another version of a project, as a user ticks them: a whole
// entity (added, removed) or one field of a changed entity, the project's details field by
// field, an accepted finding as a whole. The window's merge takes the ticked changes of their
// copy (two copies, no base) or of the three-way merge's result (with a base).
//
// Nothing is checked here: a pick can leave a reference to an entity that is not taken (their
// new transfer to a party they added, without the party). Validate the result
// (compare/apply.h) before it reaches a project.

#include "diff.h"

#include "domain/projectdata.h"

#include <QList>
#include <QString>

namespace ropa::compare {

struct Pick
{
    Subject subject = Subject::Entity;
    EntityKind kind = EntityKind::Document; // Subject::Entity only
    Id id;
    QString finding; // Subject::AcceptedFinding: the finding's key
    QString field;   // a field's key (a changed entity, the project); empty: the whole change

    // Unique among the picks of one diff: subject, kind, id or finding, field.
    QString key() const;
};

// The change as a whole.
Pick pickOf(const Change &change);
// One field of a changed entity (or of the project's details).
Pick pickOf(const Change &change, const FieldChange &field);
// What a user can take of a change: one pick per field of a changed entity (or of the
// project's details), else the change as a whole.
QList<Pick> picksOf(const Change &change);

// `mine` with the picked changes of `theirs`: an entity theirs has is put as theirs has it
// (all of it, or the picked field), one it lacks is removed (nothing else with it); an
// accepted finding is put or removed as a whole.
ProjectData applyPicks(const ProjectData &mine, const ProjectData &theirs, const QList<Pick> &picks);

} // namespace ropa::compare
