// Subprocessor lists in CSV: the shared RFC 4180 parser (import/csvparser.h) with the limits
// and messages of a subprocessor list.

#include "import/csvparser.h"
#include "subprocessors/formatreaders.h"
#include "subprocessors/subprocessorlist.h"

namespace ropa::subprocessors {

RawRead readCsv(const QString &text)
{
    RawRead result;
    // The first record is the heading row: maxRows data rows and one more.
    importer::CsvParse parse =
        importer::parseCsv(text, importer::detectSeparator(text), maxCellChars, maxRows + 1, maxCells);
    if (parse.stop == importer::CsvParse::Stop::CellTooLong) {
        result.error = Tr::tr("line %1: a cell is longer than 1 MB; is this a subprocessor list?").arg(parse.stopLine);
        return result;
    }
    if (parse.stop == importer::CsvParse::Stop::TooManyCells) {
        result.error = Tr::tr("more than %1 cells; a subprocessor list is not this large").arg(maxCells);
        return result;
    }
    if (parse.stop == importer::CsvParse::Stop::TooManyRows) {
        result.error = Tr::tr("more than %n rows; a subprocessor list is not this long", nullptr, maxRows);
        return result;
    }
    if (parse.unclosedQuoteLine > 0)
        result.notes.append(
            Tr::tr("line %1: a quoted cell is not closed; read to the end of the file").arg(parse.unclosedQuoteLine));
    if (parse.records.isEmpty())
        return result;
    RawTable table;
    table.header = parse.records.takeFirst();
    parse.lines.removeFirst();
    table.rows = parse.records;
    table.lines = parse.lines;
    result.tables.append(table);
    return result;
}

} // namespace ropa::subprocessors
