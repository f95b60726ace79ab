// ropa-cli commands on whole projects: new, info, validate, export-json, import-json.

#include "common.h"

#include "reference/reference.h"
#include "session/projectsession.h"
#include "store/jsonformat.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace ropa::cli {

namespace {

int cmdNew(const QStringList &args)
{
    Sub sub(QStringLiteral("new"), Tr::tr("Create an empty project with one own organisation."),
            QStringLiteral("FILE.ropa"), Tr::tr("The project file to create."));
    const QCommandLineOption nameOpt(QStringLiteral("name"), Tr::tr("Name of the organisation (required)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption countryOpt(QStringLiteral("country"),
                                        Tr::tr("Country of establishment, ISO 3166-1 alpha-2 (e.g. NL)."),
                                        QStringLiteral("CC"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), Tr::tr("Replace FILE if it exists."));
    sub.parser.addOptions({nameOpt, countryOpt, forceOpt});
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    const QString name = sub.parser.value(nameOpt).trimmed();
    if (name.isEmpty())
        return fail(Tr::tr("new: --name is required (the name of your organisation)"));
    const QString country = sub.parser.value(countryOpt).trimmed().toUpper();
    if (!country.isEmpty() && !Reference::instance().isCountryCode(country))
        return fail(Tr::tr("new: “%1” is not an ISO 3166-1 alpha-2 country code").arg(country));

    ProjectData data;
    data.info.name = name;
    Party own;
    own.id = QUuid::createUuid();
    own.name = name;
    own.own = true;
    own.country = country;
    data.parties.emplace(own.id, own);
    if (const int rc = saveRopa(data, sub.file(), sub.parser.isSet(forceOpt)); rc != Ok)
        return rc;
    out() << Tr::tr("Created %1").arg(sub.file()) << Qt::endl;
    return Ok;
}

int cmdInfo(const QStringList &args)
{
    Sub sub(QStringLiteral("info"), Tr::tr("Show a project's format version, own entities and counts."),
            QStringLiteral("FILE"), Tr::tr("A .ropa project or a JSON interchange file."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print JSON instead of text."));
    sub.parser.addOption(jsonOpt);
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    const Loaded l = load(sub.file());
    if (!l.data)
        return fail(l.error);
    const ProjectData &d = *l.data;

    QList<const Party *> own;
    for (const auto &[id, p] : d.parties) {
        if (p.own)
            own.append(&p);
    }
    if (sub.parser.isSet(jsonOpt)) {
        QJsonObject o;
        o.insert(QStringLiteral("file"), sub.file());
        o.insert(QStringLiteral("format_version"), l.fileVersion);
        o.insert(QStringLiteral("name"), d.info.name);
        o.insert(QStringLiteral("language"), d.info.language);
        QJsonArray owns;
        for (const Party *p : own) {
            QJsonObject po;
            po.insert(QStringLiteral("id"), idToString(p->id));
            po.insert(QStringLiteral("name"), p->name);
            po.insert(QStringLiteral("country"), p->country.isEmpty() ? QJsonValue() : QJsonValue(p->country));
            owns.append(po);
        }
        o.insert(QStringLiteral("own_entities"), owns);
        QJsonObject counts;
        for (int k = 0; k < EntityKindCount; ++k) {
            const auto kind = static_cast<EntityKind>(k);
            counts.insert(entityKindKey(kind), static_cast<qint64>(d.count(kind)));
        }
        o.insert(QStringLiteral("counts"), counts);
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    // The labels in the chosen language, their values lined up after the longest.
    QStringList owners;
    for (const Party *p : own)
        owners.append(p->country.isEmpty() ? p->name : Tr::tr("%1 (%2)").arg(p->name, p->country));
    const QList<std::pair<QString, QString>> lines{
        {Tr::tr("Project:"), d.info.name},
        {Tr::tr("File:"), l.isJson ? Tr::tr("%1 (JSON interchange)").arg(sub.file()) : sub.file()},
        {Tr::tr("Format version:"), QString::number(l.fileVersion)},
        {Tr::tr("Language:"), d.info.language},
        {Tr::tr("Own entities:"), owners.join(QStringLiteral(", "))},
    };
    qsizetype width = 0;
    for (const auto &line : lines)
        width = std::max(width, line.first.size());
    for (const auto &[label, value] : lines)
        out() << label.leftJustified(width + 1) << value << '\n';
    for (int k = 0; k < EntityKindCount; ++k) {
        const auto kind = static_cast<EntityKind>(k);
        const QString key = entityKindKey(kind) + u':';
        out() << "  " << key.leftJustified(20) << d.count(kind) << '\n';
    }
    out().flush();
    return Ok;
}

int cmdValidate(const QStringList &args)
{
    Sub sub(QStringLiteral("validate"),
            Tr::tr("Check a .ropa or JSON project with every check that opening does. Exit 0 when valid, 2 when not."),
            QStringLiteral("FILE"), Tr::tr("A .ropa project or a JSON interchange file."));
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    // Read as load() does, and also refused when the content no longer matches the checksum of
    // its last save (the window would open it read-only).
    const LoadedProject l = ProjectSession::read(sub.file(), OpenMode::ReadOnly);
    if (!l.data)
        return fail(l.error.message.isEmpty()
                        ? Tr::tr("“%1” could not be opened.").arg(QFileInfo(sub.file()).fileName())
                        : l.error.message);
    if (!l.damage.isEmpty())
        return fail(l.damage);
    qsizetype total = 0;
    for (int k = 0; k < EntityKindCount; ++k)
        total += l.data->count(static_cast<EntityKind>(k));
    out() << Tr::tr("OK: %1 is a valid Ropa project (format %2, %n entities)", nullptr, static_cast<int>(total))
                 .arg(sub.file())
                 .arg(l.fileVersion)
          << Qt::endl;
    return Ok;
}

int cmdExportJson(const QStringList &args)
{
    Sub sub(QStringLiteral("export-json"), Tr::tr("Write a project in the JSON interchange format."),
            QStringLiteral("FILE.ropa"), Tr::tr("The project to export."));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("Output file (default: standard output)."), QStringLiteral("OUT.json"));
    sub.parser.addOption(outOpt);
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    const Loaded l = load(sub.file());
    if (!l.data)
        return fail(l.error);
    return writeOutput(json::writeProject(*l.data), sub.parser.value(outOpt));
}

int cmdImportJson(const QStringList &args)
{
    Sub sub(
        QStringLiteral("import-json"),
        Tr::tr(
            "Create a .ropa project from a JSON interchange file. Nothing is written unless the whole file is valid."),
        QStringLiteral("IN.json"), Tr::tr("The JSON file to import."));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The .ropa file to write (required)."), QStringLiteral("OUT.ropa"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), Tr::tr("Replace OUT.ropa if it exists."));
    sub.parser.addOptions({outOpt, forceOpt});
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    if (!sub.parser.isSet(outOpt))
        return fail(Tr::tr("import-json: -o OUT.ropa is required"));
    const json::ReadResult r = json::readProjectFile(sub.file());
    if (!r.data)
        return fail(r.error);
    if (const int rc = saveRopa(*r.data, sub.parser.value(outOpt), sub.parser.isSet(forceOpt)); rc != Ok)
        return rc;
    out() << Tr::tr("Imported %1 into %2").arg(sub.file(), sub.parser.value(outOpt)) << Qt::endl;
    return Ok;
}

const Registration regNew{
    {10, "new", QT_TRANSLATE_NOOP("ropa::cli", "create an empty project: new FILE.ropa --name NAME [--country CC]"),
     cmdNew}};
const Registration regInfo{
    {20, "info", QT_TRANSLATE_NOOP("ropa::cli", "format version, own entities and counts: info FILE [--json]"),
     cmdInfo}};
const Registration regValidate{
    {30, "validate", QT_TRANSLATE_NOOP("ropa::cli", "every check that opening does: validate FILE (.ropa or .json)"),
     cmdValidate}};
const Registration regExport{
    {40, "export-json",
     QT_TRANSLATE_NOOP("ropa::cli", "write the JSON interchange format: export-json FILE.ropa [-o OUT.json]"),
     cmdExportJson}};
const Registration regImport{
    {50, "import-json", QT_TRANSLATE_NOOP("ropa::cli", "create a .ropa from JSON: import-json IN.json -o OUT.ropa"),
     cmdImportJson}};

} // namespace

} // namespace ropa::cli
