#include "entitysortproxy.h"

#include <QLocale>

namespace ropa {

EntitySortProxy::EntitySortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    // The C locale's collation is plain code points (upper case first): compare the texts
    // case-insensitively there instead.
    m_useCollator = QLocale().language() != QLocale::C;
    setDynamicSortFilter(true);
}

void EntitySortProxy::setSourceModel(QAbstractItemModel *source)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    clearCache();
    // Connected before QSortFilterProxyModel's own handlers (slots run in the order they were
    // connected), so a changed row's cache is gone before the proxy filters and sorts it again.
    if (source) {
        m_connections = {
            connect(source, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        if (!topLeft.parent().isValid())
                            dropRows(topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column());
                    }),
            connect(source, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &parent, int first, int last) {
                        if (parent.isValid())
                            return;
                        if (static_cast<size_t>(first) <= m_rows.size())
                            m_rows.insert(m_rows.begin() + first, static_cast<size_t>(last - first + 1), RowCache());
                    }),
            connect(source, &QAbstractItemModel::rowsRemoved, this,
                    [this](const QModelIndex &parent, int first, int last) {
                        if (parent.isValid() || static_cast<size_t>(first) >= m_rows.size())
                            return;
                        const auto end = std::min(m_rows.size(), static_cast<size_t>(last) + 1);
                        m_rows.erase(m_rows.begin() + first, m_rows.begin() + static_cast<std::ptrdiff_t>(end));
                    }),
            connect(source, &QAbstractItemModel::modelReset, this, [this] { clearCache(); }),
            connect(source, &QAbstractItemModel::layoutChanged, this, [this] { clearCache(); }),
            connect(source, &QAbstractItemModel::rowsMoved, this, [this] { clearCache(); }),
            connect(source, &QAbstractItemModel::columnsInserted, this, [this] { clearCache(); }),
            connect(source, &QAbstractItemModel::columnsRemoved, this, [this] { clearCache(); }),
        };
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void EntitySortProxy::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_needle = text.toCaseFolded();
    invalidateRowsFilter();
}

void EntitySortProxy::dropRows(int first, int last, int firstColumn, int lastColumn)
{
    if (first < 0 || static_cast<size_t>(first) >= m_rows.size())
        return;
    const auto end = std::min(m_rows.size(), static_cast<size_t>(last) + 1);
    for (auto i = static_cast<size_t>(first); i < end; ++i) {
        RowCache &r = m_rows[i];
        r.filterText.reset();
        if (r.keyColumn >= firstColumn && r.keyColumn <= lastColumn) {
            r.keyColumn = -1;
            r.key.reset();
            r.sortText.clear();
        }
    }
}

EntitySortProxy::RowCache &EntitySortProxy::row(int sourceRow) const
{
    const auto index = static_cast<size_t>(sourceRow);
    if (index >= m_rows.size()) {
        const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
        m_rows.resize(std::max(index + 1, static_cast<size_t>(std::max(rows, 0))));
    }
    return m_rows[index];
}

const EntitySortProxy::RowCache &EntitySortProxy::sortKey(int sourceRow, int column) const
{
    RowCache &r = row(sourceRow);
    if (r.keyColumn != column) {
        r.sortText = sourceModel()->index(sourceRow, column).data(sortRole()).toString();
        // Case-folded first: for the C collation QCollator's sort key is the text's bytes,
        // whatever its case sensitivity says (compare() honours it, sortKey() does not).
        if (m_useCollator)
            r.key = m_collator.sortKey(r.sortText.toCaseFolded());
        else
            r.sortText = r.sortText.toCaseFolded();
        r.keyColumn = column;
    }
    return r;
}

bool EntitySortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.parent().isValid() || right.parent().isValid() || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    sortKey(left.row(), left.column());
    const RowCache &b = sortKey(right.row(), right.column());
    const RowCache &a = m_rows[static_cast<size_t>(left.row())]; // no resize after b's
    if (a.key && b.key) {
        if (const int order = a.key->compare(*b.key); order != 0)
            return order < 0;
    }
    return QString::compare(a.sortText, b.sortText, Qt::CaseInsensitive) < 0;
}

bool EntitySortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    if (sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    RowCache &r = row(sourceRow);
    if (!r.filterText) {
        QString text;
        const QAbstractItemModel *source = sourceModel();
        const int columns = source->columnCount();
        for (int column = 0; column < columns; ++column) {
            if (column > 0)
                text += u'\n';
            text += source->index(sourceRow, column).data(Qt::DisplayRole).toString();
        }
        r.filterText = text.toCaseFolded();
    }
    return r.filterText->contains(m_needle);
}

} // namespace ropa
