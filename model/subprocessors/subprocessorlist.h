#pragma once

// A vendor's published list of subprocessors as read from a file (CSV, Markdown, HTML or plain
// text), each row resolved: a name key for matching and the location as ISO country codes.

#include <QList>
#include <QString>
#include <QStringList>

namespace ropa::subprocessors {

// The limits that turn a hostile or broken file into a message instead of a hang. Published lists
// have tens to a few hundred rows and cells of a few lines: a list of 100,000 rows or a cell of
// 10 MB is not one.
inline constexpr int maxRows = 10000;
inline constexpr qsizetype maxCellChars = 1000000;
inline constexpr qint64 maxCells = 1000000; // CSV: 10,000 rows of 100 columns

struct SubprocessorRow
{
    // As read (cells trimmed, line breaks inside a cell kept as "\n").
    QString name;
    QString purpose;
    QString location;          // where the data is processed: the transfer's destination
    QString corporateLocation; // the party's own country
    QString dataShared;
    QString safeguards;
    QString link;
    QString table; // the heading or caption of the table the row came from, if any
    int line = 0;  // 1-based line of the source where the row starts

    // Resolved.
    QString key;                    // the name for matching (see nameKey())
    QStringList countries;          // ISO 3166-1 alpha-2 codes, and "EU" / "EEA" for regions, in order read
    QStringList unresolved;         // parts of the location cell that name no country or region
    bool locationNotStated = false; // empty, "Global", "Worldwide": not stated, never "no transfer"
};

struct SubprocessorList
{
    QString format; // "csv", "markdown", "html", "text"
    QList<SubprocessorRow> rows;
    QStringList notes; // what was not understood, one readable line each
    QString error;     // set when nothing could be read: the list is unusable
    QString text;      // the text it was read from, decoded (kept as the snapshot's document)

    bool ok() const { return error.isEmpty(); }
};

} // namespace ropa::subprocessors
