#pragma once

// Writers over the one Report (report.h). None of them adds content; each only lays it out
// and escapes it for its format:
//   HTML      every field through toHtmlEscaped; a Content-Security-Policy that loads nothing
//   PDF       laid out and drawn by hand (pagedwriter.cpp): text only ever goes into a
//             QTextLayout as plain text, so nothing in it is markup and nothing is loaded
//   ODT       content.xml written from the report with QXmlStreamWriter (odtcontent.h), which
//             escapes every field; packaged with libzip (odtpackage.h)
//   Markdown  every Markdown/HTML special character backslash-escaped
//   CSV       RFC 4180 quoting; spreadsheet-safe by default (a cell starting with
//             = + - @ TAB CR LF gets a leading ')
//   XLSX      text only through worksheet_write_string; literal _xHHHH_ pre-escaped; text over
//             32,767 characters cut with a visible marker; every return code checked
// Files are written atomically: a temporary file, then a rename over the target; a failure
// leaves the target as it was and returns a readable message.

#include "report.h"

#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QPicture>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QPagedPaintDevice;

namespace ropa::reports {

enum class Format { Xlsx, Pdf, Html, Odt, Csv, Markdown };

QString formatKey(Format format);                     // "xlsx", "pdf", "html", "odt", "csv", "md"
std::optional<Format> formatFromKey(QStringView key); // also accepts "markdown"
QString formatSuffix(Format format);                  // "xlsx", ..., "md"
QList<Format> allFormats();
// PDF and ODT lay text out with fonts: they need a QGuiApplication.
bool formatNeedsGui(Format format);

struct CsvOptions
{
    bool raw = false;                         // true: no formula neutralisation
    bool bom = false;                         // true: start with a UTF-8 byte order mark (Excel)
    QString table = QStringLiteral("record"); // which table: one table per file
};

// A figure for the appendix of the paged record (the dashboard's charts): a title and a
// vector picture (preferred) or an image, drawn on a page of its own, scaled to fit.
struct Figure
{
    QString title;
    QPicture picture;
    QImage image;
};

struct PagedOptions
{
    // Appendix pages after the record's sections, listed in the contents. Empty: none.
    QList<Figure> appendix;
    // Threads that lay out the text (the calling thread included; the pages are drawn on the
    // calling thread). 0: one per core, at most 4.
    int layoutThreads = 0;
    // Called on the drawing thread after each page with the pages drawn and the page count;
    // returning false stops the drawing (the writer returns an error). Empty: none.
    std::function<bool(int done, int total)> progress;
};

struct WriteOptions
{
    CsvOptions csv;
    PagedOptions paged; // PDF
};

enum class HtmlFlavour {
    Browser,  // one self-contained, printable file
    RichText, // the subset QTextDocument understands (the Records view's preview)
};

// sectionPages: for RichText, the page of each section, shown in the contents (PDF).
QString toHtml(const Report &report, HtmlFlavour flavour = HtmlFlavour::Browser, const QList<int> &sectionPages = {});
QByteArray toMarkdown(const Report &report);
QByteArray toCsv(const Table &table, const QString &notStatedText, const CsvOptions &options = {});

// One CSV cell's text: spreadsheet-safe unless raw (without the RFC 4180 quoting).
QString csvText(const QString &text, bool raw);
// One XLSX cell's text: _xHHHH_ escaped, cut to 32,767 characters with a marker.
QString xlsxText(const QString &text);
inline constexpr int XlsxMaxCellChars = 32767;
// Text over XlsxMaxCellChars cut, with the marker " […] [cut: the text has N characters; …]"
// (XLSX and PDF cells).
QString cutCellText(const QString &text);

// Lays the record out on pages: cover and contents with page numbers, the sections one after
// the other (tables whose rows break across pages, header row repeated), the appendix; header
// with organisation and date, "Page X of N" in the footer. Used for PDF and for printing.
// Returns an error or empty.
QString renderPaged(const Report &report, QPagedPaintDevice *device, const PagedOptions &options = {});

// The bytes of a file, or an error in *error.
QByteArray toPdf(const Report &report, QString *error, const PagedOptions &options = {});

// The paged writer's column widths for a table that is width wide (device units), with the
// header's font and a cell's horizontal padding: by the columns' hints and how much text each
// holds, none narrower than the longest word of its title or (up to a tenth of the table) of
// its cells (in cellFont; null: the header's), none wider than its longest line needs
// (notStated: the text of a cell that states nothing) unless every column is. When the titles'
// words cannot all be whole, only the longest are broken; *wordsWhole (if given) says whether
// every word has its room. Exposed for tests.
std::vector<float> columnWidths(const Table &t, float width, const QFont &headerFont, float padX,
                                const QString &notStated = {}, const QFont *cellFont = nullptr,
                                bool *wordsWhole = nullptr);
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
