#pragma once

// Every entity of a Project in one flat list (name, kind), for "Find" (Ctrl+F): a user types
// part of a name and jumps to the entity whatever its kind. Follows the project's signals
// row by row, like EntityTableModel.

#include "domain/project.h"

#include <QAbstractTableModel>
#include <QDeadlineTimer>
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
    EntityKind kindAt(int row) const { return m_entries.at(row).kind; }
    // Every row's folded name (made when first asked for).
    const QStringList &foldedNames() const;
    // Makes the names a slice at a time, until the deadline; true once they are all there
    // (the main window does this while the user is idle after opening a project).
    bool prepareNames(QDeadlineTimer deadline) const;
    bool namesReady() const { return !m_namesStale; }

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
    // While names are made a slice at a time and the list changes: start again.
    void dropPartialNames();

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
