#pragma once

// The file's history (format 7, decision 0027, docs/file-format.md "History"): one entry per
// save, with when, who, the summary of the changes since the previous save and a comment. It
// is metadata about the file, not project content: not in ProjectData, not undoable, not
// covered by the content digest, not in JSON.
//
// The entries form a hash chain: each entry's hash is SHA-256 over the previous entry's hash,
// its own fields, the digest of the save it records (contentdigest::saveDigest) and the digest
// of the file that save replaced, which must be the previous entry's; the last entry's digest
// is that of the file as it is. So an entry altered or removed, from the middle or the end,
// breaks the chain, and a save in Ropa after entries were removed from the end does not mend it. Anybody can recompute
// the hashes (there is no key): the chain shows edits made by hand or with another tool, it does not stop a forger.

#include "store/sqlite.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ropa::store {

struct HistoryEntry
{
    int seq = 0;              // 1, 2, 3, ... in the order of the saves
    QString savedAt;          // when, UTC, ISO 8601 to the second ("2026-12-07T22:45:03Z")
    QString author;           // who (the name set in the settings)
    QString comment;          // optional, as the user typed it
    QString changes;          // the summary of the changes since the previous save (JSON, history/summary.h)
    QByteArray contentDigest; // the save's content digest (16 bytes)
    QByteArray hash;          // SHA-256 of the chain (32 bytes)

    QDateTime when() const { return QDateTime::fromString(savedAt, Qt::ISODate); }
    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

// What checking the chain found.
struct HistoryCheck
{
    enum class Problem {
        None,
        HashMismatch,  // the entry, or one before it, was altered, or an entry before it removed
        GapInSequence, // entries are missing before this one
        NotLastSave,   // the last entry is not the file's last save: entries removed from the end
    };
    Problem problem = Problem::None;
    int firstBad = -1; // index in the list of the first entry that does not check
    bool ok() const { return problem == Problem::None; }
};

namespace filehistory {

// The hash of an entry chained after previousHash, recording a save that replaced a file of
// digest replacedDigest (both empty for the first entry).
QByteArray chainHash(const QByteArray &previousHash, const HistoryEntry &entry, const QByteArray &replacedDigest);

// Checks the chain of entries (in the order of seq) against the digest of the file's last
// save (contentdigest::saveDigest of the file as read). An empty history checks.
HistoryCheck verify(const QList<HistoryEntry> &entries, const QByteArray &fileDigest);

// A new entry appended after `entries`: its seq, its digest and its hash are set.
// replacedDigest: the digest of the file the save replaces as the saver read it (empty when
// `entries` is); by default the last entry's.
HistoryEntry appended(const QList<HistoryEntry> &entries, HistoryEntry entry, const QByteArray &saveDigest,
                      const std::optional<QByteArray> &replacedDigest = std::nullopt);

// Reads the table history (format 7) in the order of seq. No value is refused here: an
// altered entry is what verify() reports. False with *why when SQLite fails.
bool read(sql::Database &db, QList<HistoryEntry> *entries, QString *why);

// Inserts the entries into the empty table history. False with *why on failure.
bool write(sql::Database &db, const QList<HistoryEntry> &entries, QString *why);

} // namespace filehistory

} // namespace ropa::store
