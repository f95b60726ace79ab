#include "newentity.h"

#include <QCoreApplication>

namespace ropa::edit {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::edit::NewEntity)
};

} // namespace

NewEntity newEntity(const ProjectData &data, EntityKind kind, bool ownOrganisation)
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
    switch (kind) {
    case EntityKind::Party: {
        Party p;
        p.id = id;
        p.own = ownOrganisation;
        p.name = ownOrganisation ? Tr::tr("New organisation") : Tr::tr("New party");
        return {p, {}};
    }
    case EntityKind::Activity: {
        if (own.isNull())
            return {std::nullopt, Tr::tr("Add your own organisation first: every processing activity belongs to it.")};
        Activity a;
        a.id = id;
        a.organisation = own;
        a.name = Tr::tr("New processing activity");
        return {a, {}};
    }
    case EntityKind::DataCategory: {
        DataCategory c;
        c.id = id;
        c.name = Tr::tr("New data category");
        return {c, {}};
    }
    case EntityKind::DataSubject: {
        DataSubject s;
        s.id = id;
        s.name = Tr::tr("New data subject");
        return {s, {}};
    }
    case EntityKind::Source: {
        Source s;
        s.id = id;
        s.name = Tr::tr("New source");
        return {s, {}};
    }
    case EntityKind::SecurityMeasure: {
        SecurityMeasure m;
        m.id = id;
        m.name = Tr::tr("New security measure");
        return {m, {}};
    }
    case EntityKind::System: {
        System y;
        y.id = id;
        y.name = Tr::tr("New system");
        return {y, {}};
    }
    case EntityKind::Document: {
        Document d;
        d.id = id;
        d.title = Tr::tr("New document");
        return {d, {}};
    }
    case EntityKind::Transfer: {
        if (own.isNull() || other.isNull())
            return {std::nullopt,
                    Tr::tr("Add a party first: a transfer goes from your organisation to another party.")};
        Transfer t;
        t.id = id;
        t.from = own;
        t.to = other;
        return {t, {}};
    }
    }
    return {};
}

} // namespace ropa::edit

namespace ropa::edit {

ProjectData newProject(const NewProjectDetails &details)
{
    ProjectData data;
    data.info.name = details.name.trimmed().isEmpty() ? Tr::tr("Untitled project") : details.name.trimmed();
    Party own;
    own.id = QUuid::createUuid();
    own.own = true;
    own.name = details.organisation.trimmed().isEmpty() ? Tr::tr("My organisation") : details.organisation.trimmed();
    if (!details.country.isEmpty()) {
        own.country = details.country;
        own.locations = {details.country};
    }
    if (!details.dpo.isEmpty())
        own.dpo = details.dpo;
    data.parties.emplace(own.id, own);
    return data;
}

} // namespace ropa::edit
