// ropa-cli: the command-line face of Ropa. Links ropa_model only.
// Each command lives in its own file and registers itself (common.h).

#include "common.h"

#include "reference/reference.h"
#include "reports/report.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace ropa::cli;

namespace {

void printUsage(QTextStream &s)
{
    s << Tr::tr("Usage: ropa-cli COMMAND [options] FILE") << "\n\n"
      << Tr::tr("Keeps GDPR Article 30 records of processing activities.") << "\n\n"
      << Tr::tr("Commands:") << '\n';
    for (const Command &c : registeredCommands()) {
        s << "  " << QString::fromLatin1(c.name).leftJustified(15)
          << QCoreApplication::translate("ropa::cli", c.summary) << '\n';
    }
    s << '\n'
      << Tr::tr("Run “ropa-cli COMMAND --help” for a command's options.") << '\n'
      << Tr::tr("Every command takes --lang LANG (%1) for the language of its messages.")
             .arg(ropa::reports::availableLanguages().join(QStringLiteral(", ")))
      << '\n'
      << Tr::tr("Exit codes: 0 success, 1 findings, 2 bad input or usage.") << '\n';
    s.flush();
}

// Only ropa-cli's own messages reach stderr (through fail()). Qt's notes about the
// environment, such as "QStandardPaths: XDG_RUNTIME_DIR not set", say nothing about the
// user's files and would read as an error of the command; they are dropped unless
// ROPA_CLI_DIAGNOSTICS is set. Critical and fatal messages still go through.
QtMessageHandler qtHandler = nullptr;

void cliMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    if (qtHandler)
        qtHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("ROPA_CLI_DIAGNOSTICS"))
        qtHandler = qInstallMessageHandler(cliMessageHandler);
    // Look the command up before the application object exists: rendering needs a GUI one.
    bool needsGui = false;
    if (argc >= 2) {
        for (const Command &c : registeredCommands())
            needsGui = needsGui || (qstrcmp(argv[1], c.name) == 0 && c.needsGui);
    }
    std::unique_ptr<QCoreApplication> app;
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ropa-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ropa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROPA_VERSION));

    const QStringList args = QCoreApplication::arguments();
    // --lang anywhere on the line: every message in that language, the usage and help included.
    // Without it English, with its plural forms ("1 finding", not "1 finding(s)").
    const QString language = languageArgument(args);
    if (const int rc = useLanguage(args.value(1, QStringLiteral("ropa-cli")),
                                   language.isEmpty() ? QStringLiteral("en") : language);
        rc >= 0)
        return rc;
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
    if (!ropa::Reference::instance().isValid())
        return fail(Tr::tr("the built-in reference data is broken: %1").arg(ropa::Reference::instance().error()));
    for (const Command &c : registeredCommands()) {
        if (command == QLatin1StringView(c.name)) {
            QStringList sub = args.mid(1);
            sub[0] = args.at(0);
            return c.run(sub);
        }
    }
    return fail(Tr::tr("unknown command “%1” (see ropa-cli --help)").arg(command));
}
