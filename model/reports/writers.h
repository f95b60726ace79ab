#pragma once

// Writers over the one Report (report.h). None of them adds content; each only lays it out
// and escapes it for its format:
//   HTML      every field through toHtmlEscaped; a Content-Security-Policy that loads nothing
//   PDF, ODT  the rich-text HTML in a SafeTextDocument (loads no file: or network resource)
//   Markdown  every Markdown/HTML special character backslash-escaped
//   CSV       RFC 4180 quoting; spreadsheet-safe by default (a cell starting with
//             = + - @ TAB CR LF gets a leading ')
//   XLSX      text only through worksheet_write_string; literal _xHHHH_ pre-escaped; text over
//             32,767 characters cut with a visible marker; every return code checked
// Files are written atomically: a temporary file, then a rename over the target; a failure
// leaves the target as it was and returns a readable message.

#include "report.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace ropa::reports {

enum class Format { Xlsx, Pdf, Html, Odt, Csv, Markdown };

QString formatKey(Format format);                       // "xlsx", "pdf", "html", "odt", "csv", "md"
std::optional<Format> formatFromKey(QStringView key);   // also accepts "markdown"
QString formatSuffix(Format format);                    // "xlsx", ..., "md"
QList<Format> allFormats();
// PDF and ODT lay text out with fonts: they need a QGuiApplication.
bool formatNeedsGui(Format format);

struct CsvOptions
{
    bool raw = false;       // true: no formula neutralisation
    bool bom = false;       // true: start with a UTF-8 byte order mark (Excel)
    QString table = QStringLiteral("record"); // which table: one table per file
};

struct WriteOptions
{
    CsvOptions csv;
};

enum class HtmlFlavour {
    Browser,   // one self-contained, printable file
    RichText,  // the subset QTextDocument understands (preview, PDF, ODT)
};

// sectionPages: for RichText, the page of each section, shown in the contents (PDF).
QString toHtml(const Report &report, HtmlFlavour flavour = HtmlFlavour::Browser,
               const QList<int> &sectionPages = {});
// The rich text in parts, each starting on a new page: the cover with the contents, and
// each section. The paged writer lays them out one by one (faster than one document).
QString richTextCover(const Report &report, const QList<int> &sectionPages = {});
QString richTextSection(const Report &report, qsizetype section);
QByteArray toMarkdown(const Report &report);
QByteArray toCsv(const Table &table, const QString &notStatedText, const CsvOptions &options = {});

// One CSV cell's text: spreadsheet-safe unless raw (without the RFC 4180 quoting).
QString csvText(const QString &text, bool raw);
// One XLSX cell's text: _xHHHH_ escaped, cut to 32,767 characters with a marker.
QString xlsxText(const QString &text);
inline constexpr int XlsxMaxCellChars = 32767;

// Lays the record out on pages: cover, contents, sections; header with organisation and
// date, page numbers in the footer. Used for PDF and for printing. Returns an error or empty.
QString renderPaged(const Report &report, QPagedPaintDevice *device);

// The bytes of a file, or an error in *error.
QByteArray toPdf(const Report &report, QString *error);
QByteArray toOdt(const Report &report, QString *error);
QByteArray toXlsx(const Report &report, QString *error);
// libxlsxwriter straight to path, not atomic (toXlsx uses it in a private temporary folder).
// Returns a readable error built from libxlsxwriter's return codes, or empty.
QString buildXlsxFile(const Report &report, const QString &path);

// Writes the report in a format to path, atomically. Returns an error message, or empty.
// For CSV, options.csv.table chooses the table.
QString writeReport(const Report &report, Format format, const QString &path, const WriteOptions &options = {});
// Writes bytes to path through a temporary file and a rename. Returns an error or empty.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace ropa::reports
