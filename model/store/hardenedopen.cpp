#include "store/hardenedopen.h"

#include "store/migrations.h"
#include "store/schema.h"
#include "store/storemessages.h"

#include <QList>

#include <sqlite3.h>

#include <optional>

namespace ropa::store {

namespace {

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + offset;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint32 bigEndian16(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + offset;
    return (quint32(p[0]) << 8) | quint32(p[1]);
}

} // namespace

Error checkHeader(const QString &path, const QByteArray &bytes, FileHeader *header)
{
    const QString label = fileLabel(path);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.isEmpty()) {
        return makeError(
            ErrorCode::NotRopa,
            Tr::tr("%1 is not a Ropa project (the file is empty). Choose a .ropa file made by Ropa.").arg(label));
    }
    if (bytes.size() < magic.size() || !bytes.startsWith(magic)) {
        return makeError(ErrorCode::NotRopa, Tr::tr("%1 is not a Ropa project (it is not a SQLite database). "
                                                    "Choose a .ropa file made by Ropa.")
                                                 .arg(label));
    }
    const QString damaged =
        Tr::tr("%1 is damaged: the file is shorter than its header says, so it may have been cut off while it was "
               "copied or downloaded. Open a backup copy.");
    if (bytes.size() < 100)
        return makeError(ErrorCode::Corrupt, damaged.arg(label));

    if (bigEndian32(bytes, 68) != ApplicationId) {
        return makeError(ErrorCode::NotRopa,
                         Tr::tr("%1 is not a Ropa project (it is a SQLite database of another program). "
                                "Choose a .ropa file made by Ropa.")
                             .arg(label));
    }
    const auto writeVersion = uchar(bytes.at(18));
    const auto readVersion = uchar(bytes.at(19));
    if (writeVersion == 2 || readVersion == 2) {
        return makeError(ErrorCode::Hostile,
                         Tr::tr("%1 is in write-ahead log (WAL) mode, which Ropa never writes: the file may "
                                "have been changed by another program, so it was not opened.")
                             .arg(label));
    }
    if (writeVersion != 1 || readVersion != 1) {
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("%1 is damaged or uses a SQLite file format that Ropa cannot read, so it "
                                "was not opened. Open a backup copy.")
                             .arg(label));
    }
    // Ropa writes UTF-8 only. A copy converted to UTF-16 (PRAGMA encoding) holds the same
    // rows, but its ids and texts would read as something else: named for what it is.
    if (const quint32 encoding = bigEndian32(bytes, 56); encoding != 1) {
        if (encoding == 2 || encoding == 3) {
            return makeError(ErrorCode::Hostile,
                             Tr::tr("%1 stores its texts in UTF-16, not in UTF-8 as Ropa writes them: the file's "
                                    "text encoding was changed by another program, so it was not opened.")
                                 .arg(label));
        }
        return makeError(ErrorCode::Corrupt, Tr::tr("%1 is damaged (its header is invalid), so it was not opened. "
                                                    "Open a backup copy.")
                                                 .arg(label));
    }
    const auto userVersion = qint32(bigEndian32(bytes, 60));
    if (userVersion > FormatVersion) {
        return makeError(ErrorCode::TooNew,
                         Tr::tr("This file was made by a newer Ropa (format %1; this version reads up to %2). "
                                "Update Ropa to open it.")
                             .arg(userVersion)
                             .arg(FormatVersion));
    }
    if (!migrations::canRead(userVersion)) {
        return makeError(ErrorCode::NotRopa,
                         Tr::tr("%1 was made by an early test version of Ropa (format %2) that this version "
                                "cannot read.")
                             .arg(label)
                             .arg(userVersion));
    }
    quint32 pageSize = bigEndian16(bytes, 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        return makeError(ErrorCode::Corrupt, Tr::tr("%1 is damaged (its header is invalid), so it was not opened. "
                                                    "Open a backup copy.")
                                                 .arg(label));
    }
    if (bytes.size() < qint64(pageSize) || bytes.size() % pageSize != 0)
        return makeError(ErrorCode::Corrupt, damaged.arg(label));
    // The page count in the header is valid when the change counter matches
    // "version-valid-for" (every SQLite since 3.7.0 keeps it so).
    const quint32 pageCount = bigEndian32(bytes, 28);
    if (pageCount != 0 && bigEndian32(bytes, 24) == bigEndian32(bytes, 92)) {
        const qint64 expected = qint64(pageCount) * pageSize;
        if (expected > bytes.size())
            return makeError(ErrorCode::Corrupt, damaged.arg(label));
        if (expected < bytes.size()) {
            return makeError(ErrorCode::Hostile,
                             Tr::tr("%1 is longer than its header says, which Ropa never writes: the file "
                                    "may have been tampered with, so it was not opened.")
                                 .arg(label));
        }
    }
    header->userVersion = userVersion;
    return {};
}

void SqliteFree::operator()(unsigned char *p) const
{
    sqlite3_free(p);
}

SqliteBuffer allocateSqliteBuffer(qint64 bytes)
{
    return SqliteBuffer(static_cast<unsigned char *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(bytes))));
}

bool growSqliteBuffer(SqliteBuffer &buffer, qint64 bytes)
{
    auto *grown = static_cast<unsigned char *>(sqlite3_realloc64(buffer.get(), static_cast<sqlite3_uint64>(bytes)));
    if (!grown)
        return false;
    (void)buffer.release();
    buffer.reset(grown);
    return true;
}

namespace {

int progressHandler(void *context)
{
    const auto *deadline = static_cast<const QDeadlineTimer *>(context);
    return deadline->hasExpired() ? 1 : 0;
}

// A fresh in-memory connection with every hardening setting of opening.
bool openHardened(sql::Database &db, QDeadlineTimer *deadline)
{
    if (!db.openMemory())
        return false;
    sqlite3 *h = db.handle();
    int ignored = 0;
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, &ignored);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &ignored);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &ignored);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &ignored);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, &ignored);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &ignored);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, MaxValueBytes);
    sqlite3_progress_handler(h, 10000, &progressHandler, deadline);
    return true;
}

const char *const HardeningPragmas =
    "PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -256;";

struct SchemaRow
{
    QString type;
    QString name;
    QString tableName;
    std::optional<QString> sql;
};

bool readSchemaRows(sql::Database &db, QList<SchemaRow> *rows)
{
    sql::Statement st(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid");
    if (!st.isValid())
        return false;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        SchemaRow row{st.columnText(0), st.columnText(1), st.columnText(2), std::nullopt};
        if (!st.isNull(3))
            row.sql = st.columnText(3);
        rows->append(row);
    }
    return rc == SQLITE_DONE;
}

} // namespace

Error sqliteFailure(const QString &path, const sql::Database &db, const QString &table)
{
    const QString label = fileLabel(path);
    const int code = db.errorCode() & 0xff;
    if (code == SQLITE_INTERRUPT) {
        return makeError(ErrorCode::Hostile,
                         Tr::tr("Opening %1 was stopped because it took longer than %2 seconds: the file may "
                                "be damaged or made to stall Ropa.")
                             .arg(label)
                             .arg(MaxOpenSeconds));
    }
    if (code == SQLITE_TOOBIG) {
        const QString where = table.isEmpty() ? QString() : Tr::tr(" in the table %1").arg(quoted(table));
        return makeError(ErrorCode::Hostile,
                         Tr::tr("%1 contains a value larger than %2 MB%3, which Ropa never writes: the file "
                                "may have been tampered with, so it was not opened.")
                             .arg(label)
                             .arg(MaxValueBytes / (1024 * 1024))
                             .arg(where));
    }
    if (code == SQLITE_NOMEM) {
        return makeError(ErrorCode::Unreadable, Tr::tr("There is not enough memory to open %1.").arg(label));
    }
    if (db.errorText().startsWith(QLatin1StringView("malformed database schema"))) {
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("%1 is damaged or was tampered with: its table definitions cannot be read, so "
                                "it was not opened. Open a backup copy.")
                             .arg(label));
    }
    return makeError(ErrorCode::Corrupt,
                     Tr::tr("%1 is damaged, so it was not opened (SQLite reports: %2). Open a backup copy.")
                         .arg(label, db.errorText()));
}

bool loadIntoMemory(sql::Database &db, SqliteBuffer buffer, qint64 size, qint64 capacity, QDeadlineTimer *deadline)
{
    if (!openHardened(db, deadline))
        return false;
    sqlite3 *h = db.handle();
    // FREEONCLOSE: SQLite owns the buffer from here on, also when deserialize fails.
    if (sqlite3_deserialize(h, "main", buffer.release(), size, capacity,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK) {
        return false;
    }
    return db.exec(HardeningPragmas);
}

// A second hardened connection that reads the database of `source` (already checked) without
// a copy: the bytes stay owned by `source`, which must stay open, and not change, while this
// connection is used. Read-only.
bool shareReadOnly(sql::Database &db, sql::Database &source, QDeadlineTimer *deadline)
{
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(source.handle(), "main", &size, SQLITE_SERIALIZE_NOCOPY);
    if (!bytes || !openHardened(db, deadline))
        return false;
    if (sqlite3_deserialize(db.handle(), "main", bytes, size, size, SQLITE_DESERIALIZE_READONLY) != SQLITE_OK)
        return false;
    return db.exec(HardeningPragmas);
}

Error quickCheck(const QString &path, sql::Database &db)
{
    sql::Statement st(db, "PRAGMA quick_check");
    if (!st.isValid())
        return sqliteFailure(path, db);
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return sqliteFailure(path, db);
    const QString verdict = st.columnText(0);
    if (verdict != QLatin1StringView("ok"))
        return makeError(ErrorCode::Corrupt, Tr::tr("%1 is damaged, so it was not opened (SQLite's check found: %2). "
                                                    "Open a backup copy.")
                                                 .arg(fileLabel(path), verdict.left(200)));
    return {};
}

Error checkSchema(const QString &path, sql::Database &db, int version)
{
    QList<SchemaRow> actual;
    if (!readSchemaRows(db, &actual))
        return sqliteFailure(path, db);

    sql::Database fresh;
    QList<SchemaRow> expected;
    bool ok = fresh.openMemory();
    for (const QString &statement : schema::forVersion(version))
        ok = ok && fresh.exec(statement);
    ok = ok && readSchemaRows(fresh, &expected);
    if (!ok || expected.isEmpty()) {
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("Ropa cannot check the tables of format %1 (%2).").arg(version).arg(fresh.errorText()));
    }

    auto findRow = [](const QList<SchemaRow> &rows, const SchemaRow &row) -> const SchemaRow * {
        for (const SchemaRow &r : rows) {
            if (r.type == row.type && r.name == row.name)
                return &r;
        }
        return nullptr;
    };
    const QString tampered = Tr::tr(": the file may have been tampered with, so it was not opened.");
    // Objects Ropa never writes; views and triggers first, they are the dangerous ones.
    for (const bool dangerousOnly : {true, false}) {
        for (const SchemaRow &row : actual) {
            const bool dangerous = row.type != QLatin1StringView("table") && row.type != QLatin1StringView("index");
            if (dangerous != dangerousOnly || findRow(expected, row))
                continue;
            return makeError(ErrorCode::Hostile,
                             (row.type == QLatin1StringView("index")
                                  ? Tr::tr("The project contains an index named %1, which Ropa never writes")
                                        .arg(quoted(row.name.left(80)))
                                  : Tr::tr("The project contains a %1 named %2, which Ropa never writes")
                                        .arg(row.type.left(40), quoted(row.name.left(80)))) +
                                 tampered);
        }
    }
    for (const SchemaRow &row : expected) {
        if (!findRow(actual, row)) {
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("The project has no %1 named %2, which every Ropa project of format %3 "
                                    "has: the file is damaged or was not made by Ropa, so it was not opened.")
                                 .arg(row.type, quoted(row.name))
                                 .arg(version));
        }
    }
    for (const SchemaRow &row : actual) {
        const SchemaRow *want = findRow(expected, row);
        if (want->tableName != row.tableName || want->sql != row.sql) {
            return makeError(ErrorCode::Hostile,
                             Tr::tr("The %1 %2 in the project is not defined the way Ropa defines it")
                                     .arg(row.type, quoted(row.name)) +
                                 tampered);
        }
    }
    return {};
}

} // namespace ropa::store
