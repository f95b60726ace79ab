#include "mainwindow.h"

#include "app/appsettings.h"
#include "app/finddialog.h"
#include "app/helpmenu.h"
#include "app/idlework.h"
#include "app/navigator.h"
#include "app/projectfiles.h"
#include "app/recentmenu.h"
#include "app/settingsdialog.h"
#include "app/welcomepage.h"
#include "checks/checkrunner.h"
#include "pages/dashboardpage.h"
#include "pages/findingspage.h"
#include "pages/graphpage.h"
#include "pages/historypage.h"
#include "pages/recordspage.h"
#include "pages/sectionspage.h"
#include "session/projectsession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>

#include <algorithm>

namespace ropa {

static_assert(int(MainWindow::SectionRole) == int(Navigator::SectionRole));
static_assert(int(MainWindow::CountRole) == int(Navigator::CountRole));

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_dialogs(std::make_unique<Dialogs>())
    , m_session(new ProjectSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_files = new ProjectFiles(m_session, this);
    m_files->setDialogs(m_dialogs.get());
    connect(m_files, &ProjectFiles::failed, this, &MainWindow::reportError);
    connect(m_files, &ProjectFiles::message, this, [this](const QString &text, int timeout) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, timeout);
    });
    connect(m_files, &ProjectFiles::opened, this, &MainWindow::projectOpened);
    connect(m_files, &ProjectFiles::saved, this, &MainWindow::projectSaved);
    connect(m_files, &ProjectFiles::recentFilesChanged, this,
            [this] { m_welcome->setRecentFiles(AppSettings::recentFiles()); });
    connect(m_session, &ProjectSession::aboutToChangeProject, this, [this] {
        m_idle->clear(); // its steps were for the project that goes
        for (const auto &[kind, page] : std::as_const(m_projectPages))
            page->attach(nullptr);
        m_sections->attach(nullptr);
        if (m_find)
            m_find->setProject(nullptr);
        m_exchange->projectGoes();
    });
    connect(m_session, &ProjectSession::projectChanged, this, &MainWindow::onProjectChanged);
    connect(m_session, &ProjectSession::readOnlyChanged, this, [this](bool readOnly) {
        m_sections->setReadOnly(readOnly);
        for (const auto &[kind, page] : std::as_const(m_projectPages))
            page->attach(m_session); // e.g. findings can be accepted now
        updateTitle();
        updateActions();
        updateStatus();
    });
    connect(m_session, &ProjectSession::recoveryFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("No recovery copy was written: %1").arg(error), 10000);
    });
    m_idle = new IdleWork(this);
    m_idle->setStartDelayMs(300);
    m_exchange = new ExchangeActions(this, m_session, m_dialogs.get(), m_files);
    connect(m_exchange, &ExchangeActions::entityRequested, this, [this](const QUuid &id) {
        selectEntity(id);
        raise();
        activateWindow();
    });
    connect(m_exchange, &ExchangeActions::merged, this,
            [this] { statusBar()->showMessage(tr("Merged; Undo takes it back"), 5000); });
    connect(m_exchange, &ExchangeActions::imported, this, [this] {
        showSection(Section::Activities);
        statusBar()->showMessage(tr("Imported; Undo takes it back"), 5000);
    });
    createWidgets();
    createActions();
    setAutosaveInterval(-1);
    onProjectChanged(nullptr);
    m_welcome->setRecentFiles(AppSettings::recentFiles());
}

MainWindow::~MainWindow()
{
    // The pages follow the project; they let go of it before it goes with the session.
    disconnect(m_session, nullptr, this, nullptr);
    for (const auto &[kind, page] : std::as_const(m_projectPages))
        page->attach(nullptr);
    m_sections->attach(nullptr);
    if (m_find)
        m_find->setProject(nullptr);
    if (Project *project = m_session->project()) {
        disconnect(project, nullptr, this, nullptr);
        disconnect(project->undoStack(), nullptr, this, nullptr);
    }
}

void MainWindow::setDialogs(std::unique_ptr<Dialogs> dialogs)
{
    m_dialogs = dialogs ? std::move(dialogs) : std::make_unique<Dialogs>();
    m_files->setDialogs(m_dialogs.get());
    m_sections->setDialogs(m_dialogs.get());
    m_exchange->setDialogs(m_dialogs.get());
}

bool MainWindow::selectByName(const QString &name)
{
    return m_sections->selectByName(name);
}

// ---- layout --------------------------------------------------------------------------------

void MainWindow::createWidgets()
{
    m_navigator = new Navigator(this);
    m_navigator->setCurrentRow(static_cast<int>(Section::Activities));
    connect(m_navigator, &QListWidget::currentRowChanged, this, &MainWindow::onNavigatorChanged);

    m_sections = new SectionsPage(this);
    m_sections->setDialogs(m_dialogs.get());
    connect(m_sections, &SectionsPage::linkActivated, this, [this](const QUuid &id) { selectEntity(id); });
    connect(m_sections, &SectionsPage::errorOccurred, this, &MainWindow::reportError);
    connect(m_sections, &ProjectPage::selectionChanged, this, [this] {
        updateActions();
        // The table's current row is selected and centred in the graph.
        if (ProjectPage *graph = page(Page::Graph))
            graph->followSelection(m_sections->selectedEntity());
    });

    m_content = new QStackedWidget(this);
    m_content->setObjectName(QStringLiteral("content"));
    // A stacked widget is as wide as its widest page wants; the inventory must not inherit
    // the graph's or the records' minimum width.
    m_content->setMinimumSize(320, 200);
    m_content->addWidget(m_sections);

    auto *findings = new FindingsPage;
    addPage(Page::Findings, findings);
    auto *dashboard = new DashboardPage(findings);
    connect(dashboard, &DashboardPage::showPageRequested, this, [this](ProjectPage *target) {
        for (const auto &[kind, widget] : std::as_const(m_projectPages)) {
            if (widget == target)
                showPage(kind);
        }
    });
    addPage(Page::Dashboard, dashboard);
    addPage(Page::Graph, new GraphPage([this](QWidget *parent, const QString &text, const QString &details) {
                return m_dialogs->confirmDelete(parent, text, details);
            }));
    addPage(Page::Records, new RecordsPage);
    addPage(Page::History, new HistoryPage);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_content);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({m_navigator->preferredWidth(), 1090});

    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openRequested, m_files, &ProjectFiles::chooseFile);
    connect(m_welcome, &WelcomePage::fileRequested, this, [this](const QString &path) { openFile(path); });

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_splitter);
    setCentralWidget(m_pages);

    m_undoView = new QUndoView(this);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_historyDock = new QDockWidget(tr("Undo history"), this);
    m_historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    m_historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);
}

void MainWindow::addPage(Page kind, ProjectPage *widget)
{
    widget->setParent(m_content);
    m_content->addWidget(widget);
    m_projectPages.append({kind, widget});
    m_navigator->addPage(static_cast<int>(kind), widget->title());
    connect(widget, &ProjectPage::openEntity, this, [this](const QUuid &id) { selectEntity(id); });
    connect(widget, &ProjectPage::selectionChanged, this, [this, widget] {
        // The editor follows the selection of the page in front (the graph's party or transfer).
        if (widget == m_shown)
            m_sections->showElsewhereSelected(widget->selectedEntity());
        updateActions();
    });
}

ProjectPage *MainWindow::page(Page kind) const
{
    for (const auto &[k, widget] : m_projectPages) {
        if (k == kind)
            return widget;
    }
    return nullptr;
}

ProjectPage *MainWindow::shownPage() const
{
    const Page kind = currentPage();
    return kind == Page::Table ? m_sections : page(kind);
}

// ---- the project -------------------------------------------------------------------------

void MainWindow::onProjectChanged(Project *project)
{
    m_lastError.clear();
    if (project) {
        auto *group = m_undoView->group();
        group->addStack(project->undoStack());
        group->setActiveStack(project->undoStack());
        connect(project, &Project::modifiedChanged, this, [this](bool modified) {
            setWindowModified(modified);
            updateActions();
        });
        connect(project, &Project::filePathChanged, this, &MainWindow::updateTitle);
        connect(project, &Project::infoChanged, this, &MainWindow::updateTitle);
        for (auto signal : {&Project::entityAdded, &Project::entityChanged, &Project::entityRemoved})
            connect(project, signal, this, &MainWindow::scheduleUpdate);
        connect(project, &Project::infoChanged, this, &MainWindow::scheduleUpdate);
        connect(project, &Project::projectReset, this, &MainWindow::scheduleUpdate);
    }
    m_sections->attach(m_session);
    for (const auto &[kind, page] : std::as_const(m_projectPages))
        page->attach(m_session);
    if (m_find)
        m_find->setProject(project);
    if (project) {
        m_pages->setCurrentWidget(m_splitter);
        if (!m_splitterSized && m_pages->width() > 600) {
            // Sized once it is shown at the window's width (it was laid out hidden).
            const int navigator = m_navigator->preferredWidth();
            m_splitter->setSizes({navigator, m_pages->width() - navigator});
            m_sections->fitSplitter(m_pages->width() - navigator);
            m_splitterSized = true;
        }
        // The first findings of the project (later ones follow its edits).
        m_session->checkRunner()->checkNow();
        m_sections->prepare(*m_idle);
        // Find's names and their order.
        m_idle->add(QStringLiteral("find"),
                    [this](QDeadlineTimer deadline) { return findDialog()->prepare(deadline); });
        if (currentPage() == Page::Table)
            showSection(currentSection());
        else
            onNavigatorChanged();
    } else {
        m_pages->setCurrentWidget(m_welcome);
        m_welcome->setRecentFiles(AppSettings::recentFiles());
    }
    setWindowModified(project && project->isModified());
    m_navigator->setCounts(projectData());
    updateTitle();
    updateActions();
    updateStatus();
}

void MainWindow::scheduleUpdate()
{
    // A cascade emits one signal per entity; counts and status follow once.
    if (m_updatePending)
        return;
    m_updatePending = true;
    QTimer::singleShot(0, this, [this] {
        m_updatePending = false;
        m_navigator->setCounts(projectData());
        updateStatus();
        updateActions();
    });
}

bool MainWindow::checksPending() const
{
    checks::CheckRunner *runner = m_session->hasProject() ? m_session->checkRunner() : nullptr;
    return runner && runner->isBusy();
}

bool MainWindow::isBusy() const
{
    return checksPending() || std::any_of(m_projectPages.begin(), m_projectPages.end(),
                                          [](const auto &entry) { return entry.second->isBusy(); });
}

// ---- files (ProjectFiles) ----------------------------------------------------------------

void MainWindow::newProject()
{
    const std::optional<edit::NewProjectDetails> details = m_dialogs->askNewProject(this);
    if (!details || !m_files->newProject(edit::newProject(*details)))
        return;
    showSection(Section::OwnOrganisation);
    statusBar()->showMessage(tr("New project: add your processing activities, or complete your organisation's details"),
                             5000);
}

bool MainWindow::openFile(const QString &path)
{
    m_lastError.clear();
    return m_files->openFile(path);
}

void MainWindow::setAutosaveInterval(int milliseconds)
{
    m_autosaveOverride = milliseconds;
    m_session->setAutosaveInterval(autosaveInterval());
}

int MainWindow::autosaveInterval() const
{
    if (m_autosaveOverride >= 0)
        return m_autosaveOverride;
    return AppSettings::autosaveMinutes() * 60 * 1000;
}

void MainWindow::writeRecoveryCopy()
{
    const QString error = m_session->writeRecoveryCopy();
    if (!error.isEmpty())
        statusBar()->showMessage(tr("No recovery copy was written: %1").arg(error), 10000);
}

void MainWindow::reportError(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
    if (!m_errorDialogs)
        return;
    const qsizetype split = message.indexOf(QStringLiteral("\n\n"));
    m_dialogs->showError(this, split < 0 ? message : message.left(split),
                         split < 0 ? QString() : message.mid(split + 2));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    finishSession();
    AppSettings::setWindowLayout(saveGeometry(), saveState());
    event->accept();
}

// ---- navigation --------------------------------------------------------------------------

Section MainWindow::currentSection() const
{
    return m_navigator->currentSection().value_or(m_sections->section());
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_navigator->currentPage());
}

void MainWindow::showSection(Section section)
{
    if (m_navigator->currentRow() != static_cast<int>(section))
        m_navigator->showSection(section); // calls onNavigatorChanged()
    else
        onNavigatorChanged();
}

bool MainWindow::showPage(Page kind)
{
    if (kind == Page::Table) {
        showSection(m_sections->section());
        return true;
    }
    return m_navigator->showPage(static_cast<int>(kind));
}

void MainWindow::onNavigatorChanged()
{
    ProjectPage *next = shownPage();
    if (const std::optional<Section> section = m_navigator->currentSection())
        m_sections->showSection(*section);
    if (m_shown != next) {
        if (m_shown)
            m_shown->setShown(false);
        m_shown = next;
        m_content->setCurrentWidget(next);
        next->setShown(true);
        if (next != m_sections)
            m_sections->showElsewhereSelected(next->selectedEntity());
    }
    updateActions();
}

bool MainWindow::selectEntity(Id id)
{
    if (!hasProject() || !projectData()->kindOfId(id))
        return false;
    showSection(m_sections->sectionOf(id));
    return m_sections->selectInSection(id);
}

Id MainWindow::selectedEntity() const
{
    ProjectPage *shown = shownPage();
    return shown ? shown->selectedEntity() : Id();
}

// ---- editing -----------------------------------------------------------------------------

Id MainWindow::addEntity()
{
    if (currentPage() != Page::Table)
        return {};
    return m_sections->addEntity();
}

Id MainWindow::duplicateSelected()
{
    if (currentPage() != Page::Table)
        return {};
    return m_sections->duplicateSelected();
}

bool MainWindow::deleteSelected()
{
    if (currentPage() != Page::Table)
        return false;
    return m_sections->deleteSelected();
}

FindDialog *MainWindow::findDialog()
{
    if (!m_find) {
        m_find = new FindDialog(this);
        m_find->setProject(project());
        connect(m_find, &FindDialog::entityChosen, this, [this](const QUuid &id) { selectEntity(id); });
    }
    return m_find;
}

void MainWindow::showFind()
{
    if (!hasProject())
        return;
    FindDialog *dialog = findDialog();
    dialog->searchField()->selectAll();
    dialog->searchField()->setFocus();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

bool MainWindow::findAndSelect(const QString &text)
{
    if (!hasProject())
        return false;
    FindDialog *dialog = findDialog();
    dialog->searchField()->setText(text);
    const QList<Id> found = dialog->matches();
    return !found.isEmpty() && selectEntity(found.constFirst());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    connect(&dialog, &SettingsDialog::recentFilesCleared, this, [this] { m_welcome->setRecentFiles({}); });
    if (dialog.exec() == QDialog::Accepted && m_autosaveOverride < 0)
        setAutosaveInterval(-1);
}

// ---- what the window shows ---------------------------------------------------------------

void MainWindow::updateTitle()
{
    if (!hasProject()) {
        setWindowTitle(tr("Ropa"));
        return;
    }
    const QString name = m_session->displayName();
    setWindowTitle(isReadOnly() ? tr("%1[*] (read-only) — Ropa").arg(name) : tr("%1[*] — Ropa").arg(name));
}

void MainWindow::updateActions()
{
    const bool open = hasProject();
    const bool editable = open && !isReadOnly();
    const bool table = open && currentPage() == Page::Table;
    const bool selected = table && !selectedEntity().isNull();
    m_save->setEnabled(open);
    m_saveWithComment->setEnabled(open);
    m_save->setText(open && isReadOnly() ? tr("Save a &copy as…") : tr("&Save"));
    m_saveAs->setEnabled(open);
    m_close->setEnabled(open);
    m_exchange->updateActions();
    m_add->setEnabled(table && editable);
    m_duplicate->setEnabled(selected && editable);
    m_delete->setEnabled(selected && editable);
    m_findAction->setEnabled(open);
    if (table) {
        const QString noun = entityKindNoun(sectionKind(currentSection()));
        m_add->setText(tr("&Add %1").arg(noun));
        m_add->setToolTip(tr("Add a new %1").arg(noun));
        m_add->setIconText(tr("Add"));
    } else {
        m_add->setText(tr("&Add"));
    }
}

void MainWindow::updateStatus()
{
    const ProjectData *d = projectData();
    if (!d) {
        m_statusCounts->setText(tr("No project open"));
        return;
    }
    // One text per count, so that each has its plural forms ("1 party", "2 parties").
    const QString counts = QStringList{tr("%Ln activities", nullptr, int(d->activities.size())),
                                       tr("%Ln parties", nullptr, int(d->parties.size())),
                                       tr("%Ln transfers", nullptr, int(d->transfers.size())),
                                       tr("%Ln data categories", nullptr, int(d->dataCategories.size()))}
                               .join(QStringLiteral(" · "));
    m_statusCounts->setText(isReadOnly() ? tr("Read-only: save a copy to keep changes") + QStringLiteral(" · ") + counts
                                         : counts);
}

} // namespace ropa

// ---- menus and the tool bar --------------------------------------------------------------

namespace ropa {

void MainWindow::createActions()
{
    auto *undoGroup = new QUndoGroup(this);
    undoGroup->setObjectName(QStringLiteral("undoGroup"));
    const auto icon = [this](const QString &theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(theme, style()->standardIcon(fallback));
    };

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction =
        fileMenu->addAction(icon(QStringLiteral("document-new"), QStyle::SP_FileIcon), tr("&New project"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Start a new, empty project"));
    connect(newAction, &QAction::triggered, this, &MainWindow::newProject);

    QAction *open =
        fileMenu->addAction(icon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton), tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a Ropa project or a JSON interchange file"));
    connect(open, &QAction::triggered, m_files, &ProjectFiles::chooseFile);

    auto *recent = new RecentMenu(tr("Open &recent"), this);
    fileMenu->addMenu(recent);
    connect(recent, &RecentMenu::fileChosen, this, [this](const QString &path) { openFile(path); });
    connect(recent, &RecentMenu::cleared, this, [this] { m_welcome->setRecentFiles({}); });

    QMenu *examples = fileMenu->addMenu(tr("Open e&xample"));
    for (const QString &path : WelcomePage::examplePaths()) {
        QAction *example = examples->addAction(WelcomePage::exampleTitle(path));
        connect(example, &QAction::triggered, this, [this, path] { openFile(path); });
    }

    fileMenu->addSeparator();
    m_save = fileMenu->addAction(icon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton), tr("&Save"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &MainWindow::save);
    m_saveAs =
        fileMenu->addAction(icon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton), tr("Save &as…"));
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    m_saveWithComment = fileMenu->addAction(tr("Save with Co&mment…"));
    m_saveWithComment->setObjectName(QStringLiteral("saveWithCommentAction"));
    connect(m_saveWithComment, &QAction::triggered, this, [this] {
        if (const std::optional<QString> comment =
                m_dialogs->askText(this, tr("Save with Comment"),
                                   tr("Why this save? The comment goes into the project's history, with who saved "
                                      "and when."),
                                   QString()))
            saveWithComment(*comment);
    });

    m_exchange->addTo(fileMenu); // JSON, a register, compare and merge

    fileMenu->addSeparator();
    m_close = fileMenu->addAction(tr("&Close"));
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeProject);
    QAction *quit =
        fileMenu->addAction(icon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // The group follows the open project's stack: "Undo Rename party “A” to “B”".
    m_undo = undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setIcon(icon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setIcon(icon(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward));
    m_redo->setShortcut(QKeySequence::Redo);
    // The tool bar shows "Undo" and "Redo"; the step ("Undo Rename party “A” to “B”") is in
    // the Edit menu and the tooltip (a long step text pushed the other buttons off the bar).
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    connect(undoGroup, &QUndoGroup::undoTextChanged, this, [this](const QString &text) {
        m_undo->setToolTip(text.isEmpty() ? tr("Nothing to undo") : tr("Undo %1").arg(text));
    });
    connect(undoGroup, &QUndoGroup::redoTextChanged, this, [this](const QString &text) {
        m_redo->setToolTip(text.isEmpty() ? tr("Nothing to redo") : tr("Redo %1").arg(text));
    });
    editMenu->addAction(m_undo);
    editMenu->addAction(m_redo);
    editMenu->addSeparator();
    m_add = editMenu->addAction(icon(QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder), tr("&Add"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_add, &QAction::triggered, this, &MainWindow::addEntity);
    m_duplicate = editMenu->addAction(icon(QStringLiteral("edit-copy"), QStyle::SP_FileLinkIcon), tr("D&uplicate"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicate, &QAction::triggered, this, &MainWindow::duplicateSelected);
    m_delete = editMenu->addAction(icon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon), tr("&Remove"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Delete must not fire while the user edits text in the filter box or an editor.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_sections->addViewAction(m_delete);
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteSelected);
    editMenu->addSeparator();
    m_findAction =
        editMenu->addAction(icon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView), tr("&Find…"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Find any entity by name and go to it"));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::showFind);
    QAction *filter = editMenu->addAction(tr("Filter &table"));
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(filter, &QAction::triggered, this, [this] {
        m_sections->filterBox()->setFocus();
        m_sections->filterBox()->selectAll();
    });
    editMenu->addSeparator();
    QAction *preferences = editMenu->addAction(
        icon(QStringLiteral("preferences-system"), QStyle::SP_FileDialogDetailedView), tr("&Preferences…"));
    preferences->setShortcuts({QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showSettings);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("Undo &history"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    viewMenu->addAction(history);
    viewMenu->addSeparator();
    // Ctrl+1 … Ctrl+9: a section; Ctrl+0: the navigator itself.
    viewMenu->addActions(m_navigator->sectionActions());

    menuBar()->addMenu(new HelpMenu(this));

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(newAction);
    toolBar->addAction(open);
    toolBar->addAction(m_save);
    toolBar->addSeparator();
    toolBar->addAction(m_undo);
    toolBar->addAction(m_redo);
    toolBar->addSeparator();
    toolBar->addAction(m_add);
    toolBar->addAction(m_delete);
    toolBar->addSeparator();
    toolBar->addAction(m_findAction);

    m_undoView->setGroup(undoGroup);
}

} // namespace ropa
