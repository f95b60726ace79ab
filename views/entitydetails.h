#pragma once

// The read-only detail pane's content: one entity of a ProjectData as a small HTML page.
// References to other entities are links "ropa:<uuid>" (see entityLinkId()).

#include "domain/projectdata.h"

#include <QString>
#include <QUrl>

namespace ropa {

QString entityDetailsHtml(const ProjectData &data, EntityKind kind, const Id &id);
// A short page for the project as a whole (shown when nothing is selected).
QString projectSummaryHtml(const ProjectData &data);
// The entity a "ropa:<uuid>" link points to; null for any other link.
Id entityLinkId(const QUrl &url);
// The style sheet the pages are written for; colours come from the application palette.
QString entityDetailsStyleSheet();

} // namespace ropa
