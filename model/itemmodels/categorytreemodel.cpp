#include "categorytreemodel.h"

#include "commands/changesetcommand.h"
#include "commands/edits.h"
#include "labels.h"

#include <QMimeData>

#include <algorithm>

namespace ropa {

namespace {

constexpr auto MimeType = "application/x-ropa-data-category-ids";

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::CategoryTreeModel)
};

QString nameOf(const ProjectData &data, const DataCategory &category)
{
    return edit::displayName(data, AnyEntity(category));
}

} // namespace

bool canBeCategoryParent(const ProjectData &data, const Id &category, const Id &parent)
{
    // Walks up from the candidate: reaching the category would close a cycle. The step
    // limit ends a cycle that is already in the data (invalid, but never a hang).
    Id at = parent;
    for (size_t steps = 0; !at.isNull() && steps <= data.dataCategories.size(); ++steps) {
        if (at == category)
            return false;
        const DataCategory *c = data.find<DataCategory>(at);
        at = c ? c->parent : Id();
    }
    return true;
}

bool reparentCategory(Project &project, const Id &category, const Id &newParent, QString *why)
{
    if (why)
        why->clear();
    const ProjectData &data = project.data();
    const DataCategory *current = data.find<DataCategory>(category);
    const DataCategory *parent = newParent.isNull() ? nullptr : data.find<DataCategory>(newParent);
    if (!current || (!newParent.isNull() && !parent)) {
        if (why)
            *why = Tr::tr("There is no such data category.");
        return false;
    }
    if (current->parent == newParent)
        return false;
    if (!canBeCategoryParent(data, category, newParent)) {
        if (why) {
            *why = newParent == category
                       ? Tr::tr("“%1” cannot be part of itself.").arg(nameOf(data, *current))
                       : Tr::tr("“%1” cannot be moved under “%2”: “%2” is part of “%1”, so it would become part "
                                "of itself. Move “%2” elsewhere first.")
                             .arg(nameOf(data, *current), nameOf(data, *parent));
        }
        return false;
    }
    DataCategory moved = *current;
    moved.parent = newParent;
    const QString text =
        parent ? Tr::tr("Move data category “%1” under “%2”").arg(nameOf(data, *current), nameOf(data, *parent))
               : Tr::tr("Move data category “%1” to the top level").arg(nameOf(data, *current));
    QList<EntityChange> changes{{EntityKind::DataCategory, category, AnyEntity(*current), AnyEntity(std::move(moved))}};
    project.undoStack()->push(new ChangeSetCommand(&project, text, std::move(changes)));
    return true;
}

CategoryTreeModel::CategoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

CategoryTreeModel::~CategoryTreeModel()
{
    qDeleteAll(m_nodes);
}

void CategoryTreeModel::setProject(Project *project)
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
    m_connections = {
        connect(project, &Project::entityAdded, this, &CategoryTreeModel::onAdded),
        connect(project, &Project::entityChanged, this, &CategoryTreeModel::onChanged),
        connect(project, &Project::entityRemoved, this, &CategoryTreeModel::onRemoved),
        connect(project, &Project::projectReset, this, &CategoryTreeModel::resetAll),
        connect(project, &QObject::destroyed, this, [this] { setProject(nullptr); }),
    };
}

void CategoryTreeModel::resetAll()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void CategoryTreeModel::rebuild()
{
    qDeleteAll(m_nodes);
    m_nodes.clear();
    m_roots.clear();
    const ProjectData *d = projectData();
    if (!d)
        return;
    m_nodes.reserve(static_cast<qsizetype>(d->dataCategories.size()));
    for (const auto &[id, category] : d->dataCategories) {
        auto *node = new Node;
        node->id = id;
        m_nodes.insert(id, node);
    }
    for (Node *node : std::as_const(m_nodes)) {
        node->parent = wantedParent(node);
        childrenOf(node->parent).append(node);
    }
    renumber(m_roots, 0);
    for (Node *node : std::as_const(m_nodes))
        renumber(node->children, 0);
}

void CategoryTreeModel::renumber(QList<Node *> &list, qsizetype from)
{
    for (qsizetype i = from; i < list.size(); ++i)
        list[i]->row = static_cast<int>(i);
}

CategoryTreeModel::Node *CategoryTreeModel::wantedParent(const Node *node) const
{
    const DataCategory *category = projectData()->find<DataCategory>(node->id);
    if (!category || category->parent.isNull())
        return nullptr;
    Node *parent = m_nodes.value(category->parent);
    // A cycle in the data (which validation keeps out of files) shows at the top level.
    if (!parent || !canBeCategoryParent(*projectData(), node->id, category->parent))
        return nullptr;
    return parent;
}

void CategoryTreeModel::moveNode(Node *node, Node *newParent)
{
    if (node->parent == newParent)
        return;
    const QModelIndex from = node->parent ? indexOfNode(node->parent) : QModelIndex();
    const QModelIndex to = newParent ? indexOfNode(newParent) : QModelIndex();
    QList<Node *> &target = childrenOf(newParent);
    const int destination = static_cast<int>(target.size());
    if (!beginMoveRows(from, node->row, node->row, to, destination))
        return; // would move a node into itself: the caller checked for cycles
    QList<Node *> &source = childrenOf(node->parent);
    const int oldRow = node->row;
    source.removeAt(oldRow);
    renumber(source, oldRow);
    node->parent = newParent;
    target.append(node);
    renumber(target, target.size() - 1);
    endMoveRows();
}

void CategoryTreeModel::onAdded(EntityKind kind, const Id &id)
{
    if (kind != EntityKind::DataCategory || m_nodes.contains(id))
        return;
    auto *node = new Node;
    node->id = id;
    Node *parent = nullptr;
    if (const DataCategory *c = projectData()->find<DataCategory>(id); c && !c->parent.isNull())
        parent = m_nodes.value(c->parent);
    QList<Node *> &list = childrenOf(parent);
    const int row = static_cast<int>(list.size());
    beginInsertRows(parent ? indexOfNode(parent) : QModelIndex(), row, row);
    node->parent = parent;
    node->row = row;
    list.append(node);
    m_nodes.insert(id, node);
    endInsertRows();
    // Categories that already named this one as their parent (an undone removal brings the
    // parent back) go under it.
    const QList<Node *> roots = m_roots;
    for (Node *root : roots) {
        if (root != node && wantedParent(root) == node)
            moveNode(root, node);
    }
}

void CategoryTreeModel::onChanged(EntityKind kind, const Id &id)
{
    if (kind != EntityKind::DataCategory)
        return;
    Node *node = m_nodes.value(id);
    if (!node)
        return;
    Node *wanted = wantedParent(node);
    if (wanted != node->parent)
        moveNode(node, wanted);
    Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
}

void CategoryTreeModel::onRemoved(EntityKind kind, const Id &id)
{
    if (kind != EntityKind::DataCategory)
        return;
    Node *node = m_nodes.value(id);
    if (!node)
        return;
    // Children left under it (their own change normally came first) go where the project
    // now puts them.
    const QList<Node *> children = node->children;
    for (Node *child : children) {
        Node *wanted = wantedParent(child);
        moveNode(child, wanted == node ? nullptr : wanted);
    }
    QList<Node *> &list = childrenOf(node->parent);
    const int row = node->row;
    beginRemoveRows(node->parent ? indexOfNode(node->parent) : QModelIndex(), row, row);
    list.removeAt(row);
    renumber(list, row);
    m_nodes.remove(id);
    endRemoveRows();
    delete node;
}

QModelIndex CategoryTreeModel::indexOfNode(const Node *node, int column) const
{
    return node ? createIndex(node->row, column, const_cast<Node *>(node)) : QModelIndex();
}

QModelIndex CategoryTreeModel::indexOf(const Id &id) const
{
    return indexOfNode(m_nodes.value(id));
}

Id CategoryTreeModel::idAt(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? nodeAt(index)->id : Id();
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<Node *> &list = childrenOf(parent.isValid() ? nodeAt(parent) : nullptr);
    return row < list.size() ? createIndex(row, column, list.at(row)) : QModelIndex();
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeAt(child)->parent);
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(nodeAt(parent)->children.size());
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString CategoryTreeModel::cellText(const DataCategory &c, int column) const
{
    switch (column) {
    case NameColumn: return c.name;
    case SpecialColumn: {
        QStringList flags;
        if (c.special)
            flags.append(tr("Art. 9: %1").arg(Labels::special(*c.special)));
        if (c.criminal)
            flags.append(tr("Art. 10: criminal"));
        return flags.join(tr(", "));
    }
    case UsColumn: return c.usCategory ? Labels::usCategory(*c.usCategory) : QString();
    }
    return {};
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_project || !index.isValid())
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole: {
        const DataCategory *c = projectData()->find<DataCategory>(node->id);
        if (!c)
            return {};
        const QString text = cellText(*c, index.column());
        if (role == Qt::ToolTipRole)
            return text.size() > 30 ? QVariant(text) : QVariant();
        return text;
    }
    case IdRole: return QVariant::fromValue(node->id);
    case KindRole: return static_cast<int>(EntityKind::DataCategory);
    default: return {};
    }
}

bool CategoryTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_project || role != Qt::EditRole || !index.isValid() || index.column() != NameColumn)
        return false;
    const QString name = value.toString().trimmed();
    const DataCategory *c = projectData()->find<DataCategory>(nodeAt(index)->id);
    if (name.isEmpty() || !c)
        return false;
    DataCategory renamed = *c;
    renamed.name = name;
    return edit::change(*m_project, AnyEntity(std::move(renamed)), MergeId::EditName);
}

Qt::ItemFlags CategoryTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled; // the empty area: top level
    f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CategoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case SpecialColumn: return tr("Special category");
        case UsColumn: return tr("US category");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    return {};
}

QStringList CategoryTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *CategoryTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = idAt(index).toString(QUuid::WithoutBraces);
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), ids.join(u'\n').toUtf8());
    return mime;
}

QList<Id> CategoryTreeModel::idsIn(const QMimeData *data) const
{
    QList<Id> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return ids;
    const QStringList texts = QString::fromUtf8(data->data(QString::fromLatin1(MimeType))).split(u'\n');
    for (const QString &text : texts) {
        const Id id = QUuid::fromString(text);
        if (!id.isNull() && m_nodes.contains(id))
            ids.append(id);
    }
    return ids;
}

bool CategoryTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &) const
{
    // Cycles are checked on the drop, so that the user is told why it did not happen.
    return m_project && action == Qt::MoveAction && !idsIn(data).isEmpty();
}

bool CategoryTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on a row: under it. Between rows: under their parent (the order among siblings
    // is the view's sort order, not something to keep).
    const Id target = parent.isValid() ? idAt(parent.siblingAtColumn(0)) : Id();
    const QList<Id> ids = idsIn(data);
    QString why;
    for (const Id &id : ids) {
        QString reason;
        if (!reparentCategory(*m_project, id, target, &reason) && why.isEmpty())
            why = reason;
    }
    if (!why.isEmpty())
        Q_EMIT moveRefused(why);
    // The model moved the rows itself (moveNode); the view must not remove the dragged ones.
    return false;
}

} // namespace ropa
