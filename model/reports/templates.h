#pragma once

// The register templates Ropa writes besides its own record (docs/import.md): the ICO's
// controller template (XLSX) and the CNIL's register (ODS or XLSX), from the project's
// controller record, so a DPO can hand the register on in the form an authority knows, and
// read it back (import/templates.h).

#include "domain/projectdata.h"
#include "templatebook.h"

#include <QList>
#include <QString>

#include <optional>

namespace ropa::reports {

enum class TemplateFormat { IcoXlsx, CnilOds, CnilXlsx };

QString templateFormatKey(TemplateFormat format); // "ico-xlsx", "cnil-ods", "cnil-xlsx"
std::optional<TemplateFormat> templateFormatFromKey(QStringView key);
QString templateFormatSuffix(TemplateFormat format); // "xlsx", "ods"
QList<TemplateFormat> allTemplateFormats();

// The layouts, as grids (templatebook.h).
TemplateBook icoTemplate(const ProjectData &data);
TemplateBook cnilTemplate(const ProjectData &data);

// Writes the template of data in format to path, atomically. Returns an error, or empty.
QString writeTemplate(const ProjectData &data, TemplateFormat format, const QString &path);

// One retention rule as a line of a template's cell: as written, else the duration in words
// ("7 years", "7 years after end of contract").
QString retentionLine(const QString &text, const QString &duration, const QString &trigger);

} // namespace ropa::reports
