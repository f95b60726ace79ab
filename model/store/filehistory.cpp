#include "store/filehistory.h"

#include <QCryptographicHash>

#include <sqlite3.h>

namespace ropa::store::filehistory {

namespace {

void addNumber(QCryptographicHash &hash, quint64 value)
{
    char bytes[8];
    for (int k = 0; k < 8; ++k)
        bytes[k] = static_cast<char>(value >> (8 * k)); // little-endian, on every platform
    hash.addData(QByteArrayView(bytes, sizeof bytes));
}

// Each part with its length first, so no two different entries give the same bytes.
void addPart(QCryptographicHash &hash, const QByteArray &bytes)
{
    addNumber(hash, quint64(bytes.size()));
    hash.addData(bytes);
}

} // namespace

QByteArray chainHash(const QByteArray &previousHash, const HistoryEntry &entry, const QByteArray &replacedDigest)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addPart(hash, QByteArrayLiteral("ropa-history-1"));
    addPart(hash, previousHash);
    addNumber(hash, quint64(entry.seq));
    addPart(hash, entry.savedAt.toUtf8());
    addPart(hash, entry.author.toUtf8());
    addPart(hash, entry.comment.toUtf8());
    addPart(hash, entry.changes.toUtf8());
    addPart(hash, entry.contentDigest);
    addPart(hash, replacedDigest);
    return hash.result();
}

HistoryCheck verify(const QList<HistoryEntry> &entries, const QByteArray &fileDigest)
{
    HistoryCheck check;
    QByteArray previous;
    QByteArray previousDigest;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const HistoryEntry &e = entries.at(i);
        if (e.seq != int(i) + 1) {
            check.problem = HistoryCheck::Problem::GapInSequence;
            check.firstBad = int(i);
            return check;
        }
        if (chainHash(previous, e, previousDigest) != e.hash) {
            check.problem = HistoryCheck::Problem::HashMismatch;
            check.firstBad = int(i);
            return check;
        }
        previous = e.hash;
        previousDigest = e.contentDigest;
    }
    if (!entries.isEmpty() && entries.constLast().contentDigest != fileDigest) {
        check.problem = HistoryCheck::Problem::NotLastSave;
        check.firstBad = int(entries.size()) - 1;
    }
    return check;
}

HistoryEntry appended(const QList<HistoryEntry> &entries, HistoryEntry entry, const QByteArray &saveDigest,
                      const std::optional<QByteArray> &replacedDigest)
{
    entry.seq = entries.isEmpty() ? 1 : entries.constLast().seq + 1;
    entry.contentDigest = saveDigest;
    const QByteArray replaced =
        entries.isEmpty() ? QByteArray() : replacedDigest.value_or(entries.constLast().contentDigest);
    entry.hash = chainHash(entries.isEmpty() ? QByteArray() : entries.constLast().hash, entry, replaced);
    return entry;
}

bool read(sql::Database &db, QList<HistoryEntry> *entries, QString *why)
{
    sql::Statement st(db, "SELECT seq, saved_at, author, comment, changes, content_digest, hash FROM main.history "
                          "ORDER BY seq");
    if (!st.isValid()) {
        *why = db.errorText();
        return false;
    }
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        HistoryEntry e;
        e.seq = int(st.columnInt(0));
        e.savedAt = st.columnText(1);
        e.author = st.columnText(2);
        e.comment = st.columnText(3);
        e.changes = st.columnText(4);
        e.contentDigest = st.columnBytes(5);
        e.hash = st.columnBytes(6);
        entries->append(e);
    }
    if (rc != SQLITE_DONE) {
        *why = db.errorText();
        return false;
    }
    return true;
}

bool write(sql::Database &db, const QList<HistoryEntry> &entries, QString *why)
{
    sql::Statement insert(db, "INSERT INTO main.history (seq, saved_at, author, comment, changes, content_digest, "
                              "hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!insert.isValid()) {
        *why = db.errorText();
        return false;
    }
    for (const HistoryEntry &e : entries) {
        if (!insert.bindInt(1, e.seq) || !insert.bindText(2, e.savedAt) || !insert.bindText(3, e.author) ||
            !insert.bindText(4, e.comment) || !insert.bindText(5, e.changes) || !insert.bindBlob(6, e.contentDigest) ||
            !insert.bindBlob(7, e.hash) || !insert.execute()) {
            *why = db.errorText();
            return false;
        }
    }
    return true;
}

} // namespace ropa::store::filehistory
