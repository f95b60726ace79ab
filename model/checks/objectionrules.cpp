// SUBPROC-OBJECTION-OPEN (issue 20; docs/findings.md): a vendor's change notice is open (the
// notice date plus the DPA's notice period has not passed) and the list it brought adds a
// subprocessor in a third country without an adequacy decision, with no safeguards stated on
// the transfer to it. Art. 28(2), (4) GDPR and the SCCs (module 2, clause 9) give the controller
// until the deadline to object; after it, the change counts as accepted.

#include "checkcontext.h"

#include "checks/onward.h"
#include "domain/subprocessorsnapshot.h"

#include <QSet>

namespace ropa::checks {

namespace {

bool safeguardsStated(const Transfer &t)
{
    return t.mechanism != Mechanism::NotStated && t.mechanism != Mechanism::None &&
           t.mechanism != Mechanism::PrivacyShield && t.mechanism != Mechanism::SafeHarbour;
}

const Transfer *transferBetween(const ProjectData &data, const Id &from, const Id &to)
{
    for (const auto &[id, t] : data.transfers) {
        if (t.from == from && t.to == to)
            return &t;
    }
    return nullptr;
}

// The subprocessors the vendor's last list names that the one before it did not (by party).
QList<const SnapshotRow *> addedRows(const QList<const SubprocessorSnapshot *> &history)
{
    QList<const SnapshotRow *> added;
    if (history.size() < 2)
        return added;
    QSet<Id> before;
    for (const SnapshotRow &r : history[history.size() - 2]->rows)
        before.insert(r.party);
    QSet<Id> seen;
    for (const SnapshotRow &r : history.last()->rows) {
        if (r.party.isNull() || before.contains(r.party) || seen.contains(r.party))
            continue;
        seen.insert(r.party);
        added.append(&r);
    }
    return added;
}

void checkVendor(Context &ctx, const Party &vendor, const QDate &deadline)
{
    const ProjectData &data = ctx.data();
    for (const SnapshotRow *row : addedRows(vendorSnapshots(data.subprocessorSnapshots, vendor.id))) {
        const Party *sub = data.find<Party>(row->party);
        if (!sub)
            continue;
        const Transfer *t = transferBetween(data, vendor.id, sub->id);
        if (t && safeguardsStated(*t))
            continue;
        const QStringList destinations = t ? transferDestinations(data, *t) : row->countries;
        QStringList unsafe;
        for (const QString &c : destinations) {
            if (isThirdCountry(c) && !isAdequateCountry(c))
                unsafe.append(c);
        }
        if (unsafe.isEmpty())
            continue;
        ctx.add("SUBPROC-OBJECTION-OPEN", EntityKind::Party, vendor.id, quoted(vendor.name),
                tr("“%1” added the subprocessor “%2” in %3, without an adequacy decision or stated safeguards; "
                   "the notice period to object ends on %4.")
                    .arg(quoted(vendor.name), quoted(sub->name), countryNames(unsafe), findingDate(deadline)),
                idToString(sub->id));
    }
}

} // namespace

void checkObjections(Context &ctx)
{
    const QDate today = ctx.options().today;
    for (const auto &[id, p] : ctx.data().parties) {
        const std::optional<QDate> deadline = objectionDeadline(p);
        if (deadline && today <= *deadline)
            checkVendor(ctx, p, *deadline);
    }
}

} // namespace ropa::checks
