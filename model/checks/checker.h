#pragma once

// Runs every rule of the catalogue (rules.h) over a project. Pure: the same data and options
// give the same findings in the same order, so it can run on a copy in a worker thread.
// Legal meaning of each rule, and the notes conventions read when an explicit field is not
// stated: docs/findings.md.

#include "checks/finding.h"
#include "domain/projectdata.h"

#include <QDate>

#include <functional>

namespace ropa::checks {

struct CheckOptions
{
    // "Now" for the review rule. Passed in so that results are deterministic.
    QDate today = QDate::currentDate();
    // Months after which an activity's review is overdue.
    int reviewMonths = 12;
    // Asked between the rules (and per data category in the onward analysis): when it returns
    // true the check stops early and returns no findings. CheckRunner uses it to abandon a
    // check that a newer edit has made useless. Empty: never cancelled.
    std::function<bool()> cancelled = {};
};

// Findings sorted by severity (high first), then catalogue order, then entity name and detail;
// those the project's accepted findings cover are marked accepted (acceptance.h). Empty when
// options.cancelled() said so.
FindingList runChecks(const ProjectData &data, const CheckOptions &options = {});

// The notes conventions (docs/findings.md): what a rule reads from free text when the explicit
// field is not stated. Each returns the words that matched, or an empty string. The editors
// show them, so that a DPO sees what the check inferred and can set the field instead.
// Consent as a condition of the service (Art. 7(4)): notes or evidence quotes.
QString bundledConsentMarker(const Activity &activity);
// A balancing test (Art. 6(1)(f)) mentioned in the notes.
QString balancingNoteMarker(const Activity &activity);
// "Large scale" in the name, purposes or notes (Art. 35(3)).
QString largeScaleMarker(const Activity &activity);

// Days in an ISO 8601 duration (years 365, months 30, weeks 7 days; the time part counts as
// part of a day), or -1 when the text is not a duration. For comparing retention periods.
qint64 approximateDays(QStringView isoDuration);

// A date inside a finding's message or an acceptance, in the format of the language the
// findings are written in (2020-07-16, 16-07-2020, 16.07.2020); "" for a null date.
QString findingDate(const QDate &date);

} // namespace ropa::checks
