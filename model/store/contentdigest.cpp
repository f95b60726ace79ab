#include "store/contentdigest.h"

#include <sqlite3.h>
#include <xxhash.h>

#include <QByteArray>
#include <QMap>

namespace ropa::store::contentdigest {

namespace {

constexpr const char *DigestTable = "content_digest";

void appendNumber(QByteArray &out, quint64 value)
{
    char bytes[8];
    for (int k = 0; k < 8; ++k)
        bytes[k] = static_cast<char>(value >> (8 * k)); // little-endian, on every platform
    out.append(bytes, sizeof bytes);
}

// The tables whose content is covered: every table of the file but content_digest, by name.
bool tablesOf(sql::Database &db, QStringList *tables)
{
    sql::Statement st(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'content_digest' "
                          "ORDER BY name");
    if (!st.isValid())
        return false;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW)
        tables->append(st.columnText(0));
    return rc == SQLITE_DONE;
}

// XXH3-128 of one table. Every row is hashed on its own (each value with its storage class
// and length) and the row hashes are added up modulo 2^128, so the digest does not depend on
// the order in which SQLite stores or returns the rows, and no sort is needed; the table's
// digest is the hash of its name, its row count and that sum.
bool digestOfTable(sql::Database &db, const QString &table, QByteArray *digest)
{
    const QString quotedName = u'"' + QString(table).replace(u'"', QStringLiteral("\"\"")) + u'"';
    sql::Statement st(db, QStringLiteral("SELECT * FROM %1").arg(quotedName));
    if (!st.isValid())
        return false;
    const int columns = st.columnCount();
    quint64 low = 0;
    quint64 high = 0;
    quint64 rows = 0;
    QByteArray row;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        row.clear();
        for (int c = 0; c < columns; ++c) {
            const int type = st.columnType(c);
            row.append(static_cast<char>(type));
            if (type == SQLITE_NULL)
                continue;
            if (type == SQLITE_INTEGER) {
                appendNumber(row, quint64(st.columnInt(c)));
                continue;
            }
            const QByteArrayView bytes = st.columnView(c);
            appendNumber(row, quint64(bytes.size()));
            row.append(bytes);
        }
        const XXH128_hash_t h = XXH3_128bits(row.constData(), size_t(row.size()));
        const quint64 sumLow = low + h.low64;
        high += h.high64 + (sumLow < low ? 1 : 0);
        low = sumLow;
        ++rows;
    }
    if (rc != SQLITE_DONE)
        return false;
    QByteArray summary = table.toUtf8();
    summary.append('\0');
    appendNumber(summary, rows);
    appendNumber(summary, low);
    appendNumber(summary, high);
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits(summary.constData(), size_t(summary.size())));
    *digest = QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
    return true;
}

bool computeAll(sql::Database &db, QMap<QString, QByteArray> *digests)
{
    QStringList tables;
    if (!tablesOf(db, &tables))
        return false;
    for (const QString &table : tables) {
        QByteArray digest;
        if (!digestOfTable(db, table, &digest))
            return false;
        digests->insert(table, digest);
    }
    return true;
}

} // namespace

bool write(sql::Database &db, QString *why)
{
    QMap<QString, QByteArray> digests;
    if (!computeAll(db, &digests)) {
        *why = db.errorText();
        return false;
    }
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

bool verify(sql::Database &db, Verdict *verdict, QString *why)
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
    QMap<QString, QByteArray> actual;
    if (!computeAll(db, &actual)) {
        *why = db.errorText();
        return false;
    }
    *verdict = Verdict();
    if (stored.isEmpty()) {
        verdict->ok = false;
        verdict->missing = true;
        return true;
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

} // namespace ropa::store::contentdigest
