// ropa-cli export: the Article 30 record (controller or processor) in XLSX, PDF, HTML, ODT,
// CSV or Markdown. Rendering PDF and ODT needs a QGuiApplication (needsGui).

#include "common.h"

#include "history/changessince.h"
#include "import/avgregisterwriter.h"
#include "reports/reportbuilder.h"
#include "reports/templates.h"
#include "reports/writers.h"
#include "store/projectstore.h"

#include <QDate>

namespace ropa::cli {

namespace {

// The Dutch government register's JSON: every activity of the project as a controller or
// processor record, written from the project itself (not a rendered report), so it reads back.
int exportAvgRegister(const QString &file, const QString &outPath)
{
    const Loaded l = load(file);
    if (!l.data)
        return fail(l.error);
    if (const int rc = writeOutput(importer::writeAvgRegister(*l.data), outPath); rc != Ok)
        return rc;
    out() << Tr::tr("Wrote %n record(s) as the AVG register's JSON to %1", nullptr, int(l.data->activities.size()))
                 .arg(outPath)
          << Qt::endl;
    return Ok;
}

// A register template (reports/templates.h) of the controller record: every controller
// activity of the project, as the template holds it.
int exportTemplate(const QString &file, reports::TemplateFormat format, const QString &outPath)
{
    const Loaded l = load(file);
    if (!l.data)
        return fail(l.error);
    if (const QString err = reports::writeTemplate(*l.data, format, outPath); !err.isEmpty())
        return fail(Tr::tr("export: %1").arg(err));
    out() << Tr::tr("Wrote the %1 register template to %2").arg(reports::templateFormatKey(format), outPath)
          << Qt::endl;
    return Ok;
}

int cmdExport(const QStringList &args)
{
    Sub sub(
        QStringLiteral("export"),
        Tr::tr("Write the Article 30 record of processing activities (controller: Art. 30(1); processor: Art. 30(2))."),
        QStringLiteral("FILE"), Tr::tr("A .ropa project or a JSON interchange file."));
    const QCommandLineOption recordOpt(QStringLiteral("record"), Tr::tr("controller (default) or processor."),
                                       QStringLiteral("TYPE"), QStringLiteral("controller"));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       Tr::tr("xlsx, pdf, html, odt, csv or md (default: from the suffix of OUT); "
                                              "a register template: ico-xlsx, cnil-ods or cnil-xlsx; or "
                                              "avg-register-json (every activity as the Dutch government "
                                              "register's JSON)."),
                                       QStringLiteral("FORMAT"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), Tr::tr("Language of the record (default: en)."),
                                     QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("Output file (required; written atomically)."), QStringLiteral("OUT"));
    const QCommandLineOption entityOpt(
        QStringLiteral("entity"), Tr::tr("Only activities of this own entity (name or id)."), QStringLiteral("ENTITY"));
    const QCommandLineOption roleOpt(QStringLiteral("role"),
                                     Tr::tr("Only activities in this role: controller, joint_controller or processor."),
                                     QStringLiteral("ROLE"));
    const QCommandLineOption ownerOpt(QStringLiteral("owner"), Tr::tr("Only activities with this owner."),
                                      QStringLiteral("OWNER"));
    const QCommandLineOption tableOpt(QStringLiteral("table"),
                                      Tr::tr("CSV only, one table per file: record (default), recipients, transfers, "
                                             "retention, completeness, controllers, processors, identity, "
                                             "data_items, systems, automated_decisions, dpia, documents, "
                                             "accepted_findings (those the record has)."),
                                      QStringLiteral("TABLE"), QStringLiteral("record"));
    const QCommandLineOption rawOpt(
        QStringLiteral("raw"), Tr::tr("CSV only: write cells as they are (no protection against formula injection)."));
    const QCommandLineOption bomOpt(QStringLiteral("bom"),
                                    Tr::tr("CSV only: start with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption dateOpt(QStringLiteral("date"), Tr::tr("Date of the record, YYYY-MM-DD (default: today)."),
                                     QStringLiteral("DATE"));
    const QCommandLineOption changesSinceOpt(
        QStringLiteral("changes-since"),
        Tr::tr("Add an appendix with the changes saved since this date, from the file's history (.ropa only)."),
        QStringLiteral("YYYY-MM-DD"));
    sub.parser.addOptions({recordOpt, formatOpt, langOpt, outOpt, entityOpt, roleOpt, ownerOpt, tableOpt, rawOpt,
                           bomOpt, dateOpt, changesSinceOpt});
    sub.ownLanguageOption = true;
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;

    const QString outPath = sub.parser.value(outOpt);
    if (outPath.isEmpty())
        return fail(Tr::tr("export: -o OUT is required"));
    const auto type = reports::recordTypeFromKey(sub.parser.value(recordOpt));
    if (!type)
        return fail(
            Tr::tr("export: --record must be controller or processor, not “%1”").arg(sub.parser.value(recordOpt)));
    QString formatKey = sub.parser.value(formatOpt);
    if (formatKey.isEmpty())
        formatKey = outPath.section(QLatin1Char('.'), -1);
    if (formatKey == u"avg-register-json")
        return exportAvgRegister(sub.file(), outPath);
    if (const auto templateFormat = reports::templateFormatFromKey(formatKey))
        return exportTemplate(sub.file(), *templateFormat, outPath);
    const auto format = reports::formatFromKey(formatKey);
    if (!format)
        return fail(Tr::tr("export: unknown format “%1” (xlsx, pdf, html, odt, csv, md, ico-xlsx, cnil-ods, cnil-xlsx, "
                           "avg-register-json)")
                        .arg(formatKey));
    const QString lang = sub.parser.value(langOpt);
    if (!reports::availableLanguages().contains(lang)) {
        return fail(Tr::tr("export: language “%1” is not available (available: %2)")
                        .arg(lang, reports::availableLanguages().join(Tr::tr(", "))));
    }

    const Loaded l = load(sub.file());
    if (!l.data)
        return fail(l.error);
    const ProjectData &data = *l.data;

    reports::Options options;
    options.type = *type;
    options.language = lang;
    if (sub.parser.isSet(dateOpt)) {
        options.date = QDate::fromString(sub.parser.value(dateOpt), Qt::ISODate);
        if (!options.date.isValid())
            return fail(Tr::tr("export: --date must be YYYY-MM-DD"));
    }
    if (sub.parser.isSet(entityOpt)) {
        const QString wanted = sub.parser.value(entityOpt);
        for (const Party *p : reports::ownParties(data)) {
            if (p->name.compare(wanted, Qt::CaseInsensitive) == 0 || idToString(p->id) == wanted.toLower())
                options.scope.ownEntity = p->id;
        }
        if (options.scope.ownEntity.isNull())
            return fail(Tr::tr("export: no own entity “%1” in %2").arg(wanted, sub.file()));
    }
    if (sub.parser.isSet(roleOpt)) {
        const auto role = enumFromString<Role>(sub.parser.value(roleOpt));
        if (!role)
            return fail(Tr::tr("export: --role must be one of %1").arg(enumAllNames<Role>().join(Tr::tr(", "))));
        options.scope.role = role;
    }
    options.scope.owner = sub.parser.value(ownerOpt);

    reports::WriteOptions writeOptions;
    writeOptions.csv.raw = sub.parser.isSet(rawOpt);
    writeOptions.csv.bom = sub.parser.isSet(bomOpt);
    writeOptions.csv.table = sub.parser.value(tableOpt);

    reports::Report report = reports::buildReport(data, options);
    if (sub.parser.isSet(changesSinceOpt)) {
        const QDate since = QDate::fromString(sub.parser.value(changesSinceOpt), Qt::ISODate);
        if (!since.isValid())
            return fail(Tr::tr("export: --changes-since must be YYYY-MM-DD"));
        if (l.isJson)
            return fail(Tr::tr("export: --changes-since needs a .ropa file: a JSON file keeps no history"));
        const store::OpenResult opened = store::openProject(sub.file(), {false});
        if (!opened.data)
            return fail(opened.error.message);
        history::appendTo(report, history::changesSince(opened.history, opened.historyCheck, since));
    }
    if (const QString err = reports::writeReport(report, *format, outPath, writeOptions); !err.isEmpty())
        return fail(Tr::tr("export: %1").arg(err));
    const int activities = static_cast<int>(report.activities.size());
    out() << (*type == reports::RecordType::Processor
                  ? Tr::tr("Wrote the processor record (%n activities, %1% complete) to %2", nullptr, activities)
                  : Tr::tr("Wrote the controller record (%n activities, %1% complete) to %2", nullptr, activities))
                 .arg(report.completeness.percent())
                 .arg(outPath)
          << Qt::endl;
    return Ok;
}

const Registration regExport{
    {45, "export",
     QT_TRANSLATE_NOOP("ropa::cli", "the Article 30 record: export FILE --record controller|processor "
                                    "--format xlsx|pdf|html|odt|csv|md|ico-xlsx|cnil-ods|cnil-xlsx|avg-register-json "
                                    "[--lang en|nl|de] -o OUT"),
     cmdExport, true}};

} // namespace

} // namespace ropa::cli
