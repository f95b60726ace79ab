#pragma once

// The readers of each format a subprocessor list comes in. Each finds tables (or, for plain
// text, rows) in decoded text and stops with an error at the limits of subprocessorlist.h.

#include "subprocessors/rawtable.h"

#include <QByteArray>

namespace ropa::subprocessors {

// RFC 4180 CSV: quoted cells with doubled quotes and line breaks, CRLF or LF; the separator
// (comma, semicolon or tab) is the one the first line has most of outside quotes.
RawRead readCsv(const QString &text);
// Markdown pipe tables (a heading row, a separator row of dashes, then rows); several tables
// per file, each titled by the nearest heading or text line above it; <br> becomes a line break.
RawRead readMarkdown(const QString &text);
// HTML tables found by a tolerant tag scanner: <tr>, <th>, <td>, <br>, <caption>, headings
// above as the title, entities decoded; script and style content dropped, never run.
RawRead readHtml(const QString &text);
// Plain text copied from a page: one subprocessor per line ("Name – purpose – location", or
// tab-separated), or per block of lines separated by blank lines (name, then purpose, location).
RawRead readPlainText(const QString &text);

// An XLSX or ODS workbook (import/workbookreader.h): each sheet with a heading row is a table,
// titled by the sheet's name when there are several. *text receives the cells, a row per line
// with tabs between cells (kept as the list's document); *format "xlsx" or "ods".
RawRead readWorkbookTables(const QByteArray &bytes, const QString &fileName, QString *text, QString *format);

// Decodes HTML character references (&amp; &nbsp; &#233; &#x2013; and the common named ones).
QString decodeEntities(QStringView text);

} // namespace ropa::subprocessors
