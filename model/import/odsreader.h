#pragma once

// ODS (OpenDocument spreadsheets) through libzip and QXmlStreamReader: content.xml streamed,
// repeated rows and cells expanded only where data follows them (a sheet of 1,048,576 empty
// rows costs nothing), and bounded by the row and column limits.

#include "import/zippackage.h"

namespace ropa::importer {

Workbook readOds(ZipPackage &package, const Limits &limits);

} // namespace ropa::importer
