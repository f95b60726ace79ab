#pragma once

// Runs every rule of the catalogue (rules.h) over a project. Pure: the same data and options
// give the same findings in the same order, so it can run on a copy in a worker thread.
// Legal meaning of each rule, and how the inventory expresses what a rule looks for where the
// domain has no field of its own: docs/findings.md.

#include "checks/finding.h"
#include "domain/projectdata.h"

#include <QDate>

namespace ropa::checks {

struct CheckOptions
{
    // "Now" for the review rule. Passed in so that results are deterministic.
    QDate today = QDate::currentDate();
    // Months after which an activity's review is overdue.
    int reviewMonths = 12;
};

// Findings sorted by severity (high first), then catalogue order, then entity name and detail;
// those the project's accepted findings cover are marked accepted (acceptance.h).
FindingList runChecks(const ProjectData &data, const CheckOptions &options = {});

// Days in an ISO 8601 duration (years 365, months 30, weeks 7 days; the time part counts as
// part of a day), or -1 when the text is not a duration. For comparing retention periods.
qint64 approximateDays(QStringView isoDuration);

} // namespace ropa::checks
