#include "entitysearchmodel.h"

#include "commands/edits.h"

namespace ropa {

EntitySearchModel::EntitySearchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EntitySearchModel::setProject(const Project *project)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_project = project;
    rebuild();
    endResetModel();
    if (!project)
        return;
    const auto added = [this](EntityKind kind, const QUuid &id) {
        if (rowOf(id) >= 0)
            return;
        const int row = static_cast<int>(m_entries.size());
        beginInsertRows({}, row, row);
        m_entries.append({kind, id});
        if (!m_namesStale) {
            m_names.append(nameAt(row));
            m_folded.append(m_names.constLast().toCaseFolded());
        } else {
            dropPartialNames();
        }
        endInsertRows();
    };
    const auto changed = [this](EntityKind kind, const QUuid &id) {
        const int row = rowOf(id);
        if (kind == EntityKind::Party) {
            m_namesStale = true; // the transfers' names too
            dropPartialNames();
        } else if (row >= 0 && !m_namesStale) {
            m_names[row] = nameAt(row);
            m_folded[row] = m_names.at(row).toCaseFolded();
        } else if (m_namesStale) {
            dropPartialNames();
        }
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    };
    const auto removed = [this](EntityKind, const QUuid &id) {
        if (const int row = rowOf(id); row >= 0) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            if (!m_namesStale) {
                m_names.removeAt(row);
                m_folded.removeAt(row);
            } else {
                dropPartialNames();
            }
            endRemoveRows();
        }
    };
    const auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    m_connections = {
        connect(project, &Project::entityAdded, this, added),
        connect(project, &Project::entityChanged, this, changed),
        connect(project, &Project::entityRemoved, this, removed),
        connect(project, &Project::projectReset, this, reset),
        connect(project, &QObject::destroyed, this, [this] { setProject(nullptr); }),
    };
}

void EntitySearchModel::rebuild()
{
    m_entries.clear();
    m_names.clear();
    m_folded.clear();
    m_namesStale = true;
    if (!m_project)
        return;
    m_project->data().forEachEntity([this](const auto &entity) {
        using T = std::decay_t<decltype(entity)>;
        m_entries.append({kindOf<T>(), entity.id});
    });
}

int EntitySearchModel::rowOf(const Id &id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int EntitySearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int EntitySearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EntitySearchModel::kindTitle(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Document: return tr("Document");
    case EntityKind::Party: return tr("Party");
    case EntityKind::DataCategory: return tr("Data category");
    case EntityKind::DataSubject: return tr("Data subject");
    case EntityKind::Source: return tr("Source");
    case EntityKind::SecurityMeasure: return tr("Security measure");
    case EntityKind::System: return tr("System");
    case EntityKind::Activity: return tr("Processing activity");
    case EntityKind::Transfer: return tr("Transfer");
    }
    return {};
}

QString EntitySearchModel::nameAt(int row) const
{
    const Entry &entry = m_entries.at(row);
    const std::optional<AnyEntity> entity = m_project->data().entity(entry.kind, entry.id);
    if (!entity)
        return {};
    // The whole name (displayName elides long ones), so the filter sees all of it.
    const QString name = nameOf(*entity);
    return name.isEmpty() || entry.kind == EntityKind::Transfer ? edit::displayName(m_project->data(), *entity) : name;
}

void EntitySearchModel::ensureNames() const
{
    prepareNames(QDeadlineTimer(QDeadlineTimer::Forever));
}

bool EntitySearchModel::prepareNames(QDeadlineTimer deadline) const
{
    if (!m_namesStale)
        return true;
    m_names.reserve(m_entries.size());
    m_folded.reserve(m_entries.size());
    // Goes on from the rows made by an earlier call (any change since dropped those).
    int made = 0;
    for (auto row = m_names.size(); row < m_entries.size(); ++row) {
        if (++made % 64 == 0 && deadline.hasExpired())
            return false;
        m_names.append(nameAt(static_cast<int>(row)));
        m_folded.append(m_names.constLast().toCaseFolded());
    }
    m_namesStale = false;
    return true;
}

void EntitySearchModel::dropPartialNames()
{
    m_names.clear();
    m_folded.clear();
}

const QStringList &EntitySearchModel::foldedNames() const
{
    ensureNames();
    return m_folded;
}

QString EntitySearchModel::name(int row) const
{
    ensureNames();
    return m_names.value(row);
}

QString EntitySearchModel::foldedName(int row) const
{
    ensureNames();
    return m_folded.value(row);
}

QVariant EntitySearchModel::data(const QModelIndex &index, int role) const
{
    if (!m_project || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return index.column() == NameColumn ? name(index.row()) : kindTitle(entry.kind);
    case IdRole: return QVariant::fromValue(entry.id);
    case KindRole: return static_cast<int>(entry.kind);
    default: return {};
    }
}

QVariant EntitySearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    default: return {};
    }
}

} // namespace ropa
