// The rules over what real registers carry (issue 18; docs/findings.md): automated decisions
// without their logic, a DPIA screening that meets two or more criteria without a DPIA, a
// system hosted outside the EEA that no transfer records, and a data item without retention.

#include "checkcontext.h"

#include "checks/onward.h"

#include <algorithm>

namespace ropa::checks {

namespace {

// Art. 22, 13(2)(f), 14(2)(g), 15(1)(h): decisions by automated means only (or profiling) are
// recorded, and the logic involved is what the data subject must be told.
void checkAutomatedDecisions(Context &ctx, const Activity &a)
{
    const AutomatedDecisions &d = a.automatedDecisions;
    if (!d.present.value_or(false) && !d.profiling.value_or(false))
        return;
    if (!d.logic.trimmed().isEmpty())
        return;
    const QString name = quoted(a.name);
    ctx.add("ART22-LOGIC-MISSING", EntityKind::Activity, a.id, name,
            d.present.value_or(false)
                ? tr("Activity “%1” takes decisions by automated means only, but does not state the logic involved.")
                      .arg(name)
                : tr("Activity “%1” profiles data subjects, but does not state the logic involved.").arg(name));
}

// Art. 35(1); EDPB/WP248 rev.01: two or more criteria usually mean a DPIA is required. One
// cause, one finding: DPIA-MISSING is not raised for the same activity (checker.cpp), and an
// acceptance of it still counts.
void checkScreening(Context &ctx, const Activity &a)
{
    const qsizetype criteria = a.dpiaScreening.criteria.size();
    if (!screeningCallsForDpia(a) || dpiaPerformed(a.dpia).value_or(false))
        return;
    // WP248: a controller that concludes no DPIA is needed despite the criteria documents why.
    if (a.dpia.required == std::optional<bool>(false) && !a.dpiaScreening.outcome.trimmed().isEmpty())
        return;
    const QString name = quoted(a.name);
    const QString done = dpiaPerformed(a.dpia).has_value() ? tr("the record says no DPIA was performed")
                                                           : tr("whether a DPIA was performed is not stated");
    Finding &f = ctx.add("DPIA-SCREENING-NO-DPIA", EntityKind::Activity, a.id, name,
                         tr("Activity “%1” meets %n criteria of the DPIA screening (EDPB WP248), and %2.", nullptr,
                            static_cast<int>(criteria))
                             .arg(name, done));
    f.coveredKeys.append({QStringLiteral("DPIA-MISSING|%1|").arg(idToString(a.id))});
}

// The countries a system is hosted in: its locations, else its hosting party's.
QStringList hostingCountries(const ProjectData &data, const System &s)
{
    if (!s.locations.isEmpty())
        return s.locations;
    const Party *host = data.find<Party>(s.hostingParty);
    if (!host)
        return {};
    if (!host->locations.isEmpty())
        return host->locations;
    return host->country.isEmpty() ? QStringList() : QStringList{host->country};
}

// Chapter V, Art. 30(1)(e): data kept in a system hosted outside the EEA, in a country without
// an adequacy decision of its own, reaches that country; a transfer to the hosting party that
// names the country records it (and the XFER-* rules judge its mechanism). One finding per
// system, listing the activities that keep data in it.
void checkSystems(Context &ctx)
{
    const ProjectData &data = ctx.data();
    for (const auto &[id, s] : data.systems) {
        const Party *host = data.find<Party>(s.hostingParty);
        if (host && host->own)
            continue; // the organisation's own hosting is no transfer
        QStringList uncovered;
        for (const QString &code : hostingCountries(data, s)) {
            if (!isThirdCountry(code) || isAdequateCountry(code) || uncovered.contains(code))
                continue;
            const bool recorded =
                host && std::any_of(data.transfers.begin(), data.transfers.end(), [&](const auto &entry) {
                    const Transfer &t = entry.second;
                    return t.to == host->id && transferDestinations(data, t).contains(code);
                });
            if (!recorded)
                uncovered.append(code);
        }
        if (uncovered.isEmpty())
            continue;
        const QString name = quoted(s.name);
        Finding &f = ctx.add(
            "SYSTEM-TRANSFER-MISSING", EntityKind::System, s.id, name,
            host ? tr("System “%1” is hosted by “%2” in %3, outside the EEA and without an adequacy decision, but no "
                      "transfer to “%2” records it.")
                       .arg(name, quoted(host->name), countryNames(uncovered))
                 : tr("System “%1” is hosted in %2, outside the EEA and without an adequacy decision, and neither "
                      "its hosting party nor a transfer is recorded.")
                       .arg(name, countryNames(uncovered)));
        for (const auto &[aid, a] : data.activities) {
            if (a.systems.contains(s.id))
                f.affects.append({EntityKind::Activity, a.id, a.name});
        }
    }
}

// Art. 30(1)(f), Art. 13(2)(a): where an activity keeps its data as data items (the Dutch
// register's retention per data item), the item is where the retention belongs. A category
// covered by a retention rule of the activity needs none per item. A category of the activity
// that has data items is judged per item, and ART30-RETENTION-MISSING is not raised for it
// (checker.cpp), so a missing retention is one finding.
void checkDataItems(Context &ctx, const Activity &a)
{
    if (!isControllerActivity(a))
        return;
    const QString name = quoted(a.name);
    for (const DataItem &item : a.dataItems) {
        if (hasRetention(item))
            continue;
        const bool ruled = std::any_of(a.retention.cbegin(), a.retention.cend(), [&](const RetentionRule &r) {
            return r.categories.isEmpty() || std::any_of(r.categories.cbegin(), r.categories.cend(), [&](const Id &rc) {
                       return ctx.isAncestorOrSelf(rc, item.category);
                   });
        });
        if (ruled)
            continue;
        const DataSubject *subject = ctx.data().find<DataSubject>(item.subject);
        const QString who = item.subject.isNull() ? tr("every data subject of the activity")
                            : subject             ? quoted(subject->name)
                                                  : idToString(item.subject);
        Finding &f = ctx.add(
            "DATA-ITEM-RETENTION-MISSING", EntityKind::Activity, a.id, name,
            tr("Activity “%1” keeps “%2” of %3 without a retention.").arg(name, ctx.categoryName(item.category), who),
            idToString(item.category) + u'/' + idToString(item.subject));
        f.coveredKeys.append(
            {QStringLiteral("ART30-RETENTION-MISSING|%1|%2").arg(idToString(a.id), idToString(item.category))});
    }
}

} // namespace

bool screeningCallsForDpia(const Activity &a)
{
    return a.dpiaScreening.criteria.size() >= 2;
}

bool hasRetention(const DataItem &item)
{
    return !item.retention.isEmpty() || !item.retentionText.trimmed().isEmpty();
}

void checkRegister(Context &ctx)
{
    for (const auto &[id, a] : ctx.data().activities) {
        checkAutomatedDecisions(ctx, a);
        if (isControllerActivity(a))
            checkScreening(ctx, a);
        checkDataItems(ctx, a);
    }
    checkSystems(ctx);
}

} // namespace ropa::checks
