#include "store/rowbatch.h"

#include "store/sqlite.h"

#include <sqlite3.h>

#include <algorithm>
#include <new>

namespace ropa::store::sql {

namespace {

struct HexPairs
{
    char pair[256][2];
};

const HexPairs &hexPairs()
{
    static const HexPairs table = [] {
        static constexpr char digits[] = "0123456789abcdef";
        HexPairs h{};
        for (int b = 0; b < 256; ++b) {
            h.pair[b][0] = digits[b >> 4];
            h.pair[b][1] = digits[b & 15];
        }
        return h;
    }();
    return table;
}

void rawBytes(const QUuid &id, uchar *raw)
{
    // The RFC 4122 byte order (what toRfc4122() gives), from the fields: no allocation.
    raw[0] = uchar(id.data1 >> 24);
    raw[1] = uchar(id.data1 >> 16);
    raw[2] = uchar(id.data1 >> 8);
    raw[3] = uchar(id.data1);
    raw[4] = uchar(id.data2 >> 8);
    raw[5] = uchar(id.data2);
    raw[6] = uchar(id.data3 >> 8);
    raw[7] = uchar(id.data3);
    std::memcpy(raw + 8, id.data4, 8);
}

void formatRaw(const uchar *raw, char *out)
{
    // Where the text of each byte starts: 8-4-4-4-12 with the dashes in between.
    static constexpr unsigned char at[16] = {0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};
    const HexPairs &hex = hexPairs();
    for (int i = 0; i < 16; ++i)
        std::memcpy(out + at[i], hex.pair[raw[i]], 2);
    out[8] = out[13] = out[18] = out[23] = '-';
}

constexpr const char *PointerType = "ropa::store::sql::RowBatch";
constexpr int BatchColumn = RowBatch::MaxColumns; // the hidden argument column

// The virtual table and its cursor. Every text (ids included, formatted when they were
// added) is in the batch's arena, which does not change while the statement runs, so the
// values are handed over without a copy (SQLITE_STATIC).
struct Table
{
    sqlite3_vtab base{};
};

struct Cursor
{
    sqlite3_vtab_cursor base{};
    const RowBatch *batch = nullptr;
    qsizetype row = 0;
};

int xConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **out, char **)
{
    QByteArray sql("CREATE TABLE x(");
    for (int i = 0; i < RowBatch::MaxColumns; ++i)
        sql += 'c' + QByteArray::number(i) + ", ";
    sql += "batch HIDDEN)";
    const int rc = sqlite3_declare_vtab(db, sql.constData());
    if (rc != SQLITE_OK)
        return rc;
    auto *table = static_cast<Table *>(sqlite3_malloc(sizeof(Table)));
    if (!table)
        return SQLITE_NOMEM;
    *table = Table{};
    *out = &table->base;
    return SQLITE_OK;
}

int xDisconnect(sqlite3_vtab *vtab)
{
    sqlite3_free(vtab);
    return SQLITE_OK;
}

int xBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (c.iColumn == BatchColumn && c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1;
            return SQLITE_OK;
        }
    }
    // Without its batch the table has no rows to give: refuse such a plan.
    return SQLITE_CONSTRAINT;
}

int xOpen(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    auto *cursor = static_cast<Cursor *>(sqlite3_malloc(sizeof(Cursor)));
    if (!cursor)
        return SQLITE_NOMEM;
    new (cursor) Cursor();
    *out = &cursor->base;
    return SQLITE_OK;
}

int xClose(sqlite3_vtab_cursor *cur)
{
    sqlite3_free(cur);
    return SQLITE_OK;
}

int xFilter(sqlite3_vtab_cursor *cur, int, const char *, int argc, sqlite3_value **argv)
{
    auto *cursor = reinterpret_cast<Cursor *>(cur);
    cursor->batch = argc == 1 ? static_cast<const RowBatch *>(sqlite3_value_pointer(argv[0], PointerType)) : nullptr;
    cursor->row = 0;
    return SQLITE_OK;
}

int xNext(sqlite3_vtab_cursor *cur)
{
    ++reinterpret_cast<Cursor *>(cur)->row;
    return SQLITE_OK;
}

int xEof(sqlite3_vtab_cursor *cur)
{
    const auto *cursor = reinterpret_cast<const Cursor *>(cur);
    return !cursor->batch || cursor->row >= cursor->batch->rowCount();
}

int xColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int column)
{
    auto *cursor = reinterpret_cast<Cursor *>(cur);
    if (!cursor->batch || column < 0 || column >= cursor->batch->columns()) {
        sqlite3_result_null(ctx);
        return SQLITE_OK;
    }
    const RowBatch::Cell &cell = cursor->batch->cell(cursor->row, column);
    switch (cell.type) {
    case RowBatch::Cell::Null: sqlite3_result_null(ctx); break;
    case RowBatch::Cell::Int: sqlite3_result_int64(ctx, cell.value); break;
    case RowBatch::Cell::EmptyText: sqlite3_result_text(ctx, "", 0, SQLITE_STATIC); break;
    case RowBatch::Cell::Text:
        sqlite3_result_text64(ctx, cursor->batch->arena() + cell.value, cell.size, SQLITE_STATIC, SQLITE_UTF8);
        break;
    }
    return SQLITE_OK;
}

int xRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid)
{
    *rowid = reinterpret_cast<const Cursor *>(cur)->row;
    return SQLITE_OK;
}

const sqlite3_module &module()
{
    static const sqlite3_module m = [] {
        sqlite3_module mod{};
        mod.iVersion = 0;
        mod.xCreate = nullptr; // eponymous only: it cannot be named in a schema
        mod.xConnect = xConnect;
        mod.xBestIndex = xBestIndex;
        mod.xDisconnect = xDisconnect;
        mod.xDestroy = xDisconnect;
        mod.xOpen = xOpen;
        mod.xClose = xClose;
        mod.xFilter = xFilter;
        mod.xNext = xNext;
        mod.xEof = xEof;
        mod.xColumn = xColumn;
        mod.xRowid = xRowid;
        return mod;
    }();
    return m;
}

} // namespace

RowBatch::RowBatch(int columns)
    : m_columns(std::clamp(columns, 1, MaxColumns))
{
}

void RowBatch::clear()
{
    // Both keep their capacity for the next rows of the same table.
    m_cells.clear();
    m_arena.truncate(0);
}

void RowBatch::addText(const QString &text)
{
    Cell c;
    if (text.isEmpty()) {
        c.type = Cell::EmptyText;
        m_cells.push_back(c);
        return;
    }
    const qsizetype offset = m_arena.size();
    const qsizetype size = text.size();
    // Most values are short ASCII: narrowed straight into the arena.
    m_arena.resize(offset + size);
    char *out = m_arena.data() + offset;
    const QChar *chars = text.constData();
    bool ascii = true;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = chars[i].unicode();
        if (u >= 0x80) {
            ascii = false;
            break;
        }
        out[i] = char(u);
    }
    if (!ascii) {
        m_arena.truncate(offset);
        m_arena += text.toUtf8();
    }
    c.type = Cell::Text;
    c.value = offset;
    c.size = quint32(m_arena.size() - offset);
    m_cells.push_back(c);
}

void RowBatch::addAscii(const char *text, qsizetype size)
{
    Cell c;
    if (size == 0) {
        c.type = Cell::EmptyText;
        m_cells.push_back(c);
        return;
    }
    c.type = Cell::Text;
    c.value = m_arena.size();
    c.size = quint32(size);
    m_arena.append(text, size);
    m_cells.push_back(c);
}

void RowBatch::addId(const QUuid &id)
{
    if (id.isNull()) {
        addNull();
        return;
    }
    // Formatted here, on the thread that collects the rows, not while SQLite reads them.
    Cell c;
    c.type = Cell::Text;
    c.value = m_arena.size();
    c.size = 36;
    m_arena.resize(m_arena.size() + 36);
    uchar raw[16];
    rawBytes(id, raw);
    formatRaw(raw, m_arena.data() + c.value);
    m_cells.push_back(c);
}

void RowBatch::addRequiredId(const QUuid &id)
{
    if (id.isNull()) {
        Cell c;
        c.type = Cell::EmptyText;
        m_cells.push_back(c);
        return;
    }
    addId(id);
}

bool registerRowSource(Database &db, QString *error)
{
    if (sqlite3_create_module_v2(db.handle(), "ropa_rows", &module(), nullptr, nullptr) != SQLITE_OK) {
        *error = db.errorText();
        return false;
    }
    return true;
}

bool insertBatch(Database &db, const char *table, const char *columnList, const RowBatch &batch, QString *error)
{
    if (batch.isEmpty())
        return true;
    QByteArray sql = QByteArray("INSERT INTO ") + table + " (" + columnList + ") SELECT ";
    for (int i = 0; i < batch.columns(); ++i) {
        if (i > 0)
            sql += ", ";
        sql += 'c' + QByteArray::number(i);
    }
    sql += " FROM ropa_rows(?1)";
    Statement st(db, sql.constData());
    if (!st.isValid() || !st.bindPointer(1, const_cast<RowBatch *>(&batch), PointerType) || !st.execute()) {
        *error = db.errorText();
        return false;
    }
    return true;
}

void formatId(const QUuid &id, char *out)
{
    uchar raw[16];
    rawBytes(id, raw);
    formatRaw(raw, out);
}

} // namespace ropa::store::sql
