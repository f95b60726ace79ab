#pragma once

// The main window: menus, a navigator, a stack of pages and a status bar around one
// ProjectSession. A welcome page shows when nothing is open; otherwise the navigator lists
// the kinds of entity (with counts), whose tables are the inventory page, and the
// project-wide pages (findings, dashboard, graph, records), each a ProjectPage.
//
// The session owns the open project, its file, lock and recovery copy; ProjectFiles asks the
// user's questions around it (through the Dialogs seam, so tests answer them). Every edit
// goes through ropa::edit (an undo command on the project's stack); the window never writes
// the project itself.

#include "app/dialogs.h"
#include "app/exchangeactions.h"
#include "app/projectfiles.h"
#include "domain/project.h"
#include "itemmodels/entitytablemodel.h"
#include "session/projectsession.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoView;

namespace ropa {

class CompareDialog;
class FindDialog;
class ImportDialog;
class MergeDialog;
class IdleWork;
class Navigator;
class ProjectPage;
class SectionsPage;
class WelcomePage;
struct RecoveryFile;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The navigator's roles (Navigator::Roles).
    enum NavigatorRoles { SectionRole = Qt::UserRole + 1, CountRole, PageRole };
    // The project-wide pages, in the navigator's order below the sections.
    enum class Page { Table = -1, Findings, Dashboard, Graph, Records, History };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The example shipped with the program.
    static QString examplePath() { return QStringLiteral(":/examples/demo-contact-centre.json"); }

    ProjectSession *session() const { return m_session; }
    // Replaces the questions the window asks (tests). The window owns it.
    void setDialogs(std::unique_ptr<Dialogs> dialogs);
    Dialogs &dialogs() { return *m_dialogs; }
    // Off: errors are only stored and signalled, never shown in a dialog.
    void setErrorDialogsEnabled(bool enabled) { m_errorDialogs = enabled; }

    // Files (ProjectFiles). Each returns false when it did not happen.
    void newProject();
    bool openFile(const QString &path);
    bool save() { return m_files->save(); }
    bool saveAs() { return m_files->saveAs(); }
    bool saveAsPath(const QString &path) { return m_files->saveAsPath(path); }
    // Save, with a comment for the file's history (File → Save with Comment… asks for it).
    bool saveWithComment(const QString &comment) { return m_files->saveWithComment(comment); }
    bool closeProject() { return m_files->closeProject(); }
    bool importJson(const QString &path) { return openFile(path); }
    bool exportJson(const QString &path) { return m_files->exportJson(path); }
    // File › Compare with…, Merge changes from…, Import a register… (app/exchangeactions.h).
    CompareDialog *compareWith(const QString &path) { return m_exchange->compareWith(path); }
    MergeDialog *mergeFrom(const QString &theirs, const QString &base = {})
    {
        return m_exchange->mergeFrom(theirs, base);
    }
    ImportDialog *importRegister(const QString &path) { return m_exchange->importRegister(path); }

    bool hasProject() const { return m_session->hasProject(); }
    Project *project() const { return m_session->project(); }
    const ProjectData *projectData() const { return hasProject() ? &project()->data() : nullptr; }
    // The file the project was opened from or last saved to.
    QString filePath() const { return m_session->sourcePath(); }
    // Where Save writes without asking; empty for untitled projects and JSON files.
    QString savePath() const { return m_session->filePath(); }
    bool isReadOnly() const { return m_session->isReadOnly(); }
    QString lastError() const { return m_lastError; }

    Section currentSection() const;
    void showSection(Section section);
    bool showPage(Page page);
    Page currentPage() const;
    // Shows the entity in its section and selects it; false when there is no such entity.
    // By value: the id often comes from a signal that passes a reference to a member of the
    // page that sent it, and showing the section can change that member (the graph follows
    // the table's first row) before the entity is selected.
    bool selectEntity(Id id);
    Id selectedEntity() const;
    // Selects the row of the current section whose first column reads name.
    bool selectByName(const QString &name);

    // Edit actions on the selection (what the Edit menu does).
    Id addEntity();
    Id duplicateSelected();
    bool deleteSelected();
    // Find: the entity whose name contains text (any kind), selected; false when none.
    bool findAndSelect(const QString &text);
    FindDialog *findDialog();

    // Autosave: the interval in milliseconds (0: off). Defaults to the setting.
    void setAutosaveInterval(int milliseconds);
    int autosaveInterval() const;
    void writeRecoveryCopy();
    QString recoveryCopyPath() const { return m_session->recoveryCopyPath(); }
    bool restoreRecovery(const RecoveryFile &file) { return m_files->restoreRecovery(file); }
    bool offerRecovery() { return m_files->offerRecovery(); }
    // Ends the session cleanly: removes the recovery copy.
    void finishSession() { m_session->discardRecoveryCopy(); }

    // True while the findings of the open project are being computed (screenshots wait).
    bool checksPending() const;
    // True while any page works in the background (findings, graph, records).
    bool isBusy() const;
    // The work done while the user is idle after a project opens (tables, sort keys, filter
    // texts, editors, Find's names), a slice at a time.
    IdleWork *idleWork() const { return m_idle; }

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QUndoView *undoView() const { return m_undoView; }
    WelcomePage *welcomePage() const { return m_welcome; }

    QSize sizeHint() const override { return {1320, 800}; }

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    void projectOpened(const QString &path);
    void projectSaved(const QString &path);
    void errorOccurred(const QString &message);

private:
    void createActions();
    void createWidgets();
    void addPage(Page page, ProjectPage *widget);
    ProjectPage *page(Page page) const;
    ProjectPage *shownPage() const;
    void onProjectChanged(Project *project);
    void reportError(const QString &message);
    void updateTitle();
    void updateActions();
    void scheduleUpdate();
    void updateStatus();
    void onNavigatorChanged();
    void showSettings();
    void showFind();

    std::unique_ptr<Dialogs> m_dialogs;
    ProjectSession *m_session = nullptr;
    ProjectFiles *m_files = nullptr;
    QString m_lastError;
    bool m_errorDialogs = true;
    bool m_updatePending = false;
    bool m_splitterSized = false;
    int m_autosaveOverride = -1;
    ProjectPage *m_shown = nullptr;

    QStackedWidget *m_pages = nullptr; // the welcome page or the splitter
    WelcomePage *m_welcome = nullptr;
    QSplitter *m_splitter = nullptr;
    Navigator *m_navigator = nullptr;
    QStackedWidget *m_content = nullptr; // the page shown beside the navigator
    SectionsPage *m_sections = nullptr;
    QList<QPair<Page, ProjectPage *>> m_projectPages;
    QLabel *m_statusCounts = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QUndoView *m_undoView = nullptr;
    QPointer<FindDialog> m_find;
    IdleWork *m_idle = nullptr;

    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_saveWithComment = nullptr;
    QAction *m_close = nullptr;
    ExchangeActions *m_exchange = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_add = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace ropa
