#pragma once

// The record's content.xml for the ODT, written from the report directly with
// QXmlStreamWriter (no QTextDocument in between): headings with outline levels (the office
// suite's navigator), the cover's facts, the contents, and each table with the paged writer's
// column widths (columnwidths.cpp, which follow the content), its header row repeated on every
// page, "not stated" in red italics.

#include "report.h"

#include <QByteArray>

namespace ropa::reports {

// bodyWidthCm: the width of the page's body (A4 landscape less the margins).
QByteArray odtContentXml(const Report &report, double bodyWidthCm);

} // namespace ropa::reports
