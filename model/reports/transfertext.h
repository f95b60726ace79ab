#pragma once

// The Chapter V texts of an Article 30 record: a transfer's mechanism in words, and the
// documentation of the suitable safeguards of an Art. 49(1) second-subparagraph transfer
// (Art. 30(1)(e)). Shared by the record's cells and its transfers table (reportbuilder.cpp).

#include "domain/projectdata.h"

#include <QString>

namespace ropa::reports::transfertext {

// "Standard contractual clauses (Art. 46(2)(c) GDPR), module 2; transfer impact assessment
// 2025-03-01"; "transfer mechanism: not stated" for none.
QString mechanismText(const Transfer &t);

// "documentation of suitable safeguards (…): <text>" or "…: not stated", with the evidence it
// comes from; *stated tells whether the transfer's safeguards field holds the documentation.
QString safeguardsText(const ProjectData &data, const Transfer &t, bool *stated);

} // namespace ropa::reports::transfertext
