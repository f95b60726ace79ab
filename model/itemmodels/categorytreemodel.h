#pragma once

// The data categories of a Project as a tree: each category under its parent (DataCategory::
// parent), top-level ones at the root. Columns: name, special category (Art. 9/10), US
// category. Like EntityTableModel it follows the project's signals item by item (an added
// category is one inserted row, a new parent one moved row), so a view keeps its selection,
// expansion and scroll position while the user edits; only projectReset() resets it.
//
// Editing: the name is editable (setData pushes an undo command). A category can be dragged
// onto another one (or onto the empty area: top level); the drop moves it there through
// reparent(), which refuses to make a category its own ancestor and says why.
//
// Sorting and filtering belong to a QSortFilterProxyModel on top; with recursive filtering
// enabled a match keeps its ancestors visible.

#include "domain/project.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>

namespace ropa {

// Whether parent may become category's parent: false when it is the category itself or one
// of its descendants (a cycle). A null parent (top level) is always fine.
bool canBeCategoryParent(const ProjectData &data, const Id &category, const Id &parent);

// Moves category under newParent (null: top level) as one undo step ("Move data category “A”
// under “B”"). False, with *why set, when that would make a cycle or an id is unknown; false
// with *why empty when the category is already there.
bool reparentCategory(Project &project, const Id &category, const Id &newParent, QString *why = nullptr);

class CategoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // The same role numbers as EntityTableModel: the entity's QUuid and its EntityKind.
    enum Roles { IdRole = Qt::UserRole + 1, KindRole };
    enum Column { NameColumn, SpecialColumn, UsColumn, ColumnCount };

    explicit CategoryTreeModel(QObject *parent = nullptr);
    ~CategoryTreeModel() override;

    // Follows the project until another one (or nullptr) is set or it is destroyed.
    void setProject(Project *project);
    Project *project() const { return m_project; }

    // The index (column 0) of the category, invalid when there is none.
    QModelIndex indexOf(const Id &id) const;
    Id idAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Drag and drop: a category dropped on another becomes its child; dropped on the root,
    // a top-level category.
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // A drop that was refused, with the reason for the user.
    void moveRefused(const QString &message);

private:
    struct Node
    {
        Id id;
        Node *parent = nullptr; // null: top level
        QList<Node *> children;
        int row = 0; // position in the parent's (or the root's) children
    };

    const ProjectData *projectData() const { return m_project ? &m_project->data() : nullptr; }
    void rebuild();
    void resetAll();
    void onAdded(EntityKind kind, const Id &id);
    void onChanged(EntityKind kind, const Id &id);
    void onRemoved(EntityKind kind, const Id &id);
    // Where the project says the node belongs: its parent's node, or null (top level, also
    // for a parent that is not in the tree or would make a cycle).
    Node *wantedParent(const Node *node) const;
    void moveNode(Node *node, Node *newParent);
    QList<Node *> &childrenOf(Node *parent) { return parent ? parent->children : m_roots; }
    const QList<Node *> &childrenOf(const Node *parent) const { return parent ? parent->children : m_roots; }
    static void renumber(QList<Node *> &list, qsizetype from);
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    Node *nodeAt(const QModelIndex &index) const { return static_cast<Node *>(index.internalPointer()); }
    QList<Id> idsIn(const QMimeData *data) const;
    QString cellText(const DataCategory &category, int column) const;

    QPointer<Project> m_project;
    QList<QMetaObject::Connection> m_connections;
    QHash<Id, Node *> m_nodes; // owns the nodes
    QList<Node *> m_roots;
};

} // namespace ropa
