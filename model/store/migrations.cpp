#include "store/migrations.h"

#include "store/projectstore.h"
#include "store/schema.h"
#include "store/sqlite.h"

#include <QList>
#include <QMutex>

namespace ropa::store::migrations {

namespace {

// The built-in steps, oldest first.
const QList<Migration> &builtIn()
{
    static const QList<Migration> steps = {
        // 1 -> 2: accepted findings are stored in the project (a new, empty table).
        {1, schema::version1(),
         [](sql::Database &db, QString *error) {
             if (!db.exec(schema::createStatement(QStringLiteral("accepted_findings")))) {
                 *error = db.errorText();
                 return false;
             }
             return true;
         }},
    };
    return steps;
}

QMutex &testMutex()
{
    static QMutex mutex;
    return mutex;
}

QList<Migration> &testSteps()
{
    static QList<Migration> steps;
    return steps;
}

} // namespace

const Migration *find(int from)
{
    {
        QMutexLocker lock(&testMutex());
        for (const Migration &m : testSteps()) {
            if (m.from == from)
                return &m;
        }
    }
    for (const Migration &m : builtIn()) {
        if (m.from == from)
            return &m;
    }
    return nullptr;
}

QStringList schemaOf(int version)
{
    const Migration *m = find(version);
    return m ? m->schemaOfFrom : QStringList();
}

bool canRead(int version)
{
    if (version == FormatVersion)
        return true;
    if (version > FormatVersion || version < 0)
        return false;
    for (int v = version; v < FormatVersion; ++v) {
        if (!find(v))
            return false;
    }
    return true;
}

bool migrate(sql::Database &db, int from, QString *error)
{
    if (!canRead(from)) {
        *error = QStringLiteral("no migration from format %1").arg(from);
        return false;
    }
    if (!db.exec("BEGIN IMMEDIATE")) {
        *error = db.errorText();
        return false;
    }
    for (int v = from; v < FormatVersion; ++v) {
        const Migration *m = find(v);
        QString stepError;
        if (!m || !m->apply || !m->apply(db, &stepError)) {
            *error = QStringLiteral("the step from format %1 to %2 failed: %3")
                         .arg(v)
                         .arg(v + 1)
                         .arg(stepError.isEmpty() ? db.errorText() : stepError);
            db.exec("ROLLBACK");
            return false;
        }
    }
    if (!db.exec(QStringLiteral("PRAGMA user_version = %1").arg(FormatVersion)) || !db.exec("COMMIT")) {
        *error = db.errorText();
        db.exec("ROLLBACK");
        return false;
    }
    return true;
}

namespace detail {

void registerTestMigration(const Migration &migration)
{
    QMutexLocker lock(&testMutex());
    testSteps().append(migration);
}

void clearTestMigrations()
{
    QMutexLocker lock(&testMutex());
    testSteps().clear();
}

} // namespace detail

} // namespace ropa::store::migrations
