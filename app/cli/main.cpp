// ropa-cli: the command-line face of Ropa. Links ropa_model only.
//
// Exit codes: 0 success, 1 findings (checks), 2 bad input or usage, with one readable
// line on stderr.

#include "domain/project.h"
#include "reference/reference.h"
#include "store/jsonformat.h"
#include "store/projectlock.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QUuid>

#include <cstdio>
#include <functional>
#include <map>

using namespace ropa;

namespace {

enum Exit { Ok = 0, Findings = 1, BadInput = 2 };

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message)
{
    QTextStream err(stderr);
    // One readable line: fold any newlines of a longer message.
    QString line = message;
    line.replace(u'\n', u' ');
    err << "ropa-cli: " << line << Qt::endl;
    return BadInput;
}

struct Loaded
{
    std::optional<ProjectData> data;
    QString error;
    int fileVersion = 0;
    bool isJson = false;
};

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Opens a .ropa file or a JSON interchange file, with every check that opening does.
Loaded load(const QString &path)
{
    Loaded l;
    const bool sqlite = looksLikeSqlite(path);
    if (sqlite || path.endsWith(QLatin1StringView(".ropa"), Qt::CaseInsensitive)) {
        const store::OpenResult r = store::openProject(path);
        l.data = r.data;
        l.error = r.error.message;
        l.fileVersion = r.fileVersion;
    } else {
        const json::ReadResult r = json::readProjectFile(path);
        l.data = r.data;
        l.error = r.error;
        l.fileVersion = json::FormatVersion;
        l.isJson = true;
    }
    if (!l.data && l.error.isEmpty())
        l.error = QStringLiteral("\u201c%1\u201d could not be opened.").arg(QFileInfo(path).fileName());
    return l;
}

// Writes a .ropa file, refusing when someone else has it open.
int saveRopa(const ProjectData &data, const QString &path, bool force)
{
    if (QFileInfo::exists(path) && !force)
        return fail(QStringLiteral("\u201c%1\u201d already exists; choose another name or add --force to replace it.")
                        .arg(QFileInfo(path).fileName()));
    store::ProjectLock lock(path);
    if (!lock.tryLock())
        return fail(QStringLiteral("\u201c%1\u201d is open in Ropa by %2; close it there first.")
                        .arg(QFileInfo(path).fileName(), lock.holder().describe()));
    store::SaveOptions options;
    options.force = true; // the existence check above is the CLI's own refusal
    const store::SaveResult r = store::saveProject(data, path, options);
    if (r.error)
        return fail(r.error.message);
    return Ok;
}

int writeText(const QByteArray &bytes, const QString &outPath)
{
    if (outPath.isEmpty() || outPath == QLatin1StringView("-")) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return Ok;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write \u201c%1\u201d: %2").arg(outPath, file.errorString()));
    file.write(bytes);
    if (!file.commit())
        return fail(QStringLiteral("cannot write \u201c%1\u201d: %2").arg(outPath, file.errorString()));
    return Ok;
}

// Parses a sub-command's arguments; prints help and exits on --help, fails on bad usage.
struct Sub
{
    QCommandLineParser parser;
    QString name;
    int positionalCount;

    Sub(const QString &commandName, const QString &description, const QString &positional,
        const QString &positionalHelp, int count = 1)
        : name(commandName)
        , positionalCount(count)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        if (!positional.isEmpty())
            parser.addPositionalArgument(positional, positionalHelp);
    }

    // Returns -1 to go on, or an exit code.
    int parse(const QStringList &args)
    {
        if (!parser.parse(args))
            return fail(QStringLiteral("%1: %2 (see ropa-cli %1 --help)").arg(name, parser.errorText()));
        if (parser.isSet(QStringLiteral("help"))) {
            out() << parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                              QStringLiteral("ropa-cli ") + name)
                         .replace(QStringLiteral("ropa-cli [options]"), QStringLiteral("ropa-cli %1 [options]").arg(name));
            out().flush();
            return Ok;
        }
        if (parser.positionalArguments().size() != positionalCount)
            return fail(QStringLiteral("%1: expected %2 file argument(s) (see ropa-cli %1 --help)")
                            .arg(name)
                            .arg(positionalCount));
        return -1;
    }
    QString file() const { return parser.positionalArguments().value(0); }
};

int cmdNew(const QStringList &args)
{
    Sub sub(QStringLiteral("new"), QStringLiteral("Create an empty project with one own organisation."),
            QStringLiteral("FILE.ropa"), QStringLiteral("The project file to create."));
    const QCommandLineOption nameOpt(QStringLiteral("name"), QStringLiteral("Name of the organisation (required)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption countryOpt(QStringLiteral("country"),
                                        QStringLiteral("Country of establishment, ISO 3166-1 alpha-2 (e.g. NL)."),
                                        QStringLiteral("CC"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), QStringLiteral("Replace FILE if it exists."));
    sub.parser.addOptions({nameOpt, countryOpt, forceOpt});
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    const QString name = sub.parser.value(nameOpt).trimmed();
    if (name.isEmpty())
        return fail(QStringLiteral("new: --name is required (the name of your organisation)"));
    const QString country = sub.parser.value(countryOpt).trimmed().toUpper();
    if (!country.isEmpty() && !Reference::instance().isCountryCode(country))
        return fail(QStringLiteral("new: \u201c%1\u201d is not an ISO 3166-1 alpha-2 country code").arg(country));

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
    out() << "Created " << sub.file() << Qt::endl;
    return Ok;
}

int cmdInfo(const QStringList &args)
{
    Sub sub(QStringLiteral("info"), QStringLiteral("Show a project's format version, own entities and counts."),
            QStringLiteral("FILE"), QStringLiteral("A .ropa project or a JSON interchange file."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON instead of text."));
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
    out() << "Project:        " << d.info.name << '\n';
    out() << "File:           " << sub.file() << (l.isJson ? " (JSON interchange)" : "") << '\n';
    out() << "Format version: " << l.fileVersion << '\n';
    out() << "Language:       " << d.info.language << '\n';
    out() << "Own entities:   ";
    for (qsizetype k = 0; k < own.size(); ++k) {
        out() << (k ? ", " : "") << own[k]->name;
        if (!own[k]->country.isEmpty())
            out() << " (" << own[k]->country << ")";
    }
    out() << '\n';
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
            QStringLiteral("Check a .ropa or JSON project with every check that opening does. Exit 0 when valid, 2 when not."),
            QStringLiteral("FILE"), QStringLiteral("A .ropa project or a JSON interchange file."));
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    const Loaded l = load(sub.file());
    if (!l.data)
        return fail(l.error);
    qsizetype total = 0;
    for (int k = 0; k < EntityKindCount; ++k)
        total += l.data->count(static_cast<EntityKind>(k));
    out() << "OK: " << sub.file() << " is a valid Ropa project (format " << l.fileVersion << ", " << total
          << " entities)" << Qt::endl;
    return Ok;
}

int cmdExportJson(const QStringList &args)
{
    Sub sub(QStringLiteral("export-json"), QStringLiteral("Write a project in the JSON interchange format."),
            QStringLiteral("FILE.ropa"), QStringLiteral("The project to export."));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output file (default: standard output)."), QStringLiteral("OUT.json"));
    sub.parser.addOption(outOpt);
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    const Loaded l = load(sub.file());
    if (!l.data)
        return fail(l.error);
    return writeText(json::writeProject(*l.data), sub.parser.value(outOpt));
}

int cmdImportJson(const QStringList &args)
{
    Sub sub(QStringLiteral("import-json"),
            QStringLiteral("Create a .ropa project from a JSON interchange file. Nothing is written unless the whole file is valid."),
            QStringLiteral("IN.json"), QStringLiteral("The JSON file to import."));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The .ropa file to write (required)."), QStringLiteral("OUT.ropa"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), QStringLiteral("Replace OUT.ropa if it exists."));
    sub.parser.addOptions({outOpt, forceOpt});
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    if (!sub.parser.isSet(outOpt))
        return fail(QStringLiteral("import-json: -o OUT.ropa is required"));
    const json::ReadResult r = json::readProjectFile(sub.file());
    if (!r.data)
        return fail(r.error);
    if (const int rc = saveRopa(*r.data, sub.parser.value(outOpt), sub.parser.isSet(forceOpt)); rc != Ok)
        return rc;
    out() << "Imported " << sub.file() << " into " << sub.parser.value(outOpt) << Qt::endl;
    return Ok;
}

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
        {"new", "create an empty project: new FILE.ropa --name NAME [--country CC]", cmdNew},
        {"info", "format version, own entities and counts: info FILE [--json]", cmdInfo},
        {"validate", "every check that opening does: validate FILE (.ropa or .json)", cmdValidate},
        {"export-json", "write the JSON interchange format: export-json FILE.ropa [-o OUT.json]", cmdExportJson},
        {"import-json", "create a .ropa from JSON: import-json IN.json -o OUT.ropa", cmdImportJson},
    };
    return list;
}

void printUsage(QTextStream &s)
{
    s << "Usage: ropa-cli COMMAND [options] FILE\n\n"
         "Keeps GDPR Article 30 records of processing activities.\n\nCommands:\n";
    for (const Command &c : commands())
        s << "  " << QString::fromLatin1(c.name).leftJustified(13) << QString::fromLatin1(c.summary) << '\n';
    s << "\nRun 'ropa-cli COMMAND --help' for a command's options.\n"
         "Exit codes: 0 success, 1 findings, 2 bad input or usage.\n";
    s.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ropa-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ropa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROPA_VERSION));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream err(stderr);
        printUsage(err);
        return BadInput;
    }
    const QString command = args.at(1);
    if (command == QLatin1StringView("--help") || command == QLatin1StringView("-h") ||
        command == QLatin1StringView("help")) {
        printUsage(out());
        return Ok;
    }
    if (command == QLatin1StringView("--version")) {
        out() << "ropa-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (!Reference::instance().isValid())
        return fail(QStringLiteral("the built-in reference data is broken: %1").arg(Reference::instance().error()));
    for (const Command &c : commands()) {
        if (command == QLatin1StringView(c.name)) {
            QStringList sub = args.mid(1);
            sub[0] = args.at(0);
            return c.run(sub);
        }
    }
    return fail(QStringLiteral("unknown command \u201c%1\u201d (see ropa-cli --help)").arg(command));
}
