#pragma once

// Shared by the ropa-cli commands: loading, saving, printing, argument parsing.
// Exit codes: 0 success, 1 findings, 2 bad input or usage, with one readable line on stderr.

#include "domain/projectdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace ropa::cli {

enum Exit { Ok = 0, Findings = 1, BadInput = 2 };

QTextStream &out();
// Prints "ropa-cli: MESSAGE" as one line on stderr and returns BadInput.
int fail(const QString &message);

// The CLI's own translatable texts (context "ropa::cli").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli)
};

// The option --lang LANG of a command whose output a user reads in their language (check,
// graph): "en" (the default), or a language of reports::availableLanguages().
QCommandLineOption languageOption(const QString &what);
// Switches the rest of the process to language: installs the program's translation (findings,
// the CLI's messages, graph texts) and sets Reference::displayLanguage() (country names, legal
// reference data). Returns -1, or BadInput after saying which languages there are.
int useLanguage(const QString &command, const QString &language);
// The value of --lang LANG or --lang=LANG among a command line's arguments, or "".
QString languageArgument(const QStringList &args);

struct Loaded
{
    std::optional<ProjectData> data;
    QString error;
    int fileVersion = 0;
    bool isJson = false;
};

// Opens a .ropa file or a JSON interchange file, with every check that opening does.
Loaded load(const QString &path);
// Writes a .ropa file, refusing an existing file unless force, and a file someone has open.
int saveRopa(const ProjectData &data, const QString &path, bool force);
// Writes bytes to a file atomically, or to standard output when outPath is empty or "-".
int writeOutput(const QByteArray &bytes, const QString &outPath);

// A sub-command's argument parser: prints help on --help, fails on bad usage.
struct Sub
{
    QCommandLineParser parser;
    QString name;
    int positionalCount;
    // Set by a command that adds its own --lang (saying what else it changes); otherwise parse()
    // adds one for the messages.
    bool ownLanguageOption = false;

    Sub(const QString &commandName, const QString &description, const QString &positional,
        const QString &positionalHelp, int count = 1);
    // Returns -1 to go on, or an exit code.
    int parse(const QStringList &args);
    QString file() const { return parser.positionalArguments().value(0); }
};

struct Command
{
    int order; // position in the usage text
    const char *name;
    const char *summary; // one line, with the synopsis
    std::function<int(const QStringList &)> run;
    // Rendering (PDF, PNG, SVG with text) needs a QGuiApplication; main() makes one, on the
    // offscreen platform when QT_QPA_PLATFORM is not set, so the CLI runs without a display.
    bool needsGui = false;
};

// Commands register themselves from their own file:
//   static const ropa::cli::Registration reg{{10, "new", "...", cmdNew}};
struct Registration
{
    explicit Registration(Command command);
};
std::vector<Command> registeredCommands();

} // namespace ropa::cli
