#include "store/projectstore.h"

#include "domain/validation.h"
#include "store/migrations.h"
#include "store/rowbatch.h"
#include "store/schema.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QUuid>

#include <sqlite3.h>
#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ropa::store {

// Messages a user reads when opening, saving or importing: translated (context "ropa::store");
// the English texts are the source texts, unchanged.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store)
};

namespace {

QString quoted(const QString &text)
{
    return Tr::tr("“%1”", "a name or value in quotation marks").arg(text);
}

QString fileLabel(const QString &path)
{
    return quoted(QFileInfo(path).fileName());
}

QString fromUtf8(const char *text)
{
    return QString::fromUtf8(text);
}

Error makeError(ErrorCode code, const QString &message)
{
    return Error{code, message};
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// ---------------------------------------------------------------------------------------
// The 100-byte header, checked before any connection is made.

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

struct Header
{
    int userVersion = 0;
};

Error checkHeader(const QString &path, const QByteArray &bytes, Header *header)
{
    const QString label = fileLabel(path);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.isEmpty()) {
        return makeError(ErrorCode::NotRopa,
                         Tr::tr("%1 is not a Ropa project (the file is empty). Choose a .ropa file made by Ropa.")
                             .arg(label));
    }
    if (bytes.size() < magic.size() || !bytes.startsWith(magic)) {
        return makeError(ErrorCode::NotRopa,
                         Tr::tr("%1 is not a Ropa project (it is not a SQLite database). "
                                        "Choose a .ropa file made by Ropa.")
                             .arg(label));
    }
    const QString damaged = Tr::tr("%1 is damaged: the file is shorter than its header says, so it may have been cut off while it was "
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
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("%1 is damaged (its header is invalid), so it was not opened. "
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

// ---------------------------------------------------------------------------------------
// The private, hardened in-memory connection.

int progressHandler(void *context)
{
    const auto *deadline = static_cast<const QDeadlineTimer *>(context);
    return deadline->hasExpired() ? 1 : 0;
}

// Turns a failed SQLite call during open into a message for a DPO.
Error sqliteFailure(const QString &path, const sql::Database &db, const QString &table = QString())
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
        return makeError(ErrorCode::Unreadable,
                         Tr::tr("There is not enough memory to open %1.").arg(label));
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

struct SqliteFree
{
    void operator()(unsigned char *p) const { sqlite3_free(p); }
};
using SqliteBuffer = std::unique_ptr<unsigned char, SqliteFree>;

// Hands the file's bytes (read straight into a sqlite3_malloc64 buffer) to a private
// in-memory connection, without a copy.
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

bool loadIntoMemory(sql::Database &db, SqliteBuffer buffer, qint64 size, qint64 capacity, QDeadlineTimer *deadline)
{
    if (!openHardened(db, deadline))
        return false;
    sqlite3 *h = db.handle();
    // FREEONCLOSE: SQLite owns the buffer from here on, also when deserialize fails.
    if (sqlite3_deserialize(h, "main", buffer.release(), size, capacity,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        != SQLITE_OK) {
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

// ---------------------------------------------------------------------------------------
// The schema allow-list.

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
                         Tr::tr("Ropa cannot check the tables of format %1 (%2).")
                             .arg(version)
                             .arg(fresh.errorText()));
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
                                        .arg(row.type.left(40), quoted(row.name.left(80))))
                                 + tampered);
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
                                     .arg(row.type, quoted(row.name))
                                 + tampered);
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// Reading: explicit column lists, every value validated.

const QRegularExpression &dateSyntax()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return re;
}

// The value of each byte as a hexadecimal digit (lower case only), or -1.
struct HexDigits
{
    signed char value[256];
};

const HexDigits &hexDigits()
{
    static const HexDigits table = [] {
        HexDigits h{};
        for (int c = 0; c < 256; ++c)
            h.value[c] = c >= '0' && c <= '9' ? char(c - '0') : c >= 'a' && c <= 'f' ? char(c - 'a' + 10) : -1;
        return h;
    }();
    return table;
}

// idFromString on UTF-8 bytes, without a QString: 8-4-4-4-12 lower-case hexadecimal, nothing
// else; the nil UUID is not an id either.
Id parseId(QByteArrayView text)
{
    if (text.size() != 36)
        return {};
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    if (p[8] != '-' || p[13] != '-' || p[18] != '-' || p[23] != '-')
        return {};
    // Where the two digits of each of the 16 bytes are.
    static constexpr unsigned char at[16] = {0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};
    const HexDigits &hex = hexDigits();
    uchar bytes[16];
    int bad = 0;
    for (int i = 0; i < 16; ++i) {
        const int hi = hex.value[p[at[i]]];
        const int lo = hex.value[p[at[i] + 1]];
        bad |= hi | lo; // negative when either is not a digit
        bytes[i] = uchar((hi << 4) | (lo & 15));
    }
    if (bad < 0)
        return {};
    // The nil UUID comes out null, which is not an id either.
    return Id((uint(bytes[0]) << 24) | uint(bytes[1]) << 16 | uint(bytes[2]) << 8 | uint(bytes[3]),
              ushort(bytes[4] << 8 | bytes[5]), ushort(bytes[6] << 8 | bytes[7]), bytes[8], bytes[9], bytes[10],
              bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
}

class Reader
{
public:
    Reader(const QString &path, sql::Database &db)
        : m_path(path)
        , m_db(db)
    {
    }

    Error error() const { return m_error; }

    // The tables in the order of the format; the transfers are read apart (on the second core,
    // from a second connection to the same bytes), so the reading comes in three parts:
    // readBeforeTransfers, readTransfersOnly, readAfterTransfers.
    bool readBeforeTransfers(ProjectData *data)
    {
        return readProjectInfo(&data->info) && readDocuments(data) && readParties(data) && readCategories(data)
            && readSubjects(data) && readSources(data) && readMeasures(data) && readActivities(data);
    }
    bool readTransfersOnly(ProjectData *data) { return readTransfers(data); }
    bool readAfterTransfers(ProjectData *data) { return readAcceptedFindings(data); }

private:
    // What the current row belongs to, for messages.
    struct Context
    {
        std::optional<EntityKind> kind;
        Id id;
        QString name;
        // In link tables: the owner's name, read only when a message needs it.
        const QString *namePtr = nullptr;
        QString table;
        QString label; // what the row is, when it is no entity ("accepted finding …")
    };

    bool fail(ErrorCode code, const QString &message)
    {
        m_error = makeError(code, message);
        return false;
    }

    QString where(const char *key) const
    {
        const QString &name = m_ctx.namePtr ? *m_ctx.namePtr : m_ctx.name;
        const QString entity = m_ctx.kind            ? describeEntity(*m_ctx.kind, m_ctx.id, name)
                             : !m_ctx.label.isEmpty() ? m_ctx.label
                                                      : QStringLiteral("project");
        return entity + Tr::tr(", key %1").arg(quoted(fromUtf8(key)));
    }

    bool invalid(const char *key, const QString &what)
    {
        return fail(ErrorCode::InvalidContent,
                    where(key) + QStringLiteral(": ") + what + Tr::tr(". The project was not opened."));
    }

    static QString typeName(int type)
    {
        switch (type) {
        case SQLITE_INTEGER: return Tr::tr("a whole number");
        case SQLITE_FLOAT: return Tr::tr("a decimal number");
        case SQLITE_BLOB: return Tr::tr("binary data");
        case SQLITE_NULL: return Tr::tr("empty (NULL)");
        default: return Tr::tr("text");
        }
    }

    bool stepFailed(sql::Statement &st)
    {
        Q_UNUSED(st);
        m_error = sqliteFailure(m_path, m_db, m_ctx.table);
        return false;
    }

    template <typename T>
    static const QString &entityName(const T &entity)
    {
        if constexpr (std::is_same_v<T, Document>)
            return entity.title;
        else if constexpr (std::is_same_v<T, Transfer>)
            return entity.purpose;
        else
            return entity.name;
    }

    bool prepare(sql::Statement &st, const char *sql, const char *table)
    {
        m_ctx = Context{};
        m_ctx.table = fromUtf8(table);
        if (!st.prepare(m_db, sql)) {
            m_error = sqliteFailure(m_path, m_db, m_ctx.table);
            return false;
        }
        return true;
    }

    // A text column. Nullable: NULL (or '') reads as an empty QString.
    bool text(sql::Statement &st, int column, const char *key, QString *out, bool nullable = false)
    {
        const int type = st.columnType(column);
        if (type == SQLITE_NULL && nullable) {
            *out = QString();
            return true;
        }
        if (type != SQLITE_TEXT)
            return invalid(key, Tr::tr("the value is %1, not text").arg(typeName(type)));
        std::optional<QString> decoded = sql::decodeUtf8(st.columnView(column));
        if (!decoded)
            return invalid(key, Tr::tr("the text is not valid UTF-8"));
        *out = std::move(*decoded);
        return true;
    }

    bool id(sql::Statement &st, int column, const char *key, Id *out, bool nullable = false)
    {
        if (st.columnType(column) == SQLITE_TEXT) {
            // The usual case, without a QString: a well-formed id.
            *out = parseId(st.columnView(column));
            if (!out->isNull())
                return true;
        }
        QString raw;
        if (!text(st, column, key, &raw, nullable))
            return false;
        if (raw.isEmpty() && nullable) {
            *out = Id();
            return true;
        }
        *out = idFromString(raw);
        if (out->isNull()) {
            return invalid(key, Tr::tr("%1 is not an id (a lower-case UUID such as "
                                               "3f2a6c1e-0b7d-4e1a-9c2f-5d8e7a6b4c3d)")
                                    .arg(quoted(raw.left(80))));
        }
        return true;
    }

    bool date(sql::Statement &st, int column, const char *key, std::optional<QDate> *out)
    {
        QString raw;
        if (!text(st, column, key, &raw, true))
            return false;
        if (raw.isEmpty()) {
            out->reset();
            return true;
        }
        const QDate d = dateSyntax().match(raw).hasMatch() ? QDate::fromString(raw, Qt::ISODate) : QDate();
        if (!d.isValid())
            return invalid(key, Tr::tr("%1 is not a valid date in the form YYYY-MM-DD").arg(quoted(raw.left(80))));
        *out = d;
        return true;
    }

    bool optionalBool(sql::Statement &st, int column, const char *key, std::optional<bool> *out)
    {
        const int type = st.columnType(column);
        if (type == SQLITE_NULL) {
            out->reset();
            return true;
        }
        if (type != SQLITE_INTEGER)
            return invalid(key, Tr::tr("the value is %1, not 0 (no) or 1 (yes)").arg(typeName(type)));
        const qint64 v = st.columnInt(column);
        if (v != 0 && v != 1)
            return invalid(key, Tr::tr("%1 is not 0 (no) or 1 (yes)").arg(v));
        *out = v == 1;
        return true;
    }

    bool boolean(sql::Statement &st, int column, const char *key, bool *out)
    {
        if (st.columnType(column) == SQLITE_NULL)
            return invalid(key, Tr::tr("the value is missing; it must be 0 (no) or 1 (yes)"));
        std::optional<bool> v;
        if (!optionalBool(st, column, key, &v))
            return false;
        *out = *v;
        return true;
    }

    bool integer(sql::Statement &st, int column, const char *key, qint64 *out)
    {
        const int type = st.columnType(column);
        if (type != SQLITE_INTEGER)
            return invalid(key, Tr::tr("the value is %1, not a whole number").arg(typeName(type)));
        *out = st.columnInt(column);
        return true;
    }

    template <typename E>
    bool enumeration(sql::Statement &st, int column, const char *key, std::optional<E> *out, bool nullable)
    {
        QString raw;
        if (!text(st, column, key, &raw, nullable))
            return false;
        if (raw.isEmpty() && nullable) {
            out->reset();
            return true;
        }
        *out = enumFromString<E>(raw);
        if (!*out) {
            return invalid(key, Tr::tr("%1 is not one of the values Ropa knows (%2)")
                                    .arg(quoted(raw.left(80)), enumAllNames<E>().join(QStringLiteral(", "))));
        }
        return true;
    }

    template <typename E>
    bool enumeration(sql::Statement &st, int column, const char *key, E *out)
    {
        std::optional<E> v;
        if (!enumeration(st, column, key, &v, false))
            return false;
        *out = *v;
        return true;
    }

    // Columns 0 and 1 of an entity table: id and name. Sets the context.
    template <typename T>
    bool entityStart(sql::Statement &st, const EntityMap<T> &map, Id *entityId, QString *name)
    {
        m_ctx.kind = kindOf<T>();
        m_ctx.id = Id();
        m_ctx.name.clear();
        m_ctx.namePtr = nullptr;
        const int type = st.columnType(0);
        *entityId = type == SQLITE_TEXT ? parseId(st.columnView(0)) : Id();
        if (type != SQLITE_TEXT || entityId->isNull()) {
            const QString raw = type == SQLITE_TEXT ? st.columnText(0) : QString();
            return fail(ErrorCode::InvalidContent,
                        Tr::tr("A %1 in the table %2 has the id %3, which is not an id (a lower-case UUID). "
                                       "The project was not opened.")
                            .arg(entityKindNoun(kindOf<T>()), quoted(m_ctx.table),
                                 type == SQLITE_TEXT ? quoted(raw.left(80)) : typeName(type)));
        }
        m_ctx.id = *entityId;
        if (!text(st, 1, kindOf<T>() == EntityKind::Document ? "title"
                         : kindOf<T>() == EntityKind::Transfer ? "purpose"
                                                                : "name",
                  name))
            return false;
        m_ctx.name = *name;
        if (map.contains(*entityId))
            return invalid("id", Tr::tr("the id appears twice in the table %1").arg(quoted(m_ctx.table)));
        return true;
    }

    bool finish(sql::Statement &st, int rc)
    {
        if (rc != SQLITE_DONE)
            return stepFailed(st);
        return true;
    }

    // A link table "owner, pos, values...": calls fn(entity, statement) for each row, in order.
    template <typename T, typename Fn>
    bool readList(EntityMap<T> &map, const char *sql, const char *table, const char *key, Fn &&fn)
    {
        sql::Statement st;
        if (!prepare(st, sql, table))
            return false;
        int rc;
        // Rows arrive sorted by owner: the owner is looked up once per run of rows.
        QByteArray lastOwnerText;
        T *entity = nullptr;
        qint64 expectedPos = 0;
        while ((rc = st.step()) == SQLITE_ROW) {
            const int type = st.columnType(0);
            const QByteArrayView ownerText = type == SQLITE_TEXT ? st.columnView(0) : QByteArrayView();
            if (!entity || type != SQLITE_TEXT || ownerText != QByteArrayView(lastOwnerText)) {
                m_ctx.kind.reset();
                m_ctx.namePtr = nullptr;
                entity = nullptr;
                const Id owner = type == SQLITE_TEXT ? parseId(ownerText) : Id();
                auto it = owner.isNull() ? map.end() : map.find(owner);
                if (it == map.end()) {
                    const QString raw = type == SQLITE_TEXT ? st.columnText(0) : QString();
                    return fail(ErrorCode::InvalidContent,
                                Tr::tr("The table %1 has a row for the %2 %3, which is not in the project: "
                                               "the file is damaged or was changed by another program, so it was "
                                               "not opened.")
                                    .arg(quoted(m_ctx.table), entityKindNoun(kindOf<T>()),
                                         type == SQLITE_TEXT ? quoted(raw.left(80)) : typeName(type)));
                }
                entity = &it->second;
                lastOwnerText = ownerText.toByteArray();
                m_ctx.kind = kindOf<T>();
                m_ctx.id = owner;
                m_ctx.namePtr = &entityName(*entity);
                expectedPos = 0;
            }
            qint64 pos = 0;
            if (!integer(st, 1, key, &pos))
                return false;
            if (pos != expectedPos) {
                return invalid(key, Tr::tr("the positions in the table %1 are not 0, 1, 2, …")
                                        .arg(quoted(m_ctx.table)));
            }
            ++expectedPos;
            if (!fn(*entity, st))
                return false;
        }
        return finish(st, rc);
    }

    // Collects the values of one owner's list and hands them over in one allocation of the
    // exact size when the next owner starts (rows arrive sorted by owner), instead of growing
    // each entity's list value by value.
    template <typename T, typename V>
    struct ListCollector
    {
        QList<V> T::*member;
        T *owner = nullptr;
        QList<V> values;

        void add(T &entity, V &&value)
        {
            if (&entity != owner) {
                done();
                owner = &entity;
            }
            values.append(std::move(value));
        }
        void done()
        {
            if (owner)
                owner->*member = QList<V>(values.cbegin(), values.cend());
            values.clear(); // keeps its capacity
            owner = nullptr;
        }
    };

    template <typename T>
    bool readTextList(EntityMap<T> &map, const char *sql, const char *table, const char *key,
                      QStringList T::*member)
    {
        ListCollector<T, QString> list{member, nullptr, {}};
        const bool ok = readList(map, sql, table, key, [&](T &e, sql::Statement &st) {
            QString value;
            if (!text(st, 2, key, &value))
                return false;
            list.add(e, std::move(value));
            return true;
        });
        list.done();
        return ok;
    }

    template <typename T>
    bool readIdList(EntityMap<T> &map, const char *sql, const char *table, const char *key, IdList T::*member)
    {
        ListCollector<T, Id> list{member, nullptr, {}};
        const bool ok = readList(map, sql, table, key, [&](T &e, sql::Statement &st) {
            Id value;
            if (!id(st, 2, key, &value))
                return false;
            list.add(e, std::move(value));
            return true;
        });
        list.done();
        return ok;
    }

    template <typename T>
    bool readEvidence(EntityMap<T> &map, const char *sql, const char *table)
    {
        ListCollector<T, Evidence> list{&T::evidence, nullptr, {}};
        const bool ok = readList(map, sql, table, "evidence", [&](T &e, sql::Statement &st) {
            Evidence ev;
            if (!id(st, 2, "evidence", &ev.document) || !text(st, 3, "evidence", &ev.quote))
                return false;
            list.add(e, std::move(ev));
            return true;
        });
        list.done();
        return ok;
    }

    bool readProjectInfo(ProjectInfo *info)
    {
        sql::Statement st;
        if (!prepare(st, "SELECT id, name, language, notes FROM project", "project"))
            return false;
        int rows = 0;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            qint64 rowId = 0;
            if (!integer(st, 0, "id", &rowId))
                return false;
            if (rowId != 1 || ++rows > 1) {
                return fail(ErrorCode::InvalidContent,
                            Tr::tr("The table %1 must have exactly one row (id 1), which Ropa always "
                                           "writes: the file is damaged or was changed by another program, so it "
                                           "was not opened.")
                                .arg(quoted(QStringLiteral("project"))));
            }
            if (!text(st, 1, "name", &info->name) || !text(st, 2, "language", &info->language)
                || !text(st, 3, "notes", &info->notes))
                return false;
        }
        if (!finish(st, rc))
            return false;
        if (rows != 1) {
            return fail(ErrorCode::InvalidContent,
                        Tr::tr("The table %1 is empty, but Ropa always writes one row there: the file is "
                                       "damaged or was changed by another program, so it was not opened.")
                            .arg(quoted(QStringLiteral("project"))));
        }
        return true;
    }

    bool readDocuments(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st, "SELECT id, title, url, date, text FROM documents ORDER BY id", "documents"))
            return false;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            Document d;
            if (!entityStart(st, data->documents, &d.id, &d.title) || !text(st, 2, "url", &d.url, true)
                || !date(st, 3, "date", &d.date) || !text(st, 4, "text", &d.text, true))
                return false;
            data->documents.emplace(d.id, std::move(d));
        }
        return finish(st, rc);
    }

    bool contact(sql::Statement &st, int column, const char *key, std::optional<Contact> *out)
    {
        const bool n0 = st.isNull(column), n1 = st.isNull(column + 1), n2 = st.isNull(column + 2);
        if (n0 && n1 && n2) {
            out->reset();
            return true;
        }
        if (n0 || n1 || n2)
            return invalid(key, Tr::tr("the name, e-mail and phone must be all stated or all empty (NULL)"));
        Contact c;
        if (!text(st, column, key, &c.name) || !text(st, column + 1, key, &c.email)
            || !text(st, column + 2, key, &c.phone))
            return false;
        *out = c;
        return true;
    }

    bool readParties(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st,
                     "SELECT id, name, kind, named, own, country, address, contact_name, contact_email, "
                     "contact_phone, dpo_name, dpo_email, dpo_phone, representative_name, representative_email, "
                     "representative_phone, website, dpa_signed, dpf_certified, notes FROM parties ORDER BY id",
                     "parties"))
            return false;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            Party p;
            if (!entityStart(st, data->parties, &p.id, &p.name) || !enumeration(st, 2, "kind", &p.kind)
                || !boolean(st, 3, "named", &p.named) || !boolean(st, 4, "own", &p.own)
                || !text(st, 5, "country", &p.country, true) || !text(st, 6, "address", &p.address)
                || !text(st, 7, "contact", &p.contact.name) || !text(st, 8, "contact", &p.contact.email)
                || !text(st, 9, "contact", &p.contact.phone) || !contact(st, 10, "dpo", &p.dpo)
                || !contact(st, 13, "representative", &p.representative)
                || !text(st, 16, "website", &p.website, true) || !date(st, 17, "dpa_signed", &p.dpaSigned)
                || !optionalBool(st, 18, "dpf_certified", &p.dpfCertified) || !text(st, 19, "notes", &p.notes))
                return false;
            data->parties.emplace(p.id, std::move(p));
        }
        return finish(st, rc)
            && readTextList(data->parties,
                            "SELECT party, pos, country FROM party_locations ORDER BY party, pos",
                            "party_locations", "locations", &Party::locations)
            && readTextList(data->parties,
                            "SELECT party, pos, certification FROM party_certifications ORDER BY party, pos",
                            "party_certifications", "certifications", &Party::certifications)
            && readEvidence(data->parties,
                            "SELECT party, pos, document, quote FROM party_evidence ORDER BY party, pos",
                            "party_evidence");
    }

    bool readCategories(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st,
                     "SELECT id, name, parent, description, special, criminal, us_category FROM data_categories "
                     "ORDER BY id",
                     "data_categories"))
            return false;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            DataCategory c;
            if (!entityStart(st, data->dataCategories, &c.id, &c.name) || !id(st, 2, "parent", &c.parent, true)
                || !text(st, 3, "description", &c.description)
                || !enumeration(st, 4, "special", &c.special, true) || !boolean(st, 5, "criminal", &c.criminal)
                || !enumeration(st, 6, "us_category", &c.usCategory, true))
                return false;
            data->dataCategories.emplace(c.id, std::move(c));
        }
        return finish(st, rc)
            && readTextList(data->dataCategories,
                            "SELECT data_category, pos, example FROM data_category_examples "
                            "ORDER BY data_category, pos",
                            "data_category_examples", "examples", &DataCategory::examples)
            && readEvidence(data->dataCategories,
                            "SELECT data_category, pos, document, quote FROM data_category_evidence "
                            "ORDER BY data_category, pos",
                            "data_category_evidence");
    }

    bool readSubjects(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st, "SELECT id, name, description FROM data_subjects ORDER BY id", "data_subjects"))
            return false;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            DataSubject s;
            if (!entityStart(st, data->dataSubjects, &s.id, &s.name)
                || !text(st, 2, "description", &s.description))
                return false;
            data->dataSubjects.emplace(s.id, std::move(s));
        }
        return finish(st, rc)
            && readEvidence(data->dataSubjects,
                            "SELECT data_subject, pos, document, quote FROM data_subject_evidence "
                            "ORDER BY data_subject, pos",
                            "data_subject_evidence");
    }

    bool readSources(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st, "SELECT id, name, kind FROM sources ORDER BY id", "sources"))
            return false;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            Source s;
            if (!entityStart(st, data->sources, &s.id, &s.name) || !enumeration(st, 2, "kind", &s.kind))
                return false;
            data->sources.emplace(s.id, std::move(s));
        }
        return finish(st, rc)
            && readEvidence(data->sources,
                            "SELECT source, pos, document, quote FROM source_evidence ORDER BY source, pos",
                            "source_evidence");
    }

    bool readMeasures(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st, "SELECT id, name, kind, description FROM security_measures ORDER BY id",
                     "security_measures"))
            return false;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            SecurityMeasure m;
            if (!entityStart(st, data->securityMeasures, &m.id, &m.name) || !enumeration(st, 2, "kind", &m.kind)
                || !text(st, 3, "description", &m.description))
                return false;
            data->securityMeasures.emplace(m.id, std::move(m));
        }
        return finish(st, rc)
            && readEvidence(data->securityMeasures,
                            "SELECT security_measure, pos, document, quote FROM security_measure_evidence "
                            "ORDER BY security_measure, pos",
                            "security_measure_evidence");
    }

    bool readActivities(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st,
                     "SELECT id, name, organisation, role, on_behalf_of, lawful_basis, art9_condition, art10_basis, "
                     "dpia_required, dpia_done, owner, last_reviewed, notes, consent_condition_of_service, "
                     "balancing_test_date, balancing_test_note, large_scale FROM activities ORDER BY id",
                     "activities"))
            return false;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            Activity a;
            if (!entityStart(st, data->activities, &a.id, &a.name)
                || !id(st, 2, "organisation", &a.organisation, true) || !enumeration(st, 3, "role", &a.role)
                || !id(st, 4, "on_behalf_of", &a.onBehalfOf, true)
                || !enumeration(st, 5, "lawful_basis", &a.lawfulBasis, true)
                || !enumeration(st, 6, "art9_condition", &a.art9Condition, true)
                || !text(st, 7, "art10_basis", &a.art10Basis, true)
                || !optionalBool(st, 8, "dpia", &a.dpia.required) || !date(st, 9, "dpia", &a.dpia.done)
                || !text(st, 10, "owner", &a.owner) || !date(st, 11, "last_reviewed", &a.lastReviewed)
                || !text(st, 12, "notes", &a.notes)
                || !optionalBool(st, 13, "consent_condition_of_service", &a.consentConditionOfService)
                || !date(st, 14, "balancing_test", &a.balancingTest.date)
                || !text(st, 15, "balancing_test", &a.balancingTest.note)
                || !optionalBool(st, 16, "large_scale", &a.largeScale))
                return false;
            data->activities.emplace(a.id, std::move(a));
        }
        if (!finish(st, rc))
            return false;
        auto &map = data->activities;
        if (!readTextList(map, "SELECT activity, pos, purpose FROM activity_purposes ORDER BY activity, pos",
                          "activity_purposes", "purposes", &Activity::purposes)
            || !readIdList(map,
                           "SELECT activity, pos, data_subject FROM activity_data_subjects ORDER BY activity, pos",
                           "activity_data_subjects", "data_subjects", &Activity::dataSubjects)
            || !readIdList(map,
                           "SELECT activity, pos, data_category FROM activity_data_categories "
                           "ORDER BY activity, pos",
                           "activity_data_categories", "data_categories", &Activity::dataCategories)
            || !readIdList(map, "SELECT activity, pos, source FROM activity_sources ORDER BY activity, pos",
                           "activity_sources", "sources", &Activity::sources)
            || !readIdList(map,
                           "SELECT activity, pos, security_measure FROM activity_security_measures "
                           "ORDER BY activity, pos",
                           "activity_security_measures", "security_measures", &Activity::securityMeasures))
            return false;
        if (!readList(map,
                      "SELECT activity, pos, duration, trigger, legal_reference, text FROM activity_retention "
                      "ORDER BY activity, pos",
                      "activity_retention", "retention", [&](Activity &a, sql::Statement &row) {
                          RetentionRule r;
                          if (!text(row, 2, "retention", &r.duration, true)
                              || !text(row, 3, "retention", &r.trigger, true)
                              || !text(row, 4, "retention", &r.legalReference)
                              || !text(row, 5, "retention", &r.text))
                              return false;
                          a.retention.append(r);
                          return true;
                      }))
            return false;
        // The categories of each retention rule: (activity, rule_pos, pos, data_category).
        if (!prepare(st,
                     "SELECT activity, rule_pos, pos, data_category FROM activity_retention_categories "
                     "ORDER BY activity, rule_pos, pos",
                     "activity_retention_categories"))
            return false;
        while ((rc = st.step()) == SQLITE_ROW) {
            m_ctx.kind.reset();
            const Id owner = st.columnType(0) == SQLITE_TEXT ? parseId(st.columnView(0)) : Id();
            const auto it = owner.isNull() ? map.end() : map.find(owner);
            qint64 rulePos = -1;
            if (it != map.end()) {
                m_ctx.kind = EntityKind::Activity;
                m_ctx.id = owner;
                m_ctx.name = it->second.name;
                if (!integer(st, 1, "retention", &rulePos))
                    return false;
            }
            if (it == map.end() || rulePos < 0 || rulePos >= it->second.retention.size()) {
                return fail(ErrorCode::InvalidContent,
                            Tr::tr("The table %1 has a row for a retention rule that is not in the project: "
                                           "the file is damaged or was changed by another program, so it was not "
                                           "opened.")
                                .arg(quoted(m_ctx.table)));
            }
            RetentionRule &rule = it->second.retention[rulePos];
            qint64 pos = 0;
            if (!integer(st, 2, "retention", &pos))
                return false;
            if (pos != rule.categories.size()) {
                return invalid("retention", Tr::tr("the positions in the table %1 are not 0, 1, 2, …")
                                                .arg(quoted(m_ctx.table)));
            }
            Id category;
            if (!id(st, 3, "retention", &category))
                return false;
            rule.categories.append(category);
        }
        if (!finish(st, rc))
            return false;
        return readEvidence(map,
                            "SELECT activity, pos, document, quote FROM activity_evidence ORDER BY activity, pos",
                            "activity_evidence");
    }

    bool readTransfers(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st,
                     "SELECT id, purpose, from_party, to_party, role, mechanism, scc_module, derogation, tia_done, "
                     "occasional, suitable_safeguards FROM transfers ORDER BY id",
                     "transfers"))
            return false;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            Transfer t;
            if (!entityStart(st, data->transfers, &t.id, &t.purpose) || !id(st, 2, "from", &t.from, true)
                || !id(st, 3, "to", &t.to, true) || !enumeration(st, 4, "role", &t.role)
                || !enumeration(st, 5, "mechanism", &t.mechanism)
                || !enumeration(st, 7, "derogation", &t.derogation, true) || !date(st, 8, "tia_done", &t.tiaDone)
                || !optionalBool(st, 9, "occasional", &t.occasional)
                || !text(st, 10, "suitable_safeguards", &t.suitableSafeguards))
                return false;
            if (!st.isNull(6)) {
                qint64 module = 0;
                if (!integer(st, 6, "scc_module", &module))
                    return false;
                if (module < 1 || module > 4)
                    return invalid("scc_module", Tr::tr("%1 is not an SCC module (1 to 4)").arg(module));
                t.sccModule = int(module);
            }
            data->transfers.emplace(t.id, std::move(t));
        }
        if (!finish(st, rc))
            return false;
        auto &map = data->transfers;
        return readIdList(map, "SELECT transfer, pos, activity FROM transfer_activities ORDER BY transfer, pos",
                          "transfer_activities", "activities", &Transfer::activities)
            && readIdList(map,
                          "SELECT transfer, pos, data_category FROM transfer_data_categories ORDER BY transfer, pos",
                          "transfer_data_categories", "data_categories", &Transfer::dataCategories)
            && readTextList(map, "SELECT transfer, pos, country FROM transfer_countries ORDER BY transfer, pos",
                            "transfer_countries", "countries", &Transfer::countries)
            && readEvidence(map,
                            "SELECT transfer, pos, document, quote FROM transfer_evidence ORDER BY transfer, pos",
                            "transfer_evidence");
    }

    // Format 2. The rows come in key order; ProjectData keeps its own (canonical) order.
    // validateProject checks the rule id, that the entity exists and the justification.
    bool readAcceptedFindings(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st,
                     "SELECT rule, entity, detail, justification, date FROM accepted_findings "
                     "ORDER BY rule, entity, detail",
                     "accepted_findings"))
            return false;
        int rc;
        int row = 0;
        while ((rc = st.step()) == SQLITE_ROW) {
            m_ctx.label = Tr::tr("accepted finding %1 (table %2)").arg(++row).arg(quoted(m_ctx.table));
            AcceptedFinding a;
            std::optional<QDate> date;
            if (!text(st, 0, "rule", &a.rule) || !id(st, 1, "entity", &a.entity) || !text(st, 2, "detail", &a.detail)
                || !text(st, 3, "justification", &a.justification))
                return false;
            if (st.columnType(4) == SQLITE_NULL)
                return invalid("date", Tr::tr("the date is missing"));
            if (!this->date(st, 4, "date", &date))
                return false;
            if (!date)
                return invalid("date", Tr::tr("the date is missing"));
            a.date = *date;
            data->acceptedFindings.append(std::move(a));
        }
        if (!finish(st, rc))
            return false;
        sortAcceptedFindings(data->acceptedFindings);
        return true;
    }

    QString m_path;
    sql::Database &m_db;
    Error m_error;
    Context m_ctx;
};

QString describeProblems(const QList<Problem> &problems)
{
    QString message = problems.first().describe();
    if (problems.size() > 1)
        message += Tr::tr(" (and %1 more problems)").arg(problems.size() - 1);
    return message;
}

bool writeBackupCopy(const QString &path, int version, const QByteArray &bytes, QString *backupPath)
{
    const QString first = migrationBackupPath(path, version);
    const QFileInfo fi(first);
    for (int n = 1; n < 100; ++n) {
        const QString candidate = n == 1 ? first
                                         : fi.absolutePath() + u'/' + fi.completeBaseName() + QStringLiteral("-%1.")
                                               .arg(n) + fi.suffix();
        QFile existing(candidate);
        if (existing.exists()) {
            if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes) {
                *backupPath = candidate;
                return true;
            }
            continue;
        }
        QFile out(candidate);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return false;
        if (out.write(bytes) != bytes.size() || !out.flush()) {
            out.close();
            out.remove();
            return false;
        }
        ::fsync(out.handle());
        out.close();
        *backupPath = candidate;
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------
// Saving.

QMutex &hookMutex()
{
    static QMutex mutex;
    return mutex;
}

detail::SaveFailureHook &hook()
{
    static detail::SaveFailureHook h;
    return h;
}

std::atomic<bool> &directWrites()
{
    static std::atomic<bool> direct{true};
    return direct;
}

bool injectedFailure(detail::SaveStep step)
{
    const QByteArray env = qgetenv("ROPA_STORE_FAIL_AT");
    if (!env.isEmpty() && QString::fromLatin1(env) == detail::saveStepName(step))
        return true;
    QMutexLocker lock(&hookMutex());
    return hook() && hook()(step);
}

// An id as the file stores it (idToString), formatted without a QString.
struct IdText
{
    IdText() = default;
    explicit IdText(const Id &id)
    {
        if (id.isNull())
            return;
        sql::formatId(id, m_text);
        m_size = 36;
    }
    // Binds the text, or NULL for the null id; the IdText must outlive the execution.
    void bind(sql::Statement &st, int index) const
    {
        if (m_size == 0)
            st.bindNull(index);
        else
            st.bindStaticUtf8(index, m_text, m_size);
    }
    // A required id: a null one is bound as '' (as bindText does with an empty string).
    void bindRequired(sql::Statement &st, int index) const { st.bindStaticUtf8(index, m_text, m_size); }

private:
    char m_text[36] = {};
    int m_size = 0;
};

class Writer
{
public:
    explicit Writer(sql::Database &db)
        : m_db(db)
    {
    }

    QString error() const { return m_error; }

    bool writeAll(const ProjectData &data)
    {
        if (QString why; !sql::registerRowSource(m_db, &why)) {
            m_error = Tr::tr("SQLite reports: %1").arg(why);
            return false;
        }
        {
            sql::Statement &st = statement("INSERT INTO project (id, name, language, notes) VALUES (1, ?1, ?2, ?3)");
            st.bindText(1, data.info.name);
            st.bindText(2, data.info.language);
            st.bindText(3, data.info.notes);
            if (!run(st))
                return false;
        }
        // The rows are collected on a second thread and inserted here as each group of
        // batches is complete: SQLite's work (most of a save) overlaps the reading of the
        // project. The groups are inserted in the order they were collected, so the file is
        // the same as when one thread does both.
        std::future<bool> collected = std::async(std::launch::async, [this, &data] {
            struct Done
            {
                Writer *w;
                ~Done()
                {
                    {
                        const std::lock_guard lock(w->m_queueMutex);
                        w->m_collectDone = true;
                    }
                    w->m_queueChanged.notify_all();
                }
            } done{this};
            return collect(data);
        });
        const bool inserted = insertCollected();
        if (!inserted) {
            {
                const std::lock_guard lock(m_queueMutex);
                m_stop = true;
            }
            m_queueChanged.notify_all();
        }
        const bool collectedAll = collected.get();
        if (!inserted)
            return false;
        if (!collectedAll) {
            m_error = m_collectError;
            return false;
        }
        for (const AcceptedFinding &a : data.acceptedFindings) {
            sql::Statement &st = statement("INSERT INTO accepted_findings (rule, entity, detail, justification, date) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5)");
            st.bindText(1, a.rule);
            const IdText entity(a.entity);
            entity.bindRequired(st, 2);
            st.bindText(3, a.detail);
            st.bindText(4, a.justification);
            bindDate(st, 5, std::optional<QDate>(a.date));
            if (!run(st))
                return false;
        }
        return true;
    }

private:
    // Runs on the collecting thread: every row of every entity table and link table goes
    // into a batch (one statement per table), handed over after each kind and whenever
    // WriterBatchRows rows are waiting. Reads `data` only.
    bool collect(const ProjectData &data)
    {
        for (const auto &[id, d] : data.documents) {
            sql::RowBatch &b = batch("INSERT INTO documents (id, title, url, date, text) VALUES (?1, ?2, ?3, ?4, ?5)");
            b.addRequiredId(d.id);
            b.addText(d.title);
            b.addNullableText(d.url);
            addDate(b, d.date);
            b.addNullableText(d.text);
            if (!rowsAdded(1))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, p] : data.parties) {
            sql::RowBatch &b = batch(
                "INSERT INTO parties (id, name, kind, named, own, country, address, contact_name, contact_email, "
                "contact_phone, dpo_name, dpo_email, dpo_phone, representative_name, representative_email, "
                "representative_phone, website, dpa_signed, dpf_certified, notes) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)");
            b.addRequiredId(p.id);
            b.addText(p.name);
            addEnum(b, p.kind);
            b.addInt(p.named ? 1 : 0);
            b.addInt(p.own ? 1 : 0);
            b.addNullableText(p.country);
            b.addText(p.address);
            b.addText(p.contact.name);
            b.addText(p.contact.email);
            b.addText(p.contact.phone);
            addContact(b, p.dpo);
            addContact(b, p.representative);
            b.addNullableText(p.website);
            addDate(b, p.dpaSigned);
            addBool(b, p.dpfCertified);
            b.addText(p.notes);
            const qsizetype rows =
                1
                + textList("INSERT INTO party_locations (party, pos, country) VALUES (?1, ?2, ?3)", p.id, p.locations)
                + textList("INSERT INTO party_certifications (party, pos, certification) VALUES (?1, ?2, ?3)", p.id,
                           p.certifications)
                + evidence("INSERT INTO party_evidence (party, pos, document, quote) VALUES (?1, ?2, ?3, ?4)", p.id,
                           p.evidence);
            if (!rowsAdded(rows))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, c] : data.dataCategories) {
            sql::RowBatch &b = batch(
                "INSERT INTO data_categories (id, name, parent, description, special, criminal, us_category) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            b.addRequiredId(c.id);
            b.addText(c.name);
            b.addId(c.parent);
            b.addText(c.description);
            addEnum(b, c.special);
            b.addInt(c.criminal ? 1 : 0);
            addEnum(b, c.usCategory);
            const qsizetype rows =
                1
                + textList("INSERT INTO data_category_examples (data_category, pos, example) VALUES (?1, ?2, ?3)",
                           c.id, c.examples)
                + evidence("INSERT INTO data_category_evidence (data_category, pos, document, quote) "
                           "VALUES (?1, ?2, ?3, ?4)",
                           c.id, c.evidence);
            if (!rowsAdded(rows))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, s] : data.dataSubjects) {
            sql::RowBatch &b = batch("INSERT INTO data_subjects (id, name, description) VALUES (?1, ?2, ?3)");
            b.addRequiredId(s.id);
            b.addText(s.name);
            b.addText(s.description);
            const qsizetype rows = 1
                                 + evidence("INSERT INTO data_subject_evidence (data_subject, pos, document, quote) "
                                            "VALUES (?1, ?2, ?3, ?4)",
                                            s.id, s.evidence);
            if (!rowsAdded(rows))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, s] : data.sources) {
            sql::RowBatch &b = batch("INSERT INTO sources (id, name, kind) VALUES (?1, ?2, ?3)");
            b.addRequiredId(s.id);
            b.addText(s.name);
            addEnum(b, s.kind);
            const qsizetype rows =
                1
                + evidence("INSERT INTO source_evidence (source, pos, document, quote) VALUES (?1, ?2, ?3, ?4)", s.id,
                           s.evidence);
            if (!rowsAdded(rows))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, m] : data.securityMeasures) {
            sql::RowBatch &b =
                batch("INSERT INTO security_measures (id, name, kind, description) VALUES (?1, ?2, ?3, ?4)");
            b.addRequiredId(m.id);
            b.addText(m.name);
            addEnum(b, m.kind);
            b.addText(m.description);
            const qsizetype rows =
                1
                + evidence("INSERT INTO security_measure_evidence (security_measure, pos, document, quote) "
                           "VALUES (?1, ?2, ?3, ?4)",
                           m.id, m.evidence);
            if (!rowsAdded(rows))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, a] : data.activities) {
            if (!rowsAdded(writeActivity(a)))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, t] : data.transfers) {
            sql::RowBatch &b = batch(
                "INSERT INTO transfers (id, from_party, to_party, role, purpose, mechanism, scc_module, derogation, "
                "tia_done, occasional, suitable_safeguards) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
            b.addRequiredId(t.id);
            b.addId(t.from);
            b.addId(t.to);
            addEnum(b, t.role);
            b.addText(t.purpose);
            addEnum(b, t.mechanism);
            if (t.sccModule)
                b.addInt(*t.sccModule);
            else
                b.addNull();
            addEnum(b, t.derogation);
            addDate(b, t.tiaDone);
            addBool(b, t.occasional);
            b.addText(t.suitableSafeguards);
            const qsizetype rows =
                1
                + idList("INSERT INTO transfer_activities (transfer, pos, activity) VALUES (?1, ?2, ?3)", t.id,
                         t.activities)
                + idList("INSERT INTO transfer_data_categories (transfer, pos, data_category) VALUES (?1, ?2, ?3)",
                         t.id, t.dataCategories)
                + textList("INSERT INTO transfer_countries (transfer, pos, country) VALUES (?1, ?2, ?3)", t.id,
                           t.countries)
                + evidence("INSERT INTO transfer_evidence (transfer, pos, document, quote) VALUES (?1, ?2, ?3, ?4)",
                           t.id, t.evidence);
            if (!rowsAdded(rows))
                return false;
        }
        return flush();
    }

    // The activity's row and the rows of its lists; returns how many rows were added.
    qsizetype writeActivity(const Activity &a)
    {
        sql::RowBatch &b = batch(
            "INSERT INTO activities (id, name, organisation, role, on_behalf_of, lawful_basis, art9_condition, "
            "art10_basis, dpia_required, dpia_done, owner, last_reviewed, notes, consent_condition_of_service, "
            "balancing_test_date, balancing_test_note, large_scale) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
        b.addRequiredId(a.id);
        b.addText(a.name);
        b.addId(a.organisation);
        addEnum(b, a.role);
        b.addId(a.onBehalfOf);
        addEnum(b, a.lawfulBasis);
        addEnum(b, a.art9Condition);
        b.addNullableText(a.art10Basis);
        addBool(b, a.dpia.required);
        addDate(b, a.dpia.done);
        b.addText(a.owner);
        addDate(b, a.lastReviewed);
        b.addText(a.notes);
        addBool(b, a.consentConditionOfService);
        addDate(b, a.balancingTest.date);
        b.addText(a.balancingTest.note);
        addBool(b, a.largeScale);
        qsizetype rows =
            1 + textList("INSERT INTO activity_purposes (activity, pos, purpose) VALUES (?1, ?2, ?3)", a.id, a.purposes)
            + idList("INSERT INTO activity_data_subjects (activity, pos, data_subject) VALUES (?1, ?2, ?3)", a.id,
                     a.dataSubjects)
            + idList("INSERT INTO activity_data_categories (activity, pos, data_category) VALUES (?1, ?2, ?3)", a.id,
                     a.dataCategories)
            + idList("INSERT INTO activity_sources (activity, pos, source) VALUES (?1, ?2, ?3)", a.id, a.sources)
            + idList("INSERT INTO activity_security_measures (activity, pos, security_measure) VALUES (?1, ?2, ?3)",
                     a.id, a.securityMeasures);
        for (qsizetype i = 0; i < a.retention.size(); ++i) {
            const RetentionRule &r = a.retention.at(i);
            sql::RowBatch &rs = batch(
                "INSERT INTO activity_retention (activity, pos, duration, trigger, legal_reference, text) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            rs.addRequiredId(a.id);
            rs.addInt(i);
            rs.addNullableText(r.duration);
            rs.addNullableText(r.trigger);
            rs.addText(r.legalReference);
            rs.addText(r.text);
            sql::RowBatch &cs = batch(
                "INSERT INTO activity_retention_categories (activity, rule_pos, pos, data_category) "
                "VALUES (?1, ?2, ?3, ?4)");
            for (qsizetype j = 0; j < r.categories.size(); ++j) {
                cs.addRequiredId(a.id);
                cs.addInt(i);
                cs.addInt(j);
                cs.addRequiredId(r.categories.at(j));
            }
            rows += 1 + r.categories.size();
        }
        return rows
             + evidence("INSERT INTO activity_evidence (activity, pos, document, quote) VALUES (?1, ?2, ?3, ?4)", a.id,
                        a.evidence);
    }

    sql::Statement &statement(const char *sql)
    {
        auto &slot = m_statements[sql];
        if (!slot) {
            slot = std::make_unique<sql::Statement>();
            slot->prepare(m_db, sql);
        }
        return *slot;
    }

    bool run(sql::Statement &st)
    {
        if (m_badDate) {
            st.reset();
            m_error = badDateMessage();
            return false;
        }
        // Every statement of the writer binds all its parameters before each run.
        if (!st.isValid() || !st.executeKeepingBindings()) {
            m_error = Tr::tr("SQLite reports: %1").arg(m_db.errorText());
            return false;
        }
        return true;
    }

    // A stated date must be one the file can hold (YYYY-MM-DD, years 1 to 9999); it is never
    // silently dropped.
    void bindDate(sql::Statement &st, int index, const std::optional<QDate> &date)
    {
        if (!date) {
            st.bindNull(index);
            return;
        }
        char text[10];
        if (!formatDate(*date, text)) {
            m_badDate = true;
            st.bindNull(index);
            return;
        }
        st.bindText(index, QString::fromLatin1(text, 10));
    }

    // A stated date that the file cannot hold is never silently dropped (see bindDate).
    void addDate(sql::RowBatch &b, const std::optional<QDate> &date)
    {
        char text[10];
        if (!date) {
            b.addNull();
        } else if (!formatDate(*date, text)) {
            m_badDate = true;
            b.addNull();
        } else {
            b.addAscii(text, 10);
        }
    }

    static void addBool(sql::RowBatch &b, const std::optional<bool> &value)
    {
        if (value)
            b.addInt(*value ? 1 : 0);
        else
            b.addNull();
    }

    // The format name of an enum value (enumToString without a QString).
    template <typename E>
    static void addEnum(sql::RowBatch &b, E value)
    {
        for (const auto &entry : enumNames<E>()) {
            if (entry.value == value) {
                b.addAscii(entry.name);
                return;
            }
        }
        b.addAscii("", 0); // as enumToString: an unknown value is ''
    }

    template <typename E>
    static void addEnum(sql::RowBatch &b, const std::optional<E> &value)
    {
        if (value)
            addEnum(b, *value);
        else
            b.addNull();
    }

    static void addContact(sql::RowBatch &b, const std::optional<Contact> &c)
    {
        if (c) {
            b.addText(c->name);
            b.addText(c->email);
            b.addText(c->phone);
        } else {
            b.addNull();
            b.addNull();
            b.addNull();
        }
    }

    // YYYY-MM-DD: the years 1 to 9999 are exactly those with four digits. False for a date
    // the file cannot hold.
    static bool formatDate(const QDate &date, char *text)
    {
        if (!date.isValid() || date.year() < 1 || date.year() > 9999)
            return false;
        int year = 0, month = 0, day = 0;
        date.getDate(&year, &month, &day);
        const int parts[3] = {year, month, day};
        const int at[3] = {0, 5, 8}, width[3] = {4, 2, 2};
        for (int p = 0; p < 3; ++p) {
            int value = parts[p];
            for (int i = width[p] - 1; i >= 0; --i, value /= 10)
                text[at[p] + i] = char('0' + value % 10);
        }
        text[4] = text[7] = '-';
        return true;
    }

    static void bindBool(sql::Statement &st, int index, const std::optional<bool> &value)
    {
        if (value)
            st.bindInt(index, *value ? 1 : 0);
        else
            st.bindNull(index);
    }

    // The rows of a link table are collected in a batch per table (keyed by the one-row
    // statement, from which the table and its columns are read) and inserted by one statement
    // per table when flush() runs: after each kind of entity, so that only one kind's links
    // are held in memory at a time.
    struct Batch
    {
        QByteArray table;
        QByteArray columns;
        sql::RowBatch rows;
    };

    sql::RowBatch &batch(const char *sql)
    {
        auto &slot = m_batches[sql];
        if (!slot) {
            // "INSERT INTO <table> (<columns>) VALUES ..."
            const QByteArray text(sql);
            const qsizetype open = text.indexOf('(');
            const qsizetype close = text.indexOf(')', open);
            const QByteArray table = text.mid(12, open - 12).trimmed();
            const QByteArray columns = text.mid(open + 1, close - open - 1);
            slot = std::make_unique<Batch>(Batch{table, columns, sql::RowBatch(int(columns.count(',')) + 1)});
        }
        return slot->rows;
    }

    static QString badDateMessage()
    {
        return Tr::tr("a date in the project is not a valid calendar date between the years 1 and 9999");
    }

    // Rows waiting in batches are inserted once there are MaxPendingRows of them (and after
    // each kind of entity), which bounds the memory the batches take during a save.
    bool rowsAdded(qsizetype rows)
    {
        m_pendingRows += rows;
        return m_pendingRows < detail::WriterBatchRows || flush();
    }

    // On the collecting thread: hands the batches collected so far to the inserting thread
    // (waiting while a group is queued already) and goes on with an emptied group.
    bool flush()
    {
        m_pendingRows = 0;
        if (std::all_of(m_batches.begin(), m_batches.end(), [](const auto &b) { return b.second->rows.isEmpty(); }))
            return true;
        if (m_badDate) {
            m_collectError = badDateMessage();
            return false;
        }
        std::unique_lock lock(m_queueMutex);
        m_queueChanged.wait(lock, [this] { return m_queue.size() < MaxQueuedGroups || m_stop; });
        if (m_stop)
            return false;
        m_queue.push_back(std::move(m_batches));
        m_batches.clear();   // a moved-from map: make it empty
        if (!m_free.empty()) {
            m_batches = std::move(m_free.back());
            m_free.pop_back();
        }
        lock.unlock();
        m_queueChanged.notify_all();
        return true;
    }

    // On the thread that owns the database: inserts each group of batches as it comes, in
    // order, until the collecting thread is done. False with m_error when SQLite fails.
    bool insertCollected()
    {
        for (;;) {
            Group group;
            {
                std::unique_lock lock(m_queueMutex);
                m_queueChanged.wait(lock, [this] { return !m_queue.empty() || m_collectDone; });
                if (m_queue.empty())
                    return true;
                group = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_queueChanged.notify_all();
            for (auto &[sql, b] : group) {
                if (b->rows.isEmpty())
                    continue;
                QString why;
                if (!sql::insertBatch(m_db, b->table.constData(), b->columns.constData(), b->rows, &why)) {
                    m_error = Tr::tr("SQLite reports: %1").arg(why);
                    return false;
                }
                b->rows.clear();   // keeps its capacity for the next use
            }
            const std::lock_guard lock(m_queueMutex);
            m_free.push_back(std::move(group));
        }
    }

    // Adds the rows of a list; returns how many.
    qsizetype textList(const char *sql, const Id &owner, const QStringList &values)
    {
        if (values.isEmpty())
            return 0;
        sql::RowBatch &rows = batch(sql);
        for (qsizetype i = 0; i < values.size(); ++i) {
            rows.addRequiredId(owner);
            rows.addInt(i);
            rows.addText(values.at(i));
        }
        return values.size();
    }

    // Adds the rows of a list; returns how many.
    qsizetype idList(const char *sql, const Id &owner, const IdList &values)
    {
        if (values.isEmpty())
            return 0;
        sql::RowBatch &rows = batch(sql);
        for (qsizetype i = 0; i < values.size(); ++i) {
            rows.addRequiredId(owner);
            rows.addInt(i);
            rows.addRequiredId(values.at(i));
        }
        return values.size();
    }

    // Adds the rows of a list; returns how many.
    qsizetype evidence(const char *sql, const Id &owner, const EvidenceList &values)
    {
        if (values.isEmpty())
            return 0;
        sql::RowBatch &rows = batch(sql);
        for (qsizetype i = 0; i < values.size(); ++i) {
            rows.addRequiredId(owner);
            rows.addInt(i);
            rows.addRequiredId(values.at(i).document);
            rows.addText(values.at(i).quote);
        }
        return values.size();
    }

    sql::Database &m_db;
    // The batches of one group, by their one-row statement (the order in which they are
    // inserted).
    using Group = std::map<const char *, std::unique_ptr<Batch>>;
    // At most this many complete groups wait for the inserting thread (besides the one being
    // inserted and the one being collected), which bounds the memory of a save.
    static constexpr size_t MaxQueuedGroups = 1;

    std::map<const char *, std::unique_ptr<sql::Statement>> m_statements;   // inserting thread
    QString m_error;                                                        // inserting thread
    // The collecting thread's own state.
    Group m_batches;
    qsizetype m_pendingRows = 0;
    bool m_badDate = false;
    QString m_collectError;
    // Shared, under m_queueMutex.
    std::mutex m_queueMutex;
    std::condition_variable m_queueChanged;
    std::deque<Group> m_queue;   // complete groups, oldest first
    std::vector<Group> m_free;   // inserted groups, emptied, for reuse
    bool m_collectDone = false;
    bool m_stop = false;   // the inserting thread failed: stop collecting
};

bool syncPath(const QString &path, bool directory)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Writes the bytes to fd from its current offset. When fd was opened with O_DIRECT, they go
// through an aligned buffer in whole blocks, past the page cache; the last partial block, or
// everything from the first write the file system refuses (EINVAL: no direct I/O there), is
// written the ordinary way. Returns 0 or the errno of the failure.
int writeBytes(int fd, bool direct, const unsigned char *bytes, qint64 size)
{
    auto plainWrite = [fd](const unsigned char *from, qint64 count) {
        for (qint64 written = 0; written < count;) {
            const ssize_t n = ::write(fd, from + written, size_t(std::min<qint64>(count - written, 1 << 30)));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return n < 0 ? errno : ENOSPC;
            written += n;
        }
        return 0;
    };
    qint64 done = 0;
    if (direct) {
        constexpr qint64 Align = 4096;
        constexpr qint64 Chunk = 4 << 20;
        const std::unique_ptr<unsigned char, decltype(&std::free)> buffer(
            static_cast<unsigned char *>(std::aligned_alloc(size_t(Align), size_t(Chunk))), &std::free);
        const qint64 whole = size / Align * Align;
        while (buffer && done < whole) {
            const qint64 count = std::min(Chunk, whole - done);
            std::memcpy(buffer.get(), bytes + done, size_t(count));
            ssize_t n = -1;
            do
                n = ::write(fd, buffer.get(), size_t(count));
            while (n < 0 && errno == EINTR);
            if (n < 0 && errno == EINVAL && done == 0)
                break;   // no direct I/O on this file system: write it all the ordinary way
            if (n < 0)
                return errno;
            done += n;
            if (n != count)
                break;   // a short write (disk full?): the ordinary write says why
        }
        // The rest, if any, through the page cache (O_DIRECT wants whole blocks).
        if (done < size && ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_DIRECT) != 0)
            return errno;
    }
    return plainWrite(bytes + done, size - done);
}

// The fingerprints match when the content does: size and digest (the time is informative).
bool sameContent(const Fingerprint &a, const Fingerprint &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.size == b.size && a.digest == b.digest;
}

qint64 nanoseconds(const struct timespec &t)
{
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Size, times and identity of a file from stat(); the digest is left empty.
Fingerprint stamp(const struct stat &st)
{
    Fingerprint f;
    f.size = st.st_size;
    f.modifiedNs = nanoseconds(st.st_mtim);
    f.changedNs = nanoseconds(st.st_ctim);
    f.modified = QDateTime::fromMSecsSinceEpoch(f.modifiedNs / 1000000, Qt::UTC);
    f.device = quint64(st.st_dev);
    f.inode = quint64(st.st_ino);
    return f;
}

// True when stat says the file was not rewritten since the fingerprint was taken.
bool sameStamp(const Fingerprint &a, const Fingerprint &b)
{
    return a.size == b.size && a.modifiedNs == b.modifiedNs && a.changedNs == b.changedNs && a.device == b.device
        && a.inode == b.inode;
}

// XXH3-128 of the bytes, in its canonical (big-endian) form. Tens of times faster than a
// cryptographic hash, and enough to tell whether the content changed.
QByteArray canonicalDigest(XXH128_hash_t hash)
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, hash);
    return QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
}

QByteArray digestOf(const unsigned char *data, qint64 size)
{
    return canonicalDigest(XXH3_128bits(data, size_t(size)));
}

} // namespace

// ---------------------------------------------------------------------------------------

Fingerprint fingerprintOf(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st{};
    if (::stat(native.constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return {};
    }
    Fingerprint f = stamp(st);
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(), &XXH3_freeState);
    if (!state || XXH3_128bits_reset(state.get()) != XXH_OK) {
        ::close(fd);
        return {};
    }
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const ssize_t n = ::read(fd, chunk.data(), size_t(chunk.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ::close(fd);
            return {};
        }
        if (n == 0)
            break;
        XXH3_128bits_update(state.get(), chunk.constData(), size_t(n));
        total += n;
    }
    ::close(fd);
    f.size = total;
    f.digest = canonicalDigest(XXH3_128bits_digest(state.get()));
    return f;
}

QString migrationBackupPath(const QString &path, int version)
{
    const QFileInfo fi(path);
    QString base = fi.fileName();
    if (base.endsWith(QLatin1StringView(".ropa"), Qt::CaseInsensitive))
        base.chop(5);
    return fi.absolutePath() + u'/' + base + QStringLiteral(".v%1.ropa").arg(version);
}

OpenResult openProject(const QString &path, const OpenOptions &options)
{
    OpenResult result;
    const QString label = fileLabel(path);
    auto failWith = [&](const Error &error) {
        result.data.reset();
        result.error = error;
        return result;
    };

    const QFileInfo info(path);
    if (!info.exists())
        return failWith(makeError(ErrorCode::NotFound,
                                  Tr::tr("%1 was not found. It may have been moved, renamed or deleted.")
                                      .arg(label)));
    if (info.isDir())
        return failWith(makeError(ErrorCode::NotRopa,
                                  Tr::tr("%1 is a folder, not a Ropa project. Choose a .ropa file made by Ropa.")
                                      .arg(label)));
    if (info.size() > MaxFileBytes)
        return failWith(makeError(ErrorCode::NotRopa,
                                  Tr::tr("%1 is too large to be a Ropa project (%2 MB; Ropa opens files of up "
                                                 "to %3 MB).")
                                      .arg(label)
                                      .arg(info.size() / (1024 * 1024))
                                      .arg(MaxFileBytes / (1024 * 1024))));
    QFile file(path);
    auto unreadable = [&](const QString &why) {
        return failWith(makeError(ErrorCode::Unreadable,
                                  Tr::tr("%1 could not be read (%2). Check that you may read it.")
                                      .arg(label, why)));
    };
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return unreadable(file.errorString());
    struct stat fileStat{};
    if (::fstat(file.handle(), &fileStat) != 0)
        return unreadable(errnoText(errno));
    result.fingerprint = stamp(fileStat);

    // The file is read straight into the buffer SQLite will own (no second copy): at most
    // MaxFileBytes + 1 bytes, so that a file that grew past the limit is refused.
    qint64 capacity = std::min<qint64>(std::max<qint64>(fileStat.st_size, 0) + 1, MaxFileBytes + 1);
    SqliteBuffer buffer(static_cast<unsigned char *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(capacity))));
    auto noMemory = [&]() {
        return failWith(makeError(ErrorCode::Unreadable,
                                  Tr::tr("There is not enough memory to open %1.").arg(label)));
    };
    if (!buffer)
        return noMemory();
    qint64 size = 0;
    for (;;) {
        if (size == capacity) {
            if (capacity > MaxFileBytes)
                break;
            capacity = std::min<qint64>(capacity * 2, MaxFileBytes + 1);
            auto *grown = static_cast<unsigned char *>(
                sqlite3_realloc64(buffer.get(), static_cast<sqlite3_uint64>(capacity)));
            if (!grown)
                return noMemory();
            (void)buffer.release();
            buffer.reset(grown);
        }
        const qint64 n = file.read(reinterpret_cast<char *>(buffer.get()) + size, capacity - size);
        if (n < 0)
            return unreadable(file.errorString());
        if (n == 0)
            break;
        size += n;
    }
    file.close();
    if (size > MaxFileBytes)
        return failWith(makeError(ErrorCode::NotRopa,
                                  Tr::tr("%1 is too large to be a Ropa project (Ropa opens files of up to "
                                                 "%2 MB).")
                                      .arg(label)
                                      .arg(MaxFileBytes / (1024 * 1024))));

    Header header;
    QByteArray original; // of an older format: kept for the backup copy
    {
        const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(buffer.get()), size);
        if (Error e = checkHeader(path, bytes, &header))
            return failWith(e);
        if (header.userVersion < FormatVersion && options.keepMigrationBackup)
            original = QByteArray(bytes.constData(), bytes.size());
    }
    result.fileVersion = header.userVersion;
    result.fingerprint.size = size;
    // The digest of the bytes read. For a file of the current format it is computed on the
    // second core while SQLite checks the same bytes (only read by both; the future is
    // declared after `db`, so it is waited for before the connection frees them). A file to
    // migrate is hashed first, since the migration changes the bytes in memory.
    const unsigned char *const bytesRead = buffer.get();
    if (header.userVersion < FormatVersion)
        result.fingerprint.digest = digestOf(bytesRead, size);

    QDeadlineTimer deadline(qint64(MaxOpenSeconds) * 1000);
    sql::Database db;
    if (!loadIntoMemory(db, std::move(buffer), size, capacity, &deadline))
        return failWith(sqliteFailure(path, db));
    std::future<QByteArray> digest;
    if (header.userVersion == FormatVersion)
        digest = std::async(std::launch::async, [bytesRead, size] { return digestOf(bytesRead, size); });

    {
        sql::Statement st(db, "PRAGMA quick_check");
        if (!st.isValid())
            return failWith(sqliteFailure(path, db));
        const int rc = st.step();
        if (rc != SQLITE_ROW)
            return failWith(sqliteFailure(path, db));
        const QString verdict = st.columnText(0);
        if (verdict != QLatin1StringView("ok"))
            return failWith(makeError(ErrorCode::Corrupt,
                                      Tr::tr("%1 is damaged, so it was not opened (SQLite's check found: %2). "
                                                     "Open a backup copy.")
                                          .arg(label, verdict.left(200))));
    }

    // The schema of the file's own version, then (after migrating) of the current one.
    if (Error e = checkSchema(path, db, header.userVersion))
        return failWith(e);
    if (header.userVersion < FormatVersion) {
        if (options.keepMigrationBackup
            && !writeBackupCopy(path, header.userVersion, original, &result.migrationBackup)) {
            return failWith(makeError(
                ErrorCode::WriteFailed,
                Tr::tr("%1 was made by an older Ropa (format %2). Before updating it, Ropa keeps a copy "
                               "named %3 beside it, but could not write that copy. Copy the project to a folder "
                               "where you may write, and open it there.")
                    .arg(label)
                    .arg(header.userVersion)
                    .arg(quoted(QFileInfo(migrationBackupPath(path, header.userVersion)).fileName()))));
        }
        QString why;
        if (!migrations::migrate(db, header.userVersion, &why))
            return failWith(makeError(ErrorCode::Corrupt,
                                      Tr::tr("%1 was made by an older Ropa (format %2) and could not be "
                                                     "updated to format %3 (%4), so it was not opened.")
                                          .arg(label)
                                          .arg(header.userVersion)
                                          .arg(FormatVersion)
                                          .arg(why)));
        if (Error e = checkSchema(path, db, FormatVersion)) {
            return failWith(makeError(ErrorCode::Corrupt,
                                      Tr::tr("%1 was made by an older Ropa (format %2), and updating it did "
                                                     "not give the tables of format %3 (%4), so it was not opened.")
                                          .arg(label)
                                          .arg(header.userVersion)
                                          .arg(FormatVersion)
                                          .arg(e.message)));
        }
    }

    // Every value is read and validated as before, after all the checks above; the transfers
    // (about 40 % of the reading) on the second core, from a second connection to the same
    // checked bytes. The first failure in the order of the tables is the one reported.
    ProjectData data;
    Reader reader(path, db);
    sql::Database transferDb;
    if (!shareReadOnly(transferDb, db, &deadline))
        return failWith(sqliteFailure(path, transferDb));
    struct Transfers
    {
        bool ok = false;
        Error error;
        EntityMap<Transfer> map;
    };
    std::future<Transfers> transfers = std::async(std::launch::async, [&path, &transferDb] {
        Transfers t;
        ProjectData part;
        Reader transferReader(path, transferDb);
        t.ok = transferReader.readTransfersOnly(&part);
        t.error = transferReader.error();
        t.map = std::move(part.transfers);
        return t;
    });
    const bool before = reader.readBeforeTransfers(&data);
    const bool after = before && reader.readAfterTransfers(&data);
    Transfers read = transfers.get();
    transferDb.close();
    if (!before)
        return failWith(reader.error());
    if (!read.ok)
        return failWith(read.error);
    if (!after)
        return failWith(reader.error());
    data.transfers = std::move(read.map);

    const QList<Problem> problems = validateProject(data);
    if (!problems.isEmpty())
        return failWith(makeError(ErrorCode::InvalidContent,
                                  describeProblems(problems) + Tr::tr(". The project was not opened.")));
    // No PRAGMA foreign_key_check: the reader refuses a link row whose owner is not in the
    // project, and validateProject refuses every other reference that is not.

    if (digest.valid())
        result.fingerprint.digest = digest.get();
    result.data = std::move(data);
    return result;
}

SaveResult saveProject(const ProjectData &data, const QString &requestedPath, const SaveOptions &options)
{
    using detail::SaveStep;
    SaveResult result;
    // Saving over a symbolic link replaces the file it points to, not the link.
    const QFileInfo requested(requestedPath);
    const QString path = requested.isSymLink() && !requested.canonicalFilePath().isEmpty()
                           ? requested.canonicalFilePath()
                           : requested.absoluteFilePath();
    const QString label = fileLabel(path);
    const QString folder = QFileInfo(path).absolutePath();

    auto failWith = [&](ErrorCode code, const QString &message) {
        result.error = makeError(code, message);
        return result;
    };
    auto writeFailed = [&](const QString &why) {
        return failWith(ErrorCode::WriteFailed,
                        Tr::tr("Could not save %1: %2. The file on disk was not changed.").arg(label, why));
    };
    auto injected = [&](SaveStep step) {
        return Tr::tr("a test made the save fail at the step %1").arg(quoted(detail::saveStepName(step)));
    };

    auto changedOnDisk = [&]() -> std::optional<SaveResult> {
        if (options.force)
            return std::nullopt;
        // stat first: when the file was not rewritten, its content is not read again.
        struct stat st{};
        const bool isFile = ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
        if (isFile && !options.expected.isNull() && sameStamp(stamp(st), options.expected))
            return std::nullopt;
        const Fingerprint now = isFile ? fingerprintOf(path) : Fingerprint();
        if (sameContent(now, options.expected))
            return std::nullopt;
        if (options.expected.isNull())
            return failWith(ErrorCode::ChangedOnDisk,
                            Tr::tr("%1 already exists. Ropa did not overwrite it: choose another name, or "
                                           "confirm that it may be replaced.")
                                .arg(label));
        if (now.isNull())
            return failWith(ErrorCode::ChangedOnDisk,
                            Tr::tr("%1 was moved or deleted since it was opened. Ropa did not save it: save "
                                           "again to write it anyway, or save under another name.")
                                .arg(label));
        return failWith(ErrorCode::ChangedOnDisk,
                        Tr::tr("%1 was changed by someone else since it was opened. Ropa did not overwrite "
                                       "it: save under another name, or open it again to see the other changes.")
                            .arg(label));
    };

    if (injectedFailure(SaveStep::CheckTarget))
        return writeFailed(injected(SaveStep::CheckTarget));
    if (auto refused = changedOnDisk())
        return *refused;

    // Validation runs on the second core while the rows are written; its verdict is taken
    // before a byte reaches the disk. (The data is only read by both.)
    std::future<QList<Problem>> validation =
        std::async(std::launch::async, [&data] { return validateProject(data); });
    auto refuseInvalid = [&](const QList<Problem> &problems) {
        return failWith(ErrorCode::InvalidContent,
                        Tr::tr("%1 was not saved, because Ropa could not open it again: %2. Correct this "
                                       "and save again.")
                            .arg(label, describeProblems(problems)));
    };

    // The temporary file: hidden, beside the target, never named *.ropa.
    const QString tempPath = folder + QStringLiteral("/.") + QFileInfo(path).fileName() + u'.'
                           + QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".saving");
    bool tempCreated = false;
    int tempFd = -1;
    bool tempDirect = false;
    sql::Database db;
    auto cleanup = [&]() {
        db.close();
        if (tempFd >= 0) {
            ::close(tempFd);
            tempFd = -1;
        }
        if (tempCreated) {
            QFile::remove(tempPath);
            QFile::remove(tempPath + QStringLiteral("-journal"));
        }
    };
    auto failStep = [&](const QString &why) {
        cleanup();
        return writeFailed(why);
    };

    if (injectedFailure(SaveStep::CreateTemp))
        return failStep(injected(SaveStep::CreateTemp));
    {
        const QByteArray native = QFile::encodeName(tempPath);
        // O_DIRECT: the new file is written once and synced at once, so its bytes need not
        // pass through the page cache (docs/performance.md, "Save past the page cache").
        const bool direct = directWrites();
        tempFd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | (direct ? O_DIRECT : 0), 0666);
        tempDirect = direct && tempFd >= 0;
        if (tempFd < 0 && direct && errno == EINVAL)   // the file system has no direct I/O
            tempFd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (tempFd < 0) {
            const int error = errno;
            return failStep(Tr::tr("Ropa cannot write in the folder %1 (%2)")
                                .arg(quoted(QDir::toNativeSeparators(folder)), errnoText(error)));
        }
        tempCreated = true;
    }
    // The database is built in memory (SQLite's memdb, the same pages as a file) and written
    // to the temporary file at once: no rollback journal and no page cache spilling to disk;
    // atomicity comes from the rename. It is an empty deserialized database, so that the pages
    // are those of an ordinary file (change counter, page count in the header).
    if (!db.openMemory()
        || sqlite3_deserialize(db.handle(), "main", nullptr, 0, 0,
                               SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
               != SQLITE_OK)
        return failStep(Tr::tr("SQLite reports: %1").arg(db.errorText()));
    auto sqliteWhy = [&]() { return Tr::tr("SQLite reports: %1").arg(db.errorText()); };

    if (injectedFailure(SaveStep::WriteSchema))
        return failStep(injected(SaveStep::WriteSchema));
    // No foreign_keys: validateProject above already refused every dangling reference.
    if (!db.exec(QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; "
                                "PRAGMA application_id = %1; PRAGMA user_version = %2;")
                     .arg(qint32(ApplicationId))
                     .arg(FormatVersion))
        || !db.exec("BEGIN IMMEDIATE"))
        return failStep(sqliteWhy());
    for (const QString &statement : schema::current()) {
        if (!db.exec(statement))
            return failStep(sqliteWhy());
    }

    if (injectedFailure(SaveStep::WriteRows))
        return failStep(injected(SaveStep::WriteRows));
    {
        Writer writer(db);
        if (!writer.writeAll(data))
            return failStep(writer.error());
    }

    if (injectedFailure(SaveStep::Commit))
        return failStep(injected(SaveStep::Commit));
    if (!db.exec("COMMIT"))
        return failStep(sqliteWhy());
    if (const QList<Problem> problems = validation.get(); !problems.isEmpty()) {
        cleanup();
        return refuseInvalid(problems);
    }
    {
        sqlite3_int64 size = 0;
        // NOCOPY: the memdb's own buffer, valid while the connection is open.
        const unsigned char *bytes = sqlite3_serialize(db.handle(), "main", &size, SQLITE_SERIALIZE_NOCOPY);
        if (!bytes)
            return failStep(sqliteWhy());
        result.fingerprint.size = size;
        // The digest is computed on the second core while the bytes go to the disk; both only
        // read the buffer, which lives until db is closed.
        std::future<QByteArray> digest =
            std::async(std::launch::async, [bytes, size] { return digestOf(bytes, size); });
        const int error = writeBytes(tempFd, tempDirect, bytes, size);
        result.fingerprint.digest = digest.get();
        if (error != 0)
            return failStep(Tr::tr("the new file could not be written to disk (%1)").arg(errnoText(error)));
    }
    db.close();

    if (injectedFailure(SaveStep::SyncFile))
        return failStep(injected(SaveStep::SyncFile));
    if (::fsync(tempFd) != 0) {
        const int error = errno;
        return failStep(Tr::tr("the new file could not be written to disk (%1)").arg(errnoText(error)));
    }
    if (::close(std::exchange(tempFd, -1)) != 0) {
        const int error = errno;
        return failStep(Tr::tr("the new file could not be written to disk (%1)").arg(errnoText(error)));
    }
    // Keep the permissions of the file it replaces.
    struct stat targetStat{};
    if (::stat(QFile::encodeName(path).constData(), &targetStat) == 0)
        ::chmod(QFile::encodeName(tempPath).constData(), targetStat.st_mode & 07777);

    if (injectedFailure(SaveStep::Rename))
        return failStep(injected(SaveStep::Rename));
    // Somebody may have saved in the meantime: look once more, just before replacing.
    if (auto refused = changedOnDisk()) {
        cleanup();
        return *refused;
    }
    // The file being replaced is held open across the rename: its blocks are then freed when
    // this reference is closed, on another thread, and not inside rename() (tens of
    // milliseconds for a large file).
    const int replacedFd = ::open(QFile::encodeName(path).constData(), O_PATH | O_CLOEXEC);
    auto releaseReplaced = [replacedFd]() {
        if (replacedFd >= 0)
            std::thread([replacedFd] { ::close(replacedFd); }).detach();
    };
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(tempPath).toStdString()),
                            std::filesystem::path(QFile::encodeName(path).toStdString()), ec);
    releaseReplaced();
    if (ec)
        return failStep(Tr::tr("the new file could not replace the old one (%1)")
                            .arg(QString::fromLocal8Bit(ec.message())));
    tempCreated = false;
    // Make the rename itself durable. The file is saved either way; a failure here only
    // means the folder entry may not have reached the disk yet.
    syncPath(folder, true);

    // The fingerprint of what was written: the digest of the bytes above, the identity and
    // times of the file now in place.
    struct stat savedStat{};
    if (::stat(QFile::encodeName(path).constData(), &savedStat) == 0) {
        Fingerprint f = stamp(savedStat);
        f.size = result.fingerprint.size;
        f.digest = result.fingerprint.digest;
        result.fingerprint = f;
    } else {
        result.fingerprint = fingerprintOf(path);
    }
    return result;
}

namespace detail {

QString saveStepName(SaveStep step)
{
    switch (step) {
    case SaveStep::CheckTarget: return QStringLiteral("check-target");
    case SaveStep::CreateTemp: return QStringLiteral("create-temp");
    case SaveStep::WriteSchema: return QStringLiteral("write-schema");
    case SaveStep::WriteRows: return QStringLiteral("write-rows");
    case SaveStep::Commit: return QStringLiteral("commit");
    case SaveStep::SyncFile: return QStringLiteral("sync");
    case SaveStep::Rename: return QStringLiteral("rename");
    }
    return {};
}

void setDirectWrites(bool direct)
{
    directWrites() = direct;
}

void setSaveFailureHook(SaveFailureHook h)
{
    QMutexLocker lock(&hookMutex());
    hook() = std::move(h);
}

} // namespace detail

} // namespace ropa::store
