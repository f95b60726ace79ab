#pragma once

// RFC 4180 CSV as spreadsheets write it: quoted cells with doubled quotes and line breaks
// inside, CRLF or LF, a separator of comma, semicolon or tab. Shared by the register import
// (csvreader.h) and the subprocessor-list reader (model/subprocessors), which put their own
// limits and messages on it.

#include <QList>
#include <QString>
#include <QStringList>

namespace ropa::importer {

// The separator the first record has most of outside quotes (comma when none).
QChar detectSeparator(const QString &text);

struct CsvParse
{
    enum class Stop { None, CellTooLong, TooManyRows, TooManyCells };
    QList<QStringList> records; // blank lines skipped
    QList<int> lines;           // 1-based line each record starts on
    Stop stop = Stop::None;     // a limit was hit at stopLine: records is incomplete
    int stopLine = 0;
    int unclosedQuoteLine = 0; // a quoted cell that runs to the end of the text starts here (0: none)
};

// Cells outside quotes are trimmed; quoted cells are kept as written (CR dropped, LF kept).
// Stops at a cell over maxCellChars, at more than maxRecords records or more than maxCells
// cells in all (a line of a million separators is a million cells).
CsvParse parseCsv(const QString &text, QChar separator, qsizetype maxCellChars, int maxRecords, qint64 maxCells);

} // namespace ropa::importer
