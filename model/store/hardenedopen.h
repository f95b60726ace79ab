#pragma once

// Opening a file that may come from a stranger, before a value is read (ARCHITECTURE.md,
// "hardened open"): the 100-byte header is checked before SQLite sees the bytes, the bytes go
// to a private in-memory connection with every dangerous feature off and a deadline, and the
// schema must be exactly the one Ropa writes for the file's format version.

#include "store/projectstore.h"
#include "store/sqlite.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>

#include <memory>

namespace ropa::store {

struct FileHeader
{
    int userVersion = 0;
};

// Checks the header of the file's bytes (magic, application id, WAL, versions, page size and
// count against the length); fills header when it is fine.
Error checkHeader(const QString &path, const QByteArray &bytes, FileHeader *header);

struct SqliteFree
{
    void operator()(unsigned char *p) const;
};
// A buffer from sqlite3_malloc64, which a connection can take over.
using SqliteBuffer = std::unique_ptr<unsigned char, SqliteFree>;
SqliteBuffer allocateSqliteBuffer(qint64 bytes);
// Grows the buffer to `bytes`; false (buffer unchanged) when there is no memory.
bool growSqliteBuffer(SqliteBuffer &buffer, qint64 bytes);

// Hands the file's bytes (size used of capacity) to a fresh hardened in-memory connection,
// without a copy; the connection owns them from then on, also when this fails. The deadline
// stops any statement that runs past it.
bool loadIntoMemory(sql::Database &db, SqliteBuffer buffer, qint64 size, qint64 capacity, QDeadlineTimer *deadline);

// A second hardened connection that reads the database of `source` (already checked) without
// a copy: the bytes stay owned by `source`, which must stay open, and not change, while this
// connection is used. Read-only.
bool shareReadOnly(sql::Database &db, sql::Database &source, QDeadlineTimer *deadline);

// Turns a failed SQLite call during open into a message for a DPO; table names where it was.
Error sqliteFailure(const QString &path, const sql::Database &db, const QString &table = QString());

// PRAGMA quick_check.
Error quickCheck(const QString &path, sql::Database &db);

// The schema allow-list: the objects in the file must be exactly those of format `version`.
Error checkSchema(const QString &path, sql::Database &db, int version);

} // namespace ropa::store
