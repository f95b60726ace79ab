#pragma once

// The .ropa file: a SQLite database (rollback journal, synchronous FULL) with a fixed
// application_id and user_version = format version. See docs/file-format.md.
//
// A project file may come from a stranger: open() follows the hardened sequence of
// ARCHITECTURE.md and either returns the whole project or a message that says what is
// wrong; it never half-loads and never writes to the file it reads.

#include "domain/projectdata.h"
#include "store/filehistory.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace ropa::store {

// "ROPA" in ASCII, stored big-endian at offset 68 of the file header.
inline constexpr quint32 ApplicationId = 0x524F5041;
// The format version this build writes (PRAGMA user_version). Older versions are migrated.
inline constexpr int FormatVersion = 8;

// What the platform says about a file without reading it (store/platformfile.cpp): on POSIX
// its device and inode and its modification and status-change times in nanoseconds. Where the
// platform gives none of that, known is false.
struct FileStamp
{
    bool known = false;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 modifiedNs = 0;
    qint64 changedNs = 0;
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

// What a file looked like when it was opened or last saved, to tell whether somebody else
// changed it since. The file is unchanged when its size and stamp are the same (a known stamp:
// same file, not rewritten); otherwise its content is hashed and compared, which also catches
// a rewrite of the same size within the same second, and tells a copy put back or a `touch`
// (same content) from a change. The digest detects changes, it is not a security boundary:
// XXH3-128 (libxxhash).
struct Fingerprint
{
    qint64 size = -1;
    QDateTime modified; // informative (to the millisecond)
    QByteArray digest;  // XXH3-128 of the content (16 bytes, canonical form)
    FileStamp stamp;
    bool isNull() const { return size < 0; }
    friend bool operator==(const Fingerprint &, const Fingerprint &) = default;
};

// The fingerprint of the file at path now (null when it does not exist); hashes the file.
Fingerprint fingerprintOf(const QString &path);

enum class ErrorCode {
    None,
    NotFound,       // no such file
    Unreadable,     // permissions, I/O
    NotRopa,        // not SQLite, or another application's SQLite file
    Corrupt,        // truncated, quick_check failed
    TooNew,         // user_version newer than this build reads
    Hostile,        // views, triggers, unexpected schema objects, WAL mode
    InvalidContent, // a value that does not validate (names the entity and the key)
    ChangedOnDisk,  // save refused: the file changed since it was opened
    WriteFailed,    // disk full, read-only folder, rename failed
    Locked,         // another user holds the lock
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message; // one or two readable sentences: what is wrong and what to do
    explicit operator bool() const { return code != ErrorCode::None; }
};

struct OpenResult
{
    std::optional<ProjectData> data;
    Error error;
    Fingerprint fingerprint; // of the file as it was read
    int fileVersion = 0;     // the format version found in the file
    QString migrationBackup; // the name.v<N>.ropa copy kept when the file was migrated
    // The content no longer matches the checksum its last save stored (format 4 on): the file
    // was changed or damaged outside Ropa. data is still there; damage says what is known
    // (the tables that differ). The window shows the project read-only with this message;
    // ropa-cli validate refuses the file.
    bool damaged = false;
    QString damage;
    // The file's history (format 7, decision 0027; empty for a file migrated from an older
    // format, whose history starts at its next save) and what checking its chain found.
    QList<HistoryEntry> history;
    HistoryCheck historyCheck;
    QByteArray saveDigest; // the digest of the file's last save (contentdigest::saveDigest)
};

struct OpenOptions
{
    // Keep a copy of an older-version file as name.v<N>.ropa before migrating it.
    bool keepMigrationBackup = true;
};

OpenResult openProject(const QString &path, const OpenOptions &options = {});

namespace detail {

// The steps of saveProject, in order. A test can make the save fail before any of them
// (SaveOptions::failBefore); the target is left byte-identical whatever the step.
enum class SaveStep {
    CheckTarget, // "check-target": compare the fingerprint
    CreateTemp,  // "create-temp": create the temporary file beside the target
    WriteSchema, // "write-schema": pragmas and CREATE TABLE, inside the transaction
    WriteRows,   // "write-rows": every INSERT
    Commit,      // "commit"
    SyncFile,    // "sync": fsync of the temporary file
    Rename,      // "rename": rename over the target
};
inline constexpr int SaveStepCount = 7;
QString saveStepName(SaveStep step);

} // namespace detail

struct SaveOptions
{
    // The fingerprint the file had when it was opened; save refuses when the file on disk
    // no longer matches it, unless force is set. Null: the target must not exist or
    // force must be set.
    Fingerprint expected;
    bool force = false;
    // The file's history (decision 0027): the entries the file had, written as they are, and
    // the entry this save records, if any (its seq, digest and hash are set by the save).
    QList<HistoryEntry> history;
    std::optional<HistoryEntry> record;
    // The digest of the file this save replaces, as the saver read or last wrote it (OpenResult::
    // saveDigest, or the recorded entry's); unset: the last entry's.
    std::optional<QByteArray> replacedDigest;
    // Test seam, empty in the program: returns true to make the save fail before that step.
    std::function<bool(detail::SaveStep)> failBefore;
};

struct SaveResult
{
    Error error;
    Fingerprint fingerprint;     // of the file as written
    QList<HistoryEntry> history; // as written, with the recorded entry last
};

// Writes a complete new file beside the target, syncs it and renames it over the target
// (store/atomicfile.h). On any failure the target is left byte-identical and no temporary
// file stays behind.
SaveResult saveProject(const ProjectData &data, const QString &path, const SaveOptions &options = {});

// Limits of open(): a larger file is refused before it is read, a larger text or blob value
// is refused while it is read ("a 100 MB text cell"), and open is stopped after this time.
inline constexpr qint64 MaxFileBytes = 1024ll * 1024 * 1024;
inline constexpr int MaxValueBytes = 64 * 1024 * 1024;
inline constexpr int MaxOpenSeconds = 120;

// The name of the copy kept before migrating a file of format `version`: "name.v<N>.ropa".
QString migrationBackupPath(const QString &path, int version);

namespace detail {

// The writer inserts the rows it collected once this many are waiting (and after each kind
// of entity), so a save of a large project holds at most about this many rows in batches.
inline constexpr qsizetype WriterBatchRows = 20000;

} // namespace detail

} // namespace ropa::store
