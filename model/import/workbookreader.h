#pragma once

// Reading a register a user brings: the format told by the file's content (a ZIP package that
// is XLSX or ODS, an OLE compound file that is an old .xls or a password-protected workbook,
// otherwise CSV text), each refused with a message that says what to do.

#include "import/sheet.h"

#include <QByteArray>
#include <QString>

namespace ropa::importer {

// fileName: for the CSV sheet's name and the message; may be empty.
Workbook readWorkbook(const QByteArray &bytes, const QString &fileName, const Limits &limits = {});
// Reads a file; a file that cannot be opened or is over the size limit gives an error.
Workbook readWorkbookFile(const QString &path, const Limits &limits = {});

} // namespace ropa::importer
