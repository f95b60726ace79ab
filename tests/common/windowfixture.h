#pragma once

// The main window as GUI tests use it: every question answered by ScriptedDialogs (no modal
// box ever waits), and the settings, recent files and recovery copies of the test in a
// folder of its own, so a test never reads or changes the user's.

#include "common/scripteddialogs.h"
#include "mainwindow.h"

#include <QTemporaryDir>

#include <memory>

namespace ropa::test {

// Points the settings and data folders (XDG) at a temporary folder for the whole test
// program; call it in initTestCase().
inline bool useSandbox()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        return false;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("data"))));
    return true;
}

struct TestWindow
{
    enum Option { Hidden, Shown };

    MainWindow w;
    ScriptedDialogs *dialogs = nullptr;

    // Errors are stored (lastError()) and signalled, not shown; Shown: at its default size.
    explicit TestWindow(Option option = Hidden)
    {
        auto d = std::make_unique<ScriptedDialogs>();
        dialogs = d.get();
        w.setDialogs(std::move(d));
        w.setErrorDialogsEnabled(false);
        if (option == Shown) {
            w.resize(w.sizeHint());
            w.show();
        }
    }
};

} // namespace ropa::test
