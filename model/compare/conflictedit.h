#pragma once

// The third way to decide a merge conflict, beside mine and theirs: the user's own value. It
// is offered where a field changed differently on both sides holds one text (a name, a
// purpose, notes), so the user can write the value both meant. The merge takes mine for such
// a conflict, and the text then replaces that field of the merged entity.

#include "merge.h"

#include "domain/projectdata.h"

#include <QString>

namespace ropa::compare {

// Whether the conflict can be decided with a text of the user's.
bool canEdit(const Conflict &conflict);

// Sets the conflict's field of its entity (or of the project's details) in data to text;
// false when the conflict cannot be decided this way or data has no such entity.
bool applyEdit(ProjectData &data, const Conflict &conflict, const QString &text);

} // namespace ropa::compare
