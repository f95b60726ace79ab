#pragma once

// What the test_reports_* executables share: the record built for a fixed date, files read
// back (the XLSX through openpyxl), and the tools the tests look for.

#include "reports/reportbuilder.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ropa::test {

// The date every record in these tests is made on.
inline const QDate fixedDate(2026, 1, 2);

reports::Report build(const ProjectData &d, reports::RecordType type, const reports::Scope &scope = {});

QByteArray readAll(const QString &path);

// Debian's python3, where python3-openpyxl is installed (a pyenv shim may come first on PATH).
QString python();

// The workbook as tests/reports/read_xlsx.py reads it with openpyxl; empty when it cannot.
QJsonObject readXlsx(const QString &path);
QJsonArray sheetRows(const QJsonObject &book, const QString &name);

// The text without any white space (pdftotext breaks lines where the layout does).
QString squeeze(QString s);

bool havePdftotext();

} // namespace ropa::test
