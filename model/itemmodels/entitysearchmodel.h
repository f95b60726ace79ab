#pragma once

// Every entity of a Project in one flat list (name, kind), for "Find" (Ctrl+F): a user types
// part of a name and jumps to the entity whatever its kind. Follows the project's signals
// row by row, like EntityTableModel.

#include "domain/project.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace ropa {

class EntitySearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { NameColumn, KindColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1, // the entity's QUuid
        KindRole,                  // its EntityKind (int)
    };

    explicit EntitySearchModel(QObject *parent = nullptr);

    void setProject(const Project *project);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The readable name of a kind, as the Kind column shows it ("Data category").
    static QString kindTitle(EntityKind kind);

    // The name a row shows (the whole name; a transfer as "From → To"), and the same folded to
    // lower case for matching and ordering. Kept per row: Find filters and sorts tens of
    // thousands of rows on every keystroke.
    QString name(int row) const;
    QString foldedName(int row) const;

private:
    struct Entry
    {
        EntityKind kind;
        Id id;
    };
    void rebuild();
    int rowOf(const Id &id) const;
    QString nameAt(int row) const;
    void ensureNames() const;

    QPointer<const Project> m_project;
    QList<QMetaObject::Connection> m_connections;
    QList<Entry> m_entries;
    // Per row, built when first asked for; a renamed party makes them all stale (the transfers'
    // names are made of the parties' names).
    mutable QStringList m_names;
    mutable QStringList m_folded;
    mutable bool m_namesStale = true;
};

} // namespace ropa
