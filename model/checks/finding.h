#pragma once

// One finding of the compliance checks: which rule, about which entity, in words.

#include "checks/rules.h"
#include "domain/entities.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ropa::checks {

// An entity that a grouped finding's one cause affects ("CloudVendor has no DPA: 11 onward
// transfers depend on it" lists the 11 transfers).
struct AffectedEntity
{
    EntityKind kind = EntityKind::Transfer;
    Id id;
    QString name;
    friend bool operator==(const AffectedEntity &, const AffectedEntity &) = default;
};

struct Finding
{
    QString ruleId;
    Severity severity = Severity::Low;
    EntityKind kind = EntityKind::Activity; // the entity the finding is about (jump target)
    Id entity;
    QString entityName;
    // Tells findings of one rule about one entity apart (a data category's id, a country
    // code); empty when a rule finds at most one thing per entity.
    QString detail;
    QString message; // translated, names the entity

    // A finding with one root cause lists what that cause affects, instead of being raised once
    // per affected entity (docs/findings.md, "One cause, one finding"). Empty for most rules.
    QList<AffectedEntity> affects;
    // The keys the findings this one stands for had before they were grouped, one list per
    // affected thing (any key of a list counts for it). An acceptance of such a key is not
    // stale, and when every list has an accepted key the grouped finding is accepted
    // (acceptance.h). Empty for most rules.
    QList<QStringList> coveredKeys;

    // Filled from the acceptances (acceptance.h), not by the rules.
    bool accepted = false;
    QString justification;
    QDate acceptedOn;
    // Not a finding of the rules: an acceptance whose finding no longer occurs, shown so that
    // it is not lost silently (acceptance.h). Always accepted; never counted.
    bool noLongerApplies = false;

    // "RULE-ID|entity-id|detail": what an acceptance refers to. Stable across runs.
    QString key() const;
    const Rule *rule() const { return findRule(ruleId); }
    bool isOpen() const { return !accepted; }

    friend bool operator==(const Finding &, const Finding &) = default;
};

using FindingList = QList<Finding>;

// Counts of open (not accepted) findings by severity, of accepted ones, and of acceptances
// that no longer apply.
struct SeverityCounts
{
    int high = 0;
    int medium = 0;
    int low = 0;
    int accepted = 0;
    int noLongerApplies = 0; // acceptances whose finding no longer occurs; not in `accepted`
    int open() const { return high + medium + low; }
    int of(Severity s) const { return s == Severity::High ? high : s == Severity::Medium ? medium : low; }
    friend bool operator==(const SeverityCounts &, const SeverityCounts &) = default;
};
SeverityCounts countFindings(const FindingList &findings);

// True when an open finding has at least that severity.
bool hasOpenAtOrAbove(const FindingList &findings, Severity threshold);

} // namespace ropa::checks
