#include "projectsession.h"

#include "checks/checkrunner.h"
#include "history/record.h"
#include "jobs/latestjob.h"
#include "session/recovery.h"
#include "store/jsonformat.h"
#include "store/platformfile.h"
#include "store/projectlock.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <exception>
#include <new>

namespace ropa {

namespace {

QString absolutePathOf(const QString &path)
{
    return path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
}

} // namespace

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
    , m_autosave(new QTimer(this))
    , m_saveJob(new LatestJob(this))
    , m_author(history::systemUser())
{
    qRegisterMetaType<SaveOutcome>();
    connect(m_autosave, &QTimer::timeout, this, [this] {
        const QString error = writeRecoveryCopy();
        if (!error.isEmpty())
            Q_EMIT recoveryFailed(error);
    });
}

ProjectSession::~ProjectSession()
{
    // A save in progress finishes (the job holds its own snapshot) before the lock goes.
    delete m_saveJob;
    m_saveJob = nullptr;
    delete m_checkRunner;
    m_checkRunner = nullptr;
    if (m_project) {
        disconnect(m_project.get(), nullptr, this, nullptr);
        disconnect(m_project->undoStack(), nullptr, this, nullptr);
    }
}

bool ProjectSession::isStoreFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(u"ropa", Qt::CaseInsensitive) == 0)
        return true;
    if (suffix.compare(u"json", Qt::CaseInsensitive) == 0)
        return false;
    // Never blocks: a named pipe or a device is not opened (the JSON reader then names it).
    QFile file;
    QString error;
    if (store::platform::openRegularForReading(path, &file, &error).kind != store::platform::FileKind::Regular ||
        !file.isOpen())
        return false;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

LoadedProject ProjectSession::read(const QString &path, OpenMode mode)
{
    LoadedProject loaded;
    loaded.path = absolutePathOf(path);
    loaded.readOnly = mode == OpenMode::ReadOnly;
    loaded.copy = mode == OpenMode::Copy;
    try {
        if (isStoreFile(path)) {
            loaded.isStore = true;
            if (mode == OpenMode::Edit) {
                auto lock = std::make_shared<store::ProjectLock>(loaded.path);
                if (lock->tryLock()) {
                    loaded.lock = std::move(lock);
                } else if (lock->error() == QLockFile::LockFailedError) {
                    loaded.error = {store::ErrorCode::Locked, tr("The project is open elsewhere.")};
                    loaded.lockHolder = lock->holder().describe();
                    return loaded;
                } else {
                    loaded.readOnly = true; // a folder we may not write to: nobody can save here
                }
            }
            store::OpenResult result = store::openProject(loaded.path);
            loaded.error = result.error;
            loaded.fingerprint = result.fingerprint;
            loaded.fileVersion = result.fileVersion;
            loaded.migrationBackup = result.migrationBackup;
            loaded.history = std::move(result.history);
            loaded.historyCheck = result.historyCheck;
            loaded.saveDigest = result.saveDigest;
            if (!result.error && result.data)
                loaded.data = std::move(result.data);
            if (result.damaged) {
                loaded.damage = result.damage;
                loaded.readOnly = true;
                loaded.lock.reset();
            }
        } else {
            json::ReadResult result = json::readProjectFile(path);
            loaded.fileVersion = json::FormatVersion;
            if (!result.error.isEmpty())
                loaded.error = {store::ErrorCode::InvalidContent, result.error};
            else if (result.data)
                loaded.data = std::move(result.data);
        }
    } catch (const std::bad_alloc &) {
        loaded.error = {store::ErrorCode::Unreadable, tr("There is not enough memory to open this file.")};
    } catch (const std::exception &e) {
        loaded.error = {store::ErrorCode::Unreadable, QString::fromLocal8Bit(e.what())};
    }
    if (!loaded.error && !loaded.data)
        loaded.error = {store::ErrorCode::Unreadable, tr("The file could not be read.")};
    if (loaded.error) {
        loaded.data.reset();
        loaded.lock.reset();
    }
    return loaded;
}

void ProjectSession::adopt(LoadedProject loaded)
{
    if (!loaded)
        return;
    ProjectData data = *std::move(loaded.data);
    if (loaded.copy) {
        const QString name = data.info.name.isEmpty() ? QFileInfo(loaded.path).completeBaseName() : data.info.name;
        data.info.name = tr("Copy of %1").arg(name);
    }
    auto project = std::make_unique<Project>(std::move(data));
    m_history = std::move(loaded.history);
    m_historyCheck = loaded.historyCheck;
    m_fileDigest = loaded.saveDigest;
    // Save writes back only to a .ropa file opened for editing; a JSON file, an example or a
    // copy is saved under a name the user chooses.
    if (loaded.isStore && !loaded.copy)
        project->setFilePath(loaded.path);
    setProject(std::move(project), loaded.path, loaded.fingerprint, std::move(loaded.lock), loaded.readOnly);
}

void ProjectSession::adoptNew(ProjectData data)
{
    m_history.clear();
    m_historyCheck = {};
    m_fileDigest.clear();
    setProject(std::make_unique<Project>(std::move(data)), QString(), {}, nullptr, false);
}

void ProjectSession::close()
{
    m_history.clear();
    m_historyCheck = {};
    m_fileDigest.clear();
    setProject(nullptr, QString(), {}, nullptr, false);
}

void ProjectSession::setProject(std::unique_ptr<Project> project, const QString &sourcePath,
                                const store::Fingerprint &fingerprint, std::shared_ptr<store::ProjectLock> lock,
                                bool readOnly)
{
    Q_EMIT aboutToChangeProject();
    if (m_project) {
        disconnect(m_project.get(), nullptr, this, nullptr);
        disconnect(m_project->undoStack(), nullptr, this, nullptr);
    }
    if (m_recovery)
        m_recovery->discard();
    m_recovery.reset();
    delete m_checkRunner; // its check holds its own snapshot; it stops at its next step
    m_checkRunner = nullptr;
    const bool wasReadOnly = m_readOnly;
    std::unique_ptr<Project> old = std::move(m_project);
    m_project = std::move(project);
    m_lock = std::move(lock);
    m_fingerprint = fingerprint;
    m_sourcePath = sourcePath;
    m_readOnly = readOnly;
    m_recoveryDirty = false;
    // A new project's first save counts everything as added; an opened file's, what changed
    // since it was read.
    m_savedState =
        m_project ? (sourcePath.isEmpty() ? std::make_shared<const ProjectData>() : m_project->snapshot()) : nullptr;
    if (m_project) {
        m_recovery = std::make_unique<RecoveryWriter>();
        connect(m_project.get(), &Project::modifiedChanged, this, [this](bool modified) {
            if (!modified && m_recovery)
                m_recovery->discard(); // undone back to the saved state
        });
        connect(m_project->undoStack(), &QUndoStack::indexChanged, this, [this] { m_recoveryDirty = true; });
    }
    Q_EMIT projectChanged(m_project.get());
    Q_EMIT historyChanged();
    if (wasReadOnly != m_readOnly)
        Q_EMIT readOnlyChanged(m_readOnly);
    // The old project goes after everyone has moved to the new one.
    old.reset();
}

QString ProjectSession::displayName() const
{
    if (!m_project)
        return {};
    if (!m_project->filePath().isEmpty())
        return QFileInfo(m_project->filePath()).fileName();
    if (!m_project->info().name.isEmpty())
        return m_project->info().name;
    return tr("Untitled");
}

checks::CheckRunner *ProjectSession::checkRunner()
{
    if (!m_checkRunner && m_project)
        m_checkRunner = new checks::CheckRunner(m_project.get(), this);
    return m_checkRunner;
}

// ---- saving ------------------------------------------------------------------------------

bool ProjectSession::isSaving() const
{
    return m_saveJob->isBusy();
}

void ProjectSession::setAuthor(const QString &author)
{
    m_author = author.trimmed().isEmpty() ? history::systemUser() : author.trimmed();
}

void ProjectSession::startSave(const QString &chosen, SaveMode mode, const QString &comment)
{
    if (!m_project)
        return;
    const QString path = QFileInfo(chosen).absoluteFilePath();
    store::SaveOptions options;
    std::shared_ptr<store::ProjectLock> newLock;
    if (path == filePath() && !m_readOnly) {
        options.expected = m_fingerprint;
        options.force = mode == SaveMode::Overwrite;
    } else {
        // Another file: ours from now on, so its lock is taken before it is written. (The
        // file dialog asked before replacing an existing one.)
        newLock = std::make_shared<store::ProjectLock>(path);
        if (!newLock->tryLock()) {
            if (newLock->error() == QLockFile::LockFailedError) {
                const QString message = tr("It is open by %1. Choose another name.").arg(newLock->holder().describe());
                Q_EMIT saveFinished({{store::ErrorCode::Locked, message}, path});
                return;
            }
            newLock.reset(); // a folder without locks: the write itself will tell
        }
        options.force = QFileInfo::exists(path);
    }
    // A snapshot: the project may go on changing (or be closed) while it is written.
    auto snapshot = m_project->snapshot();
    const int undoIndex = m_project->undoStack()->index();
    // The history goes with the project to whatever file it is saved as.
    options.history = m_history;
    options.replacedDigest = m_fileDigest;
    const std::shared_ptr<const ProjectData> before =
        m_savedState ? m_savedState : std::make_shared<const ProjectData>();
    const QString author = m_author;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Q_EMIT saveStarted(path);
    m_saveJob->start<store::SaveResult>(
        [snapshot, before, author, comment, now, path, options](const LatestJob::Cancelled &) mutable {
            store::SaveResult result;
            try {
                options.record = history::entryFor(*before, *snapshot, author, comment, now);
                result = store::saveProject(*snapshot, path, options);
            } catch (const std::exception &e) {
                result.error = {store::ErrorCode::WriteFailed, QString::fromLocal8Bit(e.what())};
            }
            return result;
        },
        [this, path, undoIndex, newLock, snapshot](store::SaveResult result) {
            if (!result.error)
                m_savedState = snapshot;
            saved(path, result, undoIndex, newLock);
        },
        LatestJob::Overtake::LetFinish);
}

void ProjectSession::saved(const QString &path, const store::SaveResult &result, int undoIndex,
                           std::shared_ptr<store::ProjectLock> newLock)
{
    if (result.error || !m_project) {
        Q_EMIT saveFinished({result.error, path});
        return;
    }
    m_fingerprint = result.fingerprint;
    m_history = result.history;
    if (!m_history.isEmpty()) {
        m_fileDigest = m_history.constLast().contentDigest;
        m_historyCheck = store::filehistory::verify(m_history, m_fileDigest);
    }
    if (newLock)
        m_lock = std::move(newLock);
    const bool wasReadOnly = m_readOnly;
    m_readOnly = false;
    m_sourcePath = path;
    m_project->setFilePath(path);
    // Edits made while the file was written are not in it: the project stays modified.
    if (m_project->undoStack()->index() == undoIndex) {
        m_project->markSaved();
        if (m_recovery)
            m_recovery->discard();
        m_recoveryDirty = false;
    }
    if (wasReadOnly)
        Q_EMIT readOnlyChanged(false);
    Q_EMIT historyChanged();
    Q_EMIT saveFinished({{}, path});
}

SaveOutcome ProjectSession::save(const QString &path, SaveMode mode, const QString &comment)
{
    SaveOutcome outcome;
    bool done = false;
    QEventLoop loop;
    const QMetaObject::Connection connection =
        connect(this, &ProjectSession::saveFinished, &loop, [&](const SaveOutcome &o) {
            if (done)
                return;
            outcome = o;
            done = true;
            loop.quit();
        });
    startSave(path, mode, comment);
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(connection);
    return outcome;
}

// ---- recovery ----------------------------------------------------------------------------

void ProjectSession::setAutosaveInterval(int milliseconds)
{
    m_autosaveInterval = std::max(0, milliseconds);
    if (m_autosaveInterval > 0)
        m_autosave->start(m_autosaveInterval);
    else
        m_autosave->stop();
}

QString ProjectSession::writeRecoveryCopy()
{
    if (!m_project || !m_recovery || !m_project->isModified() || (!m_recoveryDirty && m_recovery->hasCopy()))
        return {};
    const store::Error error =
        m_recovery->write(m_project->data(), m_sourcePath.startsWith(u':') ? QString() : m_sourcePath);
    if (error)
        return error.message;
    m_recoveryDirty = false;
    return {};
}

QString ProjectSession::recoveryCopyPath() const
{
    return m_recovery && m_recovery->hasCopy() ? m_recovery->projectPath() : QString();
}

void ProjectSession::discardRecoveryCopy()
{
    if (m_recovery)
        m_recovery->discard();
}

} // namespace ropa
