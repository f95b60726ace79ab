#pragma once

// Writing a project's activities as the JSON export of the Dutch government's register (AVG
// Register Rijksoverheid, IMPORT-FORMATS.md section 2), so a DPO can move a record back:
// controller activities as controller records, processor activities as processor records, in
// the order of their reference and name, UTF-8 with a BOM as the register writes it. What the
// format cannot hold is left out (docs/import.md says what); reading the file back with
// avgregisterreader.h gives the same inventory as far as the format holds it.

#include "domain/projectdata.h"

#include <QByteArray>

namespace ropa::importer {

QByteArray writeAvgRegister(const ProjectData &data);

} // namespace ropa::importer
