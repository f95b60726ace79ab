#include "store/contentdigest.h"

#include <sqlite3.h>
#include <xxhash.h>

#include <QByteArray>
#include <QList>
#include <QMap>

#include <algorithm>
#include <string>

namespace ropa::store::contentdigest {

namespace {

constexpr const char *DigestTable = "content_digest";

template <typename Bytes> void appendNumber(Bytes &out, quint64 value)
{
    char bytes[8];
    for (int k = 0; k < 8; ++k)
        bytes[k] = static_cast<char>(value >> (8 * k)); // little-endian, on every platform
    out.append(bytes, sizeof bytes);
}

// The tables whose content is covered: every table of the file but content_digest and the
// file's history (format 7: metadata about the saves, chained by its own hashes), by name.
bool tablesOf(sql::Database &db, QStringList *tables)
{
    sql::Statement st(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'content_digest' "
                          "AND name <> 'history' ORDER BY name");
    if (!st.isValid())
        return false;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW)
        tables->append(st.columnText(0));
    return rc == SQLITE_DONE;
}

// One row's bytes: each value with its storage class and length, in the table's column
// order (`order` maps it to the statement's columns; empty: the statement's own order). False
// for a floating-point value when `allowFloat` is off (its bytes are its text, which SQLite
// makes by converting the value in place).
bool appendRow(std::string &row, const sql::Statement &st, const std::vector<int> &order, int columns, bool allowFloat)
{
    row.clear();
    for (int k = 0; k < columns; ++k) {
        const int c = order.empty() ? k : order[size_t(k)];
        const int type = st.columnType(c);
        row.push_back(static_cast<char>(type));
        if (type == SQLITE_NULL)
            continue;
        if (type == SQLITE_INTEGER) {
            appendNumber(row, quint64(st.columnInt(c)));
            continue;
        }
        if (type == SQLITE_FLOAT && !allowFloat)
            return false;
        const QByteArrayView bytes = st.columnView(c);
        appendNumber(row, quint64(bytes.size()));
        row.append(bytes.data(), size_t(bytes.size()));
    }
    return true;
}

// Adds a row's hash to a table's sum (modulo 2^128): the sum does not depend on the order in
// which SQLite stores or returns the rows, and no sort is needed.
void addToSum(const std::string &row, quint64 *low, quint64 *high)
{
    const XXH128_hash_t h = XXH3_128bits(row.data(), row.size());
    const quint64 sumLow = *low + h.low64;
    *high += h.high64 + (sumLow < *low ? 1 : 0);
    *low = sumLow;
}

// The table's digest: the hash of its name, its row count and the sum of its row hashes.
QByteArray summaryDigest(const QString &table, quint64 rows, quint64 low, quint64 high)
{
    QByteArray summary = table.toUtf8();
    summary.append('\0');
    appendNumber(summary, rows);
    appendNumber(summary, low);
    appendNumber(summary, high);
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits(summary.constData(), size_t(summary.size())));
    return QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
}

// XXH3-128 of one table, over every row (`SELECT *`).
bool digestOfTable(sql::Database &db, const QString &table, QByteArray *digest)
{
    const QString quotedName = u'"' + QString(table).replace(u'"', QStringLiteral("\"\"")) + u'"';
    sql::Statement st(db, QStringLiteral("SELECT * FROM %1").arg(quotedName));
    if (!st.isValid())
        return false;
    const int columns = st.columnCount();
    const std::vector<int> ownOrder;
    quint64 low = 0;
    quint64 high = 0;
    quint64 rows = 0;
    std::string row;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        appendRow(row, st, ownOrder, columns, true);
        addToSum(row, &low, &high);
        ++rows;
    }
    if (rc != SQLITE_DONE)
        return false;
    *digest = summaryDigest(table, rows, low, high);
    return true;
}

// The columns of a table, in their order (PRAGMA table_info).
QList<QByteArray> columnsOf(sql::Database &db, const QString &table)
{
    QList<QByteArray> columns;
    sql::Statement st(db, QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"));
    if (!st.isValid() || !st.bindText(1, table))
        return {};
    while (st.step() == SQLITE_ROW)
        columns.append(st.columnBytes(0));
    return columns;
}

// The digest of every table: those in `known` as they are, the others by a pass of their own.
bool computeAll(sql::Database &db, QMap<QString, QByteArray> *digests, const QMap<QString, QByteArray> &known = {})
{
    QStringList tables;
    if (!tablesOf(db, &tables))
        return false;
    for (const QString &table : tables) {
        if (const auto it = known.constFind(table); it != known.cend()) {
            digests->insert(table, *it);
            continue;
        }
        QByteArray digest;
        if (!digestOfTable(db, table, &digest))
            return false;
        digests->insert(table, digest);
    }
    return true;
}

// Compares the stored digests with the actual ones (`known` tables as given).
bool compareWithStored(sql::Database &db, const QMap<QString, QByteArray> &known, Verdict *verdict, QString *why)
{
    QMap<QString, QByteArray> stored;
    {
        sql::Statement st(db,
                          QStringLiteral("SELECT table_name, xxh3_128 FROM %1").arg(QLatin1StringView(DigestTable)));
        if (!st.isValid()) {
            *why = db.errorText();
            return false;
        }
        int rc = SQLITE_ROW;
        while ((rc = st.step()) == SQLITE_ROW)
            stored.insert(st.columnText(0), st.columnBytes(1));
        if (rc != SQLITE_DONE) {
            *why = db.errorText();
            return false;
        }
    }
    *verdict = Verdict();
    if (stored.isEmpty()) {
        verdict->ok = false;
        verdict->missing = true;
        return true;
    }
    QMap<QString, QByteArray> actual;
    if (!computeAll(db, &actual, known)) {
        *why = db.errorText();
        return false;
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (stored.value(it.key()) != it.value())
            verdict->changed.append(it.key());
    }
    // A digest of a table that is not there (the schema check makes this rare).
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!actual.contains(it.key()))
            verdict->changed.append(it.key());
    }
    verdict->ok = verdict->changed.isEmpty();
    return true;
}

// SQLite's affinity of a column from its declared type (the rules of "Datatypes In SQLite",
// 3.1): I integer, T text, B none ("blob"), R real, N numeric.
char affinityOf(const QByteArray &declared)
{
    const QByteArray type = declared.toUpper();
    if (type.contains("INT"))
        return 'I';
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT"))
        return 'T';
    if (type.isEmpty() || type.contains("BLOB"))
        return 'B';
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return 'R';
    return 'N';
}

// Writes the rows of content_digest.
bool writeDigests(sql::Database &db, const QMap<QString, QByteArray> &digests, QString *why)
{
    sql::Statement insert(
        db,
        QStringLiteral("INSERT INTO %1 (table_name, xxh3_128) VALUES (?1, ?2)").arg(QLatin1StringView(DigestTable)));
    if (!insert.isValid()) {
        *why = db.errorText();
        return false;
    }
    for (auto it = digests.cbegin(); it != digests.cend(); ++it) {
        if (!insert.bindText(1, it.key()) || !insert.bindBlob(2, it.value()) || !insert.execute()) {
            *why = db.errorText();
            return false;
        }
    }
    return true;
}

} // namespace

bool saveDigest(sql::Database &db, QByteArray *digest, QString *why)
{
    sql::Statement st(
        db,
        QStringLiteral("SELECT table_name, xxh3_128 FROM %1 ORDER BY table_name").arg(QLatin1StringView(DigestTable)));
    if (!st.isValid()) {
        *why = db.errorText();
        return false;
    }
    QByteArray all;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        const QByteArray name = st.columnBytes(0);
        const QByteArray bytes = st.columnBytes(1);
        appendNumber(all, quint64(name.size()));
        all.append(name);
        appendNumber(all, quint64(bytes.size()));
        all.append(bytes);
    }
    if (rc != SQLITE_DONE) {
        *why = db.errorText();
        return false;
    }
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits(all.constData(), size_t(all.size())));
    *digest = QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
    return true;
}

bool write(sql::Database &db, QString *why)
{
    QMap<QString, QByteArray> digests;
    if (!computeAll(db, &digests)) {
        *why = db.errorText();
        return false;
    }
    return writeDigests(db, digests, why);
}

bool verify(sql::Database &db, Verdict *verdict, QString *why)
{
    return compareWithStored(db, {}, verdict, why);
}

void RowFeed::begin(sql::Database &db, const QString &table, const sql::Statement &st)
{
    m_readBy.insert(&st, table); // a statement at the address of a finished one replaces it
    m_lastStatement = nullptr;   // an insertion may move the tables
    m_lastTable = nullptr;
    const bool again = m_tables.contains(table);
    Table &t = m_tables[table];
    if (again) { // read twice: its rows would be counted twice
        t.usable = false;
        return;
    }
    const QList<QByteArray> columns = columnsOf(db, table);
    t.order.assign(size_t(columns.size()), -1);
    for (int c = 0; c < st.columnCount(); ++c) {
        const qsizetype k = columns.indexOf(st.columnName(c).toByteArray());
        if (k >= 0)
            t.order[size_t(k)] = c;
    }
    t.usable = !columns.isEmpty() && std::find(t.order.cbegin(), t.order.cend(), -1) == t.order.cend();
}

void RowFeed::add(const sql::Statement &st)
{
    if (&st != m_lastStatement) {
        const auto by = m_readBy.constFind(&st);
        if (by == m_readBy.cend())
            return;
        m_lastStatement = &st;
        m_lastTable = &m_tables[*by];
    }
    Table &t = *m_lastTable;
    if (!t.usable)
        return;
    thread_local std::string row;
    if (!appendRow(row, st, t.order, int(t.order.size()), false)) {
        t.usable = false;
        return;
    }
    addToSum(row, &t.low, &t.high);
    ++t.rows;
}

void RowFeed::merge(RowFeed &&other)
{
    for (auto it = other.m_tables.begin(); it != other.m_tables.end(); ++it) {
        if (m_tables.contains(it.key()))
            m_tables[it.key()].usable = false;
        else
            m_tables.insert(it.key(), std::move(it.value()));
    }
    other.m_tables.clear();
    other.m_readBy.clear();
    other.m_lastStatement = nullptr;
    other.m_lastTable = nullptr;
    m_lastStatement = nullptr;
    m_lastTable = nullptr;
}

QStringList RowFeed::fedTables() const
{
    QStringList tables;
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        if (it->usable)
            tables.append(it.key());
    }
    tables.sort();
    return tables;
}

bool verify(sql::Database &db, const RowFeed &fed, Verdict *verdict, QString *why)
{
    QMap<QString, QByteArray> known;
    for (auto it = fed.m_tables.cbegin(); it != fed.m_tables.cend(); ++it) {
        if (it->usable)
            known.insert(it.key(), summaryDigest(it.key(), it->rows, it->low, it->high));
    }
    return compareWithStored(db, known, verdict, why);
}

} // namespace ropa::store::contentdigest

namespace ropa::store::contentdigest {

bool BatchFeed::prepare(sql::Database &db)
{
    m_tables.clear();
    QStringList tables;
    if (!tablesOf(db, &tables))
        return false;
    sql::Statement st(db, "SELECT name, type FROM pragma_table_info(?1) ORDER BY cid");
    if (!st.isValid())
        return false;
    for (const QString &name : tables) {
        Table t;
        st.reset();
        if (!st.bindText(1, name))
            return false;
        int rc = SQLITE_ROW;
        while ((rc = st.step()) == SQLITE_ROW) {
            t.columns.append(st.columnBytes(0));
            t.affinity.append(affinityOf(st.columnBytes(1)));
        }
        if (rc != SQLITE_DONE)
            return false;
        t.usable = !t.columns.isEmpty();
        m_tables.insert(name.toUtf8(), std::move(t));
    }
    return true;
}

void BatchFeed::add(const QByteArray &table, const QByteArray &columnList, const sql::RowBatch &rows)
{
    const auto found = m_tables.find(table);
    if (found == m_tables.end() || !found->usable || rows.isEmpty())
        return;
    Table &t = *found;
    auto order = t.orderOf.find(columnList);
    if (order == t.orderOf.end()) {
        QList<QByteArray> given = columnList.split(',');
        for (QByteArray &name : given)
            name = name.trimmed();
        std::vector<int> map(size_t(t.columns.size()), -1);
        for (qsizetype k = 0; k < t.columns.size(); ++k)
            map[size_t(k)] = int(given.indexOf(t.columns.at(k)));
        order = t.orderOf.insert(columnList, std::move(map));
    }
    // A column the batch leaves out gets its default, which the feed does not know.
    if (std::find(order->cbegin(), order->cend(), -1) != order->cend()) {
        t.usable = false;
        return;
    }
    const char *arena = rows.arena();
    std::string row;
    for (qsizetype r = 0; r < rows.rowCount(); ++r) {
        row.clear();
        for (size_t k = 0; k < order->size(); ++k) {
            const sql::RowBatch::Cell &cell = rows.cell(r, (*order)[k]);
            const char affinity = t.affinity.at(qsizetype(k));
            switch (cell.type) {
            case sql::RowBatch::Cell::Null: row.push_back(static_cast<char>(SQLITE_NULL)); break;
            case sql::RowBatch::Cell::Int:
                if (affinity != 'I' && affinity != 'N' && affinity != 'B') {
                    t.usable = false; // SQLite would store it as text or a real
                    return;
                }
                row.push_back(static_cast<char>(SQLITE_INTEGER));
                appendNumber(row, quint64(cell.value));
                break;
            case sql::RowBatch::Cell::EmptyText:
            case sql::RowBatch::Cell::Text:
                if (affinity != 'T' && affinity != 'B') {
                    t.usable = false; // SQLite might store it as a number
                    return;
                }
                row.push_back(static_cast<char>(SQLITE_TEXT));
                appendNumber(row, quint64(cell.type == sql::RowBatch::Cell::Text ? cell.size : 0));
                if (cell.type == sql::RowBatch::Cell::Text)
                    row.append(arena + cell.value, cell.size);
                break;
            }
        }
        addToSum(row, &t.low, &t.high);
        ++t.rows;
    }
}

QStringList BatchFeed::fedTables() const
{
    QStringList tables;
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        if (it->usable)
            tables.append(QString::fromUtf8(it.key()));
    }
    tables.sort();
    return tables;
}

bool write(sql::Database &db, const BatchFeed &fed, QString *why)
{
    // A table fed whole has as many rows in the file as were fed; one that also got rows from
    // a statement of its own (or lost some) is recomputed.
    QMap<QString, QByteArray> known;
    for (auto it = fed.m_tables.cbegin(); it != fed.m_tables.cend(); ++it) {
        if (!it->usable)
            continue;
        const QString table = QString::fromUtf8(it.key());
        const QString quotedName = u'"' + QString(table).replace(u'"', QStringLiteral("\"\"")) + u'"';
        sql::Statement count(db, QStringLiteral("SELECT count(*) FROM %1").arg(quotedName));
        if (!count.isValid() || count.step() != SQLITE_ROW) {
            *why = db.errorText();
            return false;
        }
        if (quint64(count.columnInt(0)) == it->rows)
            known.insert(table, summaryDigest(table, it->rows, it->low, it->high));
    }
    QMap<QString, QByteArray> digests;
    if (!computeAll(db, &digests, known)) {
        *why = db.errorText();
        return false;
    }
    return writeDigests(db, digests, why);
}

} // namespace ropa::store::contentdigest
