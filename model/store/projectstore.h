#pragma once

// The .ropa file: a SQLite database (rollback journal, synchronous FULL) with a fixed
// application_id and user_version = format version. See docs/file-format.md.
//
// A project file may come from a stranger: open() follows the hardened sequence of
// ARCHITECTURE.md and either returns the whole project or a message that says what is
// wrong; it never half-loads and never writes to the file it reads.

#include "domain/projectdata.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace ropa::store {

// "ROPA" in ASCII, stored big-endian at offset 68 of the file header.
inline constexpr quint32 ApplicationId = 0x524F5041;
// The format version this build writes (PRAGMA user_version). Older versions are migrated.
inline constexpr int FormatVersion = 3;

// What a file looked like when it was opened or last saved, to tell whether somebody else
// changed it since. The file is unchanged when its device, inode, size, modification and
// status-change times (nanoseconds) are all the same; only when they differ is the content
// hashed and compared (a copy put back, a `touch`). The digest detects changes, it is not a
// security boundary: XXH3-128 (libxxhash), about 5 ms for a 90 MB project where BLAKE2b-256
// took 120 ms and Qt's SHA-256 several times that.
struct Fingerprint
{
    qint64 size = -1;
    QDateTime modified;
    QByteArray digest;        // XXH3-128 of the content (16 bytes, canonical form)
    quint64 device = 0;       // st_dev
    quint64 inode = 0;        // st_ino
    qint64 modifiedNs = 0;    // st_mtim, nanoseconds since the epoch
    qint64 changedNs = 0;     // st_ctim, nanoseconds since the epoch
    bool isNull() const { return size < 0; }
    friend bool operator==(const Fingerprint &, const Fingerprint &) = default;
};

// The fingerprint of the file at path now (null when it does not exist); hashes the file.
Fingerprint fingerprintOf(const QString &path);

enum class ErrorCode {
    None,
    NotFound,          // no such file
    Unreadable,        // permissions, I/O
    NotRopa,           // not SQLite, or another application's SQLite file
    Corrupt,           // truncated, quick_check failed
    TooNew,            // user_version newer than this build reads
    Hostile,           // views, triggers, unexpected schema objects, WAL mode
    InvalidContent,    // a value that does not validate (names the entity and the key)
    ChangedOnDisk,     // save refused: the file changed since it was opened
    WriteFailed,       // disk full, read-only folder, rename failed
    Locked,            // another user holds the lock
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;   // one or two readable sentences: what is wrong and what to do
    explicit operator bool() const { return code != ErrorCode::None; }
};

struct OpenResult
{
    std::optional<ProjectData> data;
    Error error;
    Fingerprint fingerprint;   // of the file as it was read
    int fileVersion = 0;       // the format version found in the file
    QString migrationBackup;   // the name.v<N>.ropa copy kept when the file was migrated
};

struct OpenOptions
{
    // Keep a copy of an older-version file as name.v<N>.ropa before migrating it.
    bool keepMigrationBackup = true;
};

OpenResult openProject(const QString &path, const OpenOptions &options = {});

struct SaveOptions
{
    // The fingerprint the file had when it was opened; save refuses when the file on disk
    // no longer matches it, unless force is set. Null: the target must not exist or
    // force must be set.
    Fingerprint expected;
    bool force = false;
};

struct SaveResult
{
    Error error;
    Fingerprint fingerprint;   // of the file as written
};

// Writes a complete new file beside the target, syncs it and renames it over the target.
// On any failure the target is left byte-identical and no temporary file stays behind.
SaveResult saveProject(const ProjectData &data, const QString &path, const SaveOptions &options = {});

// Limits of open(): a larger file is refused before it is read, a larger text or blob value
// is refused while it is read ("a 100 MB text cell"), and open is stopped after this time.
inline constexpr qint64 MaxFileBytes = 1024ll * 1024 * 1024;
inline constexpr int MaxValueBytes = 64 * 1024 * 1024;
inline constexpr int MaxOpenSeconds = 120;

// The name of the copy kept before migrating a file of format `version`: "name.v<N>.ropa".
QString migrationBackupPath(const QString &path, int version);

namespace detail {

// Test seam: the steps of saveProject, in order. A failure can be injected before any of
// them by setSaveFailureHook, or by the environment variable ROPA_STORE_FAIL_AT=<step name>
// (for tests that run ropa-cli). The target is left byte-identical whatever the step.
enum class SaveStep {
    CheckTarget,  // "check-target": compare the fingerprint
    CreateTemp,   // "create-temp": create the temporary file beside the target
    WriteSchema,  // "write-schema": pragmas and CREATE TABLE, inside the transaction
    WriteRows,    // "write-rows": every INSERT
    Commit,       // "commit"
    SyncFile,     // "sync": fsync of the temporary file
    Rename,       // "rename": rename over the target
};
inline constexpr int SaveStepCount = 7;
QString saveStepName(SaveStep step);

// Returns true to make the save fail at that step. Pass nullptr to remove the hook.
using SaveFailureHook = std::function<bool(SaveStep)>;
void setSaveFailureHook(SaveFailureHook hook);

// Test seam: false makes saveProject write the new file through the page cache, as it does
// on a file system without direct I/O (O_DIRECT refused with EINVAL). Default true.
void setDirectWrites(bool direct);

// The writer inserts the rows it collected once this many are waiting (and after each kind
// of entity), so a save of a large project holds at most about this many rows in batches.
inline constexpr qsizetype WriterBatchRows = 20000;

} // namespace detail

} // namespace ropa::store
