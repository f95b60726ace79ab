#pragma once

// A workbook as the import readers find it (CSV, XLSX, ODS), before any column means anything:
// sheets of rows of cells, each cell a text with the type the file gave it, and the merged
// ranges. Dates are ISO 8601 text ("2024-03-01"), numbers as written in the file ("12.5"),
// booleans "true"/"false".

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ropa::importer {

// The translatable texts of the import readers, mapping and resolution (context "ropa::importer").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::importer)
};

enum class CellType { Empty, String, Number, Date, Boolean };

struct Cell
{
    QString text;
    CellType type = CellType::Empty;
    friend bool operator==(const Cell &, const Cell &) = default;
};

// A merged range, 0-based and inclusive. The value is in the top-left cell.
struct Merge
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
    friend bool operator==(const Merge &, const Merge &) = default;
};

struct Sheet
{
    QString name;
    QList<QList<Cell>> rows; // trailing empty rows and cells dropped
    QList<Merge> merges;
    QList<int> lines; // CSV only: the 1-based line each row starts on

    // The cell at (row, column), or an empty one outside the sheet.
    Cell cell(int row, int column) const;
    // The text at (row, column); a cell covered by a merge reads the merge's top-left value.
    QString text(int row, int column) const;
    int columnCount() const;
};

// The limits that turn a hostile or broken file into a message instead of a hang or an
// exhausted memory. A register of a few thousand activities is far below each.
struct Limits
{
    qint64 maxFileBytes = 200LL * 1024 * 1024;
    qint64 maxUncompressedBytes = 1024LL * 1024 * 1024; // all entries of a package together
    qint64 maxEntryBytes = 512LL * 1024 * 1024;         // one entry of a package
    // An entry that unpacks to more than this many times its packed size (above 1 MB) is a
    // ZIP bomb, not a spreadsheet: real sheet XML packs about 10 to 1.
    int maxRatio = 200;
    int maxRows = 100000;
    int maxColumns = 16384;
    qsizetype maxCellChars = 1000000;
    // Cells held, empty ones between values included, in all sheets together: a register of
    // 100,000 rows and 20 columns. A few bytes of XML can ask for a cell at XFD1048576.
    qint64 maxCells = 2000000;
    // Merged ranges per sheet (a lookup of a merged cell's value walks them).
    int maxMerges = 10000;
};

struct Workbook
{
    QString format;   // "csv", "xlsx", "ods"
    QString encoding; // CSV: "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QChar separator;  // CSV: ',', ';' or '\t'
    QList<Sheet> sheets;
    QStringList notes; // what was read differently or skipped, readable
    QString error;     // set when the file cannot be read: nothing is usable

    bool ok() const { return error.isEmpty(); }
    // The sheet of that name (case ignored), or the first one when name is empty; null if none.
    const Sheet *sheet(const QString &name = QString()) const;
};

// The messages of the limits on cells and merged ranges.
QString tooManyCellsMessage(const Limits &limits);
QString tooManyMergesMessage(const QString &sheet, const Limits &limits);

// "A1" style reference of a 0-based row and column, for messages.
QString cellReference(int row, int column);

} // namespace ropa::importer
