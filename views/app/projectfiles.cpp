#include "projectfiles.h"

#include "app/appsettings.h"
#include "app/dialogs.h"
#include "app/welcomepage.h"
#include "session/projectsession.h"
#include "session/recovery.h"
#include "store/jsonformat.h"

#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

namespace ropa {

namespace {

QString fileName(const QString &path)
{
    if (path.startsWith(u':'))
        return ProjectFiles::tr("the example %1").arg(WelcomePage::exampleTitle(path));
    return QFileInfo(path).fileName();
}

QString withSuffix(QString path, const QString &suffix)
{
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

// A project's name as a file name.
QString baseName(QString name)
{
    name.replace(u'/', u'-');
    name.replace(u'\\', u'-');
    return name;
}

} // namespace

ProjectFiles::ProjectFiles(ProjectSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
}

QString ProjectFiles::folder() const
{
    const QString source = m_session->sourcePath();
    if (!source.isEmpty() && !source.startsWith(u':'))
        return QFileInfo(source).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool ProjectFiles::newProject(const ProjectData &data)
{
    if (!maybeSave())
        return false;
    m_session->adoptNew(data);
    return true;
}

bool ProjectFiles::openFile(const QString &path)
{
    const QString absolute = path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
    if (m_session->hasProject() && !m_session->filePath().isEmpty() &&
        QFileInfo(m_session->filePath()).absoluteFilePath() == absolute) {
        Q_EMIT message(tr("%1 is already open").arg(fileName(path)), 5000);
        return true;
    }
    if (!QFileInfo::exists(path)) {
        AppSettings::removeRecentFile(path);
        Q_EMIT recentFilesChanged();
        Q_EMIT failed(tr("Could not open %1.\n\nThe file does not exist.").arg(fileName(path)));
        return false;
    }
    LoadedProject loaded = ProjectSession::read(path, OpenMode::Edit);
    if (loaded.error.code == store::ErrorCode::Locked) {
        switch (m_dialogs->askLocked(m_window, fileName(path), loaded.lockHolder)) {
        case Dialogs::LockedChoice::ReadOnly: loaded = ProjectSession::read(path, OpenMode::ReadOnly); break;
        case Dialogs::LockedChoice::Copy: loaded = ProjectSession::read(path, OpenMode::Copy); break;
        case Dialogs::LockedChoice::Cancel: return false;
        }
    }
    if (!loaded) {
        Q_EMIT failed(tr("Could not open %1.\n\n%2").arg(fileName(path), loaded.error.message));
        return false;
    }
    if (!maybeSave())
        return false;
    const bool readOnly = loaded.readOnly;
    const bool copy = loaded.copy;
    const QString damage = loaded.damage;
    const QString backup = loaded.migrationBackup;
    m_session->adopt(std::move(loaded));
    if (!path.startsWith(u':') && !copy)
        AppSettings::addRecentFile(absolute);
    Q_EMIT recentFilesChanged();
    if (!damage.isEmpty()) {
        // The content no longer matches the digest Ropa stored: opened read-only, so that
        // nothing is saved over it unnoticed.
        m_dialogs->showError(m_window, tr("%1 was opened read-only.").arg(fileName(path)), damage);
        Q_EMIT message(tr("Opened %1 read-only: changed or damaged outside Ropa").arg(fileName(path)), 0);
    } else if (!backup.isEmpty())
        Q_EMIT message(
            tr("The file was made by an older Ropa; a copy was kept as %1").arg(QFileInfo(backup).fileName()), 0);
    else if (readOnly)
        Q_EMIT message(tr("Opened %1 read-only").arg(fileName(path)), 5000);
    else
        Q_EMIT message(tr("Opened %1").arg(fileName(path)), 5000);
    Q_EMIT opened(path);
    return true;
}

bool ProjectFiles::maybeSave()
{
    Project *project = m_session->project();
    if (!project || !project->isModified())
        return true;
    switch (m_dialogs->askSaveChanges(m_window, m_session->displayName())) {
    case Dialogs::SaveChanges::Save: return save();
    case Dialogs::SaveChanges::Discard: return true;
    case Dialogs::SaveChanges::Cancel: return false;
    }
    return false;
}

bool ProjectFiles::save()
{
    if (!m_session->hasProject())
        return false;
    if (m_session->filePath().isEmpty() || m_session->isReadOnly())
        return saveAs();
    return saveTo(m_session->filePath(), false);
}

bool ProjectFiles::saveAs()
{
    Project *project = m_session->project();
    if (!project)
        return false;
    QString suggested = m_session->filePath();
    if (suggested.isEmpty()) {
        const QString source = m_session->sourcePath();
        QString base = QFileInfo(source).completeBaseName();
        if (base.isEmpty() || source.startsWith(u':'))
            base = project->info().name.isEmpty() ? tr("Untitled") : project->info().name;
        suggested = folder() + u'/' + baseName(base) + QStringLiteral(".ropa");
    }
    const QString path =
        m_dialogs->saveFileName(m_window, tr("Save project as"), suggested, tr("Ropa projects (*.ropa)"));
    if (path.isEmpty())
        return false;
    return saveAsPath(path);
}

bool ProjectFiles::saveAsPath(const QString &chosen)
{
    if (!m_session->hasProject())
        return false;
    return saveTo(QFileInfo(withSuffix(chosen, QStringLiteral(".ropa"))).absoluteFilePath(), false);
}

bool ProjectFiles::saveWithComment(const QString &comment)
{
    m_comment = comment;
    const bool ok = save();
    m_comment.clear();
    return ok;
}

bool ProjectFiles::saveTo(const QString &path, bool overwrite)
{
    Q_EMIT message(tr("Saving %1…").arg(fileName(path)), 0);
    m_session->setAuthor(AppSettings::authorName()); // the settings' name, else the system user
    const SaveOutcome outcome = m_session->save(path, overwrite ? SaveMode::Overwrite : SaveMode::Normal, m_comment);
    if (outcome.error.code == store::ErrorCode::ChangedOnDisk && !overwrite) {
        Q_EMIT message(QString(), 0);
        switch (m_dialogs->askChangedOnDisk(m_window, outcome.error.message)) {
        case Dialogs::ChangedOnDiskChoice::SaveAs: return saveAs();
        case Dialogs::ChangedOnDiskChoice::Overwrite: return saveTo(path, true);
        case Dialogs::ChangedOnDiskChoice::Cancel: return false;
        }
    }
    if (outcome.error) {
        Q_EMIT message(QString(), 0);
        Q_EMIT failed(tr("Could not save %1.\n\n%2").arg(fileName(path), outcome.error.message));
        return false;
    }
    AppSettings::addRecentFile(outcome.path);
    Q_EMIT recentFilesChanged();
    Q_EMIT message(tr("Saved %1").arg(fileName(outcome.path)), 5000);
    Q_EMIT saved(outcome.path);
    return true;
}

bool ProjectFiles::closeProject()
{
    if (!m_session->hasProject())
        return true;
    if (!maybeSave())
        return false;
    m_session->close();
    return true;
}

bool ProjectFiles::exportJson(const QString &path)
{
    Project *project = m_session->project();
    if (!project)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json::writeProject(project->data())) < 0 || !file.commit()) {
        Q_EMIT failed(tr("Could not export %1.\n\n%2").arg(fileName(path), file.errorString()));
        return false;
    }
    Q_EMIT message(tr("Exported %1").arg(QFileInfo(path).absoluteFilePath()), 5000);
    return true;
}

void ProjectFiles::chooseFile()
{
    const QString path = m_dialogs->openFileName(m_window, tr("Open project"), folder(),
                                                 tr("Ropa projects (*.ropa *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ProjectFiles::chooseImport()
{
    const QString path = m_dialogs->openFileName(m_window, tr("Import JSON"), folder(),
                                                 tr("JSON interchange files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ProjectFiles::chooseExport()
{
    Project *project = m_session->project();
    if (!project)
        return;
    const QString base = baseName(project->info().name.isEmpty() ? tr("project") : project->info().name);
    const QString path =
        m_dialogs->saveFileName(m_window, tr("Export JSON"), folder() + u'/' + base + QStringLiteral(".json"),
                                tr("JSON interchange files (*.json)"));
    if (!path.isEmpty())
        exportJson(withSuffix(path, QStringLiteral(".json")));
}

QString ProjectFiles::chooseOtherCopy(const QString &caption)
{
    return m_dialogs->openFileName(m_window, caption, folder(), tr("Ropa projects (*.ropa *.json);;All files (*)"));
}

// ---- recovery ----------------------------------------------------------------------------

bool ProjectFiles::offerRecovery()
{
    const QList<RecoveryFile> pending = pendingRecoveries();
    if (pending.isEmpty())
        return false;
    const RecoveryFile &newest = pending.constFirst();
    const QString name = newest.originalPath.isEmpty() ? newest.projectName : QFileInfo(newest.originalPath).fileName();
    const QString when = QLocale().toString(newest.written.toLocalTime(), QLocale::ShortFormat);
    const QString text = tr("Ropa was not closed properly. Restore the unsaved changes to %1?").arg(name);
    QString details = tr("A recovery copy was written at %1.").arg(when);
    if (pending.size() > 1)
        details +=
            u' ' + tr("There are %1 more recovery copies; they are offered one at a time.").arg(pending.size() - 1);
    switch (m_dialogs->askRestore(m_window, text, details)) {
    case Dialogs::RecoveryChoice::Restore: return restoreRecovery(newest);
    case Dialogs::RecoveryChoice::Discard: removeRecovery(newest); return false;
    case Dialogs::RecoveryChoice::Later: return false;
    }
    return false;
}

bool ProjectFiles::restoreRecovery(const RecoveryFile &file)
{
    store::OpenResult recovered = store::openProject(file.projectPath, {.keepMigrationBackup = false});
    if (recovered.error || !recovered.data) {
        Q_EMIT failed(tr("Could not restore the unsaved changes.\n\n%1").arg(recovered.error.message));
        return false;
    }
    // Open the original first (under its lock) so the recovered changes become one undoable
    // step over it, and Save writes where the project came from.
    const QString original = file.originalPath;
    if (!original.isEmpty() && QFileInfo::exists(original) && ProjectSession::isStoreFile(original)) {
        if (!openFile(original))
            return false;
    } else {
        if (!maybeSave())
            return false;
        m_session->adoptNew({});
    }
    Project *project = m_session->project();
    QList<EntityChange> changes = differences(project->data(), *recovered.data);
    std::optional<InfoChange> info;
    if (!(project->info() == recovered.data->info))
        info = InfoChange{project->info(), recovered.data->info};
    if (!changes.isEmpty() || info) {
        project->undoStack()->push(
            new ChangeSetCommand(project, tr("Restore unsaved changes"), std::move(changes), info));
    }
    m_session->writeRecoveryCopy(); // our own copy first, then the old one goes
    removeRecovery(file);
    Q_EMIT message(tr("Restored the unsaved changes; save to keep them"), 10000);
    return true;
}

} // namespace ropa
