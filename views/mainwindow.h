#pragma once

// The main window: one project at a time. A welcome page when nothing is open; otherwise a
// navigator of the kinds of entity (with counts) and of the project-wide views (graph,
// records, ...), a sortable, filterable table of the selected kind, and the selected
// entity's details.
//
// Every edit goes through ropa::edit (an undo command on the project's stack); the window
// never writes the project itself. Files: a .ropa project is opened under a lock
// (store::ProjectLock) and saved only over the version it read (store fingerprints); a JSON
// file or an example is opened as an untitled project that Save writes as .ropa. While the
// project has unsaved changes a recovery copy is written every few minutes (recovery.h).
//
// Opening is all or nothing: a file that does not read leaves the current project as it
// was and reports the error. Every question goes through a Dialogs seam (dialogs.h) so tests
// answer it without a modal box.

#include "app/dialogs.h"
#include "domain/project.h"
#include "itemmodels/entitytablemodel.h"
#include "store/projectstore.h"

#include <QMainWindow>
#include <QPointer>

#include <array>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QAbstractItemView;
class QItemSelectionModel;
class QTableView;
class QTreeView;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QUndoView;

namespace ropa {

class CategoryTreeModel;
class EntityEditor;
class EntitySortProxy;
class FindDialog;
class IdleWork;
namespace checks {
class CheckRunner;
}
class RecoveryWriter;
class WelcomePage;
struct RecoveryFile;
namespace store {
class ProjectLock;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The navigator's items carry their section or page (int) and the count they show (int).
    enum NavigatorRoles { SectionRole = Qt::UserRole + 1, CountRole, PageRole };
    // Project-wide views listed in the navigator below the sections (those that exist).
    enum class Page { Table, Findings, Graph, Dashboard, Records };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The example shipped with the program.
    static QString examplePath();

    // Replaces the questions the window asks (tests). The window owns it.
    void setDialogs(std::unique_ptr<Dialogs> dialogs);
    Dialogs &dialogs() { return *m_dialogs; }
    // Off: errors are only stored and signalled, never shown in a dialog.
    void setErrorDialogsEnabled(bool enabled) { m_errorDialogs = enabled; }

    // Files. Each returns false when it did not happen (error, or the user cancelled).
    void newProject();
    // Opens a .ropa project (under its lock) or a .json interchange file (as untitled).
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    bool saveAsPath(const QString &path);
    // Asks about unsaved changes; true when the project is closed.
    bool closeProject();
    bool importJson(const QString &path);
    bool exportJson(const QString &path);

    bool hasProject() const { return m_project != nullptr; }
    Project *project() const { return m_project.get(); }
    const ProjectData *projectData() const { return m_project ? &m_project->data() : nullptr; }
    // The file the project was opened from or last saved to.
    QString filePath() const { return m_sourcePath; }
    // Where Save writes without asking; empty for untitled projects and JSON files.
    QString savePath() const;
    bool isReadOnly() const { return m_readOnly; }
    QString lastError() const { return m_lastError; }

    Section currentSection() const;
    void showSection(Section section);
    bool showPage(Page page);
    Page currentPage() const;
    // Shows the entity in its section and selects it; false when there is no such entity.
    bool selectEntity(const Id &id);
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
    // Writes the recovery copy now if the project has unsaved changes.
    void writeRecoveryCopy();
    QString recoveryCopyPath() const;
    // Restores a recovery copy left by an earlier session (its changes become one undoable
    // step over the original file). ask: go through Dialogs::askRestore first.
    bool restoreRecovery(const RecoveryFile &file);
    // Offers the pending recovery copies (newest first); true when one was restored.
    bool offerRecovery();
    // Ends the session cleanly: removes the recovery copy.
    void finishSession();

    // True while the findings of the open project are being computed (screenshots wait).
    bool checksPending() const;
    // After a project is opened, the tables of the sections not shown yet, their sort keys
    // and filter texts, the editors' lists of choices and Find's names are made while the
    // user is idle, a slice of at most ~15 ms at a time (input goes first), so that no first
    // use of them makes the user wait. This is that work (the benchmark reports how long it
    // took).
    IdleWork *idleWork() const { return m_idle; }

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QUndoView *undoView() const { return m_undoView; }
    WelcomePage *welcomePage() const { return m_welcome; }

    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    void projectOpened(const QString &path);
    void projectSaved(const QString &path);
    void errorOccurred(const QString &message);

private:
    void createActions();
    void createWidgets();
    void createPages();
    void setProject(std::unique_ptr<Project> project, const QString &sourcePath, const store::Fingerprint &fingerprint,
                    std::unique_ptr<store::ProjectLock> lock, bool readOnly);
    bool saveTo(const QString &path, const store::Fingerprint &expected, bool force);
    // Asks whether to save unsaved changes; true when it is fine to go on.
    bool maybeSave();
    void reportError(const QString &message);
    void updateTitle();
    void updateActions();
    void scheduleUpdate();
    void updateNavigator();
    void updateStatus();
    void updateDetails();
    void updateRecentMenu();
    void resizeColumns();
    // The table of each section (model, sorted and filtered proxy, selection) is made the
    // first time the section is shown and then kept while the project is open: switching
    // back is swapping the table's model, not rebuilding and re-sorting every row.
    struct SectionTable
    {
        EntityTableModel *model = nullptr;
        EntitySortProxy *proxy = nullptr;
        QItemSelectionModel *selection = nullptr;
        bool sorted = false; // by name, once
    };
    // The section's table, made (and sorted by name) when first asked for.
    SectionTable &sectionTable(Section section);
    // The same, made but not sorted yet (idle-time work sorts it once its keys are made).
    SectionTable &makeSectionTable(Section section);
    // Queues the idle-time work for the project just opened (idleWork()).
    void schedulePreparation();
    // Shows the section's table in the view; true when it was not shown already.
    bool useSectionTable(Section section);
    // Before the project goes: the tables stop following it. After the new one is set: new
    // tables (made again as each section is shown) replace the old ones.
    void detachSectionTables();
    void resetSectionTables(Section shown);
    void onCurrentRowChanged();
    void resizeTreeColumns();
    // The view of the current section: the data categories' tree or the table.
    QAbstractItemView *entityView() const;
    bool showsTree() const;
    // Filters the data categories' tree (when the text differs from the one it has).
    void applyTreeFilter(const QString &text);
    void onNavigatorChanged();
    void onLinkActivated(const QUrl &url);
    void onProjectChanged();
    void chooseFile();
    void chooseImport();
    void chooseExport();
    void showSettings();
    void showFind();
    void showAbout();
    void refreshPages();
    void clearProjectPages();
    void rebuildProjectPages();
    QString displayName() const;

    std::unique_ptr<Dialogs> m_dialogs;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<store::ProjectLock> m_lock;
    std::unique_ptr<RecoveryWriter> m_recovery;
    store::Fingerprint m_fingerprint;
    QString m_sourcePath;
    QString m_lastError;
    bool m_readOnly = false;
    bool m_errorDialogs = true;
    bool m_updatePending = false;
    bool m_splitterSized = false;
    // The navigator's width: 230 px, or more when an entry and its count need it.
    int navigatorWidth() const;
    bool m_recoveryDirty = false;
    int m_autosaveOverride = -1;

    std::array<SectionTable, SectionCount> m_sectionTables;
    // The shown section's (never null).
    EntityTableModel *m_model = nullptr;
    EntitySortProxy *m_proxy = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QStackedWidget *m_content = nullptr;
    QListWidget *m_navigator = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    CategoryTreeModel *m_treeModel = nullptr;
    QSortFilterProxyModel *m_treeProxy = nullptr;
    QTreeView *m_tree = nullptr;
    QString m_treeFilter;
    bool m_treeFilterApplied = false;
    QStackedWidget *m_views = nullptr;
    QWidget *m_tablePage = nullptr;
    QTextBrowser *m_details = nullptr;
    QTabWidget *m_detailPane = nullptr;
    EntityEditor *m_editor = nullptr;
    checks::CheckRunner *m_checkRunner = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_statusCounts = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QUndoView *m_undoView = nullptr;
    QPointer<FindDialog> m_find;
    IdleWork *m_idle = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    QList<QPair<Page, QWidget *>> m_extraPages;
    // The project the records page is bound to (from its first show). It follows the project
    // only while shown (a hidden page would rebuild the whole record after every edit) and
    // rebuilds on a later show only when the project changed meanwhile.
    const Project *m_recordsFollow = nullptr;

    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_close = nullptr;
    QAction *m_exportJson = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_add = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_findAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace ropa
