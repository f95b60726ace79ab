#pragma once

// A Project is one open inventory: its data, its undo stack, and where it lives on disk.
// Views read it; every change goes through an undo command (model/commands), which is the
// only code that may call the mutators below. Two open projects never share anything.

#include "projectdata.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace ropa {

class ChangeSetCommand;

class Project : public QObject
{
    Q_OBJECT

public:
    explicit Project(QObject *parent = nullptr);
    explicit Project(ProjectData data, QObject *parent = nullptr);
    ~Project() override;

    const ProjectData &data() const { return m_data; }
    // A copy of the data as it is now, for work on another thread (a check, a graph, a record,
    // a save): the project may go on changing, or be closed, while the copy is read.
    std::shared_ptr<const ProjectData> snapshot() const { return std::make_shared<const ProjectData>(m_data); }
    const ProjectInfo &info() const { return m_data.info; }

    template <typename T> const T *find(const Id &id) const { return m_data.find<T>(id); }
    std::optional<AnyEntity> entity(EntityKind kind, const Id &id) const { return m_data.entity(kind, id); }

    QUndoStack *undoStack() { return &m_undoStack; }
    const QUndoStack *undoStack() const { return &m_undoStack; }

    // Modified means the undo stack is not at its clean state (set after a successful save).
    bool isModified() const { return !m_undoStack.isClean(); }
    void markSaved() { m_undoStack.setClean(); }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);

    // Replaces everything (used after opening or importing); clears the undo stack.
    void reset(ProjectData data);

Q_SIGNALS:
    void entityAdded(ropa::EntityKind kind, const QUuid &id);
    void entityChanged(ropa::EntityKind kind, const QUuid &id);
    void entityRemoved(ropa::EntityKind kind, const QUuid &id);
    void infoChanged();
    // ProjectData::acceptedFindings changed (accepted, reopened, or dropped with an entity).
    void acceptedFindingsChanged();
    // ProjectData::subprocessorSnapshots changed (a vendor's list applied, or that undone).
    void subprocessorSnapshotsChanged();
    void projectReset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class ChangeSetCommand;
    // For undo commands only.
    void putEntity(const AnyEntity &entity);
    void removeEntity(EntityKind kind, const Id &id);
    void setInfo(const ProjectInfo &info);
    void setAcceptedFindings(const QList<AcceptedFinding> &list);
    void setSubprocessorSnapshots(const QList<SubprocessorSnapshot> &list);

    ProjectData m_data;
    QUndoStack m_undoStack;
    QString m_filePath;
};

} // namespace ropa
