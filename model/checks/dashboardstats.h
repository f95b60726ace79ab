#pragma once

// The figures behind the dashboard (views/dashboard), computed from a project and its findings.
// Plain data, so that tests can check the numbers without drawing anything.

#include "checks/finding.h"
#include "domain/projectdata.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ropa::checks {

// How a destination of a transfer is covered, for colouring countries.
enum class Coverage { Eea, Adequate, Safeguarded, Weak };
inline constexpr int CoverageCount = 4;
QString coverageKey(Coverage c);   // "eea", "adequate", "safeguarded", "weak"
QString coverageLabel(Coverage c); // translated

struct LabelledCount
{
    QString key;   // stable: an enum name of the format, a country code, a bucket key
    QString label; // translated, for the chart
    int count = 0;
    friend bool operator==(const LabelledCount &, const LabelledCount &) = default;
};

struct CountryCount
{
    QString country;                // ISO code
    QString label;                  // country name
    int counts[CoverageCount] = {}; // transfers to that country by coverage
    int total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
};

struct CompletenessItem
{
    QString key;      // "purpose", "lawful_basis", ...
    QString label;    // "Purpose (b)"
    int complete = 0; // controller activities that have it
    int total = 0;
    double percent() const { return total ? 100.0 * complete / total : 0.0; }
};

// A vendor's open objection period (issue 20): its change notice date plus its notice period.
struct VendorDeadline
{
    Id vendor;
    QString name;
    QDate deadline; // the last day to object
    friend bool operator==(const VendorDeadline &, const VendorDeadline &) = default;
};

struct DashboardStats
{
    SeverityCounts findings;              // open findings, and the number accepted
    QList<LabelledCount> sensitivity;     // ordinary, art9, art10
    QList<LabelledCount> lawfulBases;     // activities per basis, in Art. 6(1) order, then "none"
    QList<LabelledCount> mechanisms;      // transfers per mechanism, only those used
    QList<CountryCount> destinations;     // third countries and EEA countries, most transfers first
    QList<LabelledCount> retention;       // (activity, category) pairs per retention bucket
    QList<CompletenessItem> completeness; // Art. 30(1) items over controller activities, then sources
    QList<VendorDeadline> deadlines;      // open objection periods (deadline today or later), soonest first
};

DashboardStats computeDashboardStats(const ProjectData &data, const FindingList &findings,
                                     const QDate &today = QDate::currentDate());

// The coverage of one transfer for one destination.
Coverage coverageOf(const ProjectData &data, const Transfer &transfer, const QString &country);

} // namespace ropa::checks
