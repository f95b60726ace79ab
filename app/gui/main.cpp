// ropa: the desktop application.
//
//   ropa [FILE]                      opens FILE (.ropa or .json), or shows the welcome page
//   ropa --screenshot OUT.png [FILE] renders the window to OUT.png and exits
//   --section KEY, --select NAME     what to show first (for screenshots in the docs)
//   --page graph|records|findings|dashboard   a project-wide view instead of a table
//   --dialog settings|find|history   with --screenshot: render that dialog instead
//
// Options for tests and scripts (see tests/gui/test_recovery.cpp):
//   --autosave-interval-ms N         write the recovery copy every N ms (instead of the setting)
//   --test-edit rename-project=NAME  make an edit after opening, as a user would (undoable)
//   --restore-recovery               restore the newest recovery copy without asking
//   --discard-recovery               remove recovery copies without asking
//   --test-state FILE                write the window's state as JSON to FILE and exit

#include "app/appsettings.h"
#include "app/finddialog.h"
#include "app/settingsdialog.h"
#include "commands/edits.h"
#include "installpaths.h"
#include "itemmodels/entitytablemodel.h"
#include "mainwindow.h"
#include "reference/reference.h"
#include "session/recovery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSaveFile>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

// The translation context of the texts here ("main" for lupdate).
class Main
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

// The language chosen in the settings (or the system's), for Qt's own texts and ours.
void installTranslators(QApplication &app)
{
    const QString language = ropa::AppSettings::language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ropa = new QTranslator(&app);
    // No translation for the language: English, with its plural forms ("1 party").
    if (ropa::install::loadTranslation(*ropa, locale) || ropa::install::loadTranslation(*ropa, QStringLiteral("en"))) {
        QApplication::installTranslator(ropa);
        // Country names (iso-codes) in the same language as the texts.
        ropa::Reference::setDisplayLanguage(ropa->language());
    }
}

// A scripted edit ("rename-project=NAME"), made through the edit facade like any other.
bool applyTestEdit(ropa::MainWindow &window, const QString &spec)
{
    const qsizetype eq = spec.indexOf(u'=');
    const QString what = spec.left(eq);
    const QString value = eq < 0 ? QString() : spec.mid(eq + 1);
    ropa::Project *project = window.project();
    if (!project)
        return false;
    if (what == u"rename-project") {
        ropa::ProjectInfo info = project->info();
        info.name = value;
        return ropa::edit::setInfo(*project, info);
    }
    return false;
}

bool writeState(const ropa::MainWindow &window, const QString &path)
{
    QJsonObject state;
    state.insert(u"title", window.windowTitle());
    state.insert(u"hasProject", window.hasProject());
    state.insert(u"modified", window.hasProject() && window.project()->isModified());
    state.insert(u"name", window.hasProject() ? window.project()->info().name : QString());
    state.insert(u"savePath", window.savePath());
    state.insert(u"readOnly", window.isReadOnly());
    state.insert(u"undoText", window.hasProject() ? window.project()->undoStack()->undoText() : QString());
    state.insert(u"lastError", window.lastError());
    QJsonArray menus; // the menu bar's titles, as shown (in the language of the settings)
    for (const QAction *menu : window.menuBar()->actions())
        menus.append(menu->text());
    state.insert(u"menus", menus);
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(state).toJson()) > 0 && file.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ropa"));
    QApplication::setOrganizationName(QStringLiteral("Ropa"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ropa"));
    QApplication::setDesktopFileName(QStringLiteral("ropa"));
    QApplication::setApplicationVersion(QStringLiteral(ROPA_VERSION)); // the CMake project's version
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Records of processing activities (GDPR Article 30)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Main::tr("Render the window to a PNG file <file> and exit."), Main::tr("file"));
    QStringList sectionKeys; // every section the navigator has, so the list never falls behind
    for (int section = 0; section < ropa::SectionCount; ++section)
        sectionKeys.append(ropa::sectionKey(static_cast<ropa::Section>(section)));
    const QCommandLineOption sectionOption(
        QStringLiteral("section"),
        Main::tr("Show the section <key> first (%1).").arg(sectionKeys.join(QStringLiteral(", "))), Main::tr("key"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"), Main::tr("Select the entity named <name> in that section."), Main::tr("name"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        Main::tr("Show a project-wide view first (graph, records, findings, dashboard, history)."), Main::tr("page"));
    const QCommandLineOption dialogOption(QStringLiteral("dialog"),
                                          Main::tr("With --screenshot: render a dialog (settings, find, history)."),
                                          Main::tr("name"));
    QCommandLineOption autosaveOption(QStringLiteral("autosave-interval-ms"),
                                      Main::tr("Write the recovery copy every <ms> milliseconds."), Main::tr("ms"));
    QCommandLineOption testEditOption(QStringLiteral("test-edit"), Main::tr("Make a scripted edit after opening."),
                                      Main::tr("edit"));
    QCommandLineOption restoreOption(QStringLiteral("restore-recovery"), Main::tr("Restore the newest recovery copy."));
    QCommandLineOption discardOption(QStringLiteral("discard-recovery"), Main::tr("Remove the recovery copies."));
    QCommandLineOption stateOption(QStringLiteral("test-state"),
                                   Main::tr("Write the window's state to <file> and exit."), Main::tr("file"));
    for (QCommandLineOption *hidden : {&autosaveOption, &testEditOption, &restoreOption, &discardOption, &stateOption})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({screenshot, sectionOption, selectOption, pageOption, dialogOption, autosaveOption,
                       testEditOption, restoreOption, discardOption, stateOption});
    parser.addPositionalArgument(QStringLiteral("project"), Main::tr("A .ropa project or a .json interchange file."),
                                 QStringLiteral("[project]"));
    parser.process(app);

    const QString shotPath = parser.value(screenshot);
    const bool screenshotMode = parser.isSet(screenshot);
    const bool stateMode = parser.isSet(stateOption);
    const bool unattended = screenshotMode || stateMode;
    const QStringList files = parser.positionalArguments();

    ropa::MainWindow window;
    // A screenshot or test run must never wait for somebody to close a message box.
    window.setErrorDialogsEnabled(!unattended);
    if (parser.isSet(autosaveOption)) {
        bool ok = false;
        const int ms = parser.value(autosaveOption).toInt(&ok);
        if (!ok || ms < 0) {
            printError(Main::tr("Not a number of milliseconds: %1").arg(parser.value(autosaveOption)));
            return 2;
        }
        window.setAutosaveInterval(ms);
    }
    if (unattended) {
        window.resize(window.sizeHint());
    } else if (!window.restoreGeometry(ropa::AppSettings::windowGeometry())) {
        window.resize(window.sizeHint());
    }
    window.show();

    bool ok = true;
    bool restored = false;
    if (parser.isSet(restoreOption)) {
        const QList<ropa::RecoveryFile> pending = ropa::pendingRecoveries();
        restored = !pending.isEmpty() && window.restoreRecovery(pending.constFirst());
        if (!restored)
            printError(pending.isEmpty() ? Main::tr("There is no recovery copy to restore.") : window.lastError());
        ok = restored;
    } else if (parser.isSet(discardOption)) {
        for (const ropa::RecoveryFile &file : ropa::pendingRecoveries())
            ropa::removeRecovery(file);
    } else if (!unattended) {
        restored = window.offerRecovery();
    }

    if (!restored && !files.isEmpty()) {
        ok = window.openFile(files.constFirst()) && ok;
        if (!ok && unattended)
            printError(window.lastError());
    }
    if (parser.isSet(sectionOption)) {
        const auto section = ropa::sectionFromKey(parser.value(sectionOption));
        if (!section) {
            printError(Main::tr("Unknown section: %1").arg(parser.value(sectionOption)));
            return 2;
        }
        window.showSection(*section);
    }
    if (parser.isSet(selectOption) && !window.selectByName(parser.value(selectOption)))
        printError(Main::tr("Nothing named %1 here").arg(parser.value(selectOption)));
    if (parser.isSet(pageOption)) {
        const QString page = parser.value(pageOption);
        const bool shown = page == u"graph"       ? window.showPage(ropa::MainWindow::Page::Graph)
                           : page == u"records"   ? window.showPage(ropa::MainWindow::Page::Records)
                           : page == u"findings"  ? window.showPage(ropa::MainWindow::Page::Findings)
                           : page == u"dashboard" ? window.showPage(ropa::MainWindow::Page::Dashboard)
                           : page == u"history"   ? window.showPage(ropa::MainWindow::Page::History)
                                                  : false;
        if (!shown)
            printError(Main::tr("No such view in this build: %1").arg(page));
    }
    for (const QString &spec : parser.values(testEditOption)) {
        if (!applyTestEdit(window, spec)) {
            printError(Main::tr("Could not make the edit %1").arg(spec));
            ok = false;
        }
    }

    if (stateMode) {
        const bool written = writeState(window, parser.value(stateOption));
        window.finishSession();
        return written && ok ? 0 : 1;
    }

    if (screenshotMode) {
        QWidget *target = &window;
        const QString dialog = parser.value(dialogOption);
        if (dialog == u"settings") {
            auto *settings = new ropa::SettingsDialog(&window);
            settings->show();
            target = settings;
        } else if (dialog == u"find" && window.hasProject()) {
            ropa::FindDialog *find = window.findDialog();
            find->searchField()->setText(parser.isSet(selectOption) ? parser.value(selectOption).left(3)
                                                                    : QStringLiteral("hub"));
            find->show();
            target = find;
        } else if (dialog == u"history") {
            if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("undoHistoryDock")))
                dock->show();
        } else if (!dialog.isEmpty()) {
            printError(Main::tr("Unknown dialog: %1").arg(dialog));
            return 2;
        }
        // Let the window lay itself out and paint once before grabbing it, and the findings
        // and a large transfer graph (computed on worker threads) arrive: at most 20 s.
        auto *poll = new QTimer(&window);
        auto waited = std::make_shared<int>(0);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, waited, target, shotPath, ok] {
            *waited += poll->interval();
            if (window.isBusy() && *waited < 20000)
                return;
            poll->stop();
            QTimer::singleShot(200, &window, [&window, target, shotPath, ok] {
                const bool saved = target->grab().save(shotPath, "PNG");
                if (!saved)
                    printError(Main::tr("Could not write %1").arg(shotPath));
                window.finishSession();
                QApplication::exit(saved && ok ? 0 : 1);
            });
        });
        poll->start(100);
        return QApplication::exec();
    }
    const int status = QApplication::exec();
    window.finishSession();
    return status;
}
