#pragma once

// A CSV file as a workbook of one sheet: the encoding and separator detected and reported.

#include "import/sheet.h"

#include <QByteArray>

namespace ropa::importer {

// sheetName: the name the one sheet gets (the file's base name).
Workbook readCsvWorkbook(const QByteArray &bytes, const QString &sheetName, const Limits &limits = {});

} // namespace ropa::importer
