#include "entitytablemodel.h"

#include "commands/edits.h"
#include "labels.h"

#include <algorithm>

namespace ropa {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::EntityTableModel)
};

template <typename T> QList<Id> idsOf(const EntityMap<T> &table)
{
    QList<Id> ids;
    ids.reserve(static_cast<qsizetype>(table.size()));
    for (const auto &[id, entity] : table)
        ids.append(id);
    return ids;
}

QString joined(const QStringList &items)
{
    return items.join(Tr::tr("; "));
}

// The entity with its name (a document's title) replaced; false for a transfer, which has none.
bool rename(AnyEntity &entity, const QString &name)
{
    return std::visit(
        [&](auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Document>) {
                e.title = name;
                return true;
            } else if constexpr (std::is_same_v<T, Transfer>) {
                return false;
            } else {
                e.name = name;
                return true;
            }
        },
        entity);
}

} // namespace

EntityKind sectionKind(Section section)
{
    switch (section) {
    case Section::OwnOrganisation: return EntityKind::Party;
    case Section::Activities: return EntityKind::Activity;
    case Section::DataCategories: return EntityKind::DataCategory;
    case Section::DataSubjects: return EntityKind::DataSubject;
    case Section::Sources: return EntityKind::Source;
    case Section::Parties: return EntityKind::Party;
    case Section::Transfers: return EntityKind::Transfer;
    case Section::SecurityMeasures: return EntityKind::SecurityMeasure;
    case Section::Documents: return EntityKind::Document;
    case Section::Systems: return EntityKind::System;
    }
    return EntityKind::Party;
}

Section sectionForKind(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Document: return Section::Documents;
    case EntityKind::Party: return Section::Parties;
    case EntityKind::DataCategory: return Section::DataCategories;
    case EntityKind::DataSubject: return Section::DataSubjects;
    case EntityKind::Source: return Section::Sources;
    case EntityKind::SecurityMeasure: return Section::SecurityMeasures;
    case EntityKind::System: return Section::Systems;
    case EntityKind::Activity: return Section::Activities;
    case EntityKind::Transfer: return Section::Transfers;
    }
    return Section::Parties;
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::OwnOrganisation: return Tr::tr("Own organisation");
    case Section::Activities: return Tr::tr("Processing activities");
    case Section::DataCategories: return Tr::tr("Data categories");
    case Section::DataSubjects: return Tr::tr("Data subjects");
    case Section::Sources: return Tr::tr("Sources");
    case Section::Parties: return Tr::tr("Parties");
    case Section::Transfers: return Tr::tr("Transfers");
    case Section::SecurityMeasures: return Tr::tr("Security measures");
    case Section::Documents: return Tr::tr("Documents");
    case Section::Systems: return Tr::tr("Systems");
    }
    return {};
}

QString sectionKey(Section section)
{
    return section == Section::OwnOrganisation ? QStringLiteral("own") : entityKindKey(sectionKind(section));
}

std::optional<Section> sectionFromKey(QStringView key)
{
    for (int i = 0; i < SectionCount; ++i) {
        if (key == sectionKey(static_cast<Section>(i)))
            return static_cast<Section>(i);
    }
    return std::nullopt;
}

int sectionCount(const ProjectData &data, Section section)
{
    if (section == Section::OwnOrganisation) {
        return static_cast<int>(std::count_if(data.parties.begin(), data.parties.end(),
                                              [](const auto &entry) { return entry.second.own; }));
    }
    return static_cast<int>(data.count(sectionKind(section)));
}

bool sectionLists(const ProjectData &data, Section section, EntityKind kind, const Id &id)
{
    if (kind != sectionKind(section))
        return false;
    if (section == Section::OwnOrganisation) {
        const Party *party = data.find<Party>(id);
        return party && party->own;
    }
    return data.contains(kind, id);
}

EntityTableModel::EntityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EntityTableModel::setProject(Project *project)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_project = project;
    rebuild();
    endResetModel();
    if (!project)
        return;
    m_connections = {
        connect(project, &Project::entityAdded, this, &EntityTableModel::onAdded),
        connect(project, &Project::entityChanged, this, &EntityTableModel::onChanged),
        connect(project, &Project::entityRemoved, this, &EntityTableModel::onRemoved),
        connect(project, &Project::projectReset, this, &EntityTableModel::resetAll),
        connect(project, &QObject::destroyed, this, [this] { setProject(nullptr); }),
    };
}

void EntityTableModel::setSection(Section section)
{
    if (section == m_section)
        return;
    beginResetModel();
    m_section = section;
    rebuild();
    endResetModel();
}

void EntityTableModel::resetAll()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void EntityTableModel::rebuild()
{
    invalidateCaches();
    m_ids.clear();
    const ProjectData *d = projectData();
    if (!d)
        return;
    switch (m_section) {
    case Section::OwnOrganisation:
        for (const auto &[id, party] : d->parties) {
            if (party.own)
                m_ids.append(id);
        }
        break;
    case Section::Activities: m_ids = idsOf(d->activities); break;
    case Section::DataCategories: m_ids = idsOf(d->dataCategories); break;
    case Section::DataSubjects: m_ids = idsOf(d->dataSubjects); break;
    case Section::Sources: m_ids = idsOf(d->sources); break;
    case Section::Parties: m_ids = idsOf(d->parties); break;
    case Section::Transfers: m_ids = idsOf(d->transfers); break;
    case Section::SecurityMeasures: m_ids = idsOf(d->securityMeasures); break;
    case Section::Documents: m_ids = idsOf(d->documents); break;
    case Section::Systems: m_ids = idsOf(d->systems); break;
    }
}

void EntityTableModel::insertId(const Id &id)
{
    const int row = static_cast<int>(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    endInsertRows();
}

void EntityTableModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

// What a section shows of entities of other kinds: a transfer its parties' names, a party
// the roles its transfers give it (and whether the sending party is own). Other sections show
// only their own entities' fields, so other kinds' changes leave them as they are.
void EntityTableModel::onAdded(EntityKind kind, const Id &id)
{
    invalidateCaches();
    if (sectionLists(m_project->data(), m_section, kind, id) && rowOf(id) < 0)
        insertId(id);
    else
        onOtherKindChanged(kind, id);
}

void EntityTableModel::onChanged(EntityKind kind, const Id &id)
{
    invalidateCaches();
    if (kind != sectionKind(m_section)) {
        onOtherKindChanged(kind, id);
        return;
    }
    const int row = rowOf(id);
    const bool listed = sectionLists(m_project->data(), m_section, kind, id);
    if (row >= 0 && !listed) {
        removeRow(row); // a party that is no longer own
    } else if (row < 0 && listed) {
        insertId(id);
    } else if (row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        // A category's name is shown as its children's parent; a party's own flag decides
        // whether those it sends to are its processors or subprocessors.
        if (m_section == Section::DataCategories || m_section == Section::Parties)
            scheduleRefresh();
    }
}

void EntityTableModel::onRemoved(EntityKind kind, const Id &id)
{
    invalidateCaches();
    const int row = kind == sectionKind(m_section) ? rowOf(id) : -1;
    if (row >= 0)
        removeRow(row);
    else
        onOtherKindChanged(kind, id);
}

void EntityTableModel::onOtherKindChanged(EntityKind kind, const Id &id)
{
    if (kind == sectionKind(m_section))
        return;
    if (m_section == Section::Transfers && kind == EntityKind::Party)
        refreshTransfersOf(id);
    else if (m_section == Section::Systems && kind == EntityKind::Party)
        scheduleRefresh();
    else if (m_section == Section::Parties && kind == EntityKind::Transfer)
        scheduleRefresh();
}

void EntityTableModel::refreshTransfersOf(const Id &party)
{
    const ProjectData *d = projectData();
    if (!d)
        return;
    for (int row = 0; row < m_ids.size(); ++row) {
        const Transfer *t = d->find<Transfer>(m_ids.at(row));
        if (t && (t->from == party || t->to == party))
            Q_EMIT dataChanged(index(row, 0), index(row, 1));
    }
}

void EntityTableModel::scheduleRefresh()
{
    if (m_refreshPending || m_ids.isEmpty())
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(this, &EntityTableModel::refreshAll, Qt::QueuedConnection);
}

void EntityTableModel::refreshAll()
{
    m_refreshPending = false;
    if (m_ids.isEmpty())
        return;
    // Only the column that shows other entities: the proxy then neither re-sorts nor
    // recomputes the sort keys of the others.
    int first = 0, last = columnCount() - 1;
    if (m_section == Section::Parties)
        first = last = 2; // roles
    else if (m_section == Section::Systems)
        first = last = 1; // hosted by
    else if (m_section == Section::DataCategories)
        first = last = 1; // part of
    Q_EMIT dataChanged(index(0, first), index(rowCount() - 1, last));
}

Id EntityTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : Id();
}

int EntityTableModel::rowOf(const Id &id) const
{
    return static_cast<int>(m_ids.indexOf(id));
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    // Asked for every index() the views and the proxy make: a number per section, not the
    // translated headers.
    if (parent.isValid())
        return 0;
    switch (m_section) {
    case Section::OwnOrganisation: return 4;
    case Section::Activities: return 4;
    case Section::DataCategories: return 4;
    case Section::DataSubjects: return 2;
    case Section::Sources: return 2;
    case Section::Parties: return 4;
    case Section::Transfers: return 5;
    case Section::SecurityMeasures: return 3;
    case Section::Documents: return 3;
    case Section::Systems: return 3;
    }
    return 0;
}

QStringList EntityTableModel::headers() const
{
    switch (m_section) {
    case Section::OwnOrganisation: return {tr("Name"), tr("Country"), tr("Contact"), tr("Data protection officer")};
    case Section::Activities: return {tr("Name"), tr("Role"), tr("Lawful basis"), tr("Purposes")};
    case Section::DataCategories: return {tr("Name"), tr("Part of"), tr("Special category"), tr("US category")};
    case Section::DataSubjects: return {tr("Name"), tr("Description")};
    case Section::Sources: return {tr("Name"), tr("Kind")};
    case Section::Parties: return {tr("Name"), tr("Country"), tr("Role"), tr("DPA signed")};
    case Section::Transfers: return {tr("From"), tr("To"), tr("Countries"), tr("Mechanism"), tr("Purpose")};
    case Section::SecurityMeasures: return {tr("Name"), tr("Kind"), tr("Description")};
    case Section::Documents: return {tr("Title"), tr("Date"), tr("Address")};
    case Section::Systems: return {tr("Name"), tr("Hosted by"), tr("Locations")};
    }
    return {};
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_project || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Id id = m_ids.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return cellText(id, index.column());
    case Qt::ToolTipRole: {
        // The whole text, for cells the column is too narrow for.
        const QString text = cellText(id, index.column());
        return text.size() > 30 ? QVariant(text) : QVariant();
    }
    case SortRole:
        if (const auto date = cellDate(id, index.column()))
            return *date && (*date)->isValid() ? (*date)->toString(Qt::ISODate) : QString();
        return cellText(id, index.column());
    case IdRole: return QVariant::fromValue(id);
    case KindRole: return static_cast<int>(sectionKind(m_section));
    default: return {};
    }
}

Qt::ItemFlags EntityTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == 0 && nameEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool EntityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_project || role != Qt::EditRole || index.column() != 0 || !nameEditable() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    std::optional<AnyEntity> entity = m_project->data().entity(sectionKind(m_section), m_ids.at(index.row()));
    if (!entity || !rename(*entity, name))
        return false;
    const MergeId merge = sectionKind(m_section) == EntityKind::Document ? MergeId::EditTitle : MergeId::EditName;
    // The project's entityChanged() signal updates the row.
    return edit::change(*m_project, *entity, merge);
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        const QStringList h = headers();
        return section >= 0 && section < h.size() ? QVariant(h.at(section)) : QVariant();
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    return {};
}

QString EntityTableModel::partyName(const Id &id) const
{
    const Party *party = projectData()->find<Party>(id);
    return party ? party->name : Labels::notStated();
}

const QHash<Id, EntityTableModel::Receives> &EntityTableModel::receives() const
{
    if (m_receivesValid)
        return m_receives;
    m_receives.clear();
    const ProjectData &data = *projectData();
    for (const auto &[id, transfer] : data.transfers) {
        Receives &r = m_receives[transfer.to];
        const Party *from = data.find<Party>(transfer.from);
        const bool fromOwn = from && from->own;
        switch (transfer.role) {
        case Role::Processor: (fromOwn ? r.processor : r.subprocessor) = true; break;
        case Role::Controller: r.controller = true; break;
        case Role::JointController: r.joint = true; break;
        case Role::Internal: r.internal = true; break;
        }
    }
    m_receivesValid = true;
    return m_receives;
}

QString EntityTableModel::partyRoles(const Party &party) const
{
    QStringList roles;
    if (party.own)
        roles.append(tr("Own organisation"));
    const Receives r = receives().value(party.id);
    const bool processor = r.processor, subprocessor = r.subprocessor, controller = r.controller, joint = r.joint,
               internal = r.internal;
    if (processor)
        roles.append(tr("Processor"));
    if (subprocessor)
        roles.append(tr("Subprocessor"));
    if (joint)
        roles.append(tr("Joint controller"));
    if (controller)
        roles.append(tr("Recipient (controller)"));
    if (internal)
        roles.append(tr("Internal recipient"));
    if (!party.named)
        roles.append(tr("category"));
    return roles.join(tr(", "));
}

std::optional<std::optional<QDate>> EntityTableModel::cellDate(const Id &id, int column) const
{
    if (m_section == Section::Parties && column == 3) {
        const Party *p = projectData()->find<Party>(id);
        return p ? p->dpaSigned : std::nullopt;
    }
    if (m_section == Section::Documents && column == 1) {
        const Document *d = projectData()->find<Document>(id);
        return d ? d->date : std::nullopt;
    }
    return std::nullopt;
}

QString EntityTableModel::cellText(const Id &id, int column) const
{
    switch (m_section) {
    case Section::OwnOrganisation:
        if (const Party *p = projectData()->find<Party>(id)) {
            switch (column) {
            case 0: return p->name;
            case 1: return p->country.isEmpty() ? QString() : Labels::country(p->country);
            case 2: return p->contact.email.isEmpty() ? p->contact.name : p->contact.email;
            case 3: return p->dpo ? (p->dpo->name.isEmpty() ? p->dpo->email : p->dpo->name) : Labels::notStated();
            }
        }
        break;
    case Section::Activities:
        if (const Activity *a = projectData()->find<Activity>(id)) {
            switch (column) {
            case 0: return a->name;
            case 1: return Labels::role(a->role);
            case 2: return a->lawfulBasis ? Labels::lawfulBasis(*a->lawfulBasis) : Labels::notStated();
            case 3: return joined(a->purposes);
            }
        }
        break;
    case Section::DataCategories:
        if (const DataCategory *c = projectData()->find<DataCategory>(id)) {
            switch (column) {
            case 0: return c->name;
            case 1: {
                const DataCategory *parent =
                    c->parent.isNull() ? nullptr : projectData()->find<DataCategory>(c->parent);
                return parent ? parent->name : QString();
            }
            case 2: {
                QStringList flags;
                if (c->special)
                    flags.append(tr("Art. 9: %1").arg(Labels::special(*c->special)));
                if (c->criminal)
                    flags.append(tr("Art. 10: criminal"));
                return flags.join(tr(", "));
            }
            case 3: return c->usCategory ? Labels::usCategory(*c->usCategory) : QString();
            }
        }
        break;
    case Section::DataSubjects:
        if (const DataSubject *s = projectData()->find<DataSubject>(id))
            return column == 0 ? s->name : s->description;
        break;
    case Section::Sources:
        if (const Source *s = projectData()->find<Source>(id))
            return column == 0 ? s->name : Labels::sourceKind(s->kind);
        break;
    case Section::Parties:
        if (const Party *p = projectData()->find<Party>(id)) {
            switch (column) {
            case 0: return p->name;
            case 1: return p->country.isEmpty() ? QString() : Labels::country(p->country);
            case 2: return partyRoles(*p);
            case 3: return p->dpaSigned ? Labels::date(p->dpaSigned) : QString();
            }
        }
        break;
    case Section::Transfers:
        if (const Transfer *t = projectData()->find<Transfer>(id)) {
            switch (column) {
            case 0: return partyName(t->from);
            case 1: return partyName(t->to);
            case 2: return t->countries.join(tr(", "));
            case 3: return Labels::mechanismShort(t->mechanism, t->sccModule);
            case 4: return t->purpose;
            }
        }
        break;
    case Section::SecurityMeasures:
        if (const SecurityMeasure *m = projectData()->find<SecurityMeasure>(id)) {
            switch (column) {
            case 0: return m->name;
            case 1: return Labels::measureKind(m->kind);
            case 2: return m->description;
            }
        }
        break;
    case Section::Documents:
        if (const Document *d = projectData()->find<Document>(id)) {
            switch (column) {
            case 0: return d->title;
            case 1: return d->date ? Labels::date(d->date) : QString();
            case 2: return d->url;
            }
        }
        break;
    case Section::Systems:
        if (const System *y = projectData()->find<System>(id)) {
            switch (column) {
            case 0: return y->name;
            case 1: return y->hostingParty.isNull() ? QString() : partyName(y->hostingParty);
            case 2: return y->locations.join(tr(", "));
            }
        }
        break;
    }
    return {};
}

} // namespace ropa
