// ropa-cli import: a register a DPO already keeps (XLSX, ODS or CSV) into a new or an open
// project, with the column mapping found from the headings or given as a JSON file
// (docs/import.md). Exit code 0: imported; 1: imported, with values left unresolved (listed);
// 2: bad input, nothing written.

#include "common.h"
#include "importavgregister.h"
#include "importkinds.h"

#include "domain/validation.h"
#include "import/avgregisterreader.h"
#include "import/csvreader.h"
#include "import/importapply.h"
#include "import/importplan.h"
#include "import/mapping.h"
#include "import/templates.h"
#include "import/workbookreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ropa::cli {

namespace {

using namespace ropa::importer;

QString separatorName(QChar separator)
{
    return separator == u'\t' ? QStringLiteral("tab") : QString(separator);
}

QJsonObject summaryJson(const QString &file, const Workbook &book, const Sheet &sheet, const Mapping &mapping,
                        const ImportPlan &plan, const ImportResult &result, const QString &written)
{
    QJsonArray columns;
    for (const ColumnField &c : mapping.columns)
        columns.append(QJsonObject{{QStringLiteral("column"), cellReference(0, c.column).chopped(1)},
                                   {QStringLiteral("heading"), c.heading},
                                   {QStringLiteral("field"), fieldKey(c.field)}});
    QJsonObject entities;
    for (const ImportKindName &k : importReportedKinds)
        entities.insert(QString::fromLatin1(k.key),
                        QJsonObject{{QStringLiteral("added"), result.count(k.kind).added},
                                    {QStringLiteral("matched"), result.count(k.kind).matched}});
    QJsonArray unresolved;
    for (const UnresolvedValue &u : plan.unresolved) {
        QJsonArray rows;
        for (const int r : u.rows)
            rows.append(r);
        unresolved.append(QJsonObject{{QStringLiteral("field"), fieldKey(u.field)},
                                      {QStringLiteral("value"), u.value},
                                      {QStringLiteral("rows"), rows}});
    }
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("format"), book.format},
                  {QStringLiteral("sheet"), sheet.name},
                  {QStringLiteral("heading_row"), mapping.headingRow + 1},
                  {QStringLiteral("columns"), columns},
                  {QStringLiteral("activities"),
                   QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(result.addedActivities)},
                               {QStringLiteral("updated"), QJsonArray::fromStringList(result.updatedActivities)},
                               {QStringLiteral("matched"), QJsonArray::fromStringList(result.matchedActivities)}}},
                  {QStringLiteral("entities"), entities},
                  {QStringLiteral("unresolved"), unresolved},
                  {QStringLiteral("notes"), QJsonArray::fromStringList(book.notes + result.notes)},
                  {QStringLiteral("written"), written.isEmpty() ? QJsonValue() : QJsonValue(written)}};
    if (book.format == u"csv") {
        o.insert(QStringLiteral("encoding"), book.encoding);
        o.insert(QStringLiteral("separator"), separatorName(book.separator));
    }
    return o;
}

void printSummary(const QString &file, const Workbook &book, const Sheet &sheet, const Mapping &mapping,
                  const ImportPlan &plan, const ImportResult &result, const QString &written)
{
    QTextStream &s = out();
    if (book.format == u"csv")
        s << Tr::tr("Read %1 (CSV, %2, separator “%3”), headings in line %4.")
                 .arg(QFileInfo(file).fileName(), book.encoding, separatorName(book.separator))
                 .arg(sheet.lines.value(mapping.headingRow, mapping.headingRow + 1))
          << u'\n';
    else if (mapping.columns.isEmpty()) // a template read sheet by sheet (the CNIL's)
        s << Tr::tr("Read %1 (%2, sheets “%3”).").arg(QFileInfo(file).fileName(), book.format.toUpper(), sheet.name)
          << u'\n';
    else
        s << Tr::tr("Read %1 (%2, sheet “%3”), headings in row %4.")
                 .arg(QFileInfo(file).fileName(), book.format.toUpper(), sheet.name)
                 .arg(mapping.headingRow + 1)
          << u'\n';
    if (!mapping.columns.isEmpty())
        s << Tr::tr("Columns:") << u'\n';
    for (const ColumnField &c : mapping.columns)
        s << QStringLiteral("  %1  %2 → %3\n").arg(cellReference(0, c.column).chopped(1), c.heading, fieldKey(c.field));
    s << Tr::tr("Activities: %1 added, %2 updated, %3 already there.")
             .arg(result.addedActivities.size())
             .arg(result.updatedActivities.size())
             .arg(result.matchedActivities.size())
      << u'\n';
    for (const ImportKindName &k : importReportedKinds) {
        const KindCounts &c = result.count(k.kind);
        if (c.added + c.matched > 0)
            s << QStringLiteral("  %1: ").arg(QString::fromLatin1(k.key))
              << Tr::tr("%1 added, %2 matched").arg(c.added).arg(c.matched) << u'\n';
    }
    if (!plan.unresolved.isEmpty()) {
        s << Tr::tr("Unresolved values (%n), kept as written or left out:", nullptr, int(plan.unresolved.size()))
          << u'\n';
        for (const UnresolvedValue &u : plan.unresolved) {
            QStringList rows;
            for (const int r : u.rows)
                rows.append(QString::number(r));
            s << QStringLiteral("  %1 “%2” ").arg(fieldKey(u.field), u.value.left(80))
              << Tr::tr("(row(s) %1)", nullptr, int(rows.size())).arg(rows.join(QStringLiteral(", "))) << u'\n';
        }
        s << Tr::tr("Say once what a value means in the mapping's “values” (--save-mapping, then --mapping; "
                    "docs/import.md).")
          << u'\n';
    }
    const QStringList notes = book.notes + result.notes;
    if (!notes.isEmpty()) {
        s << Tr::tr("Notes:") << u'\n';
        for (const QString &n : notes)
            s << QStringLiteral("  ") << n << u'\n';
    }
    if (written.isEmpty())
        s << Tr::tr("Dry run: nothing was written.") << u'\n';
    else
        s << Tr::tr("Written to “%1”.").arg(written) << u'\n';
    s.flush();
}

int cmdImport(const QStringList &args)
{
    Sub sub(QStringLiteral("import"),
            Tr::tr("Import a register kept in a spreadsheet (XLSX, ODS or CSV) into a new or an open project: the "
                   "heading row and the columns are found from the headings (English, Dutch, German, French) or "
                   "given in a mapping file; lawful bases, countries and retention periods are resolved, and every "
                   "value that is not is listed. Entities are matched by name, never duplicated. Exit code 0: "
                   "imported; 1: imported with unresolved values; 2: bad input, nothing written."),
            QStringLiteral("IN"),
            Tr::tr("The register: an .xlsx, .ods or .csv file, or the Dutch government register's .json export."));
    const QCommandLineOption templateOpt(QStringLiteral("template"),
                                         Tr::tr("How to read IN: auto (by its content, the default; finds the "
                                                "templates below), ico (the ICO's controller template), cnil (the "
                                                "CNIL's register, a sheet per activity), ropa-xlsx (Ropa's XLSX "
                                                "record), avg-register (the Dutch government register's JSON "
                                                "export) or csv (as CSV text whatever its name)."),
                                         QStringLiteral("TEMPLATE"), QStringLiteral("auto"));
    const QCommandLineOption sheetOpt(QStringLiteral("sheet"), Tr::tr("The sheet to import (default: the first)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption mappingOpt(QStringLiteral("mapping"),
                                        Tr::tr("The heading row and columns as a JSON file (docs/import.md)."),
                                        QStringLiteral("MAP.json"));
    const QCommandLineOption saveMappingOpt(QStringLiteral("save-mapping"),
                                            Tr::tr("Write the mapping used to a JSON file, to correct and give again "
                                                   "with --mapping."),
                                            QStringLiteral("MAP.json"));
    const QCommandLineOption intoOpt(QStringLiteral("into"), Tr::tr("The project to import into (a .ropa file)."),
                                     QStringLiteral("PROJECT.ropa"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("A new project to write (.ropa); needs --name."),
                                    QStringLiteral("NEW.ropa"));
    const QCommandLineOption nameOpt(QStringLiteral("name"),
                                     Tr::tr("The new project's name (also its own organisation's name when the "
                                            "register names no controller)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), Tr::tr("Replace NEW.ropa if it exists."));
    const QCommandLineOption dryRunOpt(QStringLiteral("dry-run"),
                                       Tr::tr("Say what would be added, matched and left unresolved; write nothing."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print JSON."));
    sub.parser.addOptions(
        {templateOpt, sheetOpt, mappingOpt, saveMappingOpt, intoOpt, outOpt, nameOpt, forceOpt, dryRunOpt, jsonOpt});
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    const QString in = sub.file();
    const QString into = sub.parser.value(intoOpt);
    const QString output = sub.parser.value(outOpt);
    const bool dryRun = sub.parser.isSet(dryRunOpt);
    if (into.isEmpty() == output.isEmpty())
        return fail(Tr::tr("import: give either --into PROJECT.ropa or -o NEW.ropa --name NAME"));
    if (!output.isEmpty() && sub.parser.value(nameOpt).trimmed().isEmpty())
        return fail(Tr::tr("import: -o NEW.ropa needs --name NAME, the new project's name"));
    if (!into.isEmpty() && QFileInfo(into).suffix().compare(QLatin1StringView("ropa"), Qt::CaseInsensitive) != 0)
        return fail(Tr::tr("import: --into takes a .ropa project file"));
    const QString templateName = sub.parser.value(templateOpt);
    // The Dutch government register's JSON: records, not a sheet (importavgregister.h).
    if (templateName == u"avg-register" || (templateName == u"auto" && importer::isAvgRegisterFile(in)))
        return importAvgRegister({in, into, output, sub.parser.value(nameOpt), sub.parser.value(mappingOpt),
                                  sub.parser.isSet(forceOpt), dryRun, sub.parser.isSet(jsonOpt)});
    std::optional<Template> registerTemplate = templateFromKey(templateName);
    if (templateName != u"auto" && templateName != u"csv" && !registerTemplate)
        return fail(Tr::tr("import: --template must be auto, ico, cnil, ropa-xlsx, avg-register or csv"));

    // The register.
    Workbook book;
    if (templateName == u"csv") {
        QFile f(in);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Tr::tr("cannot open %1: %2").arg(in, f.errorString()));
        book = readCsvWorkbook(f.read(Limits{}.maxFileBytes + 1), QFileInfo(in).completeBaseName());
    } else {
        book = readWorkbookFile(in);
    }
    if (!book.ok())
        return fail(QStringLiteral("%1: %2").arg(in, book.error));

    // A template's mapping is fixed by the template (import/templates.h); otherwise it comes
    // from the headings or a mapping file.
    if (templateName == u"auto" && !sub.parser.isSet(mappingOpt) && !sub.parser.isSet(sheetOpt))
        registerTemplate = detectTemplate(book);
    ImportPlan plan;
    Mapping mapping;
    Sheet templateSheet; // for the summary: the sheet(s) the template was read from
    const Sheet *sheet = &templateSheet;
    if (registerTemplate) {
        TemplateImport read = readTemplate(*registerTemplate, book);
        if (!read.error.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(in, read.error));
        plan = std::move(read.plan);
        mapping = std::move(read.mapping);
        // The ICO's fixed mapping can be kept, to adapt for a register that strays from it.
        if (sub.parser.isSet(saveMappingOpt) && !mapping.columns.isEmpty()) {
            if (const int rc = writeOutput(mapping.toJson(), sub.parser.value(saveMappingOpt)); rc != Ok)
                return rc;
        }
        templateSheet.name = read.sheet;
        book.notes.prepend(Tr::tr("Read as %1.").arg(importer::templateName(*registerTemplate)));
        if (plan.activities.isEmpty())
            return fail(Tr::tr("%1: %2 holds no activity; nothing to import")
                            .arg(in, importer::templateName(*registerTemplate)));
    } else {
        // The mapping.
        std::optional<Mapping> given;
        if (sub.parser.isSet(mappingOpt)) {
            QFile f(sub.parser.value(mappingOpt));
            if (!f.open(QIODevice::ReadOnly))
                return fail(Tr::tr("cannot open %1: %2").arg(f.fileName(), f.errorString()));
            QString error;
            given = Mapping::fromJson(f.read(1 << 20), &error);
            if (!given)
                return fail(QStringLiteral("%1: %2").arg(f.fileName(), error));
        }
        const QString sheetName = sub.parser.isSet(sheetOpt) ? sub.parser.value(sheetOpt)
                                  : given                    ? given->sheet
                                                             : QString();
        sheet = book.sheet(sheetName);
        if (!sheet) {
            QStringList names;
            for (const Sheet &s : std::as_const(book.sheets))
                names.append(s.name);
            return fail(
                Tr::tr("%1 has no sheet “%2” (its sheets: %3)").arg(in, sheetName, names.join(QStringLiteral(", "))));
        }
        if (given && !given->columns.isEmpty()) {
            mapping = *given;
            mapping.sheet = sheet->name;
            if (mapping.headingRow < 0)
                mapping.headingRow = findHeadingRow(*sheet);
        } else {
            mapping = detectMapping(*sheet, given ? given->headingRow : -1);
            if (given) {
                mapping.split = given->split;
                mapping.values = given->values;
            }
        }
        if (sub.parser.isSet(saveMappingOpt)) {
            if (const int rc = writeOutput(mapping.toJson(), sub.parser.value(saveMappingOpt)); rc != Ok)
                return rc;
        }
        plan = planImport(*sheet, mapping);
        if (!plan.error.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(in, plan.error));
        if (plan.activities.isEmpty())
            return fail(Tr::tr("%1: the sheet “%2” has no activity below its headings (row %3); nothing to import")
                            .arg(in, sheet->name)
                            .arg(mapping.headingRow + 1));
    }

    // The project.
    ProjectData base;
    if (!into.isEmpty()) {
        Loaded loaded = load(into);
        if (!loaded.data)
            return fail(loaded.error);
        base = std::move(*loaded.data);
    } else {
        base.info.name = sub.parser.value(nameOpt).trimmed();
    }
    const ImportResult result = applyImport(base, plan, base.info.name);
    const QList<Problem> problems = validateProject(result.data);
    if (!problems.isEmpty())
        return fail(Tr::tr("the imported project would not be valid: %1").arg(problems.first().describe()));

    QString written;
    if (!dryRun) {
        const QString target = into.isEmpty() ? output : into;
        const int rc = saveRopa(result.data, target, !into.isEmpty() || sub.parser.isSet(forceOpt));
        if (rc != Ok)
            return rc;
        written = target;
    }
    if (sub.parser.isSet(jsonOpt)) {
        out() << QString::fromUtf8(QJsonDocument(summaryJson(in, book, *sheet, mapping, plan, result, written))
                                       .toJson(QJsonDocument::Indented));
        out().flush();
    } else {
        printSummary(in, book, *sheet, mapping, plan, result, written);
    }
    return plan.unresolved.isEmpty() ? Ok : Findings;
}

const Registration regImport{
    {55, "import",
     QT_TRANSLATE_NOOP("ropa::cli", "a register from XLSX, ODS or CSV: import IN (--into PROJECT.ropa | -o NEW.ropa "
                                    "--name NAME) [--template auto|ico|cnil|ropa-xlsx|csv] [--mapping MAP.json] "
                                    "[--sheet NAME] [--dry-run] [--json]"),
     cmdImport}};

} // namespace

} // namespace ropa::cli
