#pragma once

// What the File menu does, as a user sees it: the questions (a project open elsewhere,
// unsaved changes, a file changed on disk, a recovery copy to restore), the file dialogs with
// a folder and a name proposed, and the messages. The work itself is the session's
// (ProjectSession); every question goes through the Dialogs seam so tests answer it.

#include <QObject>
#include <QString>

class QWidget;

namespace ropa {

class Dialogs;
class ProjectSession;
struct ProjectData;
struct RecoveryFile;

class ProjectFiles : public QObject
{
    Q_OBJECT

public:
    ProjectFiles(ProjectSession *session, QWidget *window);

    void setDialogs(Dialogs *dialogs) { m_dialogs = dialogs; }

    // Each returns false when it did not happen (an error, or the user cancelled).
    // A new project (after asking about unsaved changes).
    bool newProject(const ProjectData &data);
    // A .ropa project (under its lock) or a JSON interchange file or example (untitled).
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    bool saveAsPath(const QString &path);
    // Save (or Save As for a file without one), with a comment for the file's history.
    bool saveWithComment(const QString &comment);
    // Asks whether to save unsaved changes; true when it is fine to go on.
    bool maybeSave();
    bool closeProject();
    bool exportJson(const QString &path);

    // The file dialogs, then the above.
    void chooseFile();
    void chooseImport();
    void chooseExport();
    // Another copy of a project to compare or merge with (a .ropa or JSON file); empty when
    // the user cancels.
    QString chooseOtherCopy(const QString &caption);

    // Restores a recovery copy left by an earlier session: its changes become one undoable
    // step over the original file.
    bool restoreRecovery(const RecoveryFile &file);
    // Offers the pending recovery copies (newest first); true when one was restored.
    bool offerRecovery();

Q_SIGNALS:
    void failed(const QString &message);
    void message(const QString &text, int timeoutMs);
    void opened(const QString &path);
    void saved(const QString &path);
    void recentFilesChanged();

private:
    bool saveTo(const QString &path, bool overwrite);
    // The folder a file dialog opens in: beside the project, else the user's documents.
    QString folder() const;

    ProjectSession *m_session;
    QWidget *m_window;
    Dialogs *m_dialogs = nullptr;
    QString m_comment; // the comment of the save under way (saveWithComment)
};

} // namespace ropa
