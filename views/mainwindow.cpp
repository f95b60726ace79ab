#include "mainwindow.h"

#include "app/appsettings.h"
#include "app/finddialog.h"
#include "app/idlework.h"
#include "app/recovery.h"
#include "app/settingsdialog.h"
#include "app/welcomepage.h"
#include "commands/edits.h"
#include "entitydetails.h"
#include "itemmodels/categorytreemodel.h"
#include "itemmodels/entitysortproxy.h"
#include "labels.h"
#include "store/jsonformat.h"
#include "store/projectlock.h"

#if __has_include("graph/graphview.h")
#include "graph/graphview.h"
#define ROPA_HAVE_GRAPH_VIEW 1
#endif
#if __has_include("editors/entityeditor.h")
#include "editors/entityeditor.h"
#define ROPA_HAVE_ENTITY_EDITOR 1
#endif
#if __has_include("findings/findingsview.h") && __has_include("dashboard/dashboardwidget.h")
#include "checks/checkrunner.h"
#include "dashboard/dashboardwidget.h"
#include "findings/findingsview.h"
#define ROPA_HAVE_FINDINGS_VIEW 1
#endif
#if __has_include("records/recordsview.h")
#include "records/recordsview.h"
#define ROPA_HAVE_RECORDS_VIEW 1
#endif

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCollator>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace ropa {

namespace {

// The views read an entity's id with the same role from the table and the tree.
static_assert(int(CategoryTreeModel::IdRole) == int(EntityTableModel::IdRole));

// Columns other than the last are sized to their contents up to this width.
constexpr int MaxColumnWidth = 280;
constexpr int ColumnSampleRows = 100; // rows a column's width is measured on (besides those shown)
constexpr int MinColumnWidth = 60;

// A .ropa project is a SQLite file; anything else is read as the JSON interchange format.
bool isProjectStoreFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(u"ropa", Qt::CaseInsensitive) == 0)
        return true;
    if (suffix.compare(u"json", Qt::CaseInsensitive) == 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

QString fileName(const QString &path)
{
    if (path.startsWith(u':'))
        return MainWindow::tr("the example %1").arg(WelcomePage::exampleTitle(path));
    return QFileInfo(path).fileName();
}

QString withRopaSuffix(QString path)
{
    if (!path.endsWith(QStringLiteral(".ropa"), Qt::CaseInsensitive))
        path += QStringLiteral(".ropa");
    return path;
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// "3 transfers", "1 processing activity".
QString countOf(EntityKind kind, int n)
{
    switch (kind) {
    case EntityKind::Document: return n == 1 ? MainWindow::tr("1 document") : MainWindow::tr("%1 documents").arg(n);
    case EntityKind::Party: return n == 1 ? MainWindow::tr("1 party") : MainWindow::tr("%1 parties").arg(n);
    case EntityKind::DataCategory:
        return n == 1 ? MainWindow::tr("1 data category") : MainWindow::tr("%1 data categories").arg(n);
    case EntityKind::DataSubject:
        return n == 1 ? MainWindow::tr("1 data subject") : MainWindow::tr("%1 data subjects").arg(n);
    case EntityKind::Source: return n == 1 ? MainWindow::tr("1 source") : MainWindow::tr("%1 sources").arg(n);
    case EntityKind::SecurityMeasure:
        return n == 1 ? MainWindow::tr("1 security measure") : MainWindow::tr("%1 security measures").arg(n);
    case EntityKind::Activity:
        return n == 1 ? MainWindow::tr("1 processing activity") : MainWindow::tr("%1 processing activities").arg(n);
    case EntityKind::Transfer: return n == 1 ? MainWindow::tr("1 transfer") : MainWindow::tr("%1 transfers").arg(n);
    }
    return QString::number(n);
}

// "3 transfers and 1 processing activity"
QString listOfCounts(const std::array<int, EntityKindCount> &counts)
{
    QStringList parts;
    for (int k = EntityKindCount - 1; k >= 0; --k) {
        if (counts[static_cast<size_t>(k)] > 0)
            parts.append(countOf(static_cast<EntityKind>(k), counts[static_cast<size_t>(k)]));
    }
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return MainWindow::tr("%1 and %2").arg(parts.join(MainWindow::tr(", ")), last);
}

QString pageTitle(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Table: return {};
    case MainWindow::Page::Findings: return MainWindow::tr("Findings");
    case MainWindow::Page::Graph: return MainWindow::tr("Transfer graph");
    case MainWindow::Page::Dashboard: return MainWindow::tr("Dashboard");
    case MainWindow::Page::Records: return MainWindow::tr("Article 30 records");
    }
    return {};
}

// A new entity of the section's kind with a fresh id; nullopt when the project lacks what
// it needs (an activity needs an own organisation, a transfer two parties).
std::optional<AnyEntity> newEntity(const ProjectData &data, Section section, QString *why)
{
    const Id id = QUuid::createUuid();
    Id own;
    Id other;
    for (const auto &[pid, party] : data.parties) {
        if (party.own && own.isNull())
            own = pid;
        else if (!party.own && other.isNull())
            other = pid;
    }
    switch (section) {
    case Section::OwnOrganisation: {
        Party p;
        p.id = id;
        p.own = true;
        p.name = MainWindow::tr("New organisation");
        return p;
    }
    case Section::Parties: {
        Party p;
        p.id = id;
        p.name = MainWindow::tr("New party");
        return p;
    }
    case Section::Activities: {
        if (own.isNull()) {
            *why = MainWindow::tr("Add your own organisation first: every processing activity belongs to it.");
            return std::nullopt;
        }
        Activity a;
        a.id = id;
        a.organisation = own;
        a.name = MainWindow::tr("New processing activity");
        return a;
    }
    case Section::DataCategories: {
        DataCategory c;
        c.id = id;
        c.name = MainWindow::tr("New data category");
        return c;
    }
    case Section::DataSubjects: {
        DataSubject s;
        s.id = id;
        s.name = MainWindow::tr("New data subject");
        return s;
    }
    case Section::Sources: {
        Source s;
        s.id = id;
        s.name = MainWindow::tr("New source");
        return s;
    }
    case Section::SecurityMeasures: {
        SecurityMeasure m;
        m.id = id;
        m.name = MainWindow::tr("New security measure");
        return m;
    }
    case Section::Documents: {
        Document d;
        d.id = id;
        d.title = MainWindow::tr("New document");
        return d;
    }
    case Section::Transfers: {
        if (own.isNull() || other.isNull()) {
            *why = MainWindow::tr("Add a party first: a transfer goes from your organisation to another party.");
            return std::nullopt;
        }
        Transfer t;
        t.id = id;
        t.from = own;
        t.to = other;
        return t;
    }
    }
    return std::nullopt;
}

// A table view that tells how wide a column's contents are (without resizing it).
class EntityTableView : public QTableView
{
public:
    using QTableView::QTableView;
    int contentWidth(int column) const { return sizeHintForColumn(column); }
};

// Sorts the data categories' tree as people expect: case-insensitive, numbers by value, in the
// user's language. (The tables use EntitySortProxy, with precomputed keys.)
class TreeSortProxy : public QSortFilterProxyModel
{
public:
    explicit TreeSortProxy(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        m_collator.setCaseSensitivity(Qt::CaseInsensitive);
        m_collator.setNumericMode(true);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QString a = left.data().toString();
        const QString b = right.data().toString();
        // The C locale's collation is plain code points (upper case first); skip it there.
        if (m_useCollator) {
            if (const int order = m_collator.compare(a, b); order != 0)
                return order < 0;
        }
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    }

private:
    QCollator m_collator;
    bool m_useCollator = QLocale().language() != QLocale::C;
};

// Draws a navigator entry with its count right-aligned, and gives the entries some air.
class NavigatorDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The first project-wide view (Findings, ...) starts a group of its own: a rule and some
    // space above it set it apart from the kinds of entity.
    static bool startsGroup(const QModelIndex &index)
    {
        return index.row() > 0 && index.data(MainWindow::SectionRole).toInt() < 0
            && index.siblingAtRow(index.row() - 1).data(MainWindow::SectionRole).toInt() >= 0;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &groupOption, const QModelIndex &index) const override
    {
        QStyleOptionViewItem option(groupOption);
        if (startsGroup(index)) {
            const int y = option.rect.top() + GroupGap / 2;
            painter->save();
            painter->setPen(option.palette.color(QPalette::Mid));
            painter->drawLine(option.rect.left() + Padding, y, option.rect.right() - Padding, y);
            painter->restore();
            option.rect.setTop(option.rect.top() + GroupGap);
        }
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.rect.adjust(Padding, 0, 0, 0);
        // The highlight covers the whole row, the text starts after the padding.
        QStyleOptionViewItem background(option);
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        opt.backgroundBrush = Qt::NoBrush;
        opt.state &= ~QStyle::State_HasFocus;
        const QVariant count = index.data(MainWindow::CountRole);
        if (count.isValid()) {
            const QString text = QString::number(count.toInt());
            const bool selected = option.state & QStyle::State_Selected;
            painter->save();
            painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
            painter->drawText(option.rect.adjusted(0, 0, -Padding, 0), Qt::AlignRight | Qt::AlignVCenter, text);
            painter->restore();
            opt.rect.adjust(0, 0, -(option.fontMetrics.horizontalAdvance(text) + 2 * Padding), 0);
        }
        // Only the text this time: no second highlight.
        opt.state &= ~QStyle::State_Selected;
        if (option.state & QStyle::State_Selected)
            opt.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        const bool counted = index.data(MainWindow::SectionRole).toInt() >= 0;
        return {size.width() + 6 * Padding + (counted ? countWidth(option.fontMetrics) : 0),
                size.height() + Padding + (startsGroup(index) ? GroupGap : 0)};
    }

    // The room a count takes beside its entry's name (up to 99,999, and the gap before it).
    static int countWidth(const QFontMetrics &fm) { return fm.horizontalAdvance(QStringLiteral("00000")) + 2 * Padding; }

    // How wide the navigator must be for its longest entry and its count to show whole, in
    // the language of the user interface ("Verwerkingsactiviteiten" is longer than
    // "Processing activities"), with room for a vertical scroll bar.
    static int widthFor(const QListWidget *list)
    {
        const QFontMetrics fm = list->fontMetrics();
        int widest = 0;
        for (int row = 0; row < list->count(); ++row)
            widest = std::max(widest, fm.horizontalAdvance(list->item(row)->text()) + 6 * Padding + countWidth(fm));
        const int margins = 2 * list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 8;
        return widest + margins + 2 * list->frameWidth() + list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list);
    }

private:
    static constexpr int Padding = 6;
    static constexpr int GroupGap = 13;
};

// Tree rows as tall as the tables' rows.
class TreeRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width(), size.height() + 4};
    }
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_dialogs(std::make_unique<Dialogs>())
{
    setObjectName(QStringLiteral("mainWindow"));
    createWidgets();
    createActions();
    createPages();
    m_idle = new IdleWork(this);
    m_idle->setStartDelayMs(300);
    m_autosaveTimer = new QTimer(this);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::writeRecoveryCopy);
    setAutosaveInterval(-1);
    updateTitle();
    updateActions();
    updateNavigator();
    updateStatus();
    updateDetails();
    m_welcome->setRecentFiles(AppSettings::recentFiles());
}

MainWindow::~MainWindow()
{
    // The models follow the project; detach them before it goes. (A QUndoStack signals
    // cleanChanged while it is destroyed: nothing here may listen by then.)
    if (m_project) {
        disconnect(m_project.get(), nullptr, this, nullptr);
        disconnect(m_project->undoStack(), nullptr, this, nullptr);
    }
    detachSectionTables();
    m_treeModel->setProject(nullptr);
    if (m_find)
        m_find->setProject(nullptr);
#ifdef ROPA_HAVE_ENTITY_EDITOR
    m_editor->setProject(nullptr);
#endif
    clearProjectPages();
}

QString MainWindow::examplePath()
{
    return QStringLiteral(":/examples/demo-contact-centre.json");
}

QSize MainWindow::sizeHint() const
{
    return {1320, 800};
}

void MainWindow::setDialogs(std::unique_ptr<Dialogs> dialogs)
{
    m_dialogs = dialogs ? std::move(dialogs) : std::make_unique<Dialogs>();
}

void MainWindow::createActions()
{
    auto *undoGroup = new QUndoGroup(this);
    undoGroup->setObjectName(QStringLiteral("undoGroup"));
    const auto icon = [this](const QString &theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(theme, style()->standardIcon(fallback));
    };

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(icon(QStringLiteral("document-new"), QStyle::SP_FileIcon), tr("&New project"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Start a new, empty project"));
    connect(newAction, &QAction::triggered, this, &MainWindow::newProject);

    QAction *open = fileMenu->addAction(icon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton), tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a Ropa project or a JSON interchange file"));
    connect(open, &QAction::triggered, this, &MainWindow::chooseFile);

    m_recentMenu = fileMenu->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();

    QMenu *examples = fileMenu->addMenu(tr("Open e&xample"));
    for (const QString &path : WelcomePage::examplePaths()) {
        QAction *example = examples->addAction(WelcomePage::exampleTitle(path));
        connect(example, &QAction::triggered, this, [this, path] { openFile(path); });
    }

    fileMenu->addSeparator();
    m_save = fileMenu->addAction(icon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton), tr("&Save"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &MainWindow::save);
    m_saveAs = fileMenu->addAction(icon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton), tr("Save &as…"));
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &MainWindow::saveAs);

    fileMenu->addSeparator();
    QAction *import = fileMenu->addAction(tr("&Import JSON…"));
    import->setStatusTip(tr("Open a JSON interchange file as a new, untitled project"));
    connect(import, &QAction::triggered, this, &MainWindow::chooseImport);
    m_exportJson = fileMenu->addAction(tr("&Export JSON…"));
    m_exportJson->setStatusTip(tr("Write the project in the JSON interchange format"));
    connect(m_exportJson, &QAction::triggered, this, &MainWindow::chooseExport);

    fileMenu->addSeparator();
    m_close = fileMenu->addAction(tr("&Close"));
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeProject);
    QAction *quit = fileMenu->addAction(icon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton), tr("&Quit"));
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
    m_table->addAction(m_delete);
    m_tree->addAction(m_delete);
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteSelected);
    editMenu->addSeparator();
    m_findAction = editMenu->addAction(icon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView), tr("&Find…"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Find any entity by name and go to it"));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::showFind);
    QAction *filter = editMenu->addAction(tr("Filter &table"));
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(filter, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    editMenu->addSeparator();
    QAction *preferences = editMenu->addAction(icon(QStringLiteral("preferences-system"), QStyle::SP_FileDialogDetailedView),
                                               tr("&Preferences…"));
    preferences->setShortcuts({QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showSettings);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("Undo &history"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    viewMenu->addAction(history);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Ropa"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

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

int MainWindow::navigatorWidth() const
{
    return std::max(230, NavigatorDelegate::widthFor(m_navigator));
}

void MainWindow::createWidgets()
{
    m_navigator = new QListWidget(this);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setItemDelegate(new NavigatorDelegate(m_navigator));
    m_navigator->setUniformItemSizes(false); // the first entry of a group is taller
    // As wide as its entries (navigatorWidth()); narrowed by hand, names are elided, the
    // counts stay in view.
    m_navigator->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < SectionCount; ++i) {
        auto *item = new QListWidgetItem(sectionTitle(static_cast<Section>(i)), m_navigator);
        item->setData(SectionRole, i);
        item->setData(PageRole, static_cast<int>(Page::Table));
    }
    m_navigator->setCurrentRow(static_cast<int>(Section::Activities));
    connect(m_navigator, &QListWidget::currentRowChanged, this, &MainWindow::onNavigatorChanged);


    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter (Ctrl+L)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) { m_proxy->setFilterText(text); });

    m_table = new EntityTableView(this);
    m_table->setObjectName(QStringLiteral("entityTable"));
    useSectionTable(Section::Activities);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The name is edited in place (F2 or a slow second click); setData pushes an undo command.
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    // One line per row: a fixed height (ResizeToContents would ask every cell of every row
    // for its size whenever the rows change: seconds with 50,000 transfers).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A column's width is measured on the rows shown and some more (Qt's default is a
    // thousand rows: four thousand text layouts per section switch on a large project).
    m_table->horizontalHeader()->setResizeContentsPrecision(ColumnSampleRows);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->viewport()->installEventFilter(this);

    // Data categories: a tree (each under its parent). A filter match keeps its ancestors
    // visible; dragging a category onto another makes it its child (an undo step).
    m_treeModel = new CategoryTreeModel(this);
    m_treeProxy = new TreeSortProxy(this);
    m_treeProxy->setSourceModel(m_treeModel);
    m_treeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_treeProxy->setFilterKeyColumn(-1);
    m_treeProxy->setRecursiveFilteringEnabled(true);
    m_treeProxy->setDynamicSortFilter(true);
    // The tree is filtered only while it is shown (filtering 2,000 categories with their
    // ancestors and expanding them was half of each keystroke in the other sections); showing
    // it applies the box's text.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (showsTree())
            applyTreeFilter(text);
    });
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("categoryTree"));
    m_tree->setModel(m_treeProxy);
    m_tree->setItemDelegate(new TreeRowDelegate(m_tree));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setResizeContentsPrecision(ColumnSampleRows);
    m_tree->header()->setHighlightSections(false);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_treeProxy, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_treeModel, &CategoryTreeModel::moveRefused, this, &MainWindow::reportError);
    m_tree->viewport()->installEventFilter(this);

    m_views = new QStackedWidget(this);
    m_views->setObjectName(QStringLiteral("entityViews"));
    m_views->addWidget(m_table);
    m_views->addWidget(m_tree);

    m_tablePage = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(m_tablePage);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(4);
    middleLayout->addWidget(m_filter);
    middleLayout->addWidget(m_views);

    m_content = new QStackedWidget(this);
    m_content->setObjectName(QStringLiteral("content"));
    m_content->addWidget(m_tablePage);
    // A stacked widget is as wide as its widest page wants; the table page must not inherit
    // the graph's or the records' minimum width and squeeze the details.
    m_content->setMinimumSize(320, 200);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenLinks(false);
    m_details->document()->setDefaultStyleSheet(entityDetailsStyleSheet());
    m_details->document()->setDocumentMargin(10);
    connect(m_details, &QTextBrowser::anchorClicked, this, &MainWindow::onLinkActivated);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_content);
    m_detailPane = new QTabWidget(this);
    m_detailPane->setObjectName(QStringLiteral("detailPane"));
    m_detailPane->setDocumentMode(true);
#ifdef ROPA_HAVE_ENTITY_EDITOR
    // The editor of the selected entity (every field, each edit an undo command), and the
    // read-only overview with what refers to it.
    m_editor = new EntityEditor(nullptr, this);
    m_editor->setPlaceholderText(tr("Select an entry to edit it, or add one with Edit › Add."));
    connect(m_editor, &EntityEditor::linkActivated, this, [this](EntityKind, const QUuid &id) { selectEntity(id); });
    m_detailPane->addTab(m_editor, tr("Edit"));
#endif
    m_detailPane->addTab(m_details, tr("Overview"));
    m_splitter->addWidget(m_detailPane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({navigatorWidth(), 640, 450});

    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseFile);
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

void MainWindow::createPages()
{
    // Project-wide views, each as it exists in this build; listed below the sections.
    const auto addPage = [this](Page page, QWidget *widget) {
        widget->setParent(m_content);
        m_content->addWidget(widget);
        m_extraPages.append({page, widget});
        auto *item = new QListWidgetItem(pageTitle(page), m_navigator);
        item->setData(PageRole, static_cast<int>(page));
        item->setData(SectionRole, -1);
    };
#ifdef ROPA_HAVE_FINDINGS_VIEW
    for (const Page page : {Page::Findings, Page::Dashboard}) {
        m_extraPages.append({page, nullptr}); // made per project (rebuildProjectPages)
        auto *item = new QListWidgetItem(pageTitle(page), m_navigator);
        item->setData(PageRole, static_cast<int>(page));
        item->setData(SectionRole, -1);
    }
#endif
#ifdef ROPA_HAVE_GRAPH_VIEW
    {
        auto *graph = new GraphView;
        graph->setObjectName(QStringLiteral("graphView"));
        // Two-way selection: the graph's selection is edited in the detail pane beside it
        // (selectedEntity() reads it on the graph page); "Open in editor" goes to the table;
        // the table's current row is selected and centred in the graph.
        connect(graph, &GraphView::entitySelected, this, [this] { updateDetails(); });
        connect(graph, &GraphView::openRequested, this, [this](const QUuid &id) { selectEntity(id); });
        graph->setConfirmDelete([this](QWidget *parent, const QString &text, const QString &details) {
            return m_dialogs->confirmDelete(parent, text, details);
        });
        addPage(Page::Graph, graph);
    }
#endif
#ifdef ROPA_HAVE_RECORDS_VIEW
    {
        auto *records = new RecordsView;
        records->setObjectName(QStringLiteral("recordsView"));
        addPage(Page::Records, records);
    }
#endif
    Q_UNUSED(addPage)
}

void MainWindow::clearProjectPages()
{
    // Pages bound to one project (their check runner follows it) go with it.
    for (qsizetype i = m_extraPages.size() - 1; i >= 0; --i) {
        const auto [page, widget] = m_extraPages.at(i);
        if ((page != Page::Findings && page != Page::Dashboard) || !widget)
            continue;
        m_content->removeWidget(widget);
        delete widget;
        m_extraPages[i].second = nullptr;
    }
#ifdef ROPA_HAVE_FINDINGS_VIEW
    delete m_checkRunner;
    m_checkRunner = nullptr;
#endif
}

void MainWindow::rebuildProjectPages()
{
#ifdef ROPA_HAVE_FINDINGS_VIEW
    if (!m_project)
        return;
    m_checkRunner = new checks::CheckRunner(m_project.get(), this);
    for (auto &[page, widget] : m_extraPages) {
        if (page == Page::Findings) {
            // Accept and Reopen go through the project's undo stack; the adapter lives as long
            // as the runner (this project).
            auto *findings = new FindingsView(m_checkRunner, new checks::AcceptanceStore(m_project.get(), m_checkRunner),
                                              m_content);
            findings->setObjectName(QStringLiteral("findingsView"));
            connect(findings, &FindingsView::entityActivated, this,
                    [this](EntityKind, const QUuid &id) { selectEntity(id); });
            widget = findings;
        } else if (page == Page::Dashboard) {
            auto *dashboard = new DashboardWidget(m_checkRunner, m_content);
            dashboard->setObjectName(QStringLiteral("dashboardView"));
            connect(dashboard, &DashboardWidget::severityClicked, this, [this](checks::Severity severity) {
                showPage(Page::Findings);
                for (const auto &[kind, w] : std::as_const(m_extraPages)) {
                    if (kind == Page::Findings && w)
                        static_cast<FindingsView *>(w)->showSeverity(severity);
                }
            });
            widget = dashboard;
        } else {
            continue;
        }
        m_content->addWidget(widget);
    }
    // The first findings of the project (later ones follow its edits).
    m_checkRunner->checkNow();
    if (currentPage() == Page::Findings || currentPage() == Page::Dashboard)
        onNavigatorChanged();
#endif
}

bool MainWindow::checksPending() const
{
#ifdef ROPA_HAVE_FINDINGS_VIEW
    return m_checkRunner && m_checkRunner->isBusy();
#else
    return false;
#endif
}

void MainWindow::refreshPages()
{
    const Page page = currentPage();
    for (const auto &[kind, widget] : std::as_const(m_extraPages)) {
#ifdef ROPA_HAVE_GRAPH_VIEW
        // The graph is a snapshot: rebuilt when it is shown and after edits while it shows.
        if (kind == Page::Graph && page == Page::Graph && widget)
            static_cast<GraphView *>(widget)->setProject(m_project.get(), m_readOnly);
#endif
#ifdef ROPA_HAVE_RECORDS_VIEW
        // The record is built when the page is first shown for a project, and again only
        // when it is shown after a change (it does not follow edits while hidden).
        if (kind == Page::Records) {
            auto *records = static_cast<RecordsView *>(widget);
            if (page == Page::Records && m_recordsFollow != m_project.get()) {
                records->setFollowing(true);
                records->setProject(m_project.get());
                m_recordsFollow = m_project.get();
            }
            records->setFollowing(page == Page::Records);
        }
#endif
        Q_UNUSED(kind)
        Q_UNUSED(widget)
    }
    Q_UNUSED(page)
}

// ---- files ----------------------------------------------------------------------------

QString MainWindow::savePath() const
{
    return m_project ? m_project->filePath() : QString();
}

QString MainWindow::displayName() const
{
    if (!m_project)
        return {};
    if (!m_project->filePath().isEmpty())
        return QFileInfo(m_project->filePath()).fileName();
    if (!m_project->info().name.isEmpty())
        return m_project->info().name;
    return tr("Untitled");
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    ProjectData data;
    data.info.name = tr("Untitled project");
    // A project needs its own organisation (the controller whose record it is).
    Party own;
    own.id = QUuid::createUuid();
    own.own = true;
    own.name = tr("My organisation");
    data.parties.emplace(own.id, own);
    setProject(std::make_unique<Project>(std::move(data)), QString(), {}, nullptr, false);
    showSection(Section::OwnOrganisation);
    statusBar()->showMessage(tr("New project: start with your own organisation's details"), 5000);
}

bool MainWindow::openFile(const QString &path)
{
    m_lastError.clear();
    const QString absolute = path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
    if (m_project && !savePath().isEmpty() && QFileInfo(savePath()).absoluteFilePath() == absolute) {
        statusBar()->showMessage(tr("%1 is already open").arg(fileName(path)), 5000);
        return true;
    }
    if (!QFileInfo::exists(path)) {
        reportError(tr("Could not open %1.\n\nThe file does not exist.").arg(fileName(path)));
        AppSettings::removeRecentFile(path);
        return false;
    }

    auto project = std::make_unique<Project>();
    std::unique_ptr<store::ProjectLock> lock;
    store::Fingerprint fingerprint;
    bool readOnly = false;
    bool copy = false;
    try {
        if (isProjectStoreFile(path)) {
            lock = std::make_unique<store::ProjectLock>(absolute);
            if (!lock->tryLock()) {
                if (lock->error() == QLockFile::LockFailedError) {
                    switch (m_dialogs->askLocked(this, fileName(path), lock->holder().describe())) {
                    case Dialogs::LockedChoice::ReadOnly: readOnly = true; break;
                    case Dialogs::LockedChoice::Copy: copy = true; break;
                    case Dialogs::LockedChoice::Cancel: return false;
                    }
                } else {
                    readOnly = true; // a folder we may not write to: nobody can save here
                }
                lock.reset();
            }
            store::OpenResult result = store::openProject(absolute);
            if (result.error || !result.data) {
                const QString message = result.error.message.isEmpty() ? tr("The file could not be read.")
                                                                       : result.error.message;
                reportError(tr("Could not open %1.\n\n%2").arg(fileName(path), message));
                return false;
            }
            fingerprint = result.fingerprint;
            project->reset(*std::move(result.data));
            if (!copy)
                project->setFilePath(absolute);
            if (!result.migrationBackup.isEmpty())
                statusBar()->showMessage(tr("The file was made by an older Ropa; a copy was kept as %1")
                                             .arg(QFileInfo(result.migrationBackup).fileName()));
        } else {
            json::ReadResult result = json::readProjectFile(path);
            if (!result.error.isEmpty() || !result.data) {
                const QString message = result.error.isEmpty() ? tr("The file could not be read.") : result.error;
                reportError(tr("Could not open %1.\n\n%2").arg(fileName(path), message));
                return false;
            }
            project->reset(*std::move(result.data));
        }
    } catch (const std::bad_alloc &) {
        reportError(tr("Could not open %1.\n\nThere is not enough memory to open this file.").arg(fileName(path)));
        return false;
    } catch (const std::exception &e) {
        reportError(tr("Could not open %1.\n\n%2").arg(fileName(path), QString::fromLocal8Bit(e.what())));
        return false;
    }
    if (!maybeSave())
        return false;
    if (copy) {
        ProjectInfo info = project->info();
        info.name = tr("Copy of %1").arg(info.name.isEmpty() ? QFileInfo(path).completeBaseName() : info.name);
        ProjectData data = project->data();
        data.info = info;
        project->reset(std::move(data));
    }
    setProject(std::move(project), absolute, fingerprint, std::move(lock), readOnly);
    if (!path.startsWith(u':') && !copy)
        AppSettings::addRecentFile(absolute);
    m_welcome->setRecentFiles(AppSettings::recentFiles());
    if (readOnly)
        statusBar()->showMessage(tr("Opened %1 read-only").arg(fileName(path)), 5000);
    else
        statusBar()->showMessage(tr("Opened %1").arg(fileName(path)), 5000);
    Q_EMIT projectOpened(path);
    return true;
}

void MainWindow::setProject(std::unique_ptr<Project> project, const QString &sourcePath,
                            const store::Fingerprint &fingerprint, std::unique_ptr<store::ProjectLock> lock,
                            bool readOnly)
{
    const Section section = currentPage() == Page::Table ? currentSection() : Section::Activities;
    m_idle->clear(); // its steps were for the project that goes
    if (m_project) {
        disconnect(m_project.get(), nullptr, this, nullptr);
        disconnect(m_project->undoStack(), nullptr, this, nullptr);
    }
    if (m_recovery)
        m_recovery->discard();
    m_recovery.reset();
    detachSectionTables();
    m_treeModel->setProject(nullptr);
#ifdef ROPA_HAVE_ENTITY_EDITOR
    m_editor->setProject(nullptr);
#endif
    clearProjectPages();
#ifdef ROPA_HAVE_RECORDS_VIEW
    for (const auto &[kind, widget] : std::as_const(m_extraPages)) {
        if (kind == Page::Records && m_recordsFollow)
            static_cast<RecordsView *>(widget)->setProject(nullptr);
    }
    m_recordsFollow = nullptr;
#endif
    if (m_find)
        m_find->setProject(nullptr);
    m_project = std::move(project);
    m_lock = std::move(lock);
    m_fingerprint = fingerprint;
    m_sourcePath = sourcePath;
    m_readOnly = readOnly;
    m_recoveryDirty = false;
    m_lastError.clear();
    m_filter->clear();
    resetSectionTables(section);

    if (m_project) {
        Project *p = m_project.get();
        p->setParent(nullptr);
        auto *group = m_undoView->group();
        group->addStack(p->undoStack());
        group->setActiveStack(p->undoStack());
        connect(p, &Project::modifiedChanged, this, [this](bool modified) {
            setWindowModified(modified);
            if (!modified && m_recovery)
                m_recovery->discard(); // undone back to the saved state
            updateActions();
        });
        connect(p, &Project::filePathChanged, this, &MainWindow::updateTitle);
        connect(p, &Project::infoChanged, this, &MainWindow::updateTitle);
        connect(p, &Project::entityAdded, this, &MainWindow::onProjectChanged);
        connect(p, &Project::entityChanged, this, &MainWindow::onProjectChanged);
        connect(p, &Project::entityRemoved, this, &MainWindow::onProjectChanged);
        connect(p, &Project::infoChanged, this, &MainWindow::onProjectChanged);
        connect(p, &Project::projectReset, this, &MainWindow::onProjectChanged);
        connect(p->undoStack(), &QUndoStack::indexChanged, this, [this] { m_recoveryDirty = true; });
        m_recovery = std::make_unique<RecoveryWriter>();
        m_treeModel->setProject(p);
        if (m_find)
            m_find->setProject(p);
#ifdef ROPA_HAVE_ENTITY_EDITOR
        m_editor->setProject(p);
        m_editor->setReadOnly(readOnly);
#endif
        m_pages->setCurrentWidget(m_splitter);
        if (!m_splitterSized && m_pages->width() > 600) {
            // Sized once it is shown at the window's width (it was laid out hidden).
            const int width = m_pages->width();
            const int navigator = navigatorWidth();
            const int table = (width - navigator) / 2; // the editor needs the room as much
                                                       // as the table (its rows wrap when short)
            m_splitter->setSizes({navigator, table, width - navigator - table});
            m_splitterSized = true;
        }
    } else {
#ifdef ROPA_HAVE_ENTITY_EDITOR
        m_editor->setProject(nullptr);
#endif
        m_pages->setCurrentWidget(m_welcome);
        m_welcome->setRecentFiles(AppSettings::recentFiles());
    }
    rebuildProjectPages();
    m_filter->clear();
    setWindowModified(m_project && m_project->isModified());
    updateTitle();
    updateActions();
    updateNavigator();
    updateStatus();
    refreshPages();
    if (m_project) {
        showSection(section);
        schedulePreparation();
    } else {
        updateDetails();
    }
}

void MainWindow::onProjectChanged()
{
    scheduleUpdate();
}

void MainWindow::scheduleUpdate()
{
    // A cascade emits one signal per entity; counts, status and details follow once.
    if (m_updatePending)
        return;
    m_updatePending = true;
    QTimer::singleShot(0, this, [this] {
        m_updatePending = false;
        updateNavigator();
        updateStatus();
        updateDetails();
        updateActions();
        if (currentPage() == Page::Graph)
            refreshPages();
    });
}

bool MainWindow::maybeSave()
{
    if (!m_project || !m_project->isModified())
        return true;
    switch (m_dialogs->askSaveChanges(this, displayName())) {
    case Dialogs::SaveChanges::Save: return save();
    case Dialogs::SaveChanges::Discard: return true;
    case Dialogs::SaveChanges::Cancel: return false;
    }
    return false;
}

bool MainWindow::save()
{
    if (!m_project)
        return false;
    if (savePath().isEmpty() || m_readOnly)
        return saveAs();
    return saveTo(savePath(), m_fingerprint, false);
}

bool MainWindow::saveAs()
{
    if (!m_project)
        return false;
    QString suggested = savePath();
    if (suggested.isEmpty()) {
        QString base = QFileInfo(m_sourcePath).completeBaseName();
        if (base.isEmpty() || m_sourcePath.startsWith(u':'))
            base = m_project->info().name.isEmpty() ? tr("Untitled") : m_project->info().name;
        base.replace(u'/', u'-');
        const QString folder = m_sourcePath.isEmpty() || m_sourcePath.startsWith(u':')
                                 ? documentsFolder()
                                 : QFileInfo(m_sourcePath).absolutePath();
        suggested = folder + u'/' + base + QStringLiteral(".ropa");
    }
    const QString path = m_dialogs->saveFileName(this, tr("Save project as"), suggested, tr("Ropa projects (*.ropa)"));
    if (path.isEmpty())
        return false;
    return saveAsPath(path);
}

bool MainWindow::saveAsPath(const QString &chosen)
{
    if (!m_project)
        return false;
    const QString path = QFileInfo(withRopaSuffix(chosen)).absoluteFilePath();
    if (path == savePath() && !m_readOnly)
        return saveTo(path, m_fingerprint, false);
    // The new file is ours from now on: take its lock before writing it.
    auto lock = std::make_unique<store::ProjectLock>(path);
    if (!lock->tryLock() && lock->error() == QLockFile::LockFailedError) {
        reportError(tr("Could not save %1.\n\nIt is open by %2. Choose another name.")
                        .arg(fileName(path), lock->holder().describe()));
        return false;
    }
    // The file dialog asked before replacing an existing file.
    if (!saveTo(path, {}, QFileInfo::exists(path)))
        return false;
    m_lock = std::move(lock);
    return true;
}

bool MainWindow::saveTo(const QString &path, const store::Fingerprint &expected, bool force)
{
    store::SaveOptions options;
    options.expected = expected;
    options.force = force;
    store::SaveResult result;
    try {
        result = store::saveProject(m_project->data(), path, options);
    } catch (const std::exception &e) {
        result.error = {store::ErrorCode::WriteFailed, QString::fromLocal8Bit(e.what())};
    }
    if (result.error.code == store::ErrorCode::ChangedOnDisk && !force) {
        switch (m_dialogs->askChangedOnDisk(this, result.error.message)) {
        case Dialogs::ChangedOnDiskChoice::SaveAs: return saveAs();
        case Dialogs::ChangedOnDiskChoice::Overwrite: return saveTo(path, expected, true);
        case Dialogs::ChangedOnDiskChoice::Cancel:
            m_lastError = result.error.message;
            return false;
        }
    }
    if (result.error) {
        reportError(tr("Could not save %1.\n\n%2").arg(fileName(path), result.error.message));
        return false;
    }
    m_fingerprint = result.fingerprint;
    m_readOnly = false;
    m_sourcePath = path;
    m_project->setFilePath(path);
    m_project->markSaved();
    if (m_recovery)
        m_recovery->discard();
    m_recoveryDirty = false;
    AppSettings::addRecentFile(path);
    updateTitle();
    updateActions();
    statusBar()->showMessage(tr("Saved %1").arg(fileName(path)), 5000);
    Q_EMIT projectSaved(path);
    return true;
}

bool MainWindow::closeProject()
{
    if (!m_project)
        return true;
    if (!maybeSave())
        return false;
    setProject(nullptr, QString(), {}, nullptr, false);
    return true;
}

bool MainWindow::importJson(const QString &path)
{
    if (!openFile(path))
        return false;
    return true;
}

bool MainWindow::exportJson(const QString &path)
{
    if (!m_project)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json::writeProject(m_project->data())) < 0 || !file.commit()) {
        reportError(tr("Could not export %1.\n\n%2").arg(fileName(path), file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(fileName(path)), 5000);
    return true;
}

void MainWindow::chooseFile()
{
    QString dir = QFileInfo(m_sourcePath).absolutePath();
    if (m_sourcePath.isEmpty() || m_sourcePath.startsWith(u':'))
        dir = documentsFolder();
    const QString path = m_dialogs->openFileName(this, tr("Open project"), dir,
                                                 tr("Ropa projects (*.ropa *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseImport()
{
    const QString path = m_dialogs->openFileName(this, tr("Import JSON"), documentsFolder(),
                                                 tr("JSON interchange files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importJson(path);
}

void MainWindow::chooseExport()
{
    if (!m_project)
        return;
    QString base = m_project->info().name.isEmpty() ? tr("project") : m_project->info().name;
    base.replace(u'/', u'-');
    const QString folder = savePath().isEmpty() ? documentsFolder() : QFileInfo(savePath()).absolutePath();
    QString path = m_dialogs->saveFileName(this, tr("Export JSON"), folder + u'/' + base + QStringLiteral(".json"),
                                           tr("JSON interchange files (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    exportJson(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // &1 ... &9 as accelerators, like every desktop program.
        const QString label = i < 9 ? tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName())
                                    : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear list")), &QAction::triggered, this, [this] {
        AppSettings::clearRecentFiles();
        m_welcome->setRecentFiles({});
    });
}

void MainWindow::reportError(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
    if (!m_errorDialogs)
        return;
    const qsizetype split = message.indexOf(QStringLiteral("\n\n"));
    m_dialogs->showError(this, split < 0 ? message : message.left(split), split < 0 ? QString() : message.mid(split + 2));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    finishSession();
    AppSettings::setWindowLayout(saveGeometry(), saveState());
    event->accept();
}

void MainWindow::finishSession()
{
    if (m_recovery)
        m_recovery->discard();
}

// ---- autosave and recovery ----------------------------------------------------------------

void MainWindow::setAutosaveInterval(int milliseconds)
{
    m_autosaveOverride = milliseconds;
    const int interval = autosaveInterval();
    if (interval > 0)
        m_autosaveTimer->start(interval);
    else
        m_autosaveTimer->stop();
}

int MainWindow::autosaveInterval() const
{
    if (m_autosaveOverride >= 0)
        return m_autosaveOverride;
    return AppSettings::autosaveMinutes() * 60 * 1000;
}

QString MainWindow::recoveryCopyPath() const
{
    return m_recovery && m_recovery->hasCopy() ? m_recovery->projectPath() : QString();
}

void MainWindow::writeRecoveryCopy()
{
    if (!m_project || !m_recovery || !m_project->isModified() || (!m_recoveryDirty && m_recovery->hasCopy()))
        return;
    const store::Error error = m_recovery->write(m_project->data(), m_sourcePath.startsWith(u':') ? QString() : m_sourcePath);
    if (error) {
        statusBar()->showMessage(tr("No recovery copy was written: %1").arg(error.message), 10000);
        return;
    }
    m_recoveryDirty = false;
}

bool MainWindow::offerRecovery()
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
        details += u' ' + tr("There are %1 more recovery copies; they are offered one at a time.").arg(pending.size() - 1);
    switch (m_dialogs->askRestore(this, text, details)) {
    case Dialogs::RecoveryChoice::Restore: return restoreRecovery(newest);
    case Dialogs::RecoveryChoice::Discard: removeRecovery(newest); return false;
    case Dialogs::RecoveryChoice::Later: return false;
    }
    return false;
}

bool MainWindow::restoreRecovery(const RecoveryFile &file)
{
    store::OpenResult recovered = store::openProject(file.projectPath, {.keepMigrationBackup = false});
    if (recovered.error || !recovered.data) {
        reportError(tr("Could not restore the unsaved changes.\n\n%1").arg(recovered.error.message));
        return false;
    }
    // Open the original first (under its lock) so the recovered changes become one undoable
    // step over it, and Save writes where the project came from.
    const QString original = file.originalPath;
    bool based = false;
    if (!original.isEmpty() && QFileInfo::exists(original) && isProjectStoreFile(original)) {
        if (!openFile(original))
            return false;
        based = true;
    } else if (!maybeSave()) {
        return false;
    }
    if (!based) {
        auto project = std::make_unique<Project>();
        setProject(std::move(project), original, {}, nullptr, false);
    }
    QList<EntityChange> changes = differences(m_project->data(), *recovered.data);
    std::optional<InfoChange> info;
    if (!(m_project->info() == recovered.data->info))
        info = InfoChange{m_project->info(), recovered.data->info};
    if (!changes.isEmpty() || info) {
        m_project->undoStack()->push(
            new ChangeSetCommand(m_project.get(), tr("Restore unsaved changes"), std::move(changes), info));
    }
    m_recoveryDirty = true;
    writeRecoveryCopy(); // our own copy first, then the old one goes
    removeRecovery(file);
    statusBar()->showMessage(tr("Restored the unsaved changes; save to keep them"), 10000);
    return true;
}

// ---- editing ----------------------------------------------------------------------------

Id MainWindow::addEntity()
{
    if (!m_project || currentPage() != Page::Table)
        return {};
    QString why;
    const std::optional<AnyEntity> entity = newEntity(m_project->data(), currentSection(), &why);
    if (!entity) {
        reportError(why);
        return {};
    }
    m_filter->clear();
    if (!edit::add(*m_project, *entity))
        return {};
    const Id id = idOf(*entity);
    selectEntity(id);
    // Start typing the name right away (not for transfers, whose first column is a party).
    QAbstractItemView *view = entityView();
    if (view->currentIndex().flags() & Qt::ItemIsEditable)
        view->edit(view->currentIndex());
    return id;
}

Id MainWindow::duplicateSelected()
{
    const Id id = selectedEntity();
    if (!m_project || id.isNull())
        return {};
    const auto kind = m_project->data().kindOfId(id);
    if (!kind)
        return {};
    const Id copy = edit::duplicate(*m_project, *kind, id);
    if (!copy.isNull())
        selectEntity(copy);
    return copy;
}

bool MainWindow::deleteSelected()
{
    const Id id = selectedEntity();
    if (!m_project || id.isNull())
        return false;
    const auto kind = m_project->data().kindOfId(id);
    if (!kind)
        return false;
    const ProjectData &data = m_project->data();
    const CascadeSummary cascade = cascadeOf(data, *kind, {id});
    if (!cascade.isEmpty()) {
        const QString name = edit::displayName(data, *data.entity(*kind, id));
        QString text;
        QStringList details;
        if (cascade.totalRemoved() > 0)
            text = tr("Removing %1 also removes %2.").arg(name, listOfCounts(cascade.removed));
        else
            text = tr("Remove %1?").arg(name);
        if (cascade.totalChanged() > 0)
            details.append(tr("It is also taken out of %1.").arg(listOfCounts(cascade.changed)));
        details.append(tr("You can undo this."));
        if (!m_dialogs->confirmDelete(this, text, details.join(u' ')))
            return false;
    }
    // Keep the place in the table: select the row that takes the removed one's place.
    // (In the tree the selection moves to a neighbour or the parent by itself.)
    const bool tree = showsTree();
    const int row = m_table->currentIndex().row();
    const bool removed = edit::remove(*m_project, *kind, id);
    if (removed && !tree && m_proxy->rowCount() > 0)
        m_table->selectRow(std::min(row, m_proxy->rowCount() - 1));
    return removed;
}

FindDialog *MainWindow::findDialog()
{
    if (!m_find) {
        m_find = new FindDialog(this);
        m_find->setProject(m_project.get());
        connect(m_find, &FindDialog::entityChosen, this, [this](const QUuid &id) { selectEntity(id); });
    }
    return m_find;
}

void MainWindow::showFind()
{
    if (!m_project)
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
    if (!m_project)
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Ropa"),
                       tr("<h3>Ropa %1</h3><p>Your data inventory and records of processing activities "
                          "(GDPR Article 30), with the processors and subprocessors that receive the data.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

// ---- navigation ---------------------------------------------------------------------------

Section MainWindow::currentSection() const
{
    const QListWidgetItem *item = m_navigator->currentItem();
    const int section = item ? item->data(SectionRole).toInt() : -1;
    return section >= 0 ? static_cast<Section>(section) : m_model->section();
}

MainWindow::Page MainWindow::currentPage() const
{
    const QListWidgetItem *item = m_navigator->currentItem();
    return item ? static_cast<Page>(item->data(PageRole).toInt()) : Page::Table;
}

void MainWindow::showSection(Section section)
{
    const int row = static_cast<int>(section);
    if (m_navigator->currentRow() != row)
        m_navigator->setCurrentRow(row); // calls onNavigatorChanged()
    else
        onNavigatorChanged();
}

bool MainWindow::showPage(Page page)
{
    if (page == Page::Table) {
        showSection(m_model->section());
        return true;
    }
    for (int row = SectionCount; row < m_navigator->count(); ++row) {
        if (static_cast<Page>(m_navigator->item(row)->data(PageRole).toInt()) == page) {
            m_navigator->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::onNavigatorChanged()
{
    const Page page = currentPage();
    if (page != Page::Table) {
        for (const auto &[kind, widget] : std::as_const(m_extraPages)) {
            if (kind == page && widget)
                m_content->setCurrentWidget(widget);
        }
        m_detailPane->hide();
        refreshPages();
        updateActions();
        return;
    }
    m_content->setCurrentWidget(m_tablePage);
    m_detailPane->show();
    refreshPages(); // the records page stops following the project
    const Section section = currentSection();
    if (useSectionTable(section))
        resizeColumns();
    m_proxy->setFilterText(m_filter->text());
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    if (section == Section::DataCategories) {
        applyTreeFilter(m_filter->text());
        m_views->setCurrentWidget(m_tree);
        if (!m_tree->currentIndex().isValid() && m_treeProxy->rowCount() > 0)
            m_tree->setCurrentIndex(m_treeProxy->index(0, 0));
        resizeTreeColumns();
    } else {
        m_views->setCurrentWidget(m_table);
    }
    updateDetails();
    updateActions();
}

MainWindow::SectionTable &MainWindow::sectionTable(Section section)
{
    SectionTable &t = makeSectionTable(section);
    if (!t.sorted) {
        t.proxy->sort(0, Qt::AscendingOrder); // after the source: before, it sorts nothing
        t.sorted = true;
    }
    return t;
}

MainWindow::SectionTable &MainWindow::makeSectionTable(Section section)
{
    SectionTable &t = m_sectionTables.at(static_cast<size_t>(section));
    if (!t.model) {
        t.model = new EntityTableModel(this);
        t.model->setSection(section);
        t.model->setProject(m_project.get());
        t.proxy = new EntitySortProxy(this);
        t.proxy->setSortRole(EntityTableModel::SortRole);
        t.proxy->setFilterText(m_filter->text());
        t.proxy->setSourceModel(t.model);
        t.selection = new QItemSelectionModel(t.proxy, this);
        connect(t.selection, &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    }
    return t;
}

void MainWindow::schedulePreparation()
{
    m_idle->clear();
    if (!m_project)
        return;
    // The largest tables first: their first use is what would take longest.
    static constexpr std::array order = {Section::Transfers,        Section::Parties,    Section::Activities,
                                         Section::Documents,        Section::DataCategories, Section::DataSubjects,
                                         Section::SecurityMeasures, Section::Sources,    Section::OwnOrganisation};
    // Each section's table, sorted by name (a first switch to it only shows it).
    for (const Section section : order) {
        m_idle->add(QStringLiteral("table %1").arg(sectionKey(section)), [this, section](QDeadlineTimer deadline) {
            SectionTable &t = makeSectionTable(section);
            if (t.sorted)
                return true;
            // Three pieces: the keys (in slices), their ranking, the sort.
            const bool ranked = t.proxy->isPrepared(0);
            if (!t.proxy->prepareSort(0, deadline) || (!ranked && deadline.hasExpired()))
                return false;
            sectionTable(section); // sorts
            return true;
        });
    }
#ifdef ROPA_HAVE_ENTITY_EDITOR
    // The editors, with their lists of parties, activities and categories to choose from.
    for (const EntityKind kind : {EntityKind::Transfer, EntityKind::Activity, EntityKind::Party, EntityKind::Document,
                                  EntityKind::DataCategory, EntityKind::DataSubject, EntityKind::SecurityMeasure,
                                  EntityKind::Source}) {
        m_idle->add(QStringLiteral("editor %1").arg(static_cast<int>(kind)),
                    [this, kind](QDeadlineTimer deadline) { return m_editor->prepare(kind, deadline); });
    }
#endif
    // Each table's filter texts (a first keystroke in the filter box only searches them).
    for (const Section section : order) {
        m_idle->add(QStringLiteral("filter %1").arg(sectionKey(section)), [this, section](QDeadlineTimer deadline) {
            return makeSectionTable(section).proxy->prepareFilter(deadline);
        });
    }
    // Find's names and their order.
    m_idle->add(QStringLiteral("find"), [this](QDeadlineTimer deadline) { return findDialog()->prepare(deadline); });
    // The sort keys of every other column (a first click on a column header only sorts).
    for (const Section section : order) {
        m_idle->add(QStringLiteral("columns %1").arg(sectionKey(section)), [this, section, column = 1](QDeadlineTimer deadline) mutable {
            EntitySortProxy *proxy = makeSectionTable(section).proxy;
            for (; column < proxy->columnCount(); ++column) {
                if (!proxy->prepareSort(column, deadline))
                    return false;
            }
            return true;
        });
    }
}

bool MainWindow::useSectionTable(Section section)
{
    SectionTable &t = sectionTable(section);
    if (m_table->model() == t.proxy && m_table->selectionModel() == t.selection)
        return false;
    m_model = t.model;
    m_proxy = t.proxy;
    // setModel() makes a selection model of its own: the section's replaces it (and keeps
    // the section's current row).
    m_table->setModel(t.proxy);
    QItemSelectionModel *made = m_table->selectionModel();
    m_table->setSelectionModel(t.selection);
    if (made != t.selection)
        delete made;
    // The section's sort (the header shows it; the proxy is sorted already).
    m_table->horizontalHeader()->setSortIndicator(t.proxy->sortColumn(), t.proxy->sortOrder());
    return true;
}

void MainWindow::detachSectionTables()
{
    for (SectionTable &t : m_sectionTables) {
        if (t.model)
            t.model->setProject(nullptr);
    }
}

void MainWindow::resetSectionTables(Section shown)
{
    const auto old = m_sectionTables;
    m_sectionTables = {};
    m_model = nullptr;
    m_proxy = nullptr;
    // The new project's table replaces the old one in the view before the old goes.
    useSectionTable(shown);
    for (const SectionTable &t : old) {
        delete t.selection;
        delete t.proxy;
        delete t.model;
    }
}

void MainWindow::onCurrentRowChanged()
{
    updateDetails();
    updateActions();
#ifdef ROPA_HAVE_GRAPH_VIEW
    // The table's current row is selected and centred in the graph.
    if (currentPage() == Page::Table) {
        for (const auto &[kind, widget] : std::as_const(m_extraPages)) {
            if (kind == Page::Graph && widget)
                static_cast<GraphView *>(widget)->selectEntity(selectedEntity());
        }
    }
#endif
}

void MainWindow::applyTreeFilter(const QString &text)
{
    if (m_treeFilterApplied && text == m_treeFilter)
        return;
    m_treeFilter = text;
    m_treeFilterApplied = true;
    m_treeProxy->setFilterFixedString(text);
    if (!text.isEmpty())
        m_tree->expandAll(); // show the matches inside collapsed branches
}

bool MainWindow::showsTree() const
{
    return currentPage() == Page::Table && currentSection() == Section::DataCategories;
}

QAbstractItemView *MainWindow::entityView() const
{
    if (showsTree())
        return m_tree;
    return m_table;
}

void MainWindow::resizeTreeColumns()
{
    // The name (with its indentation) gets what it needs up to half the width; the flags
    // column its contents; the last column stretches.
    const int available = m_tree->viewport()->width() > 0 ? m_tree->viewport()->width() : 600;
    for (int column = 0; column + 1 < m_treeProxy->columnCount(); ++column) {
        m_tree->resizeColumnToContents(column);
        const int cap = column == 0 ? available / 2 : MaxColumnWidth;
        m_tree->header()->resizeSection(column, std::clamp(m_tree->header()->sectionSize(column) + 12, MinColumnWidth, std::max(cap, MinColumnWidth)));
    }
}

void MainWindow::resizeColumns()
{
    // Every column but the last gets the width of its contents, capped; when they do not
    // all fit, the widest give way first (the last column stretches into what is left).
    QHeaderView *header = m_table->horizontalHeader();
    const int columns = m_proxy->columnCount();
    if (columns == 0)
        return;
    QList<int> wanted;
    for (int column = 0; column < columns; ++column) {
        const int contents = static_cast<EntityTableView *>(m_table)->contentWidth(column);
        const int hint = std::max(contents, header->sectionSizeHint(column));
        wanted.append(std::min(hint + 12, MaxColumnWidth));
    }
    int available = m_table->viewport()->width();
    if (available <= 0)
        available = 600;
    QList<int> widths = wanted;
    int total = 0;
    for (const int w : widths)
        total += w;
    if (total > available) {
        // The name (first column) is what a reader finds a row by: it keeps its width up to
        // half the table and the other columns share the rest. (A transfer is read by both
        // of its parties: there all columns share.)
        const qsizetype keep = m_model->section() == Section::Transfers ? 0 : 1;
        if (keep == 1) {
            widths.first() = std::min(wanted.constFirst(), available / 2);
            available -= widths.constFirst();
        }
        // Water-filling: find the cap c such that sum(min(wanted, c)) == available.
        QList<int> sorted = wanted.mid(keep);
        std::sort(sorted.begin(), sorted.end());
        int remaining = available;
        int left = static_cast<int>(sorted.size());
        int cap = 0;
        for (const int w : sorted) {
            const int share = remaining / left;
            if (w > share) {
                cap = share;
                break;
            }
            remaining -= w;
            --left;
            cap = w;
        }
        for (qsizetype column = keep; column < widths.size(); ++column)
            widths[column] = std::min(widths.at(column), std::max(cap, MinColumnWidth));
    }
    for (int column = 0; column + 1 < columns; ++column)
        header->resizeSection(column, widths.at(column));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Refit the columns whenever the table gets wider or narrower (window, splitter).
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            resizeColumns();
    }
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            resizeTreeColumns();
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::selectEntity(const Id &id)
{
    if (!m_project)
        return false;
    const ProjectData &data = m_project->data();
    const auto kind = data.kindOfId(id);
    if (!kind)
        return false;
    Section section = sectionForKind(*kind);
    if (section == Section::Parties && currentPage() == Page::Table && currentSection() == Section::OwnOrganisation) {
        const Party *party = data.find<Party>(id);
        if (party && party->own)
            section = Section::OwnOrganisation;
    }
    showSection(section);
    if (section == Section::DataCategories) {
        QModelIndex index = m_treeProxy->mapFromSource(m_treeModel->indexOf(id));
        if (!index.isValid()) { // filtered out
            m_filter->clear();
            index = m_treeProxy->mapFromSource(m_treeModel->indexOf(id));
        }
        if (!index.isValid())
            return false;
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index); // expands its ancestors
        return true;
    }
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

bool MainWindow::selectByName(const QString &name)
{
    m_filter->clear();
    if (showsTree()) {
        const QModelIndexList found = m_treeProxy->match(m_treeProxy->index(0, 0), Qt::DisplayRole, name, 1,
                                                         Qt::MatchFixedString | Qt::MatchRecursive);
        if (found.isEmpty())
            return false;
        m_tree->setCurrentIndex(found.constFirst());
        m_tree->scrollTo(found.constFirst());
        return true;
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data().toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

Id MainWindow::selectedEntity() const
{
#ifdef ROPA_HAVE_GRAPH_VIEW
    if (currentPage() == Page::Graph) {
        for (const auto &[kind, widget] : std::as_const(m_extraPages)) {
            if (kind == Page::Graph && widget)
                return static_cast<GraphView *>(widget)->selectedEntity();
        }
    }
#endif
    if (currentPage() != Page::Table)
        return {};
    const QModelIndex current = entityView()->currentIndex();
    return current.isValid() ? current.data(EntityTableModel::IdRole).value<QUuid>() : Id();
}

void MainWindow::onLinkActivated(const QUrl &url)
{
    const Id id = entityLinkId(url);
    if (!id.isNull()) {
        selectEntity(id);
        return;
    }
    if (url.scheme() == u"http" || url.scheme() == u"https")
        QDesktopServices::openUrl(url);
}

void MainWindow::updateTitle()
{
    if (!m_project) {
        setWindowTitle(tr("Ropa"));
        return;
    }
    const QString name = displayName();
    setWindowTitle(m_readOnly ? tr("%1[*] (read-only) — Ropa").arg(name) : tr("%1[*] — Ropa").arg(name));
}

void MainWindow::updateActions()
{
    const bool open = m_project != nullptr;
    const bool table = open && currentPage() == Page::Table;
    const bool selected = table && !selectedEntity().isNull();
    m_save->setEnabled(open);
    m_saveAs->setEnabled(open);
    m_close->setEnabled(open);
    m_exportJson->setEnabled(open);
    m_add->setEnabled(table);
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected);
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

void MainWindow::updateNavigator()
{
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        QListWidgetItem *item = m_navigator->item(i);
        if (!m_project) {
            item->setData(CountRole, QVariant());
            item->setData(Qt::AccessibleTextRole, sectionTitle(section));
            continue;
        }
        const int count = sectionCount(m_project->data(), section);
        item->setData(CountRole, count);
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(sectionTitle(section)).arg(count));
    }
}

void MainWindow::updateStatus()
{
    if (!m_project) {
        m_statusCounts->setText(tr("No project open"));
        return;
    }
    const ProjectData &d = m_project->data();
    m_statusCounts->setText(tr("%1 activities · %2 parties · %3 transfers · %4 data categories")
                                .arg(d.activities.size())
                                .arg(d.parties.size())
                                .arg(d.transfers.size())
                                .arg(d.dataCategories.size()));
}

void MainWindow::updateDetails()
{
    if (!m_project) {
        m_details->clear();
        return;
    }
    const Id id = selectedEntity();
#ifdef ROPA_HAVE_ENTITY_EDITOR
    if (id.isNull())
        m_editor->clear();
    else if (m_editor->entityId() != id)
        m_editor->setEntity(m_project->data().kindOfId(id).value_or(sectionKind(currentSection())), id);
#endif
    if (id.isNull()) {
        m_details->setHtml(projectSummaryHtml(m_project->data()));
        return;
    }
    // Keep the reader's place when the same entity is redrawn after an edit.
    const int scroll = m_details->verticalScrollBar()->value();
    const bool same = m_details->property("entity").value<QUuid>() == id;
    m_details->setHtml(entityDetailsHtml(m_project->data(),
                                         m_project->data().kindOfId(id).value_or(sectionKind(currentSection())), id));
    m_details->setProperty("entity", QVariant::fromValue(id));
    if (same)
        m_details->verticalScrollBar()->setValue(scroll);
}

} // namespace ropa
