// Subprocessor lists saved as XLSX or ODS: read by the import's workbook reader (issue 19),
// each sheet a table, its first row the heading row (columns.cpp finds a title row above it).

#include "subprocessors/formatreaders.h"

#include "import/workbookreader.h"

namespace ropa::subprocessors {

RawRead readWorkbookTables(const QByteArray &bytes, const QString &fileName, QString *text, QString *format)
{
    RawRead read;
    const importer::Workbook book = importer::readWorkbook(bytes, fileName);
    if (!book.ok()) {
        read.error = book.error;
        return read;
    }
    *format = book.format;
    read.notes = book.notes;
    for (const importer::Sheet &sheet : book.sheets) {
        RawTable table;
        if (book.sheets.size() > 1)
            table.title = sheet.name;
        const int columns = sheet.columnCount();
        for (int r = 0; r < sheet.rows.size(); ++r) {
            QStringList cells;
            bool empty = true;
            for (int c = 0; c < columns; ++c) {
                cells.append(sheet.text(r, c).trimmed());
                empty = empty && cells.last().isEmpty();
            }
            if (empty)
                continue;
            // The text kept as the list's document: the cells of each row between tabs.
            *text += cells.join(u'\t') + u'\n';
            if (table.header.isEmpty() && table.rows.isEmpty())
                table.header = cells;
            else {
                table.rows.append(cells);
                table.lines.append(r + 1);
            }
        }
        if (!table.header.isEmpty())
            read.tables.append(std::move(table));
        *text += u'\n';
    }
    return read;
}

} // namespace ropa::subprocessors
