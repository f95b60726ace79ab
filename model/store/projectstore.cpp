#include "store/projectstore.h"

#include "domain/validation.h"
#include "store/atomicfile.h"
#include "store/contentdigest.h"
#include "store/fingerprint.h"
#include "store/hardenedopen.h"
#include "store/migrations.h"
#include "store/platformfile.h"
#include "store/projectlock.h"
#include "store/projectreader.h"
#include "store/projectwriter.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/storemessages.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <sqlite3.h>

#include <algorithm>
#include <future>
#include <optional>
#include <utility>

// The steps of opening and saving a project, and their messages. The jobs they are made of
// live in their own files: hardenedopen (header, hardened connection, schema), projectreader,
// projectwriter, atomicfile, fingerprint and platformfile.

namespace ropa::store {

namespace {

// Keeps the file's bytes as name.v<N>.ropa (or name.v<N>-2.ropa, ... when that name is taken
// by other bytes); an identical copy already there is reused.
bool writeBackupCopy(const QString &path, int version, const QByteArray &bytes, QString *backupPath)
{
    const QString first = migrationBackupPath(path, version);
    const QFileInfo fi(first);
    for (int n = 1; n < 100; ++n) {
        const QString candidate =
            n == 1 ? first
                   : fi.absolutePath() + u'/' + fi.completeBaseName() + QStringLiteral("-%1.").arg(n) + fi.suffix();
        QFile existing(candidate);
        if (existing.exists()) {
            if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes) {
                *backupPath = candidate;
                return true;
            }
            continue;
        }
        if (!writeNewFile(candidate, bytes))
            return false;
        *backupPath = candidate;
        return true;
    }
    return false;
}

// Why a path that is not a regular file cannot be opened as a project; empty when it is one.
std::optional<Error> notAProjectFile(const QString &path, platform::FileKind kind)
{
    const QString label = fileLabel(path);
    switch (kind) {
    case platform::FileKind::Regular: return std::nullopt;
    case platform::FileKind::Missing:
        return makeError(ErrorCode::NotFound,
                         Tr::tr("%1 was not found. It may have been moved, renamed or deleted.").arg(label));
    case platform::FileKind::LinkLoop:
        return makeError(ErrorCode::NotFound,
                         Tr::tr("%1 is a symbolic link that leads back to itself (a loop), so there is no file "
                                "to open. Correct or remove the link.")
                             .arg(label));
    case platform::FileKind::Directory:
        return makeError(ErrorCode::NotRopa,
                         Tr::tr("%1 is a folder, not a Ropa project. Choose a .ropa file made by Ropa.").arg(label));
    case platform::FileKind::Fifo:
        return makeError(
            ErrorCode::NotRopa,
            Tr::tr("%1 is a named pipe, not a Ropa project. Choose a .ropa file made by Ropa.").arg(label));
    case platform::FileKind::Device:
        return makeError(ErrorCode::NotRopa,
                         Tr::tr("%1 is a device, not a Ropa project. Choose a .ropa file made by Ropa.").arg(label));
    case platform::FileKind::Socket:
    case platform::FileKind::Other: break;
    }
    return makeError(ErrorCode::NotRopa,
                     Tr::tr("%1 is not an ordinary file (it is a socket or another special file), so it is not a "
                            "Ropa project. Choose a .ropa file made by Ropa.")
                         .arg(label));
}

} // namespace

QString migrationBackupPath(const QString &path, int version)
{
    const QFileInfo fi(path);
    QString base = fi.fileName();
    if (base.endsWith(QLatin1StringView(".ropa"), Qt::CaseInsensitive))
        base.chop(5);
    return fi.absolutePath() + u'/' + base + QStringLiteral(".v%1.ropa").arg(version);
}

OpenResult openProject(const QString &path, const OpenOptions &options)
{
    OpenResult result;
    const QString label = fileLabel(path);
    auto failWith = [&](const Error &error) {
        result.data.reset();
        result.error = error;
        return result;
    };

    // Only a regular file is opened (links followed), and without blocking: a named pipe or a
    // device is refused at once, before a byte is read.
    QFile file;
    QString openError;
    const platform::FileStatus status = platform::openRegularForReading(path, &file, &openError);
    if (std::optional<Error> e = notAProjectFile(path, status.kind))
        return failWith(*e);
    auto unreadable = [&](const QString &why) {
        return failWith(makeError(ErrorCode::Unreadable,
                                  Tr::tr("%1 could not be read (%2). Check that you may read it.").arg(label, why)));
    };
    if (!openError.isEmpty())
        return unreadable(openError);
    if (status.size > MaxFileBytes)
        return failWith(
            makeError(ErrorCode::NotRopa, Tr::tr("%1 is too large to be a Ropa project (%2 MB; Ropa opens files of up "
                                                 "to %3 MB).")
                                              .arg(label)
                                              .arg(status.size / (1024 * 1024))
                                              .arg(MaxFileBytes / (1024 * 1024))));
    result.fingerprint = fingerprintWithoutDigest(status);

    // The file is read straight into the buffer SQLite will own (no second copy): at most
    // MaxFileBytes + 1 bytes whatever its size said, so that a file that grew past the limit
    // is refused.
    qint64 capacity = std::min<qint64>(std::max<qint64>(status.size, 0) + 1, MaxFileBytes + 1);
    SqliteBuffer buffer = allocateSqliteBuffer(capacity);
    auto noMemory = [&]() {
        return failWith(makeError(ErrorCode::Unreadable, Tr::tr("There is not enough memory to open %1.").arg(label)));
    };
    if (!buffer)
        return noMemory();
    qint64 size = 0;
    for (;;) {
        if (size == capacity) {
            if (capacity > MaxFileBytes)
                break;
            capacity = std::min<qint64>(capacity * 2, MaxFileBytes + 1);
            if (!growSqliteBuffer(buffer, capacity))
                return noMemory();
        }
        const qint64 n = file.read(reinterpret_cast<char *>(buffer.get()) + size, capacity - size);
        if (n < 0)
            return unreadable(file.errorString());
        if (n == 0)
            break;
        size += n;
    }
    file.close();
    if (size > MaxFileBytes)
        return failWith(
            makeError(ErrorCode::NotRopa, Tr::tr("%1 is too large to be a Ropa project (Ropa opens files of up to "
                                                 "%2 MB).")
                                              .arg(label)
                                              .arg(MaxFileBytes / (1024 * 1024))));

    FileHeader header;
    QByteArray original; // of an older format: kept for the backup copy
    {
        const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(buffer.get()), size);
        if (Error e = checkHeader(path, bytes, &header))
            return failWith(e);
        if (header.userVersion < FormatVersion && options.keepMigrationBackup)
            original = QByteArray(bytes.constData(), bytes.size());
    }
    result.fileVersion = header.userVersion;
    result.fingerprint.size = size;
    // The digest of the bytes read. For a file of the current format it is computed on the
    // second core while SQLite checks the same bytes (only read by both; the future is
    // declared after `db`, so it is waited for before the connection frees them). A file to
    // migrate is hashed first, since the migration changes the bytes in memory.
    const unsigned char *const bytesRead = buffer.get();
    if (header.userVersion < FormatVersion)
        result.fingerprint.digest = digestOf(bytesRead, size);

    QDeadlineTimer deadline(qint64(MaxOpenSeconds) * 1000);
    sql::Database db;
    if (!loadIntoMemory(db, std::move(buffer), size, capacity, &deadline))
        return failWith(sqliteFailure(path, db));
    std::future<QByteArray> digest;
    if (header.userVersion == FormatVersion)
        digest = std::async(std::launch::async, [bytesRead, size] { return digestOf(bytesRead, size); });

    if (Error e = quickCheck(path, db))
        return failWith(e);

    // The schema of the file's own version, then (after migrating) of the current one.
    if (Error e = checkSchema(path, db, header.userVersion))
        return failWith(e);
    if (header.userVersion < FormatVersion) {
        if (options.keepMigrationBackup &&
            !writeBackupCopy(path, header.userVersion, original, &result.migrationBackup)) {
            return failWith(
                makeError(ErrorCode::WriteFailed,
                          Tr::tr("%1 was made by an older Ropa (format %2). Before updating it, Ropa keeps a copy "
                                 "named %3 beside it, but could not write that copy. Copy the project to a folder "
                                 "where you may write, and open it there.")
                              .arg(label)
                              .arg(header.userVersion)
                              .arg(quoted(QFileInfo(migrationBackupPath(path, header.userVersion)).fileName()))));
        }
        QString why;
        if (!migrations::migrate(db, header.userVersion, &why))
            return failWith(
                makeError(ErrorCode::Corrupt, Tr::tr("%1 was made by an older Ropa (format %2) and could not be "
                                                     "updated to format %3 (%4), so it was not opened.")
                                                  .arg(label)
                                                  .arg(header.userVersion)
                                                  .arg(FormatVersion)
                                                  .arg(why)));
        if (Error e = checkSchema(path, db, FormatVersion)) {
            return failWith(
                makeError(ErrorCode::Corrupt, Tr::tr("%1 was made by an older Ropa (format %2), and updating it did "
                                                     "not give the tables of format %3 (%4), so it was not opened.")
                                                  .arg(label)
                                                  .arg(header.userVersion)
                                                  .arg(FormatVersion)
                                                  .arg(e.message)));
        }
    }

    // Every value is read and validated, after all the checks above. The checksum of the last
    // save (format 4 on; a migrated file has none yet) is verified from the rows as they are
    // read, with no pass of its own (decision 0024).
    const bool verifyChecksum = header.userVersion == FormatVersion;
    contentdigest::RowFeed feed;
    ProjectData data;
    if (Error e = readProject(path, db, &deadline, &data, verifyChecksum ? &feed : nullptr))
        return failWith(e);

    const QList<Problem> problems = validateProject(data);
    if (!problems.isEmpty())
        return failWith(
            makeError(ErrorCode::InvalidContent, describeProblems(problems) + Tr::tr(". The project was not opened.")));
    // No PRAGMA foreign_key_check: the reader refuses a link row whose owner is not in the
    // project, and validateProject refuses every other reference that is not.

    // The checksum of the last save (format 4 on; a migrated file has none yet). A mismatch
    // does not refuse the file: the user sees it read-only and what is known.
    if (verifyChecksum) {
        contentdigest::Verdict verdict;
        if (QString why; !contentdigest::verify(db, feed, &verdict, &why))
            return failWith(sqliteFailure(path, db));
        if (!verdict.ok) {
            result.damaged = true;
            if (verdict.missing) {
                result.damage = Tr::tr("%1 was changed outside Ropa: the checksum that Ropa stores with every "
                                       "save is missing, so its content cannot be confirmed. It was opened "
                                       "read-only: check it, or open a backup copy.")
                                    .arg(label);
            } else {
                QStringList names;
                for (const QString &table : std::as_const(verdict.changed))
                    names.append(quoted(table));
                result.damage = Tr::tr("%1 was changed or damaged outside Ropa: its content no longer matches "
                                       "the checksum of its last save (changed: %2). It was opened read-only: "
                                       "check it, or open a backup copy.")
                                    .arg(label, names.join(QStringLiteral(", ")));
            }
        }
    }

    // The file's history and its chain, checked against the digest of the last save as stored.
    {
        QString why;
        QByteArray fileDigest;
        if (!filehistory::read(db, &result.history, &why) || !contentdigest::saveDigest(db, &fileDigest, &why))
            return failWith(sqliteFailure(path, db));
        result.historyCheck = filehistory::verify(result.history, fileDigest);
        result.saveDigest = fileDigest;
    }

    if (digest.valid())
        result.fingerprint.digest = digest.get();
    result.data = std::move(data);
    return result;
}

SaveResult saveProject(const ProjectData &data, const QString &requestedPath, const SaveOptions &options)
{
    using detail::SaveStep;
    SaveResult result;
    // Saving over a symbolic link replaces the file it points to, not the link.
    const QFileInfo requested(requestedPath);
    const QString path = requested.isSymLink() && !requested.canonicalFilePath().isEmpty()
                             ? requested.canonicalFilePath()
                             : requested.absoluteFilePath();
    const QString label = fileLabel(path);
    const QString folder = QFileInfo(path).absolutePath();

    auto failWith = [&](ErrorCode code, const QString &message) {
        result.error = makeError(code, message);
        return result;
    };
    auto writeFailed = [&](const QString &why) {
        return failWith(ErrorCode::WriteFailed,
                        Tr::tr("Could not save %1: %2. The file on disk was not changed.").arg(label, why));
    };
    auto injectedFailure = [&](SaveStep step) { return options.failBefore && options.failBefore(step); };
    auto injected = [&](SaveStep step) {
        return Tr::tr("a test made the save fail at the step %1").arg(quoted(detail::saveStepName(step)));
    };

    auto changedOnDisk = [&]() -> std::optional<SaveResult> {
        if (options.force)
            return std::nullopt;
        // The stamp first: when the file was not rewritten, its content is not read again.
        const platform::FileStatus status = platform::statusOf(path);
        const bool isFile = status.kind == platform::FileKind::Regular;
        if (isFile && !options.expected.isNull() && sameStamp(fingerprintWithoutDigest(status), options.expected))
            return std::nullopt;
        const Fingerprint now = isFile ? fingerprintOf(path) : Fingerprint();
        if (sameContent(now, options.expected))
            return std::nullopt;
        if (options.expected.isNull())
            return failWith(ErrorCode::ChangedOnDisk,
                            Tr::tr("%1 already exists. Ropa did not overwrite it: choose another name, or "
                                   "confirm that it may be replaced.")
                                .arg(label));
        if (now.isNull())
            return failWith(ErrorCode::ChangedOnDisk,
                            Tr::tr("%1 was moved or deleted since it was opened. Ropa did not save it: save "
                                   "again to write it anyway, or save under another name.")
                                .arg(label));
        return failWith(ErrorCode::ChangedOnDisk,
                        Tr::tr("%1 was changed by someone else since it was opened. Ropa did not overwrite "
                               "it: save under another name, or open it again to see the other changes.")
                            .arg(label));
    };

    if (injectedFailure(SaveStep::CheckTarget))
        return writeFailed(injected(SaveStep::CheckTarget));
    if (auto refused = changedOnDisk())
        return *refused;

    // Validation runs on the second core while the rows are written; its verdict is taken
    // before a byte reaches the disk. (The data is only read by both.)
    std::future<QList<Problem>> validation = std::async(std::launch::async, [&data] { return validateProject(data); });

    AtomicFile file(path);
    sql::Database db;
    auto failStep = [&](const QString &why) {
        db.close();
        file.discard();
        return writeFailed(why);
    };
    auto notWritten = [&]() {
        return failStep(Tr::tr("the new file could not be written to disk (%1)").arg(file.errorString()));
    };

    if (injectedFailure(SaveStep::CreateTemp))
        return failStep(injected(SaveStep::CreateTemp));
    if (!file.create())
        return failStep(Tr::tr("Ropa cannot write in the folder %1 (%2)")
                            .arg(quoted(QDir::toNativeSeparators(folder)), file.errorString()));
    // The database is built in memory (SQLite's memdb, the same pages as a file) and written
    // to the temporary file at once: no rollback journal and no page cache spilling to disk;
    // atomicity comes from the rename. It is an empty deserialized database, so that the pages
    // are those of an ordinary file (change counter, page count in the header).
    if (!db.openMemory() ||
        sqlite3_deserialize(db.handle(), "main", nullptr, 0, 0,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK)
        return failStep(Tr::tr("SQLite reports: %1").arg(db.errorText()));
    auto sqliteWhy = [&]() { return Tr::tr("SQLite reports: %1").arg(db.errorText()); };

    if (injectedFailure(SaveStep::WriteSchema))
        return failStep(injected(SaveStep::WriteSchema));
    // No foreign_keys: validateProject already refuses every dangling reference.
    if (!db.exec(QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; "
                                "PRAGMA application_id = %1; PRAGMA user_version = %2;")
                     .arg(qint32(ApplicationId))
                     .arg(FormatVersion)) ||
        !db.exec("BEGIN IMMEDIATE"))
        return failStep(sqliteWhy());
    for (const QString &statement : schema::current()) {
        if (!db.exec(statement))
            return failStep(sqliteWhy());
    }

    if (injectedFailure(SaveStep::WriteRows))
        return failStep(injected(SaveStep::WriteRows));
    // The project's own checksum (format 4), from the rows as they are written (decision 0029).
    contentdigest::BatchFeed digestFeed;
    if (!digestFeed.prepare(db))
        return failStep(sqliteWhy());
    if (QString why; !writeRows(db, data, &why, &digestFeed))
        return failStep(why);
    if (QString why; !contentdigest::write(db, digestFeed, &why))
        return failStep(Tr::tr("SQLite reports: %1").arg(why));
    // The file's history, with this save's entry chained to the last one (decision 0027).
    result.history = options.history;
    if (options.record) {
        QByteArray saveDigest;
        if (QString why; !contentdigest::saveDigest(db, &saveDigest, &why))
            return failStep(Tr::tr("SQLite reports: %1").arg(why));
        result.history.append(
            filehistory::appended(options.history, *options.record, saveDigest, options.replacedDigest));
    }
    if (QString why; !filehistory::write(db, result.history, &why))
        return failStep(Tr::tr("SQLite reports: %1").arg(why));

    if (injectedFailure(SaveStep::Commit))
        return failStep(injected(SaveStep::Commit));
    if (!db.exec("COMMIT"))
        return failStep(sqliteWhy());
    if (const QList<Problem> problems = validation.get(); !problems.isEmpty()) {
        db.close();
        file.discard();
        return failWith(ErrorCode::InvalidContent,
                        Tr::tr("%1 was not saved, because Ropa could not open it again: %2. Correct this "
                               "and save again.")
                            .arg(label, describeProblems(problems)));
    }
    {
        sqlite3_int64 size = 0;
        // NOCOPY: the memdb's own buffer, valid while the connection is open.
        const unsigned char *bytes = sqlite3_serialize(db.handle(), "main", &size, SQLITE_SERIALIZE_NOCOPY);
        if (!bytes)
            return failStep(sqliteWhy());
        result.fingerprint.size = size;
        // The digest is computed on the second core while the bytes go to the disk; both only
        // read the buffer, which lives until db is closed.
        std::future<QByteArray> digest =
            std::async(std::launch::async, [bytes, size] { return digestOf(bytes, size); });
        const bool written = file.write(reinterpret_cast<const char *>(bytes), size);
        result.fingerprint.digest = digest.get();
        if (!written)
            return notWritten();
    }
    db.close();

    if (injectedFailure(SaveStep::SyncFile))
        return failStep(injected(SaveStep::SyncFile));
    if (!file.sync())
        return notWritten();

    if (injectedFailure(SaveStep::Rename))
        return failStep(injected(SaveStep::Rename));
    // Somebody may have saved in the meantime: look once more, just before replacing.
    if (auto refused = changedOnDisk()) {
        file.discard();
        return *refused;
    }
    if (!file.commit())
        return failStep(Tr::tr("the new file could not replace the old one (%1)").arg(file.errorString()));

    // What saves killed part-way left: temporary files of this project older than this
    // process's lock on it. Only while this process holds the lock, so no other Ropa can be
    // saving the project.
    if (const LockHolder holder = ProjectLock(path).holder(); holder.pid == QCoreApplication::applicationPid() &&
                                                              holder.host == QSysInfo::machineHostName() &&
                                                              holder.since.isValid()) {
        removeOrphanedTempFiles(path, holder.since);
    }

    // The fingerprint of what was written: the digest of the bytes above, the stamp of the
    // file now in place.
    const platform::FileStatus saved = platform::statusOf(path);
    if (saved.kind == platform::FileKind::Regular) {
        Fingerprint f = fingerprintWithoutDigest(saved);
        f.size = result.fingerprint.size;
        f.digest = result.fingerprint.digest;
        result.fingerprint = f;
    } else {
        result.fingerprint = fingerprintOf(path);
    }
    return result;
}

namespace detail {

QString saveStepName(SaveStep step)
{
    switch (step) {
    case SaveStep::CheckTarget: return QStringLiteral("check-target");
    case SaveStep::CreateTemp: return QStringLiteral("create-temp");
    case SaveStep::WriteSchema: return QStringLiteral("write-schema");
    case SaveStep::WriteRows: return QStringLiteral("write-rows");
    case SaveStep::Commit: return QStringLiteral("commit");
    case SaveStep::SyncFile: return QStringLiteral("sync");
    case SaveStep::Rename: return QStringLiteral("rename");
    }
    return {};
}

} // namespace detail

} // namespace ropa::store
