#pragma once

// How a sheet of a register is read: which row holds the headings, which column goes to
// which field, and how a cell with several values is split. Found from the sheet itself
// (detectMapping), corrected by the user, and saved to and loaded from a JSON file so the
// same register can be imported again the same way.

#include "import/fields.h"
#include "import/sheet.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ropa::importer {

// How a cell of a list field is split into values.
struct SplitRules
{
    bool newLines = true;
    bool semicolons = true;
    bool commas = true;
    bool bullets = true; // a line that starts with •, -, *, · or – is one value, the bullet dropped
    friend bool operator==(const SplitRules &, const SplitRules &) = default;
};

struct ColumnField
{
    int column = 0; // 0-based
    QString heading;
    Field field = Field::Ignore;
    friend bool operator==(const ColumnField &, const ColumnField &) = default;
};

// A value the user resolved once for all its occurrences: `value` (as written, compared with
// case and accents ignored) in a column of `field` reads as `as`, which is resolved the usual
// way ("See policy" as "consent"; "Worldwide" as "US, IN"; an empty `as`: deliberately
// nothing).
struct ValueMapping
{
    Field field = Field::Ignore;
    QString value;
    QString as;
    friend bool operator==(const ValueMapping &, const ValueMapping &) = default;
};

struct Mapping
{
    QString sheet;       // empty: the first sheet
    int headingRow = -1; // 0-based; -1: find it
    // 2 when headings span two rows: a heading merged across columns over the sub-headings
    // of each ("Recipients" over "Internal" and "Processors"). The data starts below them.
    int headingRows = 1;
    QList<ColumnField> columns;
    SplitRules split;
    QList<ValueMapping> values;

    // The columns mapped to field, in sheet order.
    QList<int> columnsOf(Field field) const;
    // What the user said `value` of `field` reads as, if anything.
    std::optional<QString> valueFor(Field field, const QString &value) const;
    // The first row of data (0-based).
    int firstDataRow() const { return headingRow + headingRows; }
    // {"version": 1, "sheet", "heading_row" (1-based), "heading_rows", "columns": [{"column":
    // "A", "heading", "field"}], "split": ["new_lines", "semicolons", "commas", "bullets"],
    // "values": [{"field", "value", "as"}]}
    QByteArray toJson() const;
    static std::optional<Mapping> fromJson(const QByteArray &json, QString *error);
    friend bool operator==(const Mapping &, const Mapping &) = default;
};

// The heading row: within the first 50 rows, the first whose non-empty cells mostly (at least
// two, and at least half) name a field; else the row that names most; -1 when none names two.
int findHeadingRow(const Sheet &sheet);
// The mapping the headings give: the heading row found (or headingRow if given) and each
// column's field from its heading. A heading merged across columns with sub-headings below
// makes a two-row heading: each of those columns is named by its sub-heading, or by both
// when the sub-heading alone names no field. Columns without a heading are left out.
Mapping detectMapping(const Sheet &sheet, int headingRow = -1);

// The values of a cell, split by the rules and trimmed; empty values dropped.
QStringList splitCell(const QString &cell, const SplitRules &rules);

} // namespace ropa::importer
