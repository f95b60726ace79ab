#include "project.h"

namespace ropa {

Project::Project(QObject *parent)
    : Project(ProjectData{}, parent)
{
}

Project::Project(ProjectData data, QObject *parent)
    : QObject(parent)
    , m_data(std::move(data))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Project::~Project() = default;

void Project::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void Project::reset(ProjectData data)
{
    m_undoStack.clear();
    m_data = std::move(data);
    Q_EMIT projectReset();
}

void Project::putEntity(const AnyEntity &entity)
{
    const EntityKind kind = kindOf(entity);
    const Id id = idOf(entity);
    const bool existed = m_data.contains(kind, id);
    m_data.put(entity);
    if (existed)
        Q_EMIT entityChanged(kind, id);
    else
        Q_EMIT entityAdded(kind, id);
}

void Project::removeEntity(EntityKind kind, const Id &id)
{
    if (!m_data.contains(kind, id))
        return;
    m_data.remove(kind, id);
    Q_EMIT entityRemoved(kind, id);
}

void Project::setInfo(const ProjectInfo &info)
{
    if (info == m_data.info)
        return;
    m_data.info = info;
    Q_EMIT infoChanged();
}

void Project::setAcceptedFindings(const QList<AcceptedFinding> &list)
{
    if (list == m_data.acceptedFindings)
        return;
    m_data.acceptedFindings = list;
    Q_EMIT acceptedFindingsChanged();
}

void Project::setSubprocessorSnapshots(const QList<SubprocessorSnapshot> &list)
{
    if (list == m_data.subprocessorSnapshots)
        return;
    m_data.subprocessorSnapshots = list;
    Q_EMIT subprocessorSnapshotsChanged();
}

} // namespace ropa
