#include "projectdata.h"

#include <algorithm>

namespace ropa {

namespace {

template <typename F> auto withTable(ProjectData &data, EntityKind kind, F &&f)
{
    switch (kind) {
    case EntityKind::Document: return f(data.documents);
    case EntityKind::Party: return f(data.parties);
    case EntityKind::DataCategory: return f(data.dataCategories);
    case EntityKind::DataSubject: return f(data.dataSubjects);
    case EntityKind::Source: return f(data.sources);
    case EntityKind::SecurityMeasure: return f(data.securityMeasures);
    case EntityKind::System: return f(data.systems);
    case EntityKind::Activity: return f(data.activities);
    case EntityKind::Transfer: return f(data.transfers);
    }
    Q_UNREACHABLE();
}

} // namespace

bool acceptedFindingLess(const AcceptedFinding &a, const AcceptedFinding &b)
{
    if (const int c = QString::compare(a.rule, b.rule); c != 0)
        return c < 0;
    if (a.entity != b.entity)
        return IdLess()(a.entity, b.entity);
    return QString::compare(a.detail, b.detail) < 0;
}

void sortAcceptedFindings(QList<AcceptedFinding> &list)
{
    std::stable_sort(list.begin(), list.end(), acceptedFindingLess);
}

std::optional<AnyEntity> ProjectData::entity(EntityKind kind, const Id &id) const
{
    return withTable(const_cast<ProjectData &>(*this), kind, [&](const auto &t) -> std::optional<AnyEntity> {
        const auto it = t.find(id);
        if (it == t.end())
            return std::nullopt;
        return AnyEntity(it->second);
    });
}

bool ProjectData::contains(EntityKind kind, const Id &id) const
{
    return withTable(const_cast<ProjectData &>(*this), kind, [&](const auto &t) { return t.contains(id); });
}

void ProjectData::put(const AnyEntity &entity)
{
    std::visit(
        [this](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            table<T>().insert_or_assign(e.id, e);
        },
        entity);
}

void ProjectData::remove(EntityKind kind, const Id &id)
{
    withTable(*this, kind, [&](auto &t) { t.erase(id); });
}

qsizetype ProjectData::count(EntityKind kind) const
{
    return withTable(const_cast<ProjectData &>(*this), kind,
                     [](const auto &t) { return static_cast<qsizetype>(t.size()); });
}

std::optional<EntityKind> ProjectData::kindOfId(const Id &id) const
{
    for (int k = 0; k < EntityKindCount; ++k) {
        const auto kind = static_cast<EntityKind>(k);
        if (contains(kind, id))
            return kind;
    }
    return std::nullopt;
}

} // namespace ropa
