#pragma once

// A small RAII wrapper over the SQLite C API (sqlite3.h), used only by model/store.
// Never mix with QtSql: Qt may bundle its own SQLite (ARCHITECTURE.md).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace ropa::store::sql {

class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // sqlite3_open_v2 with the given SQLITE_OPEN_* flags. False on failure (errorText()).
    bool open(const QString &path, int flags);
    // A private, empty in-memory database.
    bool openMemory();
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements that return no rows.
    bool exec(const char *sql);
    bool exec(const QString &sql);
    // The first column of the first row of a query, as text (empty when there is no row).
    std::optional<QString> queryText(const char *sql);
    std::optional<qint64> queryInt(const char *sql);

    int errorCode() const;     // extended result code of the last call
    QString errorText() const; // sqlite3_errmsg, or the wrapper's own message
    void setErrorText(const QString &text) { m_ownError = text; }

private:
    sqlite3 *m_db = nullptr;
    QString m_ownError;
};

class Statement
{
public:
    Statement() = default;
    Statement(Database &db, const char *sql) { prepare(db, sql); }
    Statement(Database &db, const QString &sql) { prepare(db, sql); }
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(Database &db, const char *sql);
    bool prepare(Database &db, const QString &sql);
    bool isValid() const { return m_stmt != nullptr; }
    void finalize();

    // Parameters are 1-based, as in SQLite.
    bool bindNull(int index);
    bool bindText(int index, const QString &text);         // a null QString is bound as ''
    bool bindNullableText(int index, const QString &text); // empty is bound as NULL
    bool bindInt(int index, qint64 value);
    bool bindBlob(int index, const QByteArray &bytes);
    // UTF-8 text bound without a copy: the bytes must stay valid until the statement is
    // executed (execute() clears the bindings).
    bool bindStaticUtf8(int index, const char *data, qsizetype size);
    // A pointer for a function or virtual table of this program (sqlite3_bind_pointer): SQL
    // sees NULL, and only code that asks for the same `type` gets the pointer back.
    bool bindPointer(int index, void *pointer, const char *type);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // step() expecting SQLITE_DONE, then reset() and clear bindings for the next use.
    bool execute();
    // step() expecting SQLITE_DONE, then reset, keeping the bindings: for a statement run
    // many times whose every parameter is bound again before each run. SQLite then reuses
    // the buffers of copied text instead of freeing and allocating them per row. Static
    // bindings (bindStaticUtf8) still point to the caller's bytes afterwards: bind them again
    // before the next run.
    bool executeKeepingBindings();
    void reset();

    // Columns are 0-based, as in SQLite.
    int columnCount() const;
    // The name of a result column (as the SELECT names it; a table column's own name).
    QByteArrayView columnName(int column) const;
    int columnType(int column) const; // SQLITE_INTEGER, SQLITE_TEXT, SQLITE_NULL, ...
    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    // The raw UTF-8 bytes of a text (or blob) column.
    QByteArray columnBytes(int column) const;
    // The raw bytes of a text (or blob) column, without a copy: valid until the next step.
    QByteArrayView columnView(int column) const;
    // The text of a column, decoded as UTF-8 (invalid sequences are replaced).
    QString columnText(int column) const;

    int lastResult() const { return m_lastResult; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_lastResult = 0;
};

// Decodes UTF-8 strictly: nullopt when the bytes are not valid UTF-8.
std::optional<QString> decodeUtf8(const QByteArray &bytes);
// The same, without a copy of the bytes; plain ASCII (most values) takes a fast path.
std::optional<QString> decodeUtf8(QByteArrayView bytes);

} // namespace ropa::store::sql
