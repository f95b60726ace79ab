#pragma once

// Autosave and recovery. While a project has unsaved changes, a RecoveryWriter keeps a copy
// of it in QStandardPaths::AppDataLocation/recovery/ as "<session>.ropa" (written through
// store::saveProject, so it is a complete, verified project file) with a sidecar
// "<session>.json" naming the original file. A lock file "<session>.lock" is held while the
// session runs: a recovery copy whose lock is free (its process has gone, killed or crashed)
// is pending, and the next start offers to restore it. A clean exit and every successful save
// remove the copy.

#include "commands/changesetcommand.h"
#include "domain/projectdata.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

namespace ropa {

struct RecoveryFile
{
    QString projectPath;  // the recovery copy (.ropa)
    QString sidecarPath;  // the .json beside it
    QString originalPath; // the file the project was opened from or saved to; empty: untitled
    QString projectName;
    QDateTime written;
};

// Where recovery copies live (created on demand).
QString recoveryDirectory();
// Recovery copies whose session has ended without removing them, newest first.
QList<RecoveryFile> pendingRecoveries();
void removeRecovery(const RecoveryFile &file);

class RecoveryWriter
{
public:
    RecoveryWriter();
    ~RecoveryWriter(); // keeps the copy (a crash must not lose it); discard() removes it
    RecoveryWriter(const RecoveryWriter &) = delete;
    RecoveryWriter &operator=(const RecoveryWriter &) = delete;

    // Writes (or replaces) this session's copy. Returns the store's error, if any.
    store::Error write(const ProjectData &data, const QString &originalPath);
    // Removes this session's copy, if there is one.
    void discard();
    bool hasCopy() const { return m_written; }
    QString projectPath() const { return m_base + QStringLiteral(".ropa"); }

private:
    QString m_base;
    std::unique_ptr<QLockFile> m_lock;
    bool m_written = false;
};

// The changes that turn `from` into `to`, in an order a view can follow: additions first,
// then changes, then removals (dependents before what they depend on).
QList<EntityChange> differences(const ProjectData &from, const ProjectData &to);

} // namespace ropa
