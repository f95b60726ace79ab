#include "columnfit.h"

#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace ropa {

namespace {

constexpr int MaxColumnWidth = 280;
constexpr int MinColumnWidth = 60;
constexpr int Margin = 12;

// A table view's width of a column's contents, without resizing it.
class MeasuredTable : public QTableView
{
public:
    static int contentWidth(const QTableView *table, int column)
    {
        return static_cast<const MeasuredTable *>(table)->sizeHintForColumn(column);
    }
};

// The cap c such that the sum of min(wanted, c) is `available` ("water-filling").
int sharedCap(QList<int> wanted, int available)
{
    std::sort(wanted.begin(), wanted.end());
    int remaining = available;
    int left = static_cast<int>(wanted.size());
    int cap = 0;
    for (const int w : wanted) {
        const int share = remaining / left;
        if (w > share)
            return share;
        remaining -= w;
        --left;
        cap = w;
    }
    return cap;
}

} // namespace

void fitTableColumns(QTableView *table, bool keepFirst)
{
    QHeaderView *header = table->horizontalHeader();
    const int columns = table->model() ? table->model()->columnCount() : 0;
    if (columns == 0)
        return;
    QList<int> wanted;
    for (int column = 0; column < columns; ++column) {
        const int hint = std::max(MeasuredTable::contentWidth(table, column), header->sectionSizeHint(column));
        wanted.append(std::min(hint + Margin, MaxColumnWidth));
    }
    int available = table->viewport()->width();
    if (available <= 0)
        available = 600;
    QList<int> widths = wanted;
    int total = 0;
    for (const int w : widths)
        total += w;
    if (total > available) {
        const qsizetype keep = keepFirst ? 1 : 0;
        if (keepFirst) {
            widths.first() = std::min(wanted.constFirst(), available / 2);
            available -= widths.constFirst();
        }
        const int cap = sharedCap(wanted.mid(keep), available);
        for (qsizetype column = keep; column < widths.size(); ++column)
            widths[column] = std::min(widths.at(column), std::max(cap, MinColumnWidth));
    }
    for (int column = 0; column + 1 < columns; ++column)
        header->resizeSection(column, widths.at(column));
}

void fitTreeColumns(QTreeView *tree)
{
    const int available = tree->viewport()->width() > 0 ? tree->viewport()->width() : 600;
    const int columns = tree->model() ? tree->model()->columnCount() : 0;
    for (int column = 0; column + 1 < columns; ++column) {
        tree->resizeColumnToContents(column);
        const int cap = column == 0 ? available / 2 : MaxColumnWidth;
        tree->header()->resizeSection(column, std::clamp(tree->header()->sectionSize(column) + Margin, MinColumnWidth,
                                                         std::max(cap, MinColumnWidth)));
    }
}

} // namespace ropa
