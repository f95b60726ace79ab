#pragma once

// The project's own checksum (format 4, docs/file-format.md "Content digest"). SQLite keeps
// no checksum of its pages, so a flipped letter in a text or a page of zeros from a bad copy
// would open as if nothing happened. Every save stores, in the table content_digest, one
// XXH3-128 per table over its rows, independent of their order (docs/file-format.md);
// opening recomputes them and names the tables whose content no longer matches.

#include "store/rowbatch.h"
#include "store/sqlite.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace ropa::store::contentdigest {

// Computes the digest of every table and writes the rows of content_digest (which must exist
// and be empty; inside the save's transaction). False with *why on failure.
bool write(sql::Database &db, QString *why);

// The digests of tables written from row batches (the writer): each batch's rows are hashed as
// they are handed to SQLite, so a save needs no pass over what it has just written (decision
// 0029). The hash is the one a reader computes from the stored row, because a cell is fed only
// where SQLite stores it as it is given (an integer in a column of integer, numeric or no
// affinity, a text in one of text or no affinity); any other cell makes its table recomputed.
// A table whose row count in the file differs from the rows fed (rows written by a statement
// of their own) is recomputed too, so the stored digest cannot depend on the feed.
class BatchFeed
{
public:
    // The tables and their columns' affinities, from the database's schema (created already).
    bool prepare(sql::Database &db);
    // The rows of a batch inserted into `table`, whose columns are `columnList` (comma separated
    // names, as in the INSERT). May run on another thread than prepare(), never two at once.
    void add(const QByteArray &table, const QByteArray &columnList, const sql::RowBatch &rows);
    // The tables every fed cell of which was hashed (sorted); write() still counts their rows.
    QStringList fedTables() const;

private:
    friend bool write(sql::Database &db, const BatchFeed &fed, QString *why);
    struct Table
    {
        QList<QByteArray> columns;
        QByteArray affinity;                         // one letter per column: I, T, B, R or N
        QHash<QByteArray, std::vector<int>> orderOf; // by column list: the batch column of each
        quint64 low = 0;
        quint64 high = 0;
        quint64 rows = 0;
        bool usable = true;
    };
    QHash<QByteArray, Table> m_tables;
};

// As write() above, with the digests of the tables fed whole taken from the feed.
bool write(sql::Database &db, const BatchFeed &fed, QString *why);
// The digest of the save as a whole (16 bytes): XXH3-128 over the stored rows of
// content_digest in the order of their table names. The file's history chains it into each
// entry (store/filehistory.h). False with *why when SQLite fails.
bool saveDigest(sql::Database &db, QByteArray *digest, QString *why);

struct Verdict
{
    bool ok = true;
    bool missing = false; // content_digest has no row at all
    QStringList changed;  // tables whose content differs from their stored digest
};

// Recomputes the digests and compares them with the stored ones. False with *why when SQLite
// fails (the verdict is then unknown).
bool verify(sql::Database &db, Verdict *verdict, QString *why);

// The digests of tables whose rows are read anyway (the project reader): each row is hashed
// as the reader steps onto it, so opening needs no second pass over the file to verify it
// (decision 0024). A table that is not fed whole this way (its statement leaves out a column,
// it is read twice, a value is a floating-point number, whose text SQLite would make) is
// recomputed by verify() with a pass of its own, so the verdict is the same either way.
class RowFeed
{
public:
    // The statement st reads the table: its rows are fed from now on. Call after preparing.
    void begin(sql::Database &db, const QString &table, const sql::Statement &st);
    // The row st is on, before anything reads its columns (reading may convert a value).
    void add(const sql::Statement &st);
    // Takes over the tables of a feed of another connection (their names must differ).
    void merge(RowFeed &&other);
    // The tables fed whole, whose digests need no pass of their own (sorted).
    QStringList fedTables() const;

private:
    friend bool verify(sql::Database &db, const RowFeed &fed, Verdict *verdict, QString *why);
    struct Table
    {
        std::vector<int> order; // the statement's column of each of the table's columns
        quint64 low = 0;        // the sum of the row hashes, modulo 2^128
        quint64 high = 0;
        quint64 rows = 0;
        bool usable = true;
    };
    QHash<QString, Table> m_tables;
    QHash<const sql::Statement *, QString> m_readBy; // the table each live statement reads
    // The statement fed last and its table: one lookup per statement, not per row.
    const sql::Statement *m_lastStatement = nullptr;
    Table *m_lastTable = nullptr;
};

// As verify() above, with the tables the feed has whole taken from it and the others computed.
bool verify(sql::Database &db, const RowFeed &fed, Verdict *verdict, QString *why);

} // namespace ropa::store::contentdigest
