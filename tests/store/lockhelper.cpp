// A second process for test_store_lock: takes the lock of the project given as argument,
// prints "locked" (or "busy"), and holds it until its standard input is closed.

#include "store/projectlock.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    ropa::store::ProjectLock lock(QString::fromLocal8Bit(argv[1]));
    if (!lock.tryLock()) {
        std::puts("busy");
        std::fflush(stdout);
        return 1;
    }
    std::puts("locked");
    std::fflush(stdout);
    while (std::fgetc(stdin) != EOF) {
    }
    return 0;
}
