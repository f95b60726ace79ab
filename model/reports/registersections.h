#pragma once

// The parts of a record that real registers carry beside the items of Art. 30 (issue 18): the
// record's identity (the Dutch register's number, status and version; the CNIL's created and
// updated dates; the ICO's business function), the data items (the Dutch register's data of a
// group of data subjects, the CNIL's retention per category), the systems ("Location of
// personal data" in the ICO's template, "software used" in the CNIL's), automated decisions
// (Art. 22; ICO column 17), the DPIA screening and the DPIA (Art. 35; ICO columns 21-23) and
// the linked documents with their kind (ICO columns 7, 15, 19, 23, 28). Each is a table of its
// own, so every writer (HTML, PDF, ODT, XLSX, CSV, Markdown) shows it; what is not stated reads
// "not stated", never "no" or "none".

#include "domain/projectdata.h"
#include "report.h"

namespace ropa::reports {

// The sections, in the order of the templates, for the activities of a record and the parties
// it names (its own parties and the recipients).
QList<Section> registerSections(const ProjectData &data, const QList<const Activity *> &activities,
                                const QList<const Party *> &parties);

// The retention of the activity's data items of that category, as written (else the duration in
// words): the Dutch register keeps retention per data item. Empty when none states one.
QStringList dataItemRetention(const Activity &activity, const Id &category);

// A party's data processing agreement in words: "yes, signed 1 March 2024 (“DPA v2”)", "yes (no
// date stated)", "no", or "" when not stated (Art. 28(3)).
QString dpaText(const ProjectData &data, const Party &party);

// Why no DPO is required, as the record says it ("" when not stated).
QString dpoNotRequiredText(const Party &party);

} // namespace ropa::reports
