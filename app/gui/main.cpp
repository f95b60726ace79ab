// ropa: the desktop application. For now a read-only viewer of one project.
//
//   ropa [FILE]                      opens FILE (.ropa or .json), or the bundled example
//   ropa --screenshot OUT.png [FILE] renders the window to OUT.png and exits
//   --section KEY, --select NAME     what to show first (for screenshots in the docs)

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ropa"));
    QApplication::setOrganizationName(QStringLiteral("Ropa"));
#ifdef ROPA_VERSION
    QApplication::setApplicationVersion(QStringLiteral(ROPA_VERSION));
#endif

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Records of processing activities (GDPR Article 30)."));
    parser.addHelpOption();
#ifdef ROPA_VERSION
    parser.addVersionOption();
#endif
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to a PNG file <file> and exit."),
        QApplication::translate("main", "file"));
    parser.addOption(screenshot);
    const QCommandLineOption sectionOption(
        QStringLiteral("section"),
        QApplication::translate("main", "Show the section <key> first (own, activities, data_categories, "
                                        "data_subjects, sources, parties, transfers, security_measures, documents)."),
        QApplication::translate("main", "key"));
    parser.addOption(sectionOption);
    const QCommandLineOption selectOption(
        QStringLiteral("select"), QApplication::translate("main", "Select the entity named <name> in that section."),
        QApplication::translate("main", "name"));
    parser.addOption(selectOption);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "A .ropa project or a .json interchange file."),
                                 QStringLiteral("[project]"));
    parser.process(app);

    const QString shotPath = parser.value(screenshot);
    const bool screenshotMode = parser.isSet(screenshot);
    const QStringList files = parser.positionalArguments();
    const QString file = files.isEmpty() ? ropa::MainWindow::examplePath() : files.constFirst();

    ropa::MainWindow window;
    // A screenshot run must never wait for somebody to close a message box.
    window.setErrorDialogsEnabled(!screenshotMode);
    window.resize(window.sizeHint());
    window.show();
    const bool opened = window.openFile(file);
    if (!opened && screenshotMode)
        std::fprintf(stderr, "%s\n", qPrintable(window.lastError()));
    if (parser.isSet(sectionOption)) {
        const auto section = ropa::sectionFromKey(parser.value(sectionOption));
        if (!section) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("main", "Unknown section: %1").arg(parser.value(sectionOption))));
            return 2;
        }
        window.showSection(*section);
    }
    if (parser.isSet(selectOption) && !window.selectByName(parser.value(selectOption))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "Nothing named %1 here").arg(parser.value(selectOption))));
    }

    if (screenshotMode) {
        // Let the window lay itself out and paint once before grabbing it.
        QTimer::singleShot(200, &window, [&] {
            const bool saved = window.grab().save(shotPath, "PNG");
            if (!saved)
                std::fprintf(stderr, "%s\n",
                             qPrintable(QApplication::translate("main", "Could not write %1").arg(shotPath)));
            QApplication::exit(saved && opened ? 0 : 1);
        });
    }
    return QApplication::exec();
}
