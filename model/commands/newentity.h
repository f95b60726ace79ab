#pragma once

// What Add makes: a new entity of a kind with a fresh id and the defaults a user expects (a
// name to type over, an activity of the own organisation, a transfer from the own
// organisation to another party). Model-side, so the window, the CLI and tests share it.

#include "domain/projectdata.h"

#include <optional>

namespace ropa::edit {

struct NewEntity
{
    std::optional<AnyEntity> entity;
    QString whyNot; // when entity is empty: what the project lacks, and what to do
};

// ownOrganisation: a party that is the project's own organisation (the controller).
NewEntity newEntity(const ProjectData &data, EntityKind kind, bool ownOrganisation = false);

} // namespace ropa::edit

namespace ropa::edit {

// What File › New asks for: the project's name, the own organisation (the controller whose
// record it is) with its country, and its data protection officer.
struct NewProjectDetails
{
    QString name;
    QString organisation;
    QString country; // ISO 3166-1 alpha-2, or empty
    Contact dpo;
};

// A new project with its own organisation (Art. 30(1)(a): the controller's name and contact
// details, and those of its DPO).
ProjectData newProject(const NewProjectDetails &details);

} // namespace ropa::edit
