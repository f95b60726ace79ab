#pragma once

// Assembles the Article 30 record from an inventory (DOMAIN.md "What an Article 30 record must
// contain"; docs/records.md says where each item comes from).

#include "report.h"

#include "domain/projectdata.h"

namespace ropa::reports {

// The controller's record, Art. 30(1)(a)-(g), or the processor's record, Art. 30(2)(a)-(d),
// of the activities in options.scope. Never fails: what is missing is "not stated".
Report buildReport(const ProjectData &data, const Options &options);

// The own parties of a project, for scope selectors.
QList<const Party *> ownParties(const ProjectData &data);
// The distinct activity owners, sorted, for scope selectors.
QStringList activityOwners(const ProjectData &data);

} // namespace ropa::reports
