#pragma once

// A lock beside an open project (QLockFile, "name.ropa.lock") that tells a second user who
// has the project open: user, host, since when.

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace ropa::store {

struct LockHolder
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;
    // "Anna on dpo-laptop since 23 Nov 2026 09:14"
    QString describe() const;
};

class ProjectLock
{
public:
    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    // Takes the lock (short timeout). False when someone else holds it: holder() tells who.
    bool tryLock();
    bool isLocked() const;
    void unlock();
    // Who holds the lock (pid and host from the lock file, user = its owner, since = the
    // time it was written). Empty when nobody does or the lock file cannot be read.
    LockHolder holder() const;
    // Why tryLock() failed: LockFailedError (someone holds it), PermissionError (the folder
    // is read-only), UnknownError.
    QLockFile::LockError error() const;
    QString lockFilePath() const { return m_lockPath; }

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace ropa::store
