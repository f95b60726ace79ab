#include "store/migrations.h"

#include "store/legacymeaning.h"
#include "store/projectstore.h"
#include "store/schema.h"
#include "store/sqlite.h"

#include <QList>
#include <QMutex>

#include <sqlite3.h>

namespace ropa::store::migrations {

namespace {

// The CREATE statement of a table in the schema of one version (empty when it has none).
QString statementOf(const QStringList &schemaOfVersion, const QString &table)
{
    const QString prefix = QStringLiteral("CREATE TABLE ") + table + QStringLiteral(" (");
    for (const QString &sql : schemaOfVersion) {
        if (sql.startsWith(prefix))
            return sql;
    }
    return {};
}

// Rebuilds a table with its definition in the version the step leads to (targetSchema, so the
// result is exactly what a file of that version has): the rows are kept in a temporary copy,
// the table is dropped and created again, and the rows come back with the columns they had;
// new nullable columns are NULL ("not stated") and each new NOT NULL text column in
// emptyTexts is ''. The connection runs without foreign-key enforcement, so dropping a table
// that others refer to is allowed, and the references resolve again once the rows are back.
bool rebuildTable(sql::Database &db, const QStringList &targetSchema, const QString &table, const QString &keptColumns,
                  const QString &emptyTexts, QString *error)
{
    const QString copy = QStringLiteral("ropa_migrating_") + table;
    QString emptyValues;
    for (qsizetype i = 0, n = emptyTexts.split(u',', Qt::SkipEmptyParts).size(); i < n; ++i)
        emptyValues += QStringLiteral(", ''");
    const QStringList steps = {
        QStringLiteral("CREATE TEMP TABLE %1 AS SELECT %2 FROM main.%3").arg(copy, keptColumns, table),
        QStringLiteral("DROP TABLE main.%1").arg(table),
        statementOf(targetSchema, table),
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

// Rebuilds a table as rebuildTable does, with its definition in targetSchema, giving each new column the value of
// an SQL expression over the old row (column names of the old table, or a sub-select).
bool rebuildTableWith(sql::Database &db, const QStringList &targetSchema, const QString &table,
                      const QString &keptColumns, const QList<std::pair<QString, QString>> &newColumns, QString *error)
{
    const QString copy = QStringLiteral("ropa_migrating_") + table;
    QString names;
    QString values;
    for (const auto &[column, expression] : newColumns) {
        names += QStringLiteral(", ") + column;
        values += QStringLiteral(", ") + expression;
    }
    const QStringList steps = {
        QStringLiteral("CREATE TEMP TABLE %1 AS SELECT %2 FROM main.%3").arg(copy, keptColumns, table),
        QStringLiteral("DROP TABLE main.%1").arg(table),
        statementOf(targetSchema, table),
        QStringLiteral("INSERT INTO main.%1 (%2%3) SELECT %2%4 FROM temp.%5 AS old")
            .arg(table, keptColumns, names, values, copy),
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

// Format 4 -> 5 (issue 18). Four tables are rebuilt with their new columns and the new tables
// are created, empty. What an old file meant is kept:
// - a DPA signing date said the DPA is in place: dpa_in_place = 1 where dpa_signed is stated;
// - a DPIA date said it was performed: dpia_performed = 1 where dpia_done is stated;
// - a transfer that listed no categories carried every category of its activities (the
//   record printed "all categories of the activity", the graph assumed every category):
//   all_categories = 1 where transfer_data_categories has no row for it;
// - a stated DPO or representative (three texts) gets an empty function, keeping the rule
//   that its parts are all NULL or all text; every other new fact is "not stated".
// The stored content digest was of the format-4 tables; it is emptied (the next save writes
// it) as for a file migrated from format 3.
bool migrate4to5(sql::Database &db, QString *error)
{
    const QString empty = QStringLiteral("''");
    if (!rebuildTableWith(db, schema::version5(), QStringLiteral("documents"),
                          QStringLiteral("id, title, url, date, text"), {}, error))
        return false;
    if (!rebuildTableWith(
            db, schema::version5(), QStringLiteral("parties"),
            QStringLiteral("id, name, kind, named, own, country, address, contact_name, contact_email, contact_phone, "
                           "dpo_name, dpo_email, dpo_phone, representative_name, representative_email, "
                           "representative_phone, website, dpa_signed, dpf_certified, notes"),
            {{QStringLiteral("contact_function"), empty},
             {QStringLiteral("dpo_function"), QStringLiteral("CASE WHEN old.dpo_name IS NULL THEN NULL ELSE '' END")},
             {QStringLiteral("representative_function"),
              QStringLiteral("CASE WHEN old.representative_name IS NULL THEN NULL ELSE '' END")},
             {QStringLiteral("dpa_in_place"), QStringLiteral("CASE WHEN old.dpa_signed IS NULL THEN NULL ELSE 1 END")}},
            error))
        return false;
    if (!rebuildTableWith(
            db, schema::version5(), QStringLiteral("activities"),
            QStringLiteral("id, name, organisation, role, on_behalf_of, lawful_basis, art9_condition, art10_basis, "
                           "consent_condition_of_service, balancing_test_date, balancing_test_note, dpia_required, "
                           "dpia_done, large_scale, owner, last_reviewed, notes"),
            {{QStringLiteral("contact_name"), empty},
             {QStringLiteral("contact_function"), empty},
             {QStringLiteral("contact_email"), empty},
             {QStringLiteral("contact_phone"), empty},
             {QStringLiteral("adm_logic"), empty},
             {QStringLiteral("adm_significance"), empty},
             {QStringLiteral("dpia_performed"), QStringLiteral("CASE WHEN old.dpia_done IS NULL THEN NULL ELSE 1 END")},
             {QStringLiteral("screening_outcome"), empty}},
            error))
        return false;
    if (!rebuildTableWith(
            db, schema::version5(), QStringLiteral("transfers"),
            QStringLiteral("id, from_party, to_party, role, purpose, mechanism, scc_module, derogation, occasional, "
                           "suitable_safeguards, tia_done"),
            {{QStringLiteral("all_categories"),
              QStringLiteral("NOT EXISTS (SELECT 1 FROM main.transfer_data_categories c WHERE c.transfer = old.id)")}},
            error))
        return false;
    for (const QString &statement : schema::version5()) {
        if (schema::version4().contains(statement) ||
            statement.contains(QLatin1StringView("CREATE TABLE documents ")) ||
            statement.startsWith(QLatin1StringView("CREATE TABLE parties ")) ||
            statement.startsWith(QLatin1StringView("CREATE TABLE activities ")) ||
            statement.startsWith(QLatin1StringView("CREATE TABLE transfers ")))
            continue;
        if (!db.exec(statement)) {
            *error = db.errorText();
            return false;
        }
    }
    if (!db.exec("DELETE FROM main.content_digest")) {
        *error = db.errorText();
        return false;
    }
    return true;
}

// Format 5 -> 6 (decision 0022). The parties are rebuilt with why no DPO is required, read from
// the sentence of an own party's notes that said so (the records read it from there before);
// a mechanism "none" that nothing backs up becomes "not stated", as the checks read it before
// (legacymeaning.h). The content digest is emptied, as in the step from format 4.
bool migrate5to6(sql::Database &db, QString *error)
{
    const QString kept = QStringLiteral(
        "id, name, kind, named, own, country, address, contact_name, contact_function, contact_email, contact_phone, "
        "dpo_name, dpo_function, dpo_email, dpo_phone, representative_name, representative_function, "
        "representative_email, representative_phone, website, dpa_in_place, dpa_signed, dpa_document, dpf_certified, "
        "notes");
    if (!rebuildTableWith(db, schema::version6(), QStringLiteral("parties"), kept, {}, error))
        return false;
    QList<std::pair<QString, QString>> reasons;
    {
        sql::Statement st(db, "SELECT id, notes FROM main.parties WHERE own = 1 AND dpo_name IS NULL");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            Party p;
            p.own = true;
            p.notes = st.columnText(1);
            if (const QString why = legacy::dpoNotRequiredFromNotes(p); !why.isEmpty())
                reasons.append({st.columnText(0), why});
        }
        if (rc != SQLITE_DONE) {
            *error = db.errorText();
            return false;
        }
    }
    sql::Statement update(db, "UPDATE main.parties SET dpo_not_required = ?1 WHERE id = ?2");
    for (const auto &[id, why] : std::as_const(reasons)) {
        if (!update.bindText(1, why) || !update.bindText(2, id) || !update.execute()) {
            *error = db.errorText();
            return false;
        }
    }
    if (!db.exec("UPDATE main.transfers SET mechanism = 'not_stated' WHERE mechanism = 'none' AND scc_module IS NULL "
                 "AND derogation IS NULL AND tia_done IS NULL AND trim(suitable_safeguards) = '' AND NOT EXISTS "
                 "(SELECT 1 FROM main.transfer_evidence e WHERE e.transfer = transfers.id)") ||
        !db.exec("DELETE FROM main.content_digest")) {
        *error = db.errorText();
        return false;
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
                     db, schema::version3(), QStringLiteral("activities"),
                     QStringLiteral("id, name, organisation, role, on_behalf_of, lawful_basis, art9_condition, "
                                    "art10_basis, dpia_required, dpia_done, owner, last_reviewed, notes"),
                     QStringLiteral("balancing_test_note"), error))
                 return false;
             return rebuildTable(db, schema::version3(), QStringLiteral("transfers"),
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
        // Format 4 -> 5: what real registers carry (migrate4to5).
        {4, schema::version4(), migrate4to5},
        // Format 5 -> 6: why no DPO is required; "not stated" apart from "none" (migrate5to6).
        {5, schema::version5(), migrate5to6},
        // Format 6 -> 7: the file's history (decision 0027), empty: an old file's history starts
        // at its first save in this version. The history is not covered by the content digest,
        // so the digest of the format-6 tables stays valid.
        {6, schema::version6(),
         [](sql::Database &db, QString *error) {
             for (const QString &statement : schema::version7().mid(schema::version6().size())) {
                 if (!db.exec(statement)) {
                     *error = db.errorText();
                     return false;
                 }
             }
             return true;
         }},
        // Format 7 -> 8: vendors' subprocessor lists and notice periods (decision 0028), empty. The
        // new tables are covered by the content digest from the first save in format 8 on (a
        // migrated file is not verified before it).
        {7, schema::version7(),
         [](sql::Database &db, QString *error) {
             for (const QString &statement : schema::version8().mid(schema::version7().size())) {
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
