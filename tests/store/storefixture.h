#pragma once

// What the test_store_* executables share: the full sample project and its older-format
// meanings, byte and SQL helpers that act on a file as another program would, and a
// temporary folder per test function with files written by saveProject or from a dump.

#include "domain/projectdata.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ropa::test {

// The id of test::fixedId(n) as the file stores it.
QString sid(int n);

// The shared sample with every optional field set somewhere and unset somewhere else.
ProjectData fullProject();
// The project as a file of format 2 or older holds it.
ProjectData withoutFormat3Facts(ProjectData d);
// What a file of format 4 or older means in format 5.
ProjectData withFormat4Meaning(ProjectData d);

QByteArray readBytes(const QString &path);
bool writeBytes(const QString &path, const QByteArray &bytes);
// Runs SQL on a file with a plain connection (what an attacker would do), foreign keys off.
bool tamper(const QString &path, const QString &sql);
QStringList filesIn(const QString &dir);

// The base of the test classes: a fresh temporary folder for each test function, and no
// migration registered by an earlier test function.
class StoreTest : public QObject
{
    Q_OBJECT

protected:
    QString m_dirPath;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dirPath + u'/' + name; }

    // A valid project file written by saveProject.
    QString makeValid(const QString &name, const ProjectData &data = fullProject());

    // A file made from a `sqlite3 .dump` of a file written by an older Ropa.
    QString makeFromDump(const QString &name, int version, const QByteArray &prefix = {}) const;

private Q_SLOTS:
    void init();
    void cleanup();
};

} // namespace ropa::test
