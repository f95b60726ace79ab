#pragma once

// Checks that a ProjectData is a valid inventory: every reference resolves, ids are unique
// across kinds, countries are ISO 3166-1 alpha-2 (or "EU"), durations are ISO 8601, SCC
// modules are 1-4, at least one own party exists, activities belong to an own party, data
// category parents form no cycle. Shared by the JSON import and the .ropa store so a file
// is never loaded half-valid. These are errors, not compliance findings.

#include "domain/projectdata.h"

#include <QList>
#include <QString>

namespace ropa {

struct Problem
{
    std::optional<EntityKind> kind; // empty: the project itself
    Id id;
    QString entityName;
    QString key; // the key in the interchange format, e.g. "countries"
    QString message;

    // "party 3f2a…-… ("HubSpot"), key "country": "XX" is not an ISO 3166-1 alpha-2 code"
    QString describe() const;
};

QList<Problem> validateProject(const ProjectData &data);

// Formatting helpers shared by the readers, so every message names things the same way.
QString describeEntity(EntityKind kind, const Id &id, const QString &name);
bool isIsoDuration(QStringView text);
// The form of a rule id ("PROC-DPA-MISSING"): upper-case letters and digits in groups joined
// by "-", starting with a letter, at most 64 characters. A well-formed id that this version of
// Ropa does not know is valid (a newer Ropa may have the rule).
bool isRuleIdSyntax(QStringView text);

} // namespace ropa
