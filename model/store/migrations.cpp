#include "store/migrations.h"

#include "store/projectstore.h"
#include "store/schema.h"
#include "store/sqlite.h"

#include <QList>
#include <QMutex>

namespace ropa::store::migrations {

namespace {

// Rebuilds a table with its current definition (schema::createStatement, so the result is
// exactly what a new file has): the rows are kept in a temporary copy, the table is dropped
// and created again, and the rows come back with the columns they had; new nullable columns
// are NULL ("not stated") and each new NOT NULL text column in emptyTexts is ''. The
// connection runs without foreign-key enforcement, so dropping a table that others refer to
// is allowed, and the references resolve again once the rows are back.
bool rebuildTable(sql::Database &db, const QString &table, const QString &keptColumns, const QString &emptyTexts,
                  QString *error)
{
    const QString copy = QStringLiteral("ropa_migrating_") + table;
    QString emptyValues;
    for (qsizetype i = 0, n = emptyTexts.split(u',', Qt::SkipEmptyParts).size(); i < n; ++i)
        emptyValues += QStringLiteral(", ''");
    const QStringList steps = {
        QStringLiteral("CREATE TEMP TABLE %1 AS SELECT %2 FROM main.%3").arg(copy, keptColumns, table),
        QStringLiteral("DROP TABLE main.%1").arg(table),
        schema::createStatement(table),
        QStringLiteral("INSERT INTO main.%1 (%2%3) SELECT %2%4 FROM temp.%5")
            .arg(table, keptColumns, emptyTexts.isEmpty() ? QString() : QStringLiteral(", ") + emptyTexts, emptyValues,
                 copy),
        QStringLiteral("DROP TABLE temp.%1").arg(copy),
    };
    for (const QString &statement : steps) {
        if (statement.isEmpty() || !db.exec(statement)) {
            *error = QStringLiteral("rebuilding the table %1: %2").arg(table, db.errorText());
            return false;
        }
    }
    return true;
}

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
        // 2 -> 3: explicit facts that rules read from notes before (docs/findings.md): the
        // tables activities and transfers are rebuilt with the new columns, all "not stated".
        {2, schema::version2(),
         [](sql::Database &db, QString *error) {
             if (!rebuildTable(
                     db, QStringLiteral("activities"),
                     QStringLiteral("id, name, organisation, role, on_behalf_of, lawful_basis, art9_condition, "
                                    "art10_basis, dpia_required, dpia_done, owner, last_reviewed, notes"),
                     QStringLiteral("balancing_test_note"), error))
                 return false;
             return rebuildTable(db, QStringLiteral("transfers"),
                                 QStringLiteral("id, from_party, to_party, role, purpose, mechanism, scc_module, "
                                                "derogation, tia_done"),
                                 QStringLiteral("suitable_safeguards"), error);
         }},
        // Format 3 -> 4: the table of the content digest, empty until the next save writes it.
        {3, schema::version3(),
         [](sql::Database &db, QString *error) {
             for (const QString &statement : schema::version4().mid(schema::version3().size())) {
                 if (!db.exec(statement)) {
                     *error = db.errorText();
                     return false;
                 }
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
