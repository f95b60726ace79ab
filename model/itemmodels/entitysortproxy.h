#pragma once

// The sorted, filtered view of one section's EntityTableModel that the main window's table
// shows. It stays quick on tens of thousands of rows because it keeps, per source row,
//   - the sort key of every column sorted by so far (a QCollatorSortKey of the model's
//     SortRole text: case-insensitive, numbers by value, in the user's language; dates are
//     ISO there, so they sort chronologically), made for the whole column at once and once
//     per distinct text (a transfers' "To" column has 50,000 rows but a few thousand names),
//     and
//   - the row's filter text (every column's display text, case-folded),
// each dropped only when that row changes (dataChanged, inserted, removed rows; a reset drops
// all). A sort then compares keys instead of building two cell texts and collating them per
// comparison; going back to a column sorted before costs no key at all; a keystroke in the
// filter box is one substring search per row.
//
// A filter change rebuilds the mapping once (sorted by the rows' ranks, below): removing or
// inserting tens of thousands of rows range by range made the view follow each range (a
// second at 50,000 transfers). A sort ranks the column's keys once; the proxy's own sort then
// compares ranks.
//
// What a first sort, filter keystroke or sort by another column would make can be made
// beforehand, a slice at a time (prepareKeys(), prepareFilter(), prepareSort()): the main
// window does that while the user is idle after opening a project, so that the first use of
// a table on tens of thousands of rows costs no more than the next ones.
//
// Flat models only (a table); the data categories' tree has its own proxy.

#include <QCollator>
#include <QDeadlineTimer>
#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace ropa {

class EntitySortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EntitySortProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows only the rows that contain text in any column (case-insensitive); empty: all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    // Idle-time preparation, each returning true once there is nothing left to make (false:
    // the deadline came first; call again). The keys of a column:
    bool prepareKeys(int column, QDeadlineTimer deadline);
    // Every row's filter text:
    bool prepareFilter(QDeadlineTimer deadline);
    // The keys and ranks of a column (a first sort by it then only sorts); the ranking is one
    // step, made only after the keys are all there.
    bool prepareSort(int column, QDeadlineTimer deadline);
    // Whether a sort by the column, or a filter keystroke, would have to make anything first.
    bool isPrepared(int column) const;
    bool isFilterPrepared() const;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Key
    {
        std::optional<QCollatorSortKey> key; // with a collator
        QString text;                        // the case-folded text (the C locale)
    };
    struct Column
    {
        // Each row's key: an index into `keys` (-1: not made yet). Rows that show the same
        // text share one key, and a ranking sorts the distinct keys, not the rows (a
        // transfers' "To" column has 50,000 rows but a few thousand names).
        std::vector<int> rows;
        std::vector<Key> keys;
        QHash<QString, int> keyOf; // by the text shown
        bool complete = false;     // every row has a key
        // Each row's place among the column's keys (equal keys, equal ranks): a sort compares
        // two ints in one array instead of two keys behind pointers. Made by sort() and
        // before a filter change; an edit drops them (its row is placed by its key).
        std::vector<int> rank;
    };
    // The keys of the column, every row's made (missing ones now, all at once).
    const Column &keysOf(int column) const;
    // Makes missing keys of the column until the deadline; true when every row has one.
    bool makeKeys(int column, QDeadlineTimer deadline) const;
    QString filterTextOf(int sourceRow) const;
    void rankColumn(int column);
    static bool keyLess(const Key &a, const Key &b);
    void insertRows(int first, int count);
    void eraseRows(int first, int last);
    void dropRows(int first, int last, int firstColumn, int lastColumn);
    void clearCache();

    QCollator m_collator;
    bool m_useCollator = true;
    QString m_filterText;
    QString m_needle;                                     // case-folded
    mutable std::vector<Column> m_columns;                // by source column
    mutable std::vector<std::optional<QString>> m_filter; // by source row
    QList<QMetaObject::Connection> m_connections;
};

} // namespace ropa
