#pragma once

// The table of each section (its model, sorted and filtered proxy, and selection), made the
// first time the section is shown and kept while the project is open: switching back is
// swapping the view's model, not rebuilding and re-sorting every row. After a project opens,
// the tables not shown yet, their sort keys and filter texts are made while the user is idle
// (prepare()).

#include "itemmodels/entitytablemodel.h"

#include <QObject>

#include <array>
#include <functional>

class QItemSelectionModel;

namespace ropa {

class EntitySortProxy;
class IdleWork;
class Project;

class SectionTables : public QObject
{
    Q_OBJECT

public:
    struct Table
    {
        EntityTableModel *model = nullptr;
        EntitySortProxy *proxy = nullptr;
        QItemSelectionModel *selection = nullptr;
        bool sorted = false; // by name, once
    };

    explicit SectionTables(QObject *parent = nullptr);
    ~SectionTables() override;

    // The section's table, made (and sorted by name) when first asked for.
    Table &table(Section section);
    // The same, made but not sorted yet (idle-time work sorts it once its keys are made).
    Table &made(Section section);

    // The filter text new tables start with.
    void setFilterText(const QString &text) { m_filterText = text; }
    // Before the project goes: the tables stop following it.
    void detach();
    // New (empty) tables for `project`; the old ones are deleted after `replace` has shown
    // the new one (it is called with the new table of the section shown).
    void reset(Project *project, Section shown, const std::function<void(Table &)> &replace);

    // Queues, as idle-time work, each table sorted by name, its filter texts and the sort keys
    // of its other columns (the largest tables first).
    void prepare(IdleWork &idle);

Q_SIGNALS:
    // A table's current row changed.
    void currentRowChanged();

private:
    std::array<Table, SectionCount> m_tables;
    Project *m_project = nullptr;
    QString m_filterText;
};

} // namespace ropa
