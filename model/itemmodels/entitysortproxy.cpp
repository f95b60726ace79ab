#include "entitysortproxy.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

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
                        if (!parent.isValid())
                            insertRows(first, last - first + 1);
                    }),
            connect(source, &QAbstractItemModel::rowsRemoved, this,
                    [this](const QModelIndex &parent, int first, int last) {
                        if (!parent.isValid())
                            eraseRows(first, last);
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
    // Rows go or come back in scattered ranges, tens of thousands at a time: one new mapping
    // instead (its sort compares ranks).
    if (sourceModel() && sortColumn() >= 0)
        rankColumn(sortColumn());
    invalidate();
}

void EntitySortProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel() && column >= 0 && column < sourceModel()->columnCount())
        rankColumn(column);
    QSortFilterProxyModel::sort(column, order);
}

void EntitySortProxy::rankColumn(int column)
{
    const Column &c = keysOf(column);
    Column &mutableColumn = m_columns[static_cast<size_t>(column)];
    if (mutableColumn.rank.size() == c.rows.size())
        return;
    // The distinct keys in order, then each row's rank is its key's.
    const auto keys = c.keys.size();
    std::vector<int> order(keys);
    for (size_t i = 0; i < keys; ++i)
        order[i] = static_cast<int>(i);
    const auto less = [&](int a, int b) {
        return keyLess(c.keys[static_cast<size_t>(a)], c.keys[static_cast<size_t>(b)]);
    };
    std::sort(order.begin(), order.end(), less);
    std::vector<int> keyRank(keys);
    int current = 0;
    for (size_t i = 0; i < keys; ++i) {
        if (i > 0 && less(order[i - 1], order[i]))
            current = static_cast<int>(i);
        keyRank[static_cast<size_t>(order[i])] = current;
    }
    std::vector<int> rank(c.rows.size());
    for (size_t row = 0; row < c.rows.size(); ++row)
        rank[row] = keyRank[static_cast<size_t>(c.rows[row])];
    mutableColumn.rank = std::move(rank);
}

bool EntitySortProxy::keyLess(const Key &a, const Key &b)
{
    if (a.key && b.key)
        return a.key->compare(*b.key) < 0;
    return QString::compare(a.text, b.text) < 0;
}

void EntitySortProxy::clearCache()
{
    m_columns.clear();
    m_filter.clear();
}

void EntitySortProxy::insertRows(int first, int count)
{
    const auto at = static_cast<size_t>(first);
    const auto n = static_cast<size_t>(count);
    for (Column &c : m_columns) {
        if (at <= c.rows.size()) {
            c.rows.insert(c.rows.begin() + static_cast<std::ptrdiff_t>(at), n, -1);
            c.complete = false;
            c.rank.clear();
        }
    }
    if (at <= m_filter.size())
        m_filter.insert(m_filter.begin() + static_cast<std::ptrdiff_t>(at), n, std::nullopt);
}

void EntitySortProxy::eraseRows(int first, int last)
{
    const auto erase = [&](auto &rows) {
        if (static_cast<size_t>(first) >= rows.size())
            return;
        const auto end = std::min(rows.size(), static_cast<size_t>(last) + 1);
        rows.erase(rows.begin() + first, rows.begin() + static_cast<std::ptrdiff_t>(end));
    };
    for (Column &c : m_columns) {
        erase(c.rows);
        c.rank.clear();
    }
    erase(m_filter);
}

void EntitySortProxy::dropRows(int first, int last, int firstColumn, int lastColumn)
{
    if (first < 0)
        return;
    for (auto row = static_cast<size_t>(first); row <= static_cast<size_t>(last) && row < m_filter.size(); ++row)
        m_filter[row].reset();
    for (int column = std::max(firstColumn, 0); column <= lastColumn && static_cast<size_t>(column) < m_columns.size();
         ++column) {
        Column &c = m_columns[static_cast<size_t>(column)];
        for (auto row = static_cast<size_t>(first); row <= static_cast<size_t>(last) && row < c.rows.size(); ++row) {
            c.rows[row] = -1;
            c.complete = false;
            c.rank.clear();
        }
    }
}

const EntitySortProxy::Column &EntitySortProxy::keysOf(int column) const
{
    makeKeys(column, QDeadlineTimer(QDeadlineTimer::Forever));
    return m_columns[static_cast<size_t>(column)];
}

bool EntitySortProxy::makeKeys(int column, QDeadlineTimer deadline) const
{
    if (static_cast<size_t>(column) >= m_columns.size())
        m_columns.resize(static_cast<size_t>(column) + 1);
    Column &c = m_columns[static_cast<size_t>(column)];
    const auto rows = static_cast<size_t>(std::max(sourceModel()->rowCount(), 0));
    if (c.rows.size() != rows) {
        c.rows.resize(rows, -1);
        c.complete = false;
        c.rank.clear();
    }
    if (c.complete)
        return true;
    // One key per distinct text: many rows of a column repeat a few texts (a party's name in
    // its transfers, a role, a lawful basis).
    const QAbstractItemModel *source = sourceModel();
    const int role = sortRole();
    int count = 0;
    for (size_t row = 0; row < rows; ++row) {
        if (c.rows[row] >= 0)
            continue;
        // The clock is read every 256 keys (a key takes a microsecond or two); every call
        // makes at least that many.
        if (++count % 256 == 0 && deadline.hasExpired())
            return false;
        const QString text = source->index(static_cast<int>(row), column).data(role).toString();
        auto it = c.keyOf.constFind(text);
        if (it == c.keyOf.cend()) {
            Key key;
            // Case-folded first: for the C collation QCollator's sort key is the text's bytes,
            // whatever its case sensitivity says (compare() honours it, sortKey() does not).
            if (m_useCollator)
                key.key = m_collator.sortKey(text.toCaseFolded());
            else
                key.text = text.toCaseFolded();
            c.keys.push_back(std::move(key));
            it = c.keyOf.insert(text, static_cast<int>(c.keys.size() - 1));
        }
        c.rows[row] = *it;
    }
    c.complete = true;
    return true;
}

bool EntitySortProxy::prepareKeys(int column, QDeadlineTimer deadline)
{
    if (!sourceModel() || column < 0 || column >= sourceModel()->columnCount())
        return true;
    return makeKeys(column, deadline);
}

bool EntitySortProxy::prepareSort(int column, QDeadlineTimer deadline)
{
    if (isPrepared(column))
        return true;
    const bool hadKeys =
        static_cast<size_t>(column) < m_columns.size() && m_columns[static_cast<size_t>(column)].complete;
    if (!prepareKeys(column, deadline))
        return false;
    // The ranking (a sort of every row's key) is a step of its own: after the keys' last
    // slice, it waits for the next call.
    if (!hadKeys && deadline.hasExpired())
        return false;
    rankColumn(column);
    return true;
}

bool EntitySortProxy::isPrepared(int column) const
{
    if (!sourceModel() || column < 0 || column >= sourceModel()->columnCount())
        return true;
    if (static_cast<size_t>(column) >= m_columns.size())
        return false;
    const Column &c = m_columns[static_cast<size_t>(column)];
    const auto rows = static_cast<size_t>(std::max(sourceModel()->rowCount(), 0));
    return c.complete && c.rows.size() == rows && c.rank.size() == rows;
}

bool EntitySortProxy::prepareFilter(QDeadlineTimer deadline)
{
    if (!sourceModel())
        return true;
    const auto rows = static_cast<size_t>(std::max(sourceModel()->rowCount(), 0));
    if (m_filter.size() != rows)
        m_filter.resize(rows);
    int made = 0;
    for (size_t row = 0; row < rows; ++row) {
        if (m_filter[row])
            continue;
        if (++made % 64 == 0 && deadline.hasExpired())
            return false;
        m_filter[row] = filterTextOf(static_cast<int>(row));
    }
    return true;
}

bool EntitySortProxy::isFilterPrepared() const
{
    if (!sourceModel())
        return true;
    const auto rows = static_cast<size_t>(std::max(sourceModel()->rowCount(), 0));
    return m_filter.size() == rows &&
           std::all_of(m_filter.begin(), m_filter.end(), [](const auto &t) { return t.has_value(); });
}

QString EntitySortProxy::filterTextOf(int sourceRow) const
{
    QString text;
    const QAbstractItemModel *source = sourceModel();
    const int columns = source->columnCount();
    for (int column = 0; column < columns; ++column) {
        if (column > 0)
            text += u'\n';
        text += source->index(sourceRow, column).data(Qt::DisplayRole).toString();
    }
    return text.toCaseFolded();
}

bool EntitySortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.parent().isValid() || right.parent().isValid() || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    const Column &c = keysOf(left.column());
    if (!c.rank.empty())
        return c.rank[static_cast<size_t>(left.row())] < c.rank[static_cast<size_t>(right.row())];
    const int a = c.rows[static_cast<size_t>(left.row())];
    const int b = c.rows[static_cast<size_t>(right.row())];
    return a != b && keyLess(c.keys[static_cast<size_t>(a)], c.keys[static_cast<size_t>(b)]);
}

bool EntitySortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    if (sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const auto row = static_cast<size_t>(sourceRow);
    if (row >= m_filter.size())
        m_filter.resize(std::max(row + 1, static_cast<size_t>(std::max(sourceModel()->rowCount(), 0))));
    std::optional<QString> &cached = m_filter[row];
    if (!cached)
        cached = filterTextOf(sourceRow);
    return cached->contains(m_needle);
}

} // namespace ropa
