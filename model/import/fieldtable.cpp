#include "import/fieldtable.h"

namespace ropa::importer {

int FieldTable::addRow()
{
    m_rows.append(QList<QStringList>(m_fields.size()));
    return int(m_rows.size()) - 1;
}

void FieldTable::add(int row, Field field, const QString &text)
{
    qsizetype column = m_fields.indexOf(field);
    if (column < 0) {
        m_fields.append(field);
        column = m_fields.size() - 1;
    }
    QList<QStringList> &cells = m_rows[row];
    while (cells.size() <= column)
        cells.append(QStringList());
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !cells[column].contains(t))
            cells[column].append(t);
    }
}

Sheet FieldTable::sheet(const QString &name) const
{
    Sheet s;
    s.name = name;
    QList<Cell> heading;
    for (const Field f : m_fields)
        heading.append({fieldKey(f), CellType::String});
    s.rows.append(heading);
    for (const QList<QStringList> &row : m_rows) {
        QList<Cell> cells;
        for (const QStringList &lines : row)
            cells.append({lines.join(u'\n'), lines.isEmpty() ? CellType::Empty : CellType::String});
        s.rows.append(cells);
    }
    return s;
}

Mapping FieldTable::mapping() const
{
    Mapping m;
    m.headingRow = 0;
    m.split = {true, false, false, false}; // the readers give one value a line
    for (int c = 0; c < m_fields.size(); ++c)
        m.columns.append({c, fieldKey(m_fields.at(c)), m_fields.at(c)});
    return m;
}

} // namespace ropa::importer
