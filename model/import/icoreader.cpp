// Reading the ICO's controller template (icolayout.h): the heading row found by the ICO's own
// headings (at least five of them in one row, "Business function" among them, within the
// first 30), each column by its
// heading, so an added column, a missing one or group headings merged above do not matter;
// blank rows, guidance left empty, are skipped. The controller comes from the header block.

#include "import/icolayout.h"
#include "import/templates.h"

#include "subprocessors/resolve.h"

namespace ropa::importer {

namespace {

constexpr int minimumHeadings = 5;
constexpr int rowsSearched = 30;

struct Found
{
    const Sheet *sheet = nullptr;
    int headingRow = -1;
};

Found findHeadings(const Workbook &book)
{
    for (const Sheet &sheet : book.sheets) {
        const int rows = std::min(int(sheet.rows.size()), rowsSearched);
        for (int r = 0; r < rows; ++r) {
            int named = 0;
            bool businessFunction = false; // the template's first column, which names the activity
            for (int c = 0; c < sheet.rows.at(r).size(); ++c) {
                const int index = ico::columnOfHeading(sheet.cell(r, c).text);
                named += index >= 0 ? 1 : 0;
                businessFunction = businessFunction || index == 0;
            }
            if (businessFunction && named >= minimumHeadings)
                return {&sheet, r};
        }
    }
    return {};
}

// The controller's name in the block above the headings: the row labelled "Controller", in
// the column labelled "Name" (else the first filled cell after the label).
QString controllerName(const Sheet &sheet, int headingRow)
{
    int nameColumn = -1;
    for (int r = 0; r < headingRow; ++r) {
        for (int c = 0; c < sheet.columnCount(); ++c) {
            const QString folded = subprocessors::foldText(sheet.text(r, c).trimmed());
            if (nameColumn < 0 && folded == u"name")
                nameColumn = c;
            if (!folded.startsWith(u"controller") && !folded.startsWith(u"name of controller") &&
                !folded.startsWith(u"data controller"))
                continue;
            if (nameColumn > c && !sheet.text(r, nameColumn).trimmed().isEmpty())
                return sheet.text(r, nameColumn).simplified();
            for (int v = c + 1; v < sheet.columnCount(); ++v) {
                if (!sheet.text(r, v).trimmed().isEmpty())
                    return sheet.text(r, v).simplified();
            }
        }
    }
    return {};
}

} // namespace

bool looksLikeIco(const Workbook &book)
{
    return findHeadings(book).sheet != nullptr;
}

std::optional<Mapping> icoMapping(const Workbook &book)
{
    const Found found = findHeadings(book);
    if (!found.sheet)
        return std::nullopt;
    const Sheet &sheet = *found.sheet;
    Mapping mapping;
    mapping.sheet = sheet.name;
    mapping.headingRow = found.headingRow;
    // One value a line (as the template is written), or between semicolons and bullets; a comma
    // stays part of a name ("Name, address and telephone").
    mapping.split = {true, true, false, true};
    for (int c = 0; c < sheet.rows.at(found.headingRow).size(); ++c) {
        const QString heading = sheet.cell(found.headingRow, c).text.simplified();
        const int index = ico::columnOfHeading(heading);
        if (index >= 0)
            mapping.columns.append({c, heading, ico::columns().at(index).field});
    }
    return mapping;
}

TemplateImport readIcoTemplate(const Workbook &book, const QList<ValueMapping> &values)
{
    TemplateImport result;
    const std::optional<Mapping> fixed = icoMapping(book);
    if (!fixed) {
        result.error = Tr::tr("no sheet has the headings of the ICO's controller template (“Business function”, "
                              "“Purpose of processing”, “Categories of individuals”, …)");
        return result;
    }
    result.mapping = *fixed;
    result.mapping.values = values;
    const Sheet &sheet = *book.sheet(fixed->sheet);
    const Mapping &mapping = result.mapping;
    result.sheet = sheet.name;
    result.controller = controllerName(sheet, mapping.headingRow);
    result.plan = planImport(sheet, mapping, {true});
    for (ActivityDraft &a : result.plan.activities) {
        if (a.controller.isEmpty())
            a.controller = result.controller;
    }
    return result;
}

} // namespace ropa::importer
