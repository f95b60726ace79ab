// Reading a JSON project from disk (json::readProjectFile): only a regular file, opened
// without blocking, and never more than MaxInputBytes + 1 bytes of it (docs/json-format.md).

#include "store/jsonformat.h"
#include "store/platformfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ropa::json {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::json)
};

// Why a path that is not a regular file cannot be read as a project; empty when it is one.
QString notAProjectFile(const QString &shown, store::platform::FileKind kind)
{
    switch (kind) {
    case store::platform::FileKind::Regular: return {};
    case store::platform::FileKind::Missing:
        return Tr::tr("“%1” does not exist. Check the name and the folder.").arg(shown);
    case store::platform::FileKind::LinkLoop:
        return Tr::tr("“%1” is a symbolic link that leads back to itself (a loop), so there is no file to read. "
                      "Correct or remove the link.")
            .arg(shown);
    case store::platform::FileKind::Directory: return Tr::tr("“%1” is a folder, not a project file.").arg(shown);
    case store::platform::FileKind::Fifo: return Tr::tr("“%1” is a named pipe, not a project file.").arg(shown);
    case store::platform::FileKind::Device: return Tr::tr("“%1” is a device, not a project file.").arg(shown);
    case store::platform::FileKind::Socket:
    case store::platform::FileKind::Other: break;
    }
    return Tr::tr("“%1” is not an ordinary file (it is a socket or another special file), so it is not a project "
                  "file.")
        .arg(shown);
}

} // namespace

ReadResult readProjectFile(const QString &path)
{
    ReadResult r;
    const QString shown = QFileInfo(path).fileName();
    const QString tooLarge =
        Tr::tr("“%1” is too large to be a Ropa project (over %2 MB).").arg(shown).arg(MaxInputBytes / (1024 * 1024));
    // Only a regular file is opened (links followed), never blocking on a named pipe. A Qt
    // resource (":/examples/…", built into the program) is no file on disk: it is read as it is.
    QFile file;
    QString openError;
    store::platform::FileStatus status;
    if (path.startsWith(u':')) {
        file.setFileName(path);
        if (file.open(QIODevice::ReadOnly)) {
            status.kind = store::platform::FileKind::Regular;
            status.size = file.size();
        } else {
            status.kind = store::platform::FileKind::Missing;
        }
    } else {
        status = store::platform::openRegularForReading(path, &file, &openError);
    }
    if (const QString why = notAProjectFile(shown, status.kind); !why.isEmpty()) {
        r.error = why;
    } else if (!openError.isEmpty()) {
        r.error = Tr::tr("“%1” cannot be read: %2.").arg(shown, openError);
    } else if (status.size > MaxInputBytes) {
        r.error = tooLarge;
    } else {
        // At most MaxInputBytes + 1 bytes, whatever the size said: a file that grows while it
        // is read is refused, not followed.
        QByteArray bytes;
        bytes.reserve(std::min<qint64>(std::max<qint64>(status.size, 0) + 1, MaxInputBytes + 1));
        constexpr qint64 Chunk = 1 << 20;
        for (;;) {
            const qint64 want = std::min<qint64>(Chunk, MaxInputBytes + 1 - bytes.size());
            if (want <= 0)
                break;
            const qsizetype before = bytes.size();
            bytes.resize(before + want);
            const qint64 n = file.read(bytes.data() + before, want);
            bytes.resize(before + std::max<qint64>(n, 0));
            if (n < 0) {
                r.error = Tr::tr("“%1” cannot be read: %2.").arg(shown, file.errorString());
                break;
            }
            if (n == 0)
                break;
        }
        if (r.error.isEmpty()) {
            if (bytes.size() > MaxInputBytes)
                r.error = tooLarge;
            else
                return readProject(bytes);
        }
    }
    r.problems = {r.error};
    return r;
}

} // namespace ropa::json
