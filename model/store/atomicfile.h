#pragma once

// Replacing a file so that a crash or a full disk never leaves it half written: the new
// content goes to a hidden temporary file beside the target, is synced to the disk, and only
// then renamed over the target (rename is atomic within a folder), after which the folder is
// synced so that the rename itself is durable. Until commit() the target is untouched; an
// AtomicFile destroyed before commit() removes its temporary file.

#include <QDateTime>
#include <QFile>
#include <QString>

namespace ropa::store {

class AtomicFile
{
public:
    // target: the absolute path of the file to replace (or create).
    explicit AtomicFile(const QString &target);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // ".NAME.XXXXXXXXXXXX.saving" in the target's folder: hidden, never named *.ropa.
    const QString &tempPath() const { return m_tempPath; }

    // Creates the temporary file (never an existing one). False: the folder is not writable.
    bool create();
    // Appends the bytes; false on a short or failed write (disk full, file too large).
    bool write(const char *bytes, qint64 size);
    // Syncs the temporary file to the disk and closes it.
    bool sync();
    // Gives the temporary file the permissions of the target (when there is one), renames it
    // over the target and syncs the folder. After a failure the target is unchanged.
    bool commit();
    // Removes the temporary file now (also done by the destructor when not committed).
    void discard();

    // Why the last call failed, as the system says it (for "... (%1)").
    QString errorString() const { return m_error; }

private:
    QString m_target;
    QString m_tempPath;
    QFile m_file;
    QString m_error;
    bool m_created = false;
};

// Removes the temporary files of earlier saves of target (".NAME.XXXXXXXXXXXX.saving", see
// AtomicFile::tempPath) last written before `olderThan`: what a save killed part-way leaves.
// Returns how many were removed.
int removeOrphanedTempFiles(const QString &target, const QDateTime &olderThan);

// Writes bytes to a new file at path (never over an existing one) and syncs it.
bool writeNewFile(const QString &path, const QByteArray &bytes);

} // namespace ropa::store
