#include "store/projectlock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>

namespace ropa::store {

namespace {

Q_LOGGING_CATEGORY(lockLog, "ropa.store.lock")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store::ProjectLock)
};

} // namespace

// The lock file is QLockFile's own ("pid\napp\nhost\n..."). It says who holds the lock this way:
// - pid, host: from QLockFile::getLockInfo;
// - user: the owner of the lock file (whoever created it);
// - since: the time the lock file was last written (QLockFile writes it once, when locking).

QString LockHolder::describe() const
{
    // "Anna on dpo-laptop since 7 Dec 2026 14:05", in the user's language.
    const QString who = user.isEmpty() ? Tr::tr("Someone") : user;
    const QString when = since.isValid() ? QLocale().toString(since.toLocalTime(), QLocale::ShortFormat) : QString();
    if (!host.isEmpty() && !when.isEmpty())
        return Tr::tr("%1 on %2 since %3").arg(who, host, when);
    if (!host.isEmpty())
        return Tr::tr("%1 on %2").arg(who, host);
    if (!when.isEmpty())
        return Tr::tr("%1 since %2").arg(who, when);
    return who;
}

ProjectLock::ProjectLock(const QString &projectPath)
    : m_lockPath(projectPath + QStringLiteral(".lock"))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // 0: never stale by age. A lock left by a crashed process on this computer is still
    // removed, because QLockFile sees that its process is gone.
    m_lock->setStaleLockTime(0);
}

ProjectLock::~ProjectLock()
{
    unlock();
}

bool ProjectLock::tryLock()
{
    if (m_lock->isLocked())
        return true;
    qint64 pid = 0;
    QString host;
    QString app;
    const bool wasHeld = m_lock->getLockInfo(&pid, &host, &app);
    if (!m_lock->tryLock(100))
        return false;
    // A lock file was there and the lock was taken all the same: its process is gone. Saving
    // then removes the temporary files its killed saves left (saveProject).
    if (wasHeld)
        qCInfo(lockLog, "Took over the lock %s left by process %lld on %s, which is gone.", qUtf8Printable(m_lockPath),
               pid, qUtf8Printable(host));
    return true;
}

bool ProjectLock::isLocked() const
{
    return m_lock->isLocked();
}

void ProjectLock::unlock()
{
    if (m_lock->isLocked())
        m_lock->unlock();
}

QLockFile::LockError ProjectLock::error() const
{
    return m_lock->error();
}

LockHolder ProjectLock::holder() const
{
    LockHolder h;
    QString app;
    if (!m_lock->getLockInfo(&h.pid, &h.host, &app))
        return h;
    const QFileInfo info(m_lockPath);
    h.user = info.owner();
    h.since = info.lastModified();
    return h;
}

} // namespace ropa::store
