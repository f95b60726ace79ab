#include "changesetcommand.h"

#include "domain/project.h"

namespace ropa {

ChangeSetCommand::ChangeSetCommand(Project *project, const QString &text, QList<EntityChange> changes,
                                   std::optional<InfoChange> info, MergeId mergeId, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_project(project)
    , m_changes(std::move(changes))
    , m_info(std::move(info))
    , m_mergeId(mergeId)
{
    Q_ASSERT(m_project);
}

void ChangeSetCommand::setDescribe(Describe describe)
{
    m_describe = std::move(describe);
    if (m_describe)
        setText(m_describe(*this));
}

void ChangeSetCommand::apply(const std::optional<AnyEntity> &value, EntityKind kind, const Id &id)
{
    if (value)
        m_project->putEntity(*value);
    else
        m_project->removeEntity(kind, id);
}

void ChangeSetCommand::redo()
{
    if (m_acceptances)
        m_project->setAcceptedFindings(m_acceptances->after);
    for (const EntityChange &c : std::as_const(m_changes))
        apply(c.after, c.kind, c.id);
    if (m_info)
        m_project->setInfo(m_info->after);
    if (m_snapshots)
        m_project->setSubprocessorSnapshots(m_snapshots->after);
}

void ChangeSetCommand::undo()
{
    if (m_snapshots)
        m_project->setSubprocessorSnapshots(m_snapshots->before);
    if (m_info)
        m_project->setInfo(m_info->before);
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        apply(it->before, it->kind, it->id);
    if (m_acceptances)
        m_project->setAcceptedFindings(m_acceptances->before);
}

bool ChangeSetCommand::isNoOp() const
{
    if (m_info && m_info->before != m_info->after)
        return false;
    if (m_acceptances && m_acceptances->before != m_acceptances->after)
        return false;
    if (m_snapshots && m_snapshots->before != m_snapshots->after)
        return false;
    for (const EntityChange &c : m_changes) {
        if (c.before != c.after)
            return false;
    }
    return true;
}

bool ChangeSetCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeSetCommand *>(other);
    if (!next || next->m_mergeId == MergeId::None || next->m_mergeId != m_mergeId || id() == -1 || next->id() == -1 ||
        next->m_project != m_project || m_acceptances || next->m_acceptances || m_snapshots || next->m_snapshots)
        return false;

    // Only single-entity modifications, or info-only changes, merge. The other command
    // must start where this one ends; consecutive commands on one stack always do, but a
    // mismatch would make undo restore the wrong value, so it is checked.
    if (m_changes.size() != next->m_changes.size() || m_changes.size() > 1 ||
        m_info.has_value() != next->m_info.has_value())
        return false;
    if (m_changes.size() == 1) {
        const EntityChange &mine = m_changes.first();
        const EntityChange &theirs = next->m_changes.first();
        if (!mine.isModify() || !theirs.isModify() || mine.kind != theirs.kind || mine.id != theirs.id ||
            mine.after != theirs.before)
            return false;
    } else if (!m_info) {
        return false; // two empty commands: nothing to merge
    }
    if (m_info && m_info->after != next->m_info->before)
        return false;

    if (m_changes.size() == 1)
        m_changes.first().after = next->m_changes.first().after;
    if (m_info)
        m_info->after = next->m_info->after;

    setText(m_describe ? m_describe(*this) : next->text());
    if (isNoOp())
        setObsolete(true);
    return true;
}

} // namespace ropa
