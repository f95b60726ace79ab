#pragma once

// The other way of applyImport(): the activities of a project's controller record as drafts,
// the plain per-activity values a register template writes (one row of the ICO's sheet, one
// sheet of the CNIL's register). Names stand for entities; only direct recipients (a transfer
// from the activity's own organisation) are listed, as a one-row register cannot show chains;
// their countries outside the EEA are where the data goes (reports/flows.h: the transfer's
// own, else the recipient's processing locations, else its country).

#include "import/importplan.h"

#include "domain/projectdata.h"

#include <QList>

namespace ropa::importer {

struct ProjectDraft
{
    const Party *controller = nullptr; // the first own party; null when the project has none
    QList<ActivityDraft> activities;   // the controller's activities (not processor ones), in name order
    // By draft, by measure: the security measures' kinds, for writers that sort them into the
    // boxes of a form (the CNIL's).
    QList<QList<MeasureKind>> measureKinds;
};

ProjectDraft draftsFromProject(const ProjectData &data);

} // namespace ropa::importer
