#pragma once

// Forward migrations of the .ropa format (docs/file-format.md, "Migration policy").
//
// A file of format version N < FormatVersion is migrated in memory when it is opened: the
// steps N -> N+1 -> ... -> FormatVersion run in one transaction on the private in-memory
// copy; the file on disk is not written (the next save writes the current version, and
// open keeps a copy "name.vN.ropa" beside it first). Each step is registered with the
// schema of the version it starts from, so the file is checked against that exact schema
// before any step runs, and against the current schema after the last one.
//
// The first real format change adds one Migration to builtIn() in migrations.cpp and a
// fixture of the old version to tests/store.

#include <QString>
#include <QStringList>

#include <functional>

namespace ropa::store::sql {
class Database;
}

namespace ropa::store::migrations {

struct Migration
{
    int from = 0;             // upgrades a file of version `from` to `from + 1`
    QStringList schemaOfFrom; // the CREATE statements of version `from`, in order
    // Changes the schema and the rows; false with a message on failure. Runs inside the
    // migration's transaction; user_version is set by migrate(), not by the step.
    std::function<bool(sql::Database &db, QString *error)> apply;
};

// The step that upgrades `from`, or nullptr.
const Migration *find(int from);

// The schema of an older version, from its registered step (empty when unknown).
QStringList schemaOf(int version);

// True when a file of this version can be read (directly or by migrating).
bool canRead(int version);

// Runs every step from `from` up to FormatVersion in one transaction and sets user_version.
// On failure the transaction is rolled back and error says why.
bool migrate(sql::Database &db, int from, QString *error);

namespace detail {
// Test seam: extra steps, consulted before the built-in ones (e.g. a fake 0 -> 1 step).
void registerTestMigration(const Migration &migration);
void clearTestMigrations();
} // namespace detail

} // namespace ropa::store::migrations
