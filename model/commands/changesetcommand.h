#pragma once

// ChangeSetCommand: the one undo command of Ropa. It holds a list of entity changes (each
// with the value before and after) and, optionally, a change of the project info. Every
// edit of a Project, from a keystroke in a name field to a cascading removal of a party with
// 10,000 transfers, is one of these; the functions in edits.h build them.
//
// Ownership: the command lives in the Project's own undo stack, so the Project it points
// to always outlives it. The command never owns the Project.
//
// Order: redo() applies the `after`s in list order, undo() applies the `before`s in reverse
// order. Builders list reference scrubs before removals and removals of dependents before
// the entities they depend on, so a view that reacts to a signal never sees a reference to
// an entity that is gone, neither on redo nor on undo.

#include "commands/mergeid.h"
#include "domain/projectdata.h"

#include <QList>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace ropa {

class Project;

struct EntityChange
{
    EntityKind kind = EntityKind::Document;
    Id id;
    std::optional<AnyEntity> before; // empty: the change adds the entity
    std::optional<AnyEntity> after;  // empty: the change removes the entity

    bool isAdd() const { return !before && after; }
    bool isRemove() const { return before && !after; }
    bool isModify() const { return before && after; }
    friend bool operator==(const EntityChange &, const EntityChange &) = default;
};

struct InfoChange
{
    ProjectInfo before;
    ProjectInfo after;
    friend bool operator==(const InfoChange &, const InfoChange &) = default;
};

// The whole list of accepted findings before and after (small: a snapshot is exact and cheap).
struct AcceptanceChange
{
    QList<AcceptedFinding> before;
    QList<AcceptedFinding> after;
    friend bool operator==(const AcceptanceChange &, const AcceptanceChange &) = default;
};

// The whole list of subprocessor snapshots before and after (a vendor's list applied).
struct SnapshotChange
{
    QList<SubprocessorSnapshot> before;
    QList<SubprocessorSnapshot> after;
    friend bool operator==(const SnapshotChange &, const SnapshotChange &) = default;
};

class ChangeSetCommand : public QUndoCommand
{
public:
    // Computes the command's text from its current changes; called again after a merge, so
    // "Rename party “A” to “B”" merged with "… “B” to “C”" reads "… “A” to “C”".
    using Describe = std::function<QString(const ChangeSetCommand &)>;

    ChangeSetCommand(Project *project, const QString &text, QList<EntityChange> changes,
                     std::optional<InfoChange> info = std::nullopt, MergeId mergeId = MergeId::None,
                     QUndoCommand *parent = nullptr);

    void setDescribe(Describe describe);
    // Also changes the accepted findings: on redo before the entity changes, on undo after
    // them, so an acceptance never refers to an entity that is gone.
    void setAcceptanceChange(AcceptanceChange change) { m_acceptances = std::move(change); }
    // Also changes the subprocessor snapshots: on redo after the entity changes (a snapshot
    // refers to its vendor and document), on undo before them.
    void setSnapshotChange(SnapshotChange change) { m_snapshots = std::move(change); }

    void redo() override;
    void undo() override;
    // The merge id, or -1 (never merged) for a separate step or once typing has ended.
    int id() const override { return m_separate || m_typingEnded ? -1 : static_cast<int>(m_mergeId); }
    // A step of its own that still names its field (mergeid.h, EditStep::Separate).
    void setSeparate(bool separate) { m_separate = separate; }
    // No later edit merges into this one (the user left the field). Const: it changes no
    // value the command applies, and QUndoStack hands out its commands as const only.
    void endTyping() const { m_typingEnded = true; }
    // Merges a following edit of the same single entity (or of the project info) with the
    // same merge id: keeps this command's `before`, takes the other's `after`. A merge that
    // ends where it started (typing and deleting the same letter) makes this command obsolete,
    // and QUndoStack drops it.
    bool mergeWith(const QUndoCommand *other) override;

    MergeId mergeId() const { return m_mergeId; }
    const QList<EntityChange> &changes() const { return m_changes; }
    const std::optional<InfoChange> &infoChange() const { return m_info; }
    const std::optional<AcceptanceChange> &acceptanceChange() const { return m_acceptances; }
    const std::optional<SnapshotChange> &snapshotChange() const { return m_snapshots; }
    const Project *project() const { return m_project; }
    // True when applying the command changes nothing.
    bool isNoOp() const;

private:
    void apply(const std::optional<AnyEntity> &value, EntityKind kind, const Id &id);

    Project *m_project;
    QList<EntityChange> m_changes;
    std::optional<InfoChange> m_info;
    std::optional<AcceptanceChange> m_acceptances;
    std::optional<SnapshotChange> m_snapshots;
    MergeId m_mergeId;
    bool m_separate = false;
    mutable bool m_typingEnded = false;
    Describe m_describe;
};

} // namespace ropa
