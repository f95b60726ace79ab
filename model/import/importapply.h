#pragma once

// Turning an import plan into entities of a project: activities with their data subjects,
// categories, sources, measures, systems, recipients and processors (as parties with a
// transfer from the project's own party), each matched by name (case and accents ignored) to
// the one already there, never duplicated. A matched activity gains what it lacked (links it
// did not have, fields it left unstated) and keeps what it had, so importing the same file
// twice changes nothing the second time. The result is a whole ProjectData: the window makes
// it one undo step with importAsOneStep(), ropa-cli saves it.

#include "import/importplan.h"

#include "domain/projectdata.h"

#include <QString>
#include <QStringList>

#include <array>

namespace ropa {
class Project;
}

namespace ropa::importer {

struct KindCounts
{
    int added = 0;
    int matched = 0;
};

struct ImportResult
{
    ProjectData data;
    std::array<KindCounts, EntityKindCount> counts{}; // by EntityKind: distinct entities the import touched
    QStringList addedActivities;
    QStringList matchedActivities; // already there and left as they were
    QStringList updatedActivities; // already there and given what they lacked
    QStringList notes;             // what could not be placed, readable

    const KindCounts &count(EntityKind kind) const { return counts.at(static_cast<std::size_t>(kind)); }
};

// ownName: the name of the project's own party when the project has none (a new project).
ImportResult applyImport(const ProjectData &base, const ImportPlan &plan, const QString &ownName);

// Makes the result the project's data as one undo step named text ("Import 43 activities from
// register.xlsx"); false, and nothing pushed, when it changes nothing or does not validate.
bool importAsOneStep(Project &project, const ImportResult &result, const QString &text);

} // namespace ropa::importer
