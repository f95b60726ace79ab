#include "store/contentdigest.h"

#include <sqlite3.h>
#include <xxhash.h>

#include <QByteArray>
#include <QMap>

#include <memory>

namespace ropa::store::contentdigest {

namespace {

constexpr const char *DigestTable = "content_digest";

struct StateFree
{
    void operator()(XXH3_state_t *s) const { XXH3_freeState(s); }
};

void feed(XXH3_state_t *state, const void *data, size_t size)
{
    XXH3_128bits_update(state, data, size);
}

void feedNumber(XXH3_state_t *state, quint64 value)
{
    unsigned char bytes[8];
    for (int k = 0; k < 8; ++k)
        bytes[k] = static_cast<unsigned char>(value >> (8 * k)); // little-endian, on every platform
    feed(state, bytes, sizeof bytes);
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

// XXH3-128 of one table: its name, then every row sorted by all its columns (so the digest
// does not depend on how SQLite stores the rows), each value with its type and length.
bool digestOfTable(sql::Database &db, const QString &table, QByteArray *digest)
{
    const QString quotedName = u'"' + QString(table).replace(u'"', QStringLiteral("\"\"")) + u'"';
    int columns = 0;
    {
        sql::Statement probe(db, QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(quotedName));
        if (!probe.isValid())
            return false;
        columns = probe.columnCount();
    }
    QStringList order;
    for (int c = 1; c <= columns; ++c)
        order.append(QString::number(c));
    sql::Statement st(db, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(quotedName, order.join(u',')));
    if (!st.isValid())
        return false;

    const std::unique_ptr<XXH3_state_t, StateFree> state(XXH3_createState());
    if (!state || XXH3_128bits_reset(state.get()) != XXH_OK)
        return false;
    const QByteArray name = table.toUtf8();
    feedNumber(state.get(), quint64(name.size()));
    feed(state.get(), name.constData(), size_t(name.size()));
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        feed(state.get(), "R", 1);
        for (int c = 0; c < columns; ++c) {
            const auto type = static_cast<unsigned char>(st.columnType(c));
            feed(state.get(), &type, 1);
            if (type == SQLITE_NULL)
                continue;
            if (type == SQLITE_INTEGER) {
                feedNumber(state.get(), quint64(st.columnInt(c)));
                continue;
            }
            const QByteArrayView bytes = st.columnView(c);
            feedNumber(state.get(), quint64(bytes.size()));
            feed(state.get(), bytes.data(), size_t(bytes.size()));
        }
    }
    if (rc != SQLITE_DONE)
        return false;
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(state.get()));
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
    sql::Statement insert(db, QStringLiteral("INSERT INTO %1 (table_name, xxh3_128) VALUES (?1, ?2)")
                                  .arg(QLatin1StringView(DigestTable)));
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
        sql::Statement st(db, QStringLiteral("SELECT table_name, xxh3_128 FROM %1").arg(QLatin1StringView(DigestTable)));
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
