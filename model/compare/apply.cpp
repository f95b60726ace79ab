#include "apply.h"

#include "commands/changesetcommand.h"
#include "domain/project.h"
#include "domain/validation.h"
#include "session/recovery.h"

namespace ropa::compare {

QStringList problemsOf(const ProjectData &result)
{
    QStringList problems;
    for (const Problem &p : validateProject(result))
        problems.append(p.describe());
    return problems;
}

bool applyAsOneStep(Project &project, const ProjectData &result, const QString &text)
{
    if (!problemsOf(result).isEmpty())
        return false;
    const ProjectData &mine = project.data();
    QList<EntityChange> changes = differences(mine, result);
    std::optional<InfoChange> info;
    if (!(mine.info == result.info))
        info = InfoChange{mine.info, result.info};
    const bool findings = mine.acceptedFindings != result.acceptedFindings;
    if (changes.isEmpty() && !info && !findings)
        return false;
    auto *command = new ChangeSetCommand(&project, text, std::move(changes), info);
    if (findings)
        command->setAcceptanceChange({mine.acceptedFindings, result.acceptedFindings});
    project.undoStack()->push(command);
    return true;
}

} // namespace ropa::compare
