#pragma once

// The store's one door to the operating system. Everything else in model/store uses Qt and
// standard C++ only; what neither offers is here, each with a portable fallback:
//   - what kind of file a path is (a FIFO or a device must not be opened as a project) and
//     opening a file for reading without ever blocking on one;
//   - a precise stamp of a file (device, inode, modification and status-change times in
//     nanoseconds) that tells, without reading it, that it was not rewritten;
//   - syncing a file's and a folder's contents to the disk (QFile has no fsync).
// POSIX (Linux, macOS, the BSDs) has all of it. Elsewhere the fallback uses QFileInfo and
// QFile: the stamp is unknown (so the content is always compared), a folder is not synced.
// See docs/decisions/0003-store-split-portable-save.md.

#include "store/projectstore.h"

#include <QDateTime>
#include <QFile>
#include <QString>

namespace ropa::store::platform {

enum class FileKind {
    Missing, // nothing there (or a link to nothing)
    Regular, // an ordinary file
    Directory,
    Fifo,   // a named pipe
    Device, // a character or block device (/dev/zero)
    Socket,
    LinkLoop, // symbolic links that point at each other
    Other,
};

struct FileStatus
{
    FileKind kind = FileKind::Missing;
    qint64 size = -1;
    QDateTime modified; // to the millisecond, UTC
    FileStamp stamp;    // known only where the platform gives it
};

// The file at path, links followed.
FileStatus statusOf(const QString &path);
// The file open in `file`.
FileStatus statusOf(const QFile &file);

// Opens path for reading when it is a regular file (links followed), and never blocks: a FIFO
// or a device is not opened. Returns the status of what was opened (or of what is there, when
// it was not a regular file); file is open only when the kind is Regular and *error is empty.
FileStatus openRegularForReading(const QString &path, QFile *file, QString *error);

// Makes the written content of an open file durable (fsync); false with *error on failure.
bool syncFile(QFile &file, QString *error);
// Makes the entries of a folder (a rename in it) durable. True where the platform has no such
// call.
bool syncDirectory(const QString &path);

} // namespace ropa::store::platform
