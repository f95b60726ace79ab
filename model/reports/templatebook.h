#pragma once

// A register template laid out as a grid, before any file format: sheets of rows of texts,
// bold cells (labels and headings), merged ranges and column widths. The ICO's and the CNIL's
// layouts (templates.h) are built as one; templatexlsx.cpp and templateods.cpp write it.

#include <QList>
#include <QString>
#include <QStringList>

namespace ropa::reports {

struct TemplateCell
{
    QString text;
    bool bold = false;
};

struct TemplateMerge
{
    int row = 0; // 0-based, inclusive
    int column = 0;
    int lastRow = 0;
    int lastColumn = 0;
};

struct TemplateSheet
{
    QString name; // unique in the book, at most 31 characters, none of []:*?/\ (Excel's rules)
    QList<QList<TemplateCell>> rows;
    QList<TemplateMerge> merges;
    QList<int> widths; // characters, by column; missing: the default
    int frozenRows = 0;

    // The cell at (row, column), the grid grown to hold it.
    TemplateCell &at(int row, int column);
};

struct TemplateBook
{
    QList<TemplateSheet> sheets;
    // A sheet name made safe and unique among those already in the book.
    QString uniqueSheetName(const QString &wanted) const;
};

// The book as an XLSX workbook (libxlsxwriter; text only through worksheet_write_string), or
// an empty array and a readable *error.
QByteArray templateToXlsx(const TemplateBook &book, QString *error);
// The book as an OpenDocument spreadsheet (content.xml with QXmlStreamWriter, packaged with
// libzip through writeOdfPackage), or an empty array and a readable *error.
QByteArray templateToOds(const TemplateBook &book, QString *error);

} // namespace ropa::reports
