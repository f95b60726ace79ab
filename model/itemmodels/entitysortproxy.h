#pragma once

// The sorted, filtered view of one section's EntityTableModel that the main window's table
// shows. It stays quick on tens of thousands of rows because it keeps, per source row,
//   - the sort key of the sort column (a QCollatorSortKey of the model's SortRole text:
//     case-insensitive, numbers by value, in the user's language; dates are ISO there, so
//     they sort chronologically), and
//   - the row's filter text (every column's display text, case-folded),
// computed once and dropped only when that row changes (dataChanged, inserted, removed rows;
// a reset drops all). A sort then compares keys instead of building two cell texts and
// collating them per comparison, and a keystroke in the filter box is one substring search
// per row.
//
// Flat models only (a table); the data categories' tree has its own proxy.

#include <QCollator>
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

    // Shows only the rows that contain text in any column (case-insensitive); empty: all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct RowCache
    {
        int keyColumn = -1; // the column the key is of; -1: none yet
        std::optional<QCollatorSortKey> key;
        QString sortText; // the text itself (ties, and the C locale)
        std::optional<QString> filterText;
    };
    RowCache &row(int sourceRow) const;
    const RowCache &sortKey(int sourceRow, int column) const;
    void dropRows(int first, int last, int firstColumn, int lastColumn);
    void clearCache() { m_rows.clear(); }

    QCollator m_collator;
    bool m_useCollator = true;
    QString m_filterText;
    QString m_needle; // case-folded
    mutable std::vector<RowCache> m_rows;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace ropa
