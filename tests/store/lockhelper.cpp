// A second process for test_store_lock: takes the lock of the project given as argument,
// prints "locked" (or "busy"), and holds it until its standard input is closed.
// With "save" as second argument it then saves the sample project over the file, and stops
// just before the rename (printing "saving"): the test kills it there, as a crash would.

#include "common/sampleproject.h"
#include "store/projectlock.h"
#include "store/projectstore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    ropa::store::ProjectLock lock(path);
    if (!lock.tryLock()) {
        std::puts("busy");
        std::fflush(stdout);
        return 1;
    }
    std::puts("locked");
    std::fflush(stdout);
    if (argc > 2 && qstrcmp(argv[2], "save") == 0) {
        ropa::ProjectData changed = ropa::test::sampleProject();
        changed.info.notes = QStringLiteral("the killed save");
        ropa::store::SaveOptions options;
        options.force = true;
        options.failBefore = [](ropa::store::detail::SaveStep step) {
            if (step == ropa::store::detail::SaveStep::Rename) {
                std::puts("saving");
                std::fflush(stdout);
                while (std::fgetc(stdin) != EOF) {
                }
            }
            return false;
        };
        ropa::store::saveProject(changed, path, options);
    }
    while (std::fgetc(stdin) != EOF) {
    }
    return 0;
}
