#include "import/odsreader.h"

#include "import/xmlguard.h"

namespace ropa::importer {

namespace {

struct OdsReader
{
    QXmlStreamReader &xml;
    XmlGuard &guard;
    const Limits &limits;
    QString error;
    qint64 cellCount = 0; // held in all tables read so far

    bool holdMore(qint64 more)
    {
        cellCount += more;
        if (cellCount > limits.maxCells)
            error = tooManyCellsMessage(limits);
        return error.isEmpty();
    }

    qint64 count(QStringView attribute) const
    {
        bool ok = false;
        const qint64 n = guard.attribute(attribute).toLongLong(&ok);
        return ok && n > 0 ? n : 1;
    }

    // The paragraphs of a cell, joined with line breaks; spaces, tabs and line breaks of the
    // text elements kept; annotations (comments) left out.
    bool readCellText(QString *text)
    {
        int depth = 1;
        int paragraphs = 0;
        while (depth > 0) {
            const QXmlStreamReader::TokenType token = guard.next();
            if (token == QXmlStreamReader::Invalid || xml.atEnd())
                return false;
            if (token == QXmlStreamReader::StartElement) {
                const QStringView name = xml.name();
                if (name == u"annotation") {
                    xml.skipCurrentElement();
                    continue;
                }
                ++depth;
                if (name == u"p" || name == u"h") {
                    if (paragraphs++ > 0)
                        text->append(u'\n');
                } else if (name == u"s") {
                    text->append(QString(int(std::min<qint64>(count(u"c"), 1000)), u' '));
                } else if (name == u"tab") {
                    text->append(u'\t');
                } else if (name == u"line-break") {
                    text->append(u'\n');
                }
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            } else if (token == QXmlStreamReader::Characters) {
                text->append(xml.text());
            }
            if (text->size() > limits.maxCellChars) {
                error = Tr::tr("content.xml has a cell longer than %1 characters; a register's cell is not this long")
                            .arg(limits.maxCellChars);
                return false;
            }
        }
        return true;
    }

    Cell readCell(bool covered)
    {
        const QString type = guard.attribute(u"value-type");
        Cell cell;
        if (type == u"float" || type == u"percentage" || type == u"currency") {
            cell = {guard.attribute(u"value"), CellType::Number};
        } else if (type == u"date") {
            QString date = guard.attribute(u"date-value");
            if (date.endsWith(QStringLiteral("T00:00:00")))
                date.truncate(10);
            cell = {date, CellType::Date};
        } else if (type == u"boolean") {
            cell = {guard.attribute(u"boolean-value"), CellType::Boolean};
        }
        QString text;
        if (!readCellText(&text))
            return {};
        if (cell.type == CellType::Empty && !covered && !text.isEmpty())
            cell = {text, CellType::String};
        if (cell.text.isEmpty())
            cell = {};
        return cell;
    }

    bool tooMany(const Sheet &sheet, qint64 rows, qint64 columns)
    {
        if (rows > limits.maxRows)
            error = Tr::tr("the sheet “%1” has data in row %2; Ropa imports at most %3 rows of a register")
                        .arg(sheet.name)
                        .arg(rows)
                        .arg(limits.maxRows);
        else if (columns > limits.maxColumns)
            error = Tr::tr("the sheet “%1” has data in column %2; Ropa imports at most %3 columns")
                        .arg(sheet.name)
                        .arg(columns)
                        .arg(limits.maxColumns);
        return !error.isEmpty();
    }

    // Reads one <table:table>; the reader is on its start element.
    bool readTable(Sheet &sheet)
    {
        qint64 pendingRows = 0; // empty rows not yet added: only added when data follows
        while (!guard.atEnd()) {
            const QXmlStreamReader::TokenType token = guard.next();
            if (token == QXmlStreamReader::EndElement && xml.name() == u"table")
                return true;
            if (token != QXmlStreamReader::StartElement || xml.name() != u"table-row")
                continue;
            const qint64 rowRepeat = count(u"number-rows-repeated");
            QList<Cell> cells;
            qint64 pendingCells = 0;
            while (!guard.atEnd()) {
                const QXmlStreamReader::TokenType t = guard.next();
                if (t == QXmlStreamReader::EndElement && xml.name() == u"table-row")
                    break;
                if (t != QXmlStreamReader::StartElement)
                    continue;
                const bool covered = xml.name() == u"covered-table-cell";
                if (!covered && xml.name() != u"table-cell") {
                    xml.skipCurrentElement();
                    continue;
                }
                const qint64 repeat = count(u"number-columns-repeated");
                const qint64 spanColumns = count(u"number-columns-spanned");
                const qint64 spanRows = count(u"number-rows-spanned");
                const Cell cell = readCell(covered);
                if (!error.isEmpty() || !guard.error().isEmpty())
                    return false;
                const qint64 column = cells.size() + pendingCells;
                const qint64 row = sheet.rows.size() + pendingRows;
                if (!covered && (spanColumns > 1 || spanRows > 1) && column < limits.maxColumns &&
                    row < limits.maxRows) {
                    if (sheet.merges.size() >= limits.maxMerges) {
                        error = tooManyMergesMessage(sheet.name, limits);
                        return false;
                    }
                    sheet.merges.append({int(row), int(column),
                                         int(std::min<qint64>(row + spanRows - 1, limits.maxRows)),
                                         int(std::min<qint64>(column + spanColumns - 1, limits.maxColumns))});
                }
                if (cell.type == CellType::Empty) {
                    pendingCells += repeat;
                    continue;
                }
                if (tooMany(sheet, row + 1, column + repeat) || !holdMore(pendingCells + repeat))
                    return false;
                cells.resize(cells.size() + pendingCells);
                pendingCells = 0;
                for (qint64 i = 0; i < repeat; ++i)
                    cells.append(cell);
            }
            if (cells.isEmpty()) {
                pendingRows += rowRepeat;
                continue;
            }
            if (tooMany(sheet, sheet.rows.size() + pendingRows + rowRepeat, 0) ||
                !holdMore(cells.size() * (rowRepeat - 1)))
                return false;
            sheet.rows.resize(sheet.rows.size() + pendingRows);
            pendingRows = 0;
            for (qint64 i = 0; i < rowRepeat; ++i)
                sheet.rows.append(cells);
        }
        return false;
    }
};

} // namespace

Workbook readOds(ZipPackage &package, const Limits &limits)
{
    Workbook book;
    book.format = QStringLiteral("ods");
    const QString part = QStringLiteral("content.xml");
    const std::unique_ptr<QIODevice> device = package.open(part);
    if (!device) {
        book.error = Tr::tr("this is not an ODS spreadsheet (it has no content.xml)");
        return book;
    }
    QXmlStreamReader xml(device.get());
    XmlGuard guard(xml, part, limits.maxCellChars);
    OdsReader reader{xml, guard, limits, {}};
    while (!guard.atEnd()) {
        if (guard.next() != QXmlStreamReader::StartElement || xml.name() != u"table")
            continue;
        Sheet sheet;
        sheet.name = guard.attribute(u"name");
        if (!reader.readTable(sheet))
            break;
        book.sheets.append(std::move(sheet));
    }
    QString why = package.limitError();
    if (why.isEmpty())
        why = reader.error;
    if (why.isEmpty())
        why = guard.error();
    if (!why.isEmpty()) {
        book.error = why;
        book.sheets.clear();
    } else if (book.sheets.isEmpty()) {
        book.error = Tr::tr("the spreadsheet has no table");
    }
    return book;
}

} // namespace ropa::importer
