#pragma once

// A table of one kind of entity of a Project, for the main window: a name column and a few
// key columns per kind. The model follows the project's signals row by row (an added entity
// is one inserted row, a removed one one removed row), so a view keeps its selection, sort
// and scroll position while the user edits; only projectReset() resets it.
//
// Editing: the name column (a document's title) is editable; setData() pushes an undo
// command through ropa::edit and never writes the project itself.

#include "domain/project.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace ropa {

// What the navigator lists: the kinds of entity, with the project's own parties first.
enum class Section {
    OwnOrganisation,
    Activities,
    DataCategories,
    DataSubjects,
    Sources,
    Parties,
    Transfers,
    SecurityMeasures,
    Documents,
    Systems,
};
inline constexpr int SectionCount = 10;

EntityKind sectionKind(Section section);
// The section that lists entities of that kind (parties: Parties, not OwnOrganisation).
Section sectionForKind(EntityKind kind);
QString sectionTitle(Section section);
// A stable key for the command line: "own", "activities", "data_categories", ... (the
// interchange format's keys, with "own" for the own organisation).
QString sectionKey(Section section);
std::optional<Section> sectionFromKey(QStringView key);
// How many entities the section lists.
int sectionCount(const ProjectData &data, Section section);
// Whether the section lists that entity.
bool sectionLists(const ProjectData &data, Section section, EntityKind kind, const Id &id);

class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // the entity's QUuid
        KindRole,                  // its EntityKind (int)
        SortRole,                  // the text to sort by: the display text, but dates in ISO 8601
    };

    explicit EntityTableModel(QObject *parent = nullptr);

    // Follows the project until another one (or nullptr) is set or it is destroyed.
    void setProject(Project *project);
    Project *project() const { return m_project; }
    void setSection(Section section);
    Section section() const { return m_section; }

    Id idAt(int row) const;
    // The row of the entity with that id, or -1.
    int rowOf(const Id &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ProjectData *projectData() const { return m_project ? &m_project->data() : nullptr; }
    void rebuild();
    void resetAll();
    void onAdded(EntityKind kind, const Id &id);
    void onChanged(EntityKind kind, const Id &id);
    void onRemoved(EntityKind kind, const Id &id);
    // An entity of another kind than the section's: refresh the cells that show it.
    void onOtherKindChanged(EntityKind kind, const Id &id);
    void insertId(const Id &id);
    void removeRow(int row);
    // Cells that show other entities (a transfer's party names, a party's roles) are
    // refreshed once after a burst of changes, not once per change.
    void scheduleRefresh();
    void refreshAll();
    bool nameEditable() const { return m_section != Section::Transfers; }
    QStringList headers() const;
    QString cellText(const Id &id, int column) const;
    // The date a cell shows (DPA signed, a document's date), if the column is one of dates.
    std::optional<std::optional<QDate>> cellDate(const Id &id, int column) const;
    // Rows of transfers from or to the party (their cells show its name).
    void refreshTransfersOf(const Id &party);
    QString partyName(const Id &id) const;
    // What a party is in the picture: own, processor, subprocessor, recipient...
    QString partyRoles(const Party &party) const;
    // What each party receives as (processor, subprocessor, controller, joint controller), from
    // one pass over the transfers; rebuilt lazily after any change (not once per cell).
    struct Receives
    {
        bool processor = false, subprocessor = false, controller = false, joint = false, internal = false;
    };
    const QHash<Id, Receives> &receives() const;
    void invalidateCaches() { m_receivesValid = false; }

    QPointer<Project> m_project;
    QList<QMetaObject::Connection> m_connections;
    Section m_section = Section::Activities;
    QList<Id> m_ids;
    bool m_refreshPending = false;
    mutable QHash<Id, Receives> m_receives;
    mutable bool m_receivesValid = false;
};

} // namespace ropa
