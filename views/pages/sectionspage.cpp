#include "sectionspage.h"

#include "app/dialogs.h"
#include "app/idlework.h"
#include "commands/edits.h"
#include "commands/newentity.h"
#include "editors/entityeditor.h"
#include "entitydetails.h"
#include "itemmodels/entitysortproxy.h"
#include "pages/categorytreeview.h"
#include "pages/columnfit.h"
#include "session/projectsession.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ropa {

namespace {

constexpr int ColumnSampleRows = 100; // rows a column's width is measured on (besides those shown)

// "3 transfers", "1 processing activity". (English has no plural forms file: the singular is
// a text of its own.)
QString countOf(EntityKind kind, int n)
{
    switch (kind) {
    case EntityKind::Document: return n == 1 ? SectionsPage::tr("1 document") : SectionsPage::tr("%1 documents").arg(n);
    case EntityKind::Party: return n == 1 ? SectionsPage::tr("1 party") : SectionsPage::tr("%1 parties").arg(n);
    case EntityKind::DataCategory:
        return n == 1 ? SectionsPage::tr("1 data category") : SectionsPage::tr("%1 data categories").arg(n);
    case EntityKind::DataSubject:
        return n == 1 ? SectionsPage::tr("1 data subject") : SectionsPage::tr("%1 data subjects").arg(n);
    case EntityKind::Source: return n == 1 ? SectionsPage::tr("1 source") : SectionsPage::tr("%1 sources").arg(n);
    case EntityKind::SecurityMeasure:
        return n == 1 ? SectionsPage::tr("1 security measure") : SectionsPage::tr("%1 security measures").arg(n);
    case EntityKind::System: return n == 1 ? SectionsPage::tr("1 system") : SectionsPage::tr("%1 systems").arg(n);
    case EntityKind::Activity:
        return n == 1 ? SectionsPage::tr("1 processing activity") : SectionsPage::tr("%1 processing activities").arg(n);
    case EntityKind::Transfer: return n == 1 ? SectionsPage::tr("1 transfer") : SectionsPage::tr("%1 transfers").arg(n);
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
    return SectionsPage::tr("%1 and %2").arg(parts.join(SectionsPage::tr(", ")), last);
}

} // namespace

SectionsPage::SectionsPage(QWidget *parent)
    : ProjectPage(parent)
    , m_tables(new SectionTables(this))
{
    setObjectName(QStringLiteral("sectionsPage"));
    createViews();
    connect(m_tables, &SectionTables::currentRowChanged, this, [this] {
        updateDetails();
        Q_EMIT selectionChanged();
    });
}

SectionsPage::~SectionsPage()
{
    m_tables->detach();
    m_tree->setProject(nullptr);
    m_editor->setProject(nullptr);
}

QString SectionsPage::title() const
{
    return tr("Inventory");
}

void SectionsPage::createViews()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter (Ctrl+L)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_tables->setFilterText(text);
        if (m_current)
            m_current->proxy->setFilterText(text);
        // The tree is filtered only while it is shown (filtering 2,000 categories with their
        // ancestors and expanding them was half of each keystroke in the other sections).
        if (showsTree())
            m_tree->applyFilter(text);
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("entityTable"));
    useTable(m_tables->table(m_section));
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
    // thousand rows).
    m_table->horizontalHeader()->setResizeContentsPrecision(ColumnSampleRows);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->viewport()->installEventFilter(this);
    // Tab moves on to the editor (not from cell to cell), and the view with the focus shows it.
    m_table->setTabKeyNavigation(false);
    m_table->setStyleSheet(QStringLiteral("QTableView:focus { border: 2px solid palette(highlight); }"));

    m_tree = new CategoryTreeView(this);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        Q_EMIT selectionChanged();
    });
    connect(m_tree, &CategoryTreeView::moveRefused, this, &SectionsPage::errorOccurred);
    m_tree->setTabKeyNavigation(false);
    m_tree->setStyleSheet(QStringLiteral("QTreeView:focus { border: 2px solid palette(highlight); }"));
    m_tree->viewport()->installEventFilter(this);

    m_views = new QStackedWidget(this);
    m_views->setObjectName(QStringLiteral("entityViews"));
    m_views->addWidget(m_table);
    m_views->addWidget(m_tree);

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(4);
    tableLayout->addWidget(m_filter);
    tableLayout->addWidget(m_views);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenLinks(false);
    m_details->document()->setDefaultStyleSheet(entityDetailsStyleSheet());
    m_details->document()->setDocumentMargin(10);
    connect(m_details, &QTextBrowser::anchorClicked, this, &SectionsPage::onLinkActivated);

    // The editor of the selected entity (every field, each edit an undo command), and the
    // read-only overview with what refers to it.
    m_editor = new EntityEditor(nullptr, this);
    m_editor->setPlaceholderText(tr("Select an entry to edit it, or add one with Edit › Add."));
    connect(m_editor, &EntityEditor::linkActivated, this,
            [this](EntityKind, const QUuid &id) { Q_EMIT linkActivated(id); });

    m_detailPane = new QTabWidget(this);
    m_detailPane->setObjectName(QStringLiteral("detailPane"));
    m_detailPane->setDocumentMode(true);
    m_detailPane->addTab(m_editor, tr("Edit"));
    m_detailPane->addTab(m_details, tr("Overview"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("sectionsSplitter"));
    m_splitter->addWidget(tablePage);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    tablePage->setMinimumWidth(320);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void SectionsPage::fitSplitter(int width)
{
    // The editor needs the room as much as the table (its rows wrap when short).
    m_splitter->setSizes({width / 2, width - width / 2});
}

void SectionsPage::addViewAction(QAction *action)
{
    m_table->addAction(action);
    m_tree->addAction(action);
}

void SectionsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    const auto triggers = readOnly ? QAbstractItemView::NoEditTriggers
                                   : QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked;
    m_table->setEditTriggers(triggers);
    m_tree->setEditTriggers(triggers);
    m_tree->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop : QAbstractItemView::InternalMove);
}

void SectionsPage::attach(ProjectSession *session)
{
    m_session = session;
    Project *project = session ? session->project() : nullptr;
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_tables->detach();
    m_tree->setProject(nullptr);
    m_editor->setProject(nullptr);
    m_project = project;
    m_filter->clear();
    m_tables->reset(project, m_section, [this](SectionTables::Table &t) { useTable(t); });
    m_tree->setProject(project);
    m_editor->setProject(project);
    setReadOnly(session && session->isReadOnly());
    if (project) {
        connect(project, &Project::entityAdded, this, &SectionsPage::scheduleDetails);
        connect(project, &Project::entityChanged, this, &SectionsPage::scheduleDetails);
        connect(project, &Project::entityRemoved, this, &SectionsPage::scheduleDetails);
        connect(project, &Project::infoChanged, this, &SectionsPage::scheduleDetails);
        connect(project, &Project::projectReset, this, &SectionsPage::scheduleDetails);
    }
    updateDetails();
}

void SectionsPage::showElsewhereSelected(const Id &id)
{
    m_elsewhere = id;
    if (!m_shown)
        updateDetails();
}

void SectionsPage::setShown(bool shown)
{
    m_shown = shown;
    m_elsewhere = {};
    if (shown)
        showSection(m_section);
}

void SectionsPage::prepare(IdleWork &idle)
{
    m_tables->prepare(idle);
    // The editors, with their lists of parties, activities and categories to choose from.
    for (const EntityKind kind :
         {EntityKind::Transfer, EntityKind::Activity, EntityKind::Party, EntityKind::Document, EntityKind::DataCategory,
          EntityKind::DataSubject, EntityKind::SecurityMeasure, EntityKind::Source}) {
        idle.add(QStringLiteral("editor %1").arg(static_cast<int>(kind)),
                 [this, kind](QDeadlineTimer deadline) { return m_editor->prepare(kind, deadline); });
    }
}

void SectionsPage::useTable(SectionTables::Table &t)
{
    if (m_current == &t && m_table->model() == t.proxy && m_table->selectionModel() == t.selection)
        return;
    m_current = &t;
    // setModel() makes a selection model of its own: the section's replaces it (and keeps
    // the section's current row).
    m_table->setModel(t.proxy);
    QItemSelectionModel *made = m_table->selectionModel();
    m_table->setSelectionModel(t.selection);
    if (made != t.selection)
        delete made;
    // The section's sort (the header shows it; the proxy is sorted already).
    m_table->horizontalHeader()->setSortIndicator(t.proxy->sortColumn(), t.proxy->sortOrder());
    fitTableColumns(m_table, m_section != Section::Transfers);
}

void SectionsPage::showSection(Section section)
{
    m_section = section;
    useTable(m_tables->table(section));
    m_current->proxy->setFilterText(m_filter->text());
    if (!m_table->currentIndex().isValid() && m_current->proxy->rowCount() > 0)
        m_table->selectRow(0);
    if (showsTree()) {
        m_tree->applyFilter(m_filter->text());
        m_views->setCurrentWidget(m_tree);
        m_tree->selectFirstIfNone();
        fitTreeColumns(m_tree);
    } else {
        m_views->setCurrentWidget(m_table);
    }
    updateDetails();
}

Section SectionsPage::sectionOf(const Id &id) const
{
    if (!m_project)
        return m_section;
    const ProjectData &data = m_project->data();
    const auto kind = data.kindOfId(id);
    if (!kind)
        return m_section;
    const Section section = sectionForKind(*kind);
    if (section == Section::Parties && m_section == Section::OwnOrganisation) {
        const Party *party = data.find<Party>(id);
        if (party && party->own)
            return Section::OwnOrganisation;
    }
    return section;
}

bool SectionsPage::selectInSection(const Id &id)
{
    if (!m_project)
        return false;
    if (showsTree()) {
        if (m_tree->selectCategory(id))
            return true;
        m_filter->clear(); // filtered out
        return m_tree->selectCategory(id);
    }
    const int row = m_current->model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_current->proxy->mapFromSource(m_current->model->index(row, 0));
    if (!index.isValid()) { // filtered out
        m_filter->clear();
        index = m_current->proxy->mapFromSource(m_current->model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

bool SectionsPage::selectByName(const QString &name)
{
    m_filter->clear();
    if (showsTree())
        return m_tree->selectByName(name);
    for (int row = 0; row < m_current->proxy->rowCount(); ++row) {
        const QModelIndex index = m_current->proxy->index(row, 0);
        if (index.data().toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

Id SectionsPage::selectedEntity() const
{
    if (showsTree())
        return m_tree->currentCategory();
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(EntityTableModel::IdRole).value<QUuid>() : Id();
}

// ---- editing ----------------------------------------------------------------------------

Id SectionsPage::addEntity()
{
    if (!m_project || m_readOnly)
        return {};
    const edit::NewEntity made =
        edit::newEntity(m_project->data(), sectionKind(m_section), m_section == Section::OwnOrganisation);
    if (!made.entity) {
        Q_EMIT errorOccurred(made.whyNot);
        return {};
    }
    m_filter->clear();
    if (!edit::add(*m_project, *made.entity))
        return {};
    const Id id = idOf(*made.entity);
    selectInSection(id);
    // Start typing the name right away (not for transfers, whose first column is a party).
    QAbstractItemView *view = showsTree() ? static_cast<QAbstractItemView *>(m_tree) : m_table;
    if (view->currentIndex().flags() & Qt::ItemIsEditable)
        view->edit(view->currentIndex());
    return id;
}

Id SectionsPage::duplicateSelected()
{
    const Id id = selectedEntity();
    if (!m_project || m_readOnly || id.isNull())
        return {};
    const auto kind = m_project->data().kindOfId(id);
    if (!kind)
        return {};
    const Id copy = edit::duplicate(*m_project, *kind, id);
    if (!copy.isNull())
        selectInSection(copy);
    return copy;
}

bool SectionsPage::deleteSelected()
{
    const Id id = selectedEntity();
    if (!m_project || m_readOnly || id.isNull())
        return false;
    const auto kind = m_project->data().kindOfId(id);
    if (!kind)
        return false;
    const ProjectData &data = m_project->data();
    const CascadeSummary cascade = cascadeOf(data, *kind, {id});
    if (!cascade.isEmpty() && m_dialogs) {
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
        if (!m_dialogs->confirmDelete(window(), text, details.join(u' ')))
            return false;
    }
    // Keep the place in the table: select the row that takes the removed one's place.
    // (In the tree the selection moves to a neighbour or the parent by itself.)
    const bool tree = showsTree();
    const int row = m_table->currentIndex().row();
    const bool removed = edit::remove(*m_project, *kind, id);
    if (removed && !tree && m_current->proxy->rowCount() > 0)
        m_table->selectRow(std::min(row, m_current->proxy->rowCount() - 1));
    return removed;
}

// ---- details ------------------------------------------------------------------------------

void SectionsPage::scheduleDetails()
{
    // A cascade emits one signal per entity; the details follow once.
    if (m_detailsPending)
        return;
    m_detailsPending = true;
    QTimer::singleShot(0, this, [this] {
        m_detailsPending = false;
        updateDetails();
        // A name added or renamed may need a wider column (measured on the rows shown).
        if (m_shown && !showsTree())
            fitTableColumns(m_table, m_section != Section::Transfers);
    });
}

void SectionsPage::updateDetails()
{
    if (!m_project) {
        m_details->clear();
        m_editor->clear();
        return;
    }
    const Id id = m_shown || m_elsewhere.isNull() ? selectedEntity() : m_elsewhere;
    const ProjectData &data = m_project->data();
    const EntityKind kind = data.kindOfId(id).value_or(sectionKind(m_section));
    if (id.isNull())
        m_editor->clear();
    else if (m_editor->entityId() != id)
        m_editor->setEntity(kind, id);
    if (id.isNull()) {
        m_details->setHtml(projectSummaryHtml(data));
        return;
    }
    // Keep the reader's place when the same entity is redrawn after an edit.
    const int scroll = m_details->verticalScrollBar()->value();
    const bool same = m_details->property("entity").value<QUuid>() == id;
    m_details->setHtml(entityDetailsHtml(data, kind, id));
    m_details->setProperty("entity", QVariant::fromValue(id));
    if (same)
        m_details->verticalScrollBar()->setValue(scroll);
}

void SectionsPage::onLinkActivated(const QUrl &url)
{
    const Id id = entityLinkId(url);
    if (!id.isNull()) {
        Q_EMIT linkActivated(id);
        return;
    }
    if (url.scheme() == u"http" || url.scheme() == u"https")
        QDesktopServices::openUrl(url);
}

bool SectionsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Refit the columns whenever the table gets wider or narrower (window, splitter).
    if (event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width()) {
            if (watched == m_table->viewport())
                scheduleColumnFit(&m_tableFitPending);
            else if (watched == m_tree->viewport())
                scheduleColumnFit(&m_treeFitPending);
        }
    }
    return ProjectPage::eventFilter(watched, event);
}

void SectionsPage::scheduleColumnFit(bool *pending)
{
    // A window that opens or is dragged wider resizes the viewport several times in a row;
    // measuring the columns once, after the last of them, costs a fraction and ends the same.
    if (*pending)
        return;
    *pending = true;
    QTimer::singleShot(0, this, [this, pending] {
        *pending = false;
        if (pending == &m_tableFitPending)
            fitTableColumns(m_table, m_section != Section::Transfers);
        else
            fitTreeColumns(m_tree);
    });
}

} // namespace ropa
