#include "import/sheet.h"

namespace ropa::importer {

Cell Sheet::cell(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
        return {};
    return rows.at(row).at(column);
}

QString Sheet::text(int row, int column) const
{
    const Cell own = cell(row, column);
    if (own.type != CellType::Empty) // a covered cell is empty in the file
        return own.text;
    for (const Merge &m : merges) {
        if (row >= m.firstRow && row <= m.lastRow && column >= m.firstColumn && column <= m.lastColumn)
            return cell(m.firstRow, m.firstColumn).text;
    }
    return cell(row, column).text;
}

int Sheet::columnCount() const
{
    qsizetype n = 0;
    for (const QList<Cell> &r : rows)
        n = std::max(n, r.size());
    return int(n);
}

const Sheet *Workbook::sheet(const QString &name) const
{
    if (sheets.isEmpty())
        return nullptr;
    if (name.isEmpty())
        return &sheets.first();
    for (const Sheet &s : sheets) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

QString tooManyCellsMessage(const Limits &limits)
{
    return Tr::tr("the workbook has more than %1 cells (empty ones between values included); Ropa imports at most "
                  "that many")
        .arg(limits.maxCells);
}

QString tooManyMergesMessage(const QString &sheet, const Limits &limits)
{
    return Tr::tr("the sheet “%1” has more than %2 merged ranges; a register has far fewer")
        .arg(sheet)
        .arg(limits.maxMerges);
}

QString cellReference(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

} // namespace ropa::importer
