#include "store/sqlite.h"

#include <QStringDecoder>

#include <sqlite3.h>

#include <cstring>

#include <utility>

namespace ropa::store::sql {

namespace {

// Once per process, before the first connection: no memory statistics. With them on (the
// default) every allocation SQLite makes takes a global mutex, even on a connection opened
// with SQLITE_OPEN_NOMUTEX; Ropa never reads the statistics. sqlite3_config() must run
// before sqlite3_initialize(); if something else in the process started SQLite first, it
// refuses (SQLITE_MISUSE) and nothing changes.
void configureOnce()
{
    static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    Q_UNUSED(configured);
}

} // namespace

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_ownError(std::move(other.m_ownError))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_ownError = std::move(other.m_ownError);
    }
    return *this;
}

bool Database::open(const QString &path, int flags)
{
    configureOnce();
    close();
    m_ownError.clear();
    const QByteArray name = path.toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK) {
        m_ownError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return false;
    }
    return true;
}

bool Database::openMemory()
{
    return open(QStringLiteral(":memory:"),
                SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_PRIVATECACHE | SQLITE_OPEN_NOMUTEX);
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const char *sql)
{
    if (!m_db)
        return false;
    m_ownError.clear();
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (message) {
        m_ownError = QString::fromUtf8(message);
        sqlite3_free(message);
    }
    return rc == SQLITE_OK;
}

bool Database::exec(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return exec(utf8.constData());
}

std::optional<QString> Database::queryText(const char *sql)
{
    Statement st(*this, sql);
    if (!st.isValid())
        return std::nullopt;
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return QString();
    if (rc != SQLITE_ROW)
        return std::nullopt;
    return st.columnText(0);
}

std::optional<qint64> Database::queryInt(const char *sql)
{
    Statement st(*this, sql);
    if (!st.isValid())
        return std::nullopt;
    if (st.step() != SQLITE_ROW)
        return std::nullopt;
    return st.columnInt(0);
}

int Database::errorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

QString Database::errorText() const
{
    if (!m_ownError.isEmpty())
        return m_ownError;
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

Statement::~Statement()
{
    finalize();
}

bool Statement::prepare(Database &db, const char *sql)
{
    finalize();
    if (!db.handle())
        return false;
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    m_lastResult = rc;
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    return true;
}

bool Statement::prepare(Database &db, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return prepare(db, utf8.constData());
}

void Statement::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

bool Statement::bindNull(int index)
{
    return sqlite3_bind_null(m_stmt, index) == SQLITE_OK;
}

bool Statement::bindText(int index, const QString &text)
{
    // Most values are short ASCII: narrowed on the stack and copied by SQLite into the
    // statement's own buffer (reused from row to row), without a QByteArray per value.
    const qsizetype size = text.size();
    if (size <= 1024) {
        char buffer[1024];
        const QChar *chars = text.constData();
        bool ascii = true;
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t c = chars[i].unicode();
            if (c >= 0x80) {
                ascii = false;
                break;
            }
            buffer[i] = char(c);
        }
        if (ascii) {
            return sqlite3_bind_text64(m_stmt, index, buffer, static_cast<sqlite3_uint64>(size), SQLITE_TRANSIENT,
                                       SQLITE_UTF8) == SQLITE_OK;
        }
    }
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                               SQLITE_TRANSIENT, SQLITE_UTF8) == SQLITE_OK;
}

bool Statement::bindNullableText(int index, const QString &text)
{
    return text.isEmpty() ? bindNull(index) : bindText(index, text);
}

bool Statement::bindInt(int index, qint64 value)
{
    return sqlite3_bind_int64(m_stmt, index, value) == SQLITE_OK;
}

bool Statement::bindBlob(int index, const QByteArray &bytes)
{
    return sqlite3_bind_blob64(m_stmt, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                               SQLITE_TRANSIENT) == SQLITE_OK;
}

bool Statement::bindStaticUtf8(int index, const char *data, qsizetype size)
{
    return sqlite3_bind_text64(m_stmt, index, data, static_cast<sqlite3_uint64>(size), SQLITE_STATIC, SQLITE_UTF8) ==
           SQLITE_OK;
}

bool Statement::bindPointer(int index, void *pointer, const char *type)
{
    return sqlite3_bind_pointer(m_stmt, index, pointer, type, nullptr) == SQLITE_OK;
}

int Statement::step()
{
    if (!m_stmt)
        return m_lastResult = SQLITE_MISUSE;
    return m_lastResult = sqlite3_step(m_stmt);
}

bool Statement::execute()
{
    const int rc = step();
    reset();
    return rc == SQLITE_DONE;
}

bool Statement::executeKeepingBindings()
{
    const int rc = step();
    if (m_stmt)
        sqlite3_reset(m_stmt);
    return rc == SQLITE_DONE;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QByteArrayView Statement::columnName(int column) const
{
    const char *name = sqlite3_column_name(m_stmt, column);
    return name ? QByteArrayView(name) : QByteArrayView();
}

int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return columnType(column) == SQLITE_NULL;
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray Statement::columnBytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0)
        return QByteArray();
    return QByteArray(data, size);
}

QByteArrayView Statement::columnView(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0)
        return QByteArrayView();
    return QByteArrayView(data, size);
}

QString Statement::columnText(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0)
        return QString();
    return QString::fromUtf8(data, size);
}

std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

namespace {

bool isAscii(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, sizeof word);
        if (word & 0x8080808080808080ull)
            return false;
    }
    for (; i < n; ++i) {
        if (static_cast<unsigned char>(p[i]) & 0x80)
            return false;
    }
    return true;
}

} // namespace

std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return QString();
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    return decodeUtf8(bytes.toByteArray());
}

} // namespace ropa::store::sql
