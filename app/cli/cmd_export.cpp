// ropa-cli export: the Article 30 record (controller or processor) in XLSX, PDF, HTML, ODT,
// CSV or Markdown. Rendering PDF and ODT needs a QGuiApplication (needsGui).

#include "common.h"

#include "reports/reportbuilder.h"
#include "reports/writers.h"

#include <QDate>

namespace ropa::cli {

namespace {

int cmdExport(const QStringList &args)
{
    Sub sub(QStringLiteral("export"),
            QStringLiteral("Write the Article 30 record of processing activities (controller: Art. 30(1); processor: Art. 30(2))."),
            QStringLiteral("FILE"), QStringLiteral("A .ropa project or a JSON interchange file."));
    const QCommandLineOption recordOpt(QStringLiteral("record"), QStringLiteral("controller (default) or processor."),
                                       QStringLiteral("TYPE"), QStringLiteral("controller"));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       QStringLiteral("xlsx, pdf, html, odt, csv or md (default: from the suffix of OUT)."),
                                       QStringLiteral("FORMAT"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Language of the record (default: en)."),
                                     QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output file (required; written atomically)."), QStringLiteral("OUT"));
    const QCommandLineOption entityOpt(QStringLiteral("entity"),
                                       QStringLiteral("Only activities of this own entity (name or id)."), QStringLiteral("ENTITY"));
    const QCommandLineOption roleOpt(QStringLiteral("role"),
                                     QStringLiteral("Only activities in this role: controller, joint_controller or processor."),
                                     QStringLiteral("ROLE"));
    const QCommandLineOption ownerOpt(QStringLiteral("owner"), QStringLiteral("Only activities with this owner."),
                                      QStringLiteral("OWNER"));
    const QCommandLineOption tableOpt(QStringLiteral("table"),
                                      QStringLiteral("CSV only, one table per file: record (default), recipients, transfers, "
                                                     "retention, completeness, controllers, processors."),
                                      QStringLiteral("TABLE"), QStringLiteral("record"));
    const QCommandLineOption rawOpt(QStringLiteral("raw"),
                                    QStringLiteral("CSV only: write cells as they are (no protection against formula injection)."));
    const QCommandLineOption bomOpt(QStringLiteral("bom"), QStringLiteral("CSV only: start with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption dateOpt(QStringLiteral("date"), QStringLiteral("Date of the record, YYYY-MM-DD (default: today)."),
                                     QStringLiteral("DATE"));
    sub.parser.addOptions({recordOpt, formatOpt, langOpt, outOpt, entityOpt, roleOpt, ownerOpt, tableOpt, rawOpt, bomOpt, dateOpt});
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;

    const QString outPath = sub.parser.value(outOpt);
    if (outPath.isEmpty())
        return fail(QStringLiteral("export: -o OUT is required"));
    const auto type = reports::recordTypeFromKey(sub.parser.value(recordOpt));
    if (!type)
        return fail(QStringLiteral("export: --record must be controller or processor, not \u201c%1\u201d").arg(sub.parser.value(recordOpt)));
    QString formatKey = sub.parser.value(formatOpt);
    if (formatKey.isEmpty())
        formatKey = outPath.section(QLatin1Char('.'), -1);
    const auto format = reports::formatFromKey(formatKey);
    if (!format)
        return fail(QStringLiteral("export: unknown format \u201c%1\u201d (xlsx, pdf, html, odt, csv, md)").arg(formatKey));
    const QString lang = sub.parser.value(langOpt);
    if (!reports::availableLanguages().contains(lang)) {
        return fail(QStringLiteral("export: language \u201c%1\u201d is not available (available: %2)")
                        .arg(lang, reports::availableLanguages().join(QStringLiteral(", "))));
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
            return fail(QStringLiteral("export: --date must be YYYY-MM-DD"));
    }
    if (sub.parser.isSet(entityOpt)) {
        const QString wanted = sub.parser.value(entityOpt);
        for (const Party *p : reports::ownParties(data)) {
            if (p->name.compare(wanted, Qt::CaseInsensitive) == 0 || idToString(p->id) == wanted.toLower())
                options.scope.ownEntity = p->id;
        }
        if (options.scope.ownEntity.isNull())
            return fail(QStringLiteral("export: no own entity \u201c%1\u201d in %2").arg(wanted, sub.file()));
    }
    if (sub.parser.isSet(roleOpt)) {
        const auto role = enumFromString<Role>(sub.parser.value(roleOpt));
        if (!role)
            return fail(QStringLiteral("export: --role must be one of %1").arg(enumAllNames<Role>().join(QStringLiteral(", "))));
        options.scope.role = role;
    }
    options.scope.owner = sub.parser.value(ownerOpt);

    reports::WriteOptions writeOptions;
    writeOptions.csv.raw = sub.parser.isSet(rawOpt);
    writeOptions.csv.bom = sub.parser.isSet(bomOpt);
    writeOptions.csv.table = sub.parser.value(tableOpt);

    const reports::Report report = reports::buildReport(data, options);
    if (const QString err = reports::writeReport(report, *format, outPath, writeOptions); !err.isEmpty())
        return fail(QStringLiteral("export: %1").arg(err));
    out() << "Wrote the " << reports::recordTypeKey(*type) << " record (" << report.activities.size()
          << " activities, " << report.completeness.percent() << "% complete) to " << outPath << Qt::endl;
    return Ok;
}

const Registration regExport{{45, "export",
                               "the Article 30 record: export FILE --record controller|processor "
                               "--format xlsx|pdf|html|odt|csv|md [--lang en] -o OUT",
                               cmdExport, true}};

} // namespace

} // namespace ropa::cli
