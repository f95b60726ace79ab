#pragma once

// The changes between two versions of a project as a tree: one group per kind of entity
// ("Parties (3)"), one row per changed entity (its name, added / removed / changed, and its
// value on either side), one row per changed field. Filtered by a text (names, fields,
// values) and by the type of change. Shared by Compare with… (read only) and Merge changes
// from… (rows ticked to take a change: an entity as a whole, or field by field).

#include "compare/diff.h"
#include "compare/pick.h"

#include <QSet>
#include <QTreeWidget>

#include <optional>

namespace ropa {

class ChangesTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, ChangeColumn, OldColumn, NewColumn };

    explicit ChangesTree(QWidget *parent = nullptr);

    // The titles of the two sides' columns ("This project", "theirs.ropa"), and how an entity
    // only one side has says where it is ("only in %1": "this project", "theirs.ropa"; empty:
    // the title).
    void setSideTitles(const QString &older, const QString &newer, const QString &olderPlace = {},
                       const QString &newerPlace = {});
    // Shows the changes. Checkable: every change (or field) has a tick box, ticked when its
    // pick's key is in `ticked`.
    void setDiff(const compare::Diff &diff, bool checkable = false, const QSet<QString> &ticked = {});
    const compare::Diff &diff() const { return m_diff; }

    // Shows only the changes whose name, fields or values contain text (any case) and, when
    // given, of that type.
    void setFilter(const QString &text, std::optional<compare::ChangeType> type);
    // The changes shown (after the filter).
    int visibleChanges() const;

    // The change of an item (a change row or one of its fields), if any.
    const compare::Change *changeOf(const QTreeWidgetItem *item) const;
    const compare::Change *currentChange() const { return changeOf(currentItem()); }
    // The change row of the entity with that id (nullptr: none).
    QTreeWidgetItem *itemOf(const Id &id) const;
    // Checkable trees: the picks ticked, and ticking one (by its key).
    QList<compare::Pick> tickedPicks() const;
    QSet<QString> tickedKeys() const;
    bool setTicked(const QString &pickKey, bool ticked);
    void setAllTicked(bool ticked);

Q_SIGNALS:
    void tickedChanged();

private:
    QTreeWidgetItem *newGroup(const compare::Change &change) const;
    void addChange(QTreeWidgetItem *group, int index, bool checkable, const QSet<QString> &ticked);
    QList<QTreeWidgetItem *> leaves() const;

    compare::Diff m_diff;
    QString m_olderTitle;
    QString m_newerTitle;
    QString m_olderPlace;
    QString m_newerPlace;
    bool m_filling = false;
};

} // namespace ropa
