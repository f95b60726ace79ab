#include "store/platformfile.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace ropa::store::platform {

namespace {

[[maybe_unused]] QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

#if !defined(Q_OS_UNIX)
FileStatus fromFileInfo(const QFileInfo &info)
{
    FileStatus s;
    if (!info.exists())
        return s;
    s.kind = info.isDir() ? FileKind::Directory : info.isFile() ? FileKind::Regular : FileKind::Other;
    s.size = info.size();
    s.modified = info.lastModified().toUTC();
    return s;
}
#endif

#if defined(Q_OS_UNIX)

qint64 nanoseconds(const struct timespec &t)
{
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

FileStatus fromStat(const struct stat &st)
{
    FileStatus s;
    s.kind = S_ISREG(st.st_mode)                          ? FileKind::Regular
             : S_ISDIR(st.st_mode)                        ? FileKind::Directory
             : S_ISFIFO(st.st_mode)                       ? FileKind::Fifo
             : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? FileKind::Device
             : S_ISSOCK(st.st_mode)                       ? FileKind::Socket
                                                          : FileKind::Other;
    s.size = st.st_size;
    s.stamp.known = true;
    s.stamp.device = quint64(st.st_dev);
    s.stamp.inode = quint64(st.st_ino);
#if defined(Q_OS_DARWIN)
    s.stamp.modifiedNs = nanoseconds(st.st_mtimespec);
    s.stamp.changedNs = nanoseconds(st.st_ctimespec);
#else
    s.stamp.modifiedNs = nanoseconds(st.st_mtim);
    s.stamp.changedNs = nanoseconds(st.st_ctim);
#endif
    s.modified = QDateTime::fromMSecsSinceEpoch(s.stamp.modifiedNs / 1000000, Qt::UTC);
    return s;
}

FileStatus missing(int error)
{
    FileStatus s;
    if (error == ELOOP)
        s.kind = FileKind::LinkLoop;
    return s;
}

#endif

} // namespace

FileStatus statusOf(const QString &path)
{
#if defined(Q_OS_UNIX)
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return missing(errno);
    return fromStat(st);
#else
    return fromFileInfo(QFileInfo(path));
#endif
}

FileStatus statusOf(const QFile &file)
{
#if defined(Q_OS_UNIX)
    struct stat st
    {
    };
    if (file.handle() < 0 || ::fstat(file.handle(), &st) != 0)
        return {};
    return fromStat(st);
#else
    return fromFileInfo(QFileInfo(file.fileName()));
#endif
}

FileStatus openRegularForReading(const QString &path, QFile *file, QString *error)
{
#if defined(Q_OS_UNIX)
    // A device, FIFO or socket is not even opened (opening some devices has effects).
    if (const FileStatus before = statusOf(path); before.kind != FileKind::Regular)
        return before;
    // O_NONBLOCK: opening a FIFO for reading would wait for a writer. fstat then tells what
    // was opened (the path may have been replaced since the look above).
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int e = errno;
        if (e == ENOENT || e == ELOOP || e == ENXIO) // ENXIO: a socket, or a FIFO on some systems
            return e == ENXIO ? statusOf(path) : missing(e);
        *error = errnoText(e);
        return statusOf(path);
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0) {
        *error = errnoText(errno);
        ::close(fd);
        return {};
    }
    const FileStatus status = fromStat(st);
    if (status.kind != FileKind::Regular) {
        ::close(fd);
        return status;
    }
    // Reads of a regular file never block; back to the ordinary mode all the same.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file->open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = file->errorString();
    }
    return status;
#else
    const FileStatus status = fromFileInfo(QFileInfo(path));
    if (status.kind != FileKind::Regular)
        return status;
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        *error = file->errorString();
    return status;
#endif
}

bool syncFile(QFile &file, QString *error)
{
    if (!file.flush()) {
        *error = file.errorString();
        return false;
    }
#if defined(Q_OS_UNIX)
    if (::fsync(file.handle()) != 0) {
        *error = errnoText(errno);
        return false;
    }
#elif defined(Q_OS_WIN)
    if (::_commit(file.handle()) != 0) {
        *error = errnoText(errno);
        return false;
    }
#endif
    return true;
}

bool syncDirectory(const QString &path)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

} // namespace ropa::store::platform
