#include "store/atomicfile.h"

#include "store/platformfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <filesystem>
#include <system_error>

namespace ropa::store {

AtomicFile::AtomicFile(const QString &target)
    : m_target(target)
{
    const QFileInfo info(target);
    m_tempPath = info.absolutePath() + QStringLiteral("/.") + info.fileName() + u'.' +
                 QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".saving");
}

AtomicFile::~AtomicFile()
{
    discard();
}

bool AtomicFile::create()
{
    m_file.setFileName(m_tempPath);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        m_error = m_file.errorString();
        return false;
    }
    m_created = true;
    return true;
}

bool AtomicFile::write(const char *bytes, qint64 size)
{
    // QFile reports the system's error only for a write that wrote nothing: after a short
    // write, the next one says why.
    for (qint64 done = 0; done < size;) {
        const qint64 n = m_file.write(bytes + done, size - done);
        if (n <= 0) {
            m_error = m_file.errorString();
            return false;
        }
        done += n;
    }
    return true;
}

bool AtomicFile::sync()
{
    if (!platform::syncFile(m_file, &m_error))
        return false;
    m_file.close();
    if (m_file.error() != QFileDevice::NoError) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

bool AtomicFile::commit()
{
    m_file.close();
    // Keep the permissions of the file it replaces.
    if (const QFileInfo target(m_target); target.exists())
        QFile::setPermissions(m_tempPath, target.permissions());
    std::error_code ec;
    std::filesystem::rename(QFileInfo(m_tempPath).filesystemFilePath(), QFileInfo(m_target).filesystemFilePath(), ec);
    if (ec) {
        m_error = QString::fromLocal8Bit(ec.message());
        return false;
    }
    m_created = false;
    // The file is saved either way; a failure here only means the folder entry may not have
    // reached the disk yet.
    platform::syncDirectory(QFileInfo(m_target).absolutePath());
    return true;
}

void AtomicFile::discard()
{
    m_file.close();
    if (m_created) {
        QFile::remove(m_tempPath);
        m_created = false;
    }
}

int removeOrphanedTempFiles(const QString &target, const QDateTime &olderThan)
{
    const QFileInfo info(target);
    QString pattern = QStringLiteral("\\.");
    pattern.append(QRegularExpression::escape(info.fileName()));
    pattern.append(QStringLiteral("\\.[0-9a-f]{12}\\.saving"));
    const QRegularExpression name(QRegularExpression::anchoredPattern(pattern));
    const QDir folder(info.absolutePath());
    int removed = 0;
    const QFileInfoList candidates = folder.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &candidate : candidates) {
        // File times come from a coarse clock: a save killed just before the lock was taken over
        // can carry the same time, or a few milliseconds more. While the lock is held no other
        // Ropa saves this project, so a second's margin removes nothing that is still written.
        if (name.match(candidate.fileName()).hasMatch() && candidate.lastModified() < olderThan.addSecs(1) &&
            QFile::remove(candidate.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

bool writeNewFile(const QString &path, const QByteArray &bytes)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    QString ignored;
    if (out.write(bytes) != bytes.size() || !platform::syncFile(out, &ignored)) {
        out.close();
        out.remove();
        return false;
    }
    out.close();
    return true;
}

} // namespace ropa::store
