#pragma once

// A read-only table of one kind of entity of a ProjectData, for the main window: a name
// column and a few key columns per kind. The model does not own the data; whoever calls
// setProject() keeps it alive and calls setProject() again (or with nullptr) before it
// changes or goes away.

#include "domain/projectdata.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>

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
};
inline constexpr int SectionCount = 9;

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

class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // the entity's QUuid
    };

    explicit EntityTableModel(QObject *parent = nullptr);

    void setProject(const ProjectData *data);
    void setSection(Section section);
    Section section() const { return m_section; }

    Id idAt(int row) const;
    // The row of the entity with that id, or -1.
    int rowOf(const Id &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QStringList headers() const;
    QString cellText(const Id &id, int column) const;
    QString partyName(const Id &id) const;
    // What a party is in the picture: own, processor, subprocessor, recipient...
    QString partyRoles(const Party &party) const;

    const ProjectData *m_data = nullptr;
    Section m_section = Section::Activities;
    QList<Id> m_ids;
};

} // namespace ropa
