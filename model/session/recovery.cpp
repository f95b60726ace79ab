#include "recovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace ropa {

namespace {

// A session's lock counts as left behind when its process is gone, never because of its age
// (a stale time of 0 would switch the dead-process check off as well).
constexpr int NeverByAge = std::numeric_limits<int>::max();

QString basePathOf(const QString &sidecar)
{
    return sidecar.left(sidecar.size() - 5); // without ".json"
}

} // namespace

QString recoveryDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
    QDir().mkpath(dir);
    return dir;
}

QList<RecoveryFile> pendingRecoveries()
{
    QList<RecoveryFile> files;
    const QDir dir(recoveryDirectory());
    const QStringList sidecars = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : sidecars) {
        const QString sidecar = dir.filePath(name);
        const QString base = basePathOf(sidecar);
        // A live session holds the lock; a copy whose lock can be taken has been left behind.
        QLockFile lock(base + QStringLiteral(".lock"));
        lock.setStaleLockTime(NeverByAge);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile file(sidecar);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        RecoveryFile recovery;
        recovery.sidecarPath = sidecar;
        recovery.projectPath = base + QStringLiteral(".ropa");
        recovery.originalPath = object.value(u"original").toString();
        recovery.projectName = object.value(u"name").toString();
        recovery.written = QDateTime::fromString(object.value(u"written").toString(), Qt::ISODate);
        if (!QFile::exists(recovery.projectPath)) {
            QFile::remove(sidecar); // nothing to restore
            continue;
        }
        files.append(recovery);
    }
    std::sort(files.begin(), files.end(),
              [](const RecoveryFile &a, const RecoveryFile &b) { return a.written > b.written; });
    return files;
}

void removeRecovery(const RecoveryFile &file)
{
    QFile::remove(file.projectPath);
    QFile::remove(file.sidecarPath);
}

RecoveryWriter::RecoveryWriter()
    : m_base(recoveryDirectory() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_lock(std::make_unique<QLockFile>(m_base + QStringLiteral(".lock")))
{
    m_lock->setStaleLockTime(NeverByAge);
    m_lock->tryLock(0);
}

RecoveryWriter::~RecoveryWriter()
{
    if (!m_written)
        m_lock->unlock();
    // With a copy on disk the lock is released too (the process is ending or the project
    // closing); the copy then counts as pending, unless discard() removed it.
}

store::Error RecoveryWriter::write(const ProjectData &data, const QString &originalPath)
{
    store::SaveOptions options;
    options.force = true; // our own copy, replaced every time
    const store::SaveResult result = store::saveProject(data, projectPath(), options);
    if (result.error)
        return result.error;
    QJsonObject object;
    object.insert(u"original", originalPath);
    object.insert(u"name", data.info.name);
    object.insert(u"written", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    object.insert(u"pid", QCoreApplication::applicationPid());
    QSaveFile sidecar(m_base + QStringLiteral(".json"));
    if (!sidecar.open(QIODevice::WriteOnly) || sidecar.write(QJsonDocument(object).toJson()) < 0 || !sidecar.commit()) {
        QFile::remove(projectPath());
        return {store::ErrorCode::WriteFailed, sidecar.errorString()};
    }
    m_written = true;
    return {};
}

void RecoveryWriter::discard()
{
    if (!m_written)
        return;
    QFile::remove(projectPath());
    QFile::remove(m_base + QStringLiteral(".json"));
    m_written = false;
}

QList<EntityChange> differences(const ProjectData &from, const ProjectData &to)
{
    QList<EntityChange> added, changed, removed;
    forEachEntityType([&](auto tag) {
        using T = typename decltype(tag)::type;
        constexpr EntityKind kind = kindOf<T>();
        const auto &before = from.table<T>();
        const auto &after = to.table<T>();
        for (const auto &[id, entity] : after) {
            const auto it = before.find(id);
            if (it == before.end())
                added.append({kind, id, std::nullopt, AnyEntity(entity)});
            else if (!(it->second == entity))
                changed.append({kind, id, AnyEntity(it->second), AnyEntity(entity)});
        }
        QList<EntityChange> gone;
        for (const auto &[id, entity] : before) {
            if (!after.contains(id))
                gone.append({kind, id, AnyEntity(entity), std::nullopt});
        }
        // Kinds come in format order (documents first, transfers last); removals go the
        // other way round, so transfers go before the parties they connect.
        removed = gone + removed;
    });
    return added + changed + removed;
}

} // namespace ropa
