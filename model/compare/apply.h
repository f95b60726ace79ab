#pragma once

// A merged or picked version of the open project made the project's, as ONE undo step: the
// window's merge (docs/compare-merge.md, "In the program"). Only a version that validates
// (domain/validation.h) is applied: a merge never leaves a dangling reference behind.

#include "domain/projectdata.h"

#include <QString>
#include <QStringList>

namespace ropa {
class Project;
}

namespace ropa::compare {

// Why `result` cannot become a project (readable, one line each); empty when it validates.
QStringList problemsOf(const ProjectData &result);

// Turns the project's data into `result` with one ChangeSetCommand named `text` (entities,
// the project's details and the accepted findings). False, and nothing pushed, when `result`
// does not validate or changes nothing.
bool applyAsOneStep(Project &project, const ProjectData &result, const QString &text);

} // namespace ropa::compare
