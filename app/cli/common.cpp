#include "common.h"

#include "reference/reference.h"
#include "reports/report.h"
#include "store/jsonformat.h"
#include "store/projectlock.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

namespace ropa::cli {

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

QCommandLineOption languageOption(const QString &what)
{
    return QCommandLineOption(QStringLiteral("lang"),
                              QStringLiteral("Language of %1: %2 (default: en).")
                                  .arg(what, reports::availableLanguages().join(QStringLiteral(", "))),
                              QStringLiteral("LANG"), QStringLiteral("en"));
}

int useLanguage(const QString &command, const QString &language)
{
    if (!reports::availableLanguages().contains(language)) {
        return fail(QStringLiteral("%1: language \u201c%2\u201d is not available (available: %3)")
                        .arg(command, language, reports::availableLanguages().join(QStringLiteral(", "))));
    }
    Reference::setDisplayLanguage(language);
    if (language == u"en")
        return -1;
    // Lives until the process ends, as the application's translators do.
    static QTranslator translator;
    if (!translator.load(QStringLiteral("ropa_") + language, QStringLiteral(":/i18n")))
        return fail(QStringLiteral("%1: the translation into \u201c%2\u201d could not be loaded").arg(command, language));
    QCoreApplication::installTranslator(&translator);
    return -1;
}

namespace {

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

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

int writeOutput(const QByteArray &bytes, const QString &outPath)
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

Sub::Sub(const QString &commandName, const QString &description, const QString &positional,
         const QString &positionalHelp, int count)
    : name(commandName)
    , positionalCount(count)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional, positionalHelp);
}

int Sub::parse(const QStringList &args)
{
    if (!parser.parse(args))
        return fail(QStringLiteral("%1: %2 (see ropa-cli %1 --help)").arg(name, parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText()
                     .replace(QCoreApplication::applicationFilePath(), QStringLiteral("ropa-cli ") + name)
                     .replace(QStringLiteral("ropa-cli [options]"), QStringLiteral("ropa-cli %1 [options]").arg(name));
        out().flush();
        return Ok;
    }
    if (parser.positionalArguments().size() != positionalCount)
        return fail(QStringLiteral("%1: expected %2 file argument(s) (see ropa-cli %1 --help)").arg(name).arg(positionalCount));
    return -1;
}

namespace {
std::vector<Command> &registry()
{
    static std::vector<Command> commands;
    return commands;
}
} // namespace

Registration::Registration(Command command)
{
    registry().push_back(std::move(command));
}

std::vector<Command> registeredCommands()
{
    std::vector<Command> list = registry();
    std::sort(list.begin(), list.end(), [](const Command &a, const Command &b) { return a.order < b.order; });
    return list;
}

} // namespace ropa::cli
