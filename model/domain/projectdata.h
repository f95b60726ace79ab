#pragma once

// ProjectData: the whole inventory as one plain value. The JSON format and the .ropa store
// read and write it; a Project (project.h) owns one and changes it only through undo commands.
// Copying it is cheap: its tables are shared until changed (entitymap.h).

#include "entities.h"
#include "entitymap.h"
#include "subprocessorsnapshot.h"

namespace ropa {

struct ProjectInfo
{
    QString name;
    QString language = QStringLiteral("en");
    QString notes;
    friend bool operator==(const ProjectInfo &, const ProjectInfo &) = default;
};

// A compliance finding (model/checks) that the DPO has accepted, with the reason. It refers to
// the finding by rule id, entity and detail (checks::Finding::key()), not by position, so it
// follows the finding across re-checks. It is kept when the finding no longer occurs (the
// findings view lists it as "no longer applies"), and dropped only with its entity.
struct AcceptedFinding
{
    QString rule;          // a rule id, e.g. "PROC-DPA-MISSING"; unknown ids are kept
    Id entity;             // any entity of the project
    QString detail;        // as checks::Finding::detail; empty for most rules
    QString justification; // why it is accepted; never empty
    QDate date;            // when it was accepted
    // "RULE|entity-id|detail", the same text as checks::Finding::key().
    QString key() const { return rule + u'|' + idToString(entity) + u'|' + detail; }
    friend bool operator==(const AcceptedFinding &, const AcceptedFinding &) = default;
};

// The canonical order of accepted findings (rule, then entity id as text, then detail): the
// order ProjectData keeps them in, the JSON writer writes and the readers restore.
bool acceptedFindingLess(const AcceptedFinding &a, const AcceptedFinding &b);
void sortAcceptedFindings(QList<AcceptedFinding> &list);

struct ProjectData
{
    ProjectInfo info;
    EntityMap<Document> documents;
    EntityMap<Party> parties;
    EntityMap<DataCategory> dataCategories;
    EntityMap<DataSubject> dataSubjects;
    EntityMap<Source> sources;
    EntityMap<SecurityMeasure> securityMeasures;
    EntityMap<System> systems;
    EntityMap<Activity> activities;
    EntityMap<Transfer> transfers;
    // In canonical order (sortAcceptedFindings); at most one per key.
    QList<AcceptedFinding> acceptedFindings;
    // The versions of vendors' subprocessor lists, in the order they were applied (issue 20).
    QList<SubprocessorSnapshot> subprocessorSnapshots;

    template <typename T> EntityMap<T> &table();
    template <typename T> const EntityMap<T> &table() const { return const_cast<ProjectData *>(this)->table<T>(); }

    template <typename T> const T *find(const Id &id) const
    {
        const auto &t = table<T>();
        const auto it = t.find(id);
        return it == t.end() ? nullptr : &it->second;
    }

    std::optional<AnyEntity> entity(EntityKind kind, const Id &id) const;
    bool contains(EntityKind kind, const Id &id) const;
    // Inserts or replaces the entity with that id.
    void put(const AnyEntity &entity);
    void remove(EntityKind kind, const Id &id);
    qsizetype count(EntityKind kind) const;
    // The kind of the entity with that id, if any.
    std::optional<EntityKind> kindOfId(const Id &id) const;

    // Calls f(const T&) for every entity of every kind, kind by kind in format order.
    template <typename F> void forEachEntity(F &&f) const
    {
        auto each = [&](const auto &t) {
            for (const auto &[id, e] : t)
                f(e);
        };
        each(documents);
        each(parties);
        each(dataCategories);
        each(dataSubjects);
        each(sources);
        each(securityMeasures);
        each(systems);
        each(activities);
        each(transfers);
    }

    friend bool operator==(const ProjectData &, const ProjectData &) = default;
};

template <> inline EntityMap<Document> &ProjectData::table<Document>()
{
    return documents;
}
template <> inline EntityMap<Party> &ProjectData::table<Party>()
{
    return parties;
}
template <> inline EntityMap<DataCategory> &ProjectData::table<DataCategory>()
{
    return dataCategories;
}
template <> inline EntityMap<DataSubject> &ProjectData::table<DataSubject>()
{
    return dataSubjects;
}
template <> inline EntityMap<Source> &ProjectData::table<Source>()
{
    return sources;
}
template <> inline EntityMap<SecurityMeasure> &ProjectData::table<SecurityMeasure>()
{
    return securityMeasures;
}
template <> inline EntityMap<System> &ProjectData::table<System>()
{
    return systems;
}
template <> inline EntityMap<Activity> &ProjectData::table<Activity>()
{
    return activities;
}
template <> inline EntityMap<Transfer> &ProjectData::table<Transfer>()
{
    return transfers;
}

// Calls f.template operator()<T>() style visitors: f(Tag<T>{}) for each entity type.
template <typename T> struct TypeTag
{
    using type = T;
};
template <typename F> void forEachEntityType(F &&f)
{
    f(TypeTag<Document>{});
    f(TypeTag<Party>{});
    f(TypeTag<DataCategory>{});
    f(TypeTag<DataSubject>{});
    f(TypeTag<Source>{});
    f(TypeTag<SecurityMeasure>{});
    f(TypeTag<System>{});
    f(TypeTag<Activity>{});
    f(TypeTag<Transfer>{});
}

} // namespace ropa
