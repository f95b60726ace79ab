#pragma once

// XLSX (Office Open XML spreadsheets) through libzip and QXmlStreamReader. Each worksheet's
// XML is streamed; only the shared strings and the styles are held whole. Formulas are read
// as the value Excel cached, never evaluated.

#include "import/zippackage.h"

namespace ropa::importer {

Workbook readXlsx(ZipPackage &package, const Limits &limits);

} // namespace ropa::importer
