// ropa: the desktop application. For now a read-only viewer of one project.
//
//   ropa [FILE]                      opens FILE (.ropa or .json), or the bundled example
//   ropa --screenshot OUT.png [FILE] renders the window to OUT.png and exits

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
