#pragma once

// Reading the register templates Ropa also writes (reports/templates.h): the ICO's controller
// template, the CNIL's register (a sheet per activity) and Ropa's own XLSX record. Their
// mapping is fixed by the template, never guessed from the headings; the values are then
// resolved like any register's (importplan.h), and every value that is not is listed.

#include "import/importplan.h"
#include "import/sheet.h"

#include <QString>

#include <optional>

namespace ropa::importer {

enum class Template { Ico, Cnil, RopaXlsx };

QString templateKey(Template t); // "ico", "cnil", "ropa-xlsx"
std::optional<Template> templateFromKey(QStringView key);
QString templateName(Template t); // readable: "the ICO's controller template"

// The template a workbook is in, from its structure: the ICO's headings under a header block,
// the CNIL's activity sheets of labelled rows, Ropa's record sheet with its recipients and
// retention sheets. None: a register of its own, read with a mapping.
std::optional<Template> detectTemplate(const Workbook &book);

struct TemplateImport
{
    ImportPlan plan;
    QString sheet;      // the sheet read; the CNIL's: the activity sheets, comma-separated
    Mapping mapping;    // the ICO's: the fixed mapping of its sheet; the others: empty
    QString controller; // as the header block or cover sheet names it; empty: not stated
    QString error;      // the workbook is not in that template
};

// One activity per row (ICO, Ropa XLSX) or per sheet (CNIL). Each activity's controller is the
// one the header block or cover names, so the project's own party is named after it. values:
// what the user said values read as (Mapping::values), applied as in any register.
TemplateImport readTemplate(Template t, const Workbook &book, const QList<ValueMapping> &values = {});

// The readers, each in its own file.
TemplateImport readIcoTemplate(const Workbook &book, const QList<ValueMapping> &values = {});
TemplateImport readCnilTemplate(const Workbook &book, const QList<ValueMapping> &values = {});
TemplateImport readRopaXlsx(const Workbook &book, const QList<ValueMapping> &values = {});
bool looksLikeIco(const Workbook &book);
// The ICO's fixed mapping of the workbook's template sheet (for the window to show), or none.
std::optional<Mapping> icoMapping(const Workbook &book);
bool looksLikeCnil(const Workbook &book);
bool looksLikeRopaXlsx(const Workbook &book);

} // namespace ropa::importer
