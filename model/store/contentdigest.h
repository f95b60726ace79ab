#pragma once

// The project's own checksum (format 4, docs/file-format.md "Content digest"). SQLite keeps
// no checksum of its pages, so a flipped letter in a text or a page of zeros from a bad copy
// would open as if nothing happened. Every save stores, in the table content_digest, one
// XXH3-128 per table over its rows, independent of their order (docs/file-format.md);
// opening recomputes them and names the tables whose content no longer matches.

#include "store/sqlite.h"

#include <QString>
#include <QStringList>

namespace ropa::store::contentdigest {

// Computes the digest of every table and writes the rows of content_digest (which must exist
// and be empty; inside the save's transaction). False with *why on failure.
bool write(sql::Database &db, QString *why);

struct Verdict
{
    bool ok = true;
    bool missing = false; // content_digest has no row at all
    QStringList changed;  // tables whose content differs from their stored digest
};

// Recomputes the digests and compares them with the stored ones. False with *why when SQLite
// fails (the verdict is then unknown).
bool verify(sql::Database &db, Verdict *verdict, QString *why);

} // namespace ropa::store::contentdigest
