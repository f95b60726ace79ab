#include "common.h"

#include "installpaths.h"
#include "session/projectsession.h"

#include "reference/reference.h"
#include "reports/report.h"
#include "store/jsonformat.h"
#include "store/projectlock.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
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
    return QCommandLineOption(
        QStringLiteral("lang"),
        Tr::tr("Language of %1: %2 (default: en).").arg(what, reports::availableLanguages().join(Tr::tr(", "))),
        QStringLiteral("LANG"), QStringLiteral("en"));
}

int useLanguage(const QString &command, const QString &language)
{
    if (!reports::availableLanguages().contains(language)) {
        return fail(Tr::tr("%1: language “%2” is not available (available: %3)")
                        .arg(command, language, reports::availableLanguages().join(Tr::tr(", "))));
    }
    static QString installed; // none yet: English loads its plural forms too
    if (language == installed)
        return -1;
    Reference::setDisplayLanguage(language);
    // They live until the process ends, as the application's translators do.
    static QTranslator translator;
    static QTranslator qtTranslator;
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::removeTranslator(&qtTranslator);
    installed = language;
    if (language == u"en") {
        // English has a translation of its plural forms only ("1 finding", not "1 finding(s)").
        if (install::loadTranslation(translator, language))
            QCoreApplication::installTranslator(&translator);
        return -1;
    }
    if (!install::loadTranslation(translator, language))
        return fail(Tr::tr("%1: the translation into “%2” could not be loaded").arg(command, language));
    QCoreApplication::installTranslator(&translator);
    // Qt's own texts of the help ("Usage:", "Options:"), when Debian's translations are there.
    if (qtTranslator.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    return -1;
}

Loaded load(const QString &path)
{
    // Read-only: the CLI never takes a project's lock to read it.
    LoadedProject r = ProjectSession::read(path, OpenMode::ReadOnly);
    Loaded l;
    l.data = std::move(r.data);
    l.error = r.error.message;
    l.fileVersion = r.fileVersion;
    l.isJson = !r.isStore;
    if (!l.data && l.error.isEmpty())
        l.error = Tr::tr("“%1” could not be opened.").arg(QFileInfo(path).fileName());
    return l;
}

int saveRopa(const ProjectData &data, const QString &path, bool force)
{
    if (QFileInfo::exists(path) && !force)
        return fail(Tr::tr("“%1” already exists; choose another name or add --force to replace it.")
                        .arg(QFileInfo(path).fileName()));
    store::ProjectLock lock(path);
    if (!lock.tryLock())
        return fail(Tr::tr("“%1” is open in Ropa by %2; close it there first.")
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
        return fail(Tr::tr("cannot write “%1”: %2").arg(outPath, file.errorString()));
    file.write(bytes);
    if (!file.commit())
        return fail(Tr::tr("cannot write “%1”: %2").arg(outPath, file.errorString()));
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

QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--lang" && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(u"--lang="))
            return args.at(i).mid(7);
        if (args.at(i) == u"--")
            break;
    }
    return {};
}

int Sub::parse(const QStringList &args)
{
    // Every command takes --lang for its messages (main() has switched to it already); check,
    // graph and export add their own, which says what else it changes.
    if (!ownLanguageOption) {
        parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                            Tr::tr("Language of the messages: %1 (default: en).")
                                                .arg(reports::availableLanguages().join(QStringLiteral(", "))),
                                            QStringLiteral("LANG"), QStringLiteral("en")));
        ownLanguageOption = true; // parse() may run once more
    }
    if (!parser.parse(args))
        return fail(Tr::tr("%1: %2 (see ropa-cli %1 --help)").arg(name, parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's first line is "Usage: PROGRAM [options] ..." (translated), with the program as it
        // was started; it becomes "ropa-cli COMMAND".
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype lineEnd = help.indexOf(u'\n');
        const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program + u' ');
        if (at >= 0 && (lineEnd < 0 || at < lineEnd))
            help.replace(at, program.size(), QStringLiteral("ropa-cli ") + name);
        out() << help;
        out().flush();
        return Ok;
    }
    if (parser.positionalArguments().size() != positionalCount)
        return fail(Tr::tr("%1: expected %2 file argument(s) (see ropa-cli %1 --help)").arg(name).arg(positionalCount));
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
