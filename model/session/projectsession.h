#pragma once

// The one owner of an open project: the Project (data and undo stack), the file it came from
// and the file Save writes, the lock on that file, the fingerprint it had when read (to refuse
// overwriting a file changed on disk since), whether it is read-only, the recovery copy and
// its timer. The window, the CLI and the tests go through it; none of them keeps any of this.
//
// Reading is all or nothing: read() gives a LoadedProject without touching the session, and
// adopt() makes it the session's project, so a caller can ask about unsaved changes between
// the two (and a file that does not read leaves the open project as it was).
//
// Saving writes a snapshot of the data on the session's worker thread (LatestJob): the window
// keeps painting however large the project is. saveFinished() reports the outcome. The project
// is marked saved only if it was not edited while it was written.

#include "domain/project.h"
#include "store/projectstore.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QTimer;

namespace ropa {

class LatestJob;
class RecoveryWriter;
namespace checks {
class CheckRunner;
}
struct RecoveryFile;
namespace store {
class ProjectLock;
}

enum class OpenMode {
    Edit,     // under the file's lock; fails with ErrorCode::Locked when someone else holds it
    ReadOnly, // no lock; Save asks for a new name
    Copy,     // an untitled copy named "Copy of …"
};

// A project read from a file, not yet the session's.
struct LoadedProject
{
    std::optional<ProjectData> data;
    store::Error error;
    QString lockHolder;   // with ErrorCode::Locked: "Anna on dpo-laptop since …"
    QString path;         // absolute; a ":/…" resource path as it was given
    bool isStore = false; // a .ropa file (else JSON or an example)
    bool readOnly = false;
    bool copy = false;
    int fileVersion = 0;
    store::Fingerprint fingerprint;
    QString migrationBackup; // the name.v<N>.ropa copy kept when an older file was migrated
    // Not empty when the content no longer matches the checksum of its last save (changed or
    // damaged outside Ropa): the project is then read-only and this should be shown.
    QString damage;
    // The file's history (a .ropa file of format 7) and what checking its chain found.
    QList<store::HistoryEntry> history;
    store::HistoryCheck historyCheck;
    QByteArray saveDigest; // the digest of the file's last save, as read
    std::shared_ptr<store::ProjectLock> lock;

    explicit operator bool() const { return data.has_value() && !error; }
};

enum class SaveMode {
    Normal,    // refuse (ErrorCode::ChangedOnDisk) when the file changed since it was read
    Overwrite, // write over whatever is there
};

struct SaveOutcome
{
    store::Error error;
    QString path;
    explicit operator bool() const { return !error; }
};

class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    // True for a .ropa file (by its suffix, or a SQLite header when it has none); anything
    // else is read as the JSON interchange format.
    static bool isStoreFile(const QString &path);
    // Reads a project file with every check that opening does (see store::openProject and
    // json::readProjectFile). A .ropa file in Edit mode is locked first.
    static LoadedProject read(const QString &path, OpenMode mode = OpenMode::Edit);

    // Makes `loaded` the open project (the previous one is closed without asking).
    void adopt(LoadedProject loaded);
    // A new, untitled project.
    void adoptNew(ProjectData data);
    // Closes the project (without asking).
    void close();

    Project *project() const { return m_project.get(); }
    bool hasProject() const { return m_project != nullptr; }
    // The file the project was read from or last saved to (a ":/…" path for an example).
    QString sourcePath() const { return m_sourcePath; }
    // Where Save writes without asking; empty for untitled projects, JSON files and copies.
    QString filePath() const { return m_project ? m_project->filePath() : QString(); }
    bool isReadOnly() const { return m_readOnly; }
    const store::Fingerprint &fingerprint() const { return m_fingerprint; }
    // A short name for titles and questions: the file name, else the project's name.
    QString displayName() const;
    // The findings of the open project, kept up to date on a worker thread as it changes;
    // made when first asked for, and gone with the project (nullptr without one).
    checks::CheckRunner *checkRunner();

    // Save: to filePath() (or `path`, taking that file's lock first). Runs on the worker;
    // saveFinished() follows. A second save asked for meanwhile runs after the first. Every
    // save records an entry in the file's history (decision 0027): now, author(), the changes
    // since the previous save, and the comment.
    void startSave(const QString &path, SaveMode mode = SaveMode::Normal, const QString &comment = {});
    // The same, waiting for the outcome in a local event loop (the window keeps painting;
    // callers block input meanwhile).
    SaveOutcome save(const QString &path, SaveMode mode = SaveMode::Normal, const QString &comment = {});
    bool isSaving() const;

    // The file's history as last read or saved (empty for a new project, a JSON file or a file
    // of an older format until its first save), and what checking its chain found.
    const QList<store::HistoryEntry> &history() const { return m_history; }
    const store::HistoryCheck &historyCheck() const { return m_historyCheck; }
    // The project as last read or saved: what the next entry's changes are counted from.
    std::shared_ptr<const ProjectData> savedState() const { return m_savedState; }
    // Who the entries name (the settings' name; by default the system user).
    QString author() const { return m_author; }
    void setAuthor(const QString &author);

    // The recovery copy: written every `milliseconds` while there are unsaved changes
    // (0: never).
    void setAutosaveInterval(int milliseconds);
    int autosaveInterval() const { return m_autosaveInterval; }
    // Writes the recovery copy now if the project has unsaved changes; an error message or
    // an empty string.
    QString writeRecoveryCopy();
    QString recoveryCopyPath() const;
    // Removes the recovery copy (a clean end of the session).
    void discardRecoveryCopy();

Q_SIGNALS:
    // Before the project goes (views drop what they hold of it).
    void aboutToChangeProject();
    // A new project (or none) is the session's.
    void projectChanged(ropa::Project *project);
    void readOnlyChanged(bool readOnly);
    void saveStarted(const QString &path);
    void saveFinished(const ropa::SaveOutcome &outcome);
    void recoveryFailed(const QString &message);
    // The history changed (a project was adopted, or a save recorded an entry).
    void historyChanged();

private:
    void setProject(std::unique_ptr<Project> project, const QString &sourcePath, const store::Fingerprint &fingerprint,
                    std::shared_ptr<store::ProjectLock> lock, bool readOnly);
    void saved(const QString &path, const store::SaveResult &result, int undoIndex,
               std::shared_ptr<store::ProjectLock> newLock);

    std::unique_ptr<Project> m_project;
    std::shared_ptr<store::ProjectLock> m_lock;
    std::unique_ptr<RecoveryWriter> m_recovery;
    store::Fingerprint m_fingerprint;
    QString m_sourcePath;
    bool m_readOnly = false;
    bool m_recoveryDirty = false;
    int m_autosaveInterval = 0;
    QTimer *m_autosave = nullptr;
    LatestJob *m_saveJob = nullptr;
    checks::CheckRunner *m_checkRunner = nullptr;
    QList<store::HistoryEntry> m_history;
    store::HistoryCheck m_historyCheck;
    QByteArray m_fileDigest; // of the file as last read or saved: what the next save replaces
    std::shared_ptr<const ProjectData> m_savedState;
    QString m_author;
};

} // namespace ropa

Q_DECLARE_METATYPE(ropa::SaveOutcome)
