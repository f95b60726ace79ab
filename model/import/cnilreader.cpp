// Reading the CNIL's register (cnillayout.h): every sheet whose rows name an activity or its
// purposes is one activity; each row is found by its label (the first filled cell, so an
// extra column before the labels does not matter), in French or English. A box row is ticked
// by "Oui", "Yes", "X" (or by a detail written without a tick); its detail lines are the data
// categories or measures, the box's own label when it has none. The cover sheet names the
// organisation, which becomes each activity's controller.

#include "import/cnillayout.h"
#include "import/fieldtable.h"
#include "import/resolvevalues.h"
#include "import/templates.h"

namespace ropa::importer {

namespace {

using cnil::Item;

struct LabelledRow
{
    Item item;
    QString label;
    QStringList values; // the cells after the label, as written (empty ones kept)
};

QList<LabelledRow> labelledRows(const Sheet &sheet)
{
    QList<LabelledRow> rows;
    const int columns = sheet.columnCount();
    for (int r = 0; r < sheet.rows.size(); ++r) {
        int first = 0;
        while (first < columns && sheet.text(r, first).trimmed().isEmpty())
            ++first;
        if (first >= columns)
            continue;
        const QString label = sheet.text(r, first).simplified();
        const std::optional<Item> item = cnil::itemOfLabel(label);
        if (!item)
            continue;
        LabelledRow row{*item, label, {}};
        for (int c = first + 1; c < columns; ++c)
            row.values.append(sheet.text(r, c).trimmed());
        while (!row.values.isEmpty() && row.values.last().isEmpty())
            row.values.removeLast();
        rows.append(row);
    }
    return rows;
}

bool isActivitySheet(const QList<LabelledRow> &rows)
{
    for (const LabelledRow &r : rows) {
        if (r.item == Item::ActivityName || r.item == Item::Purposes)
            return true;
    }
    return false;
}

bool isTick(const QString &text)
{
    const QString t = text.trimmed();
    return t == u"☒" || t == u"✓" || t == u"✔" || t == u"■" || resolveYesNo(t) == true;
}

// A box row: whether it is ticked, its detail and (data categories) its retention.
struct Box
{
    bool ticked = false;
    QString detail;
    QString retention;
};

Box boxOf(const LabelledRow &row)
{
    const QString first = row.values.value(0);
    if (first.isEmpty() || resolveYesNo(first).has_value() || isTick(first))
        return {isTick(first) || !row.values.value(1).isEmpty(), row.values.value(1), row.values.value(2)};
    return {true, first, row.values.value(1)}; // no tick column: a detail means ticked
}

QString joined(const QStringList &values)
{
    QStringList filled;
    for (const QString &v : values) {
        if (!v.isEmpty())
            filled.append(v);
    }
    return filled.join(u'\n');
}

std::optional<Field> textField(Item item)
{
    switch (item) {
    case Item::ActivityName: return Field::Name;
    case Item::Reference: return Field::Reference;
    case Item::JointController: return Field::JointController;
    case Item::Software: return Field::Systems;
    case Item::Purposes: return Field::Purpose;
    case Item::LawfulBasis: return Field::LawfulBasis;
    case Item::Art9Condition: return Field::Art9Condition;
    case Item::LegitimateInterests: return Field::LegitimateInterests;
    case Item::DataSubjects: return Field::DataSubjects;
    case Item::Sources: return Field::Sources;
    case Item::Retention: return Field::Retention;
    case Item::ExternalRecipients: return Field::Recipients;
    case Item::Processors: return Field::Processors;
    case Item::Countries: return Field::ThirdCountries;
    case Item::Safeguards: return Field::Safeguards;
    case Item::AutomatedDecisions: return Field::AutomatedDecisions;
    case Item::Dpia: return Field::Dpia;
    default: return std::nullopt;
    }
}

void readActivity(const QList<LabelledRow> &rows, FieldTable &table, int row, QStringList *internal)
{
    for (const LabelledRow &r : rows) {
        if (cnil::isCategoryBox(r.item) || cnil::isSecurityBox(r.item) || r.item == Item::Sensitive) {
            const Box box = boxOf(r);
            if (!box.ticked)
                continue;
            const QString names = box.detail.isEmpty() ? r.label : box.detail;
            table.add(row,
                      r.item == Item::Sensitive     ? Field::SpecialCategories
                      : cnil::isSecurityBox(r.item) ? Field::SecurityMeasures
                                                    : Field::DataCategories,
                      names);
            table.add(row, Field::Retention, box.retention);
        } else if (r.item == Item::InternalRecipients) {
            for (const QString &line : joined(r.values).split(u'\n', Qt::SkipEmptyParts)) {
                if (!internal->contains(line.trimmed()))
                    internal->append(line.trimmed());
            }
        } else if (const std::optional<Field> field = textField(r.item)) {
            table.add(row, *field, joined(r.values));
        }
    }
}

QString coverValue(const QList<LabelledRow> &rows, Item item)
{
    for (const LabelledRow &r : rows) {
        if (r.item == item)
            return joined(r.values).simplified();
    }
    return {};
}

// A date as the readers give it (ISO) or as a French sheet writes it (15/03/2024).
std::optional<QDate> dateOf(const QString &text)
{
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy")}) {
        const QDate d = QDate::fromString(text.left(10), format);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

struct SheetDates
{
    std::optional<QDate> created;
    std::optional<QDate> updated;
};

} // namespace

bool looksLikeCnil(const Workbook &book)
{
    for (const Sheet &s : book.sheets) {
        if (isActivitySheet(labelledRows(s)))
            return true;
    }
    return false;
}

TemplateImport readCnilTemplate(const Workbook &book, const QList<ValueMapping> &values)
{
    TemplateImport result;
    FieldTable table;
    QList<int> sheetNumbers;      // by table row: the 1-based number of its sheet
    QList<QStringList> internals; // by table row: the internal recipients
    QList<SheetDates> dates;      // by table row: the record's dates
    QStringList names;
    for (int s = 0; s < book.sheets.size(); ++s) {
        const QList<LabelledRow> rows = labelledRows(book.sheets.at(s));
        if (!isActivitySheet(rows)) {
            if (result.controller.isEmpty())
                result.controller = coverValue(rows, Item::Organisation);
            continue;
        }
        const int row = table.addRow();
        QStringList internal;
        readActivity(rows, table, row, &internal);
        if (coverValue(rows, Item::ActivityName).isEmpty()) // the sheet's name when no row names it
            table.add(row, Field::Name, book.sheets.at(s).name);
        sheetNumbers.append(s + 1);
        internals.append(internal);
        dates.append({dateOf(coverValue(rows, Item::Created)), dateOf(coverValue(rows, Item::Updated))});
        names.append(book.sheets.at(s).name);
    }
    if (table.rowCount() == 0) {
        result.error = Tr::tr("no sheet is an activity of the CNIL's register (a sheet with a row “Nom de "
                              "l'activité” or “Finalités”)");
        return result;
    }
    Mapping mapping = table.mapping();
    mapping.split = {true, true, false, true};
    mapping.values = values;
    result.sheet = names.join(QStringLiteral(", "));
    result.plan = planImport(table.sheet(QStringLiteral("CNIL")), mapping, {true});
    // Rows of the made sheet are the activity sheets: say which sheet, not which made row.
    for (ActivityDraft &a : result.plan.activities) {
        const int index = a.row - 2;
        a.internalRecipients = internals.value(index);
        a.created = dates.value(index).created;
        a.lastChanged = dates.value(index).updated;
        a.row = sheetNumbers.value(index, a.row);
        if (a.controller.isEmpty())
            a.controller = result.controller;
    }
    for (UnresolvedValue &u : result.plan.unresolved) {
        for (int &r : u.rows)
            r = sheetNumbers.value(r - 2, r);
    }
    if (!result.plan.unresolved.isEmpty())
        result.plan.notes.append(Tr::tr("In the CNIL's register a row number is the number of the activity's sheet."));
    return result;
}

} // namespace ropa::importer
