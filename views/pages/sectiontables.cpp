#include "sectiontables.h"

#include "app/idlework.h"
#include "domain/project.h"
#include "itemmodels/entitysortproxy.h"

#include <QItemSelectionModel>

namespace ropa {

namespace {

// The largest tables first: their first use is what would take longest.
constexpr std::array PreparationOrder = {Section::Transfers,        Section::Parties,        Section::Activities,
                                         Section::Documents,        Section::DataCategories, Section::DataSubjects,
                                         Section::SecurityMeasures, Section::Sources,        Section::Systems,
                                         Section::OwnOrganisation};

} // namespace

SectionTables::SectionTables(QObject *parent)
    : QObject(parent)
{
}

SectionTables::~SectionTables()
{
    detach();
}

SectionTables::Table &SectionTables::table(Section section)
{
    Table &t = made(section);
    if (!t.sorted) {
        t.proxy->sort(0, Qt::AscendingOrder); // after the source: before, it sorts nothing
        t.sorted = true;
    }
    return t;
}

SectionTables::Table &SectionTables::made(Section section)
{
    Table &t = m_tables.at(static_cast<size_t>(section));
    if (!t.model) {
        t.model = new EntityTableModel(this);
        t.model->setSection(section);
        t.model->setProject(m_project);
        t.proxy = new EntitySortProxy(this);
        t.proxy->setSortRole(EntityTableModel::SortRole);
        t.proxy->setFilterText(m_filterText);
        t.proxy->setSourceModel(t.model);
        t.selection = new QItemSelectionModel(t.proxy, this);
        connect(t.selection, &QItemSelectionModel::currentRowChanged, this, &SectionTables::currentRowChanged);
    }
    return t;
}

void SectionTables::detach()
{
    for (Table &t : m_tables) {
        if (t.model)
            t.model->setProject(nullptr);
    }
}

void SectionTables::reset(Project *project, Section shown, const std::function<void(Table &)> &replace)
{
    detach();
    const auto old = m_tables;
    m_tables = {};
    m_project = project;
    replace(table(shown));
    for (const Table &t : old) {
        delete t.selection;
        delete t.proxy;
        delete t.model;
    }
}

void SectionTables::prepare(IdleWork &idle)
{
    // Each section's table, sorted by name (a first switch to it only shows it).
    for (const Section section : PreparationOrder) {
        idle.add(QStringLiteral("table %1").arg(sectionKey(section)), [this, section](QDeadlineTimer deadline) {
            Table &t = made(section);
            if (t.sorted)
                return true;
            // Three pieces: the keys (in slices), their ranking, the sort.
            const bool ranked = t.proxy->isPrepared(0);
            if (!t.proxy->prepareSort(0, deadline) || (!ranked && deadline.hasExpired()))
                return false;
            table(section); // sorts
            return true;
        });
    }
    // Each table's filter texts (a first keystroke in the filter box only searches them).
    for (const Section section : PreparationOrder) {
        idle.add(QStringLiteral("filter %1").arg(sectionKey(section)),
                 [this, section](QDeadlineTimer deadline) { return made(section).proxy->prepareFilter(deadline); });
    }
    // The sort keys of every other column (a first click on a column header only sorts).
    for (const Section section : PreparationOrder) {
        idle.add(QStringLiteral("columns %1").arg(sectionKey(section)),
                 [this, section, column = 1](QDeadlineTimer deadline) mutable {
                     EntitySortProxy *proxy = made(section).proxy;
                     for (; column < proxy->columnCount(); ++column) {
                         if (!proxy->prepareSort(column, deadline))
                             return false;
                     }
                     return true;
                 });
    }
}

} // namespace ropa
