#include "import/csvreader.h"

#include "import/csvparser.h"
#include "import/textdecode.h"

namespace ropa::importer {

Workbook readCsvWorkbook(const QByteArray &bytes, const QString &sheetName, const Limits &limits)
{
    Workbook book;
    book.format = QStringLiteral("csv");
    const DecodedText decoded = decodeText(bytes);
    if (!decoded.error.isEmpty()) {
        book.error = decoded.error;
        return book;
    }
    book.encoding = decoded.encoding;
    book.separator = detectSeparator(decoded.text);
    const CsvParse parse = parseCsv(decoded.text, book.separator, limits.maxCellChars, limits.maxRows, limits.maxCells);
    if (parse.stop == CsvParse::Stop::TooManyCells) {
        book.error = tooManyCellsMessage(limits);
        return book;
    }
    if (parse.stop == CsvParse::Stop::CellTooLong) {
        book.error = Tr::tr("line %1: a cell is longer than %2 characters; a register's cell is not this long")
                         .arg(parse.stopLine)
                         .arg(limits.maxCellChars);
        return book;
    }
    if (parse.stop == CsvParse::Stop::TooManyRows) {
        book.error =
            Tr::tr("more than %n rows; Ropa imports at most that many rows of a register", nullptr, limits.maxRows);
        return book;
    }
    if (parse.unclosedQuoteLine > 0)
        book.notes.append(
            Tr::tr("line %1: a quoted cell is not closed; read to the end of the file").arg(parse.unclosedQuoteLine));
    Sheet sheet;
    sheet.name = sheetName;
    sheet.lines = parse.lines;
    for (const QStringList &record : parse.records) {
        if (record.size() > limits.maxColumns) {
            book.error = Tr::tr("a row has more than %1 columns").arg(limits.maxColumns);
            return book;
        }
        QList<Cell> row;
        row.reserve(record.size());
        for (const QString &text : record)
            row.append(Cell{text, text.isEmpty() ? CellType::Empty : CellType::String});
        while (!row.isEmpty() && row.constLast().type == CellType::Empty)
            row.removeLast();
        sheet.rows.append(row);
    }
    book.sheets.append(sheet);
    return book;
}

} // namespace ropa::importer
