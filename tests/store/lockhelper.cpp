// A second process for test_store_lock: takes the lock of the project given as argument,
// prints "locked" (or "busy"), and holds it until its standard input is closed.
// With "save" as second argument it then saves the sample project over the file, and stops
// just before the rename (printing "saving"): the test kills it there, as a crash would.
// With "saveloop" it saves over and over until it is killed at a random moment.

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
    // "saveloop": saves the sample project over the file again and again, its notes alternating
    // between "first" and "second", until it is killed.
    if (argc > 2 && qstrcmp(argv[2], "saveloop") == 0) {
        ropa::ProjectData data = ropa::test::sampleProject();
        ropa::store::SaveOptions options;
        options.force = true;
        for (int k = 0;; ++k) {
            data.info.notes = k % 2 == 0 ? QStringLiteral("first") : QStringLiteral("second");
            ropa::store::saveProject(data, path, options);
        }
    }
    while (std::fgetc(stdin) != EOF) {
    }
    return 0;
}
