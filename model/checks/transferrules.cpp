#include "checkcontext.h"

#include "checks/transfercoverage.h"
#include "reference/reference.h"

#include <algorithm>

namespace ropa::checks {

namespace {

// ---- Chapter V ---------------------------------------------------------------------------

// The first of categories (with their subcategories) that is special-category, criminal-offence
// data or the content of calls (recordings, transcripts), by name; "" when none is.
QString sensitiveCategory(const Context &ctx, const IdList &categories)
{
    for (const Id &id : categories) {
        for (const DataCategory *c : ctx.subtree(id)) {
            if (c->special || c->criminal ||
                containsAny(c->name + u' ' + c->description + u' ' + c->examples.join(u' '),
                            {u"recording", u"audio", u"voice", u"opname", u"transcript"}))
                return quoted(c->name);
        }
    }
    return {};
}

// A transfer whose mechanism is not stated, kept for grouping (checkTransfers()).
struct NotStated
{
    const Transfer *transfer;
    QStringList countries; // outside the EEA and not adequate
};

void checkTransfer(Context &ctx, const Transfer &t, QList<NotStated> *notStated)
{
    const QString name = ctx.transferName(t);
    const ProjectData &data = ctx.data();
    // Shared with the transfer editor's hints (transfercoverage.h).
    const TransferCoverage coverage = transferCoverage(data, t);
    const QStringList &notCovered = coverage.notCovered;

    switch (t.mechanism) {
    case Mechanism::NotStated:
        if (!notCovered.isEmpty())
            notStated->append({&t, notCovered});
        break;
    case Mechanism::None:
        if (!notCovered.isEmpty()) {
            ctx.add("XFER-NO-MECHANISM", EntityKind::Transfer, t.id, name,
                    tr("Transfer “%1” sends data to %2, outside the EEA and without an adequacy decision, with no "
                       "transfer mechanism.")
                        .arg(name, countryNames(notCovered)));
        }
        break;
    case Mechanism::Eea:
    case Mechanism::Adequacy:
        if (!notCovered.isEmpty()) {
            ctx.add("XFER-MECHANISM-MISMATCH", EntityKind::Transfer, t.id, name,
                    tr("Transfer “%1” gives “%2” as its mechanism, but not every destination is in the EEA or covered "
                       "by an adequacy decision: %3.")
                        .arg(name,
                             Reference::instance().mechanism(t.mechanism)
                                 ? Reference::instance().mechanism(t.mechanism)->titleIn(Reference::displayLanguage())
                                 : enumToString(t.mechanism),
                             countryNames(notCovered)));
        }
        break;
    case Mechanism::PrivacyShield:
    case Mechanism::SafeHarbour: {
        const LegalItem *item = Reference::instance().mechanism(t.mechanism);
        const QString date = item && item->invalidated ? findingDate(*item->invalidated) : QString();
        const QString judgment = item ? item->judgmentIn(Reference::displayLanguage()) : QString();
        ctx.add("XFER-INVALID-MECHANISM", EntityKind::Transfer, t.id, name,
                tr("Transfer “%1” relies on %2, declared invalid on %3 by %4.")
                    .arg(name, mechanismTitle(t.mechanism), date, judgment));
        break;
    }
    case Mechanism::Dpf: {
        const Party *to = data.find<Party>(t.to);
        if (!coverage.outsideUs.isEmpty()) {
            ctx.add("XFER-DPF-NOT-US", EntityKind::Transfer, t.id, name,
                    tr("Transfer “%1” relies on the EU-U.S. Data Privacy Framework, but it sends data to %2, not the "
                       "United States.")
                        .arg(name, countryNames(coverage.outsideUs)));
        } else if (to && !coverage.recipientOutsideUs.isEmpty()) {
            ctx.add("XFER-DPF-NOT-US", EntityKind::Transfer, t.id, name,
                    tr("Transfer “%1” relies on the EU-U.S. Data Privacy Framework, but the recipient “%2” is "
                       "established in %3, not the United States.")
                        .arg(name, quoted(to->name), countryName(coverage.recipientOutsideUs)));
        }
        if (to && !coverage.recipientDpfCertified.value_or(false)) {
            ctx.add(
                "XFER-DPF-NOT-CERTIFIED", EntityKind::Transfer, t.id, name,
                coverage.recipientDpfCertified.has_value()
                    ? tr("Transfer “%1” relies on the EU-U.S. Data Privacy Framework, but “%2” is not DPF-certified.")
                          .arg(name, quoted(to->name))
                    : tr("Transfer “%1” relies on the EU-U.S. Data Privacy Framework, but “%2” is not recorded as "
                         "DPF-certified.")
                          .arg(name, quoted(to->name)));
        }
        break;
    }
    case Mechanism::Scc:
    case Mechanism::Bcr:
        if (!notCovered.isEmpty() && !t.tiaDone) {
            // What the missing assessment weighs most for (EDPB Recommendations 01/2020): the
            // content of calls and Art. 9/10 data. Then the finding is high, else medium.
            if (const QString sensitive = sensitiveCategory(ctx, t.dataCategories); !sensitive.isEmpty()) {
                ctx.add("XFER-TIA-MISSING-SENSITIVE", EntityKind::Transfer, t.id, name,
                        tr("Transfer “%1” sends “%2” to %3 relying on %4, without a transfer impact assessment date.")
                            .arg(name, sensitive, countryNames(notCovered), mechanismTitle(t.mechanism)));
            } else {
                ctx.add("XFER-TIA-MISSING", EntityKind::Transfer, t.id, name,
                        tr("Transfer “%1” relies on %2 for %3 without a transfer impact assessment date.")
                            .arg(name, mechanismTitle(t.mechanism), countryNames(notCovered)));
            }
        }
        break;
    case Mechanism::Derogation: {
        if (!t.derogation) {
            ctx.add("XFER-DEROGATION-UNSPECIFIED", EntityKind::Transfer, t.id, name,
                    tr("Transfer “%1” relies on a derogation without saying which one.").arg(name));
        }
        // Regular: the record says the transfer is not occasional. When that is not stated:
        // the recipient serves as a processor (an ongoing service), or the transfer is part
        // of a recorded activity's routine processing.
        QString reason;
        if (t.occasional == false) {
            reason = tr("the record says it is not occasional");
        } else if (!t.occasional) {
            if (t.role == Role::Processor) {
                reason = tr("the recipient acts as a processor (whether the transfer is occasional is not stated)");
            } else if (!t.activities.isEmpty()) {
                const Activity *a = data.find<Activity>(t.activities.first());
                reason = tr("it is part of activity “%1” (whether the transfer is occasional is not stated)")
                             .arg(a ? quoted(a->name) : idToString(t.activities.first()));
            }
        }
        if (!reason.isEmpty()) {
            ctx.add("XFER-DEROGATION-REGULAR", EntityKind::Transfer, t.id, name,
                    tr("Transfer “%1” uses an Art. 49 derogation for a regular transfer: %2.").arg(name, reason));
        }
        // Art. 30(1)(e): the record contains the documentation of the suitable safeguards.
        if (t.derogation == Derogation::CompellingInterests && t.suitableSafeguards.trimmed().isEmpty()) {
            ctx.add(
                "XFER-DEROGATION-SAFEGUARDS", EntityKind::Transfer, t.id, name,
                t.evidence.isEmpty()
                    ? tr("Transfer “%1” relies on the compelling-interests derogation without documented safeguards.")
                          .arg(name)
                    : tr("Transfer “%1” relies on the compelling-interests derogation, and its suitable safeguards "
                         "are not recorded (it cites evidence, but the Art. 30 record shows the safeguards field).")
                          .arg(name));
        }
        break;
    }
    case Mechanism::CodeOfConduct:
    case Mechanism::Certification: break;
    }
}

QString strengthText(graph::Strength s, const Transfer *weakest)
{
    if (s == graph::Strength::Invalid)
        return tr("an invalidated mechanism");
    return weakest && mechanismNotStated(*weakest) ? tr("no transfer mechanism stated") : tr("no valid mechanism");
}

QStringList unionOf(const QList<NotStated> &items)
{
    QStringList countries;
    for (const NotStated &n : items) {
        for (const QString &c : n.countries) {
            if (!countries.contains(c))
                countries.append(c);
        }
    }
    return countries;
}

// XFER-MECHANISM-NOT-STATED, one finding per cause: the onward transfers of one vendor (a list
// of subprocessors typed in without mechanisms) are one finding about the vendor, the own
// party's transfers to one recipient are one finding about the recipient, and a transfer that
// shares its cause with no other is a finding of its own.
void reportNotStated(Context &ctx, const QList<NotStated> &notStated)
{
    const ProjectData &data = ctx.data();
    // The cause: the sending vendor (onward), or the recipient of the own party's transfers. A
    // party can be both (a vendor that receives and passes on): those are two causes.
    using Cause = QPair<Id, bool>; // party, onward
    QList<Cause> order;
    QHash<Cause, QList<NotStated>> byCause;
    for (const NotStated &n : notStated) {
        const Party *from = data.find<Party>(n.transfer->from);
        const bool onward = from && !from->own;
        const Cause cause{onward ? n.transfer->from : n.transfer->to, onward};
        if (!byCause.contains(cause))
            order.append(cause);
        byCause[cause].append(n);
    }
    for (const Cause &key : std::as_const(order)) {
        const QList<NotStated> items = byCause.value(key);
        const Id &cause = key.first;
        const bool onward = key.second;
        const QString countries = countryNames(unionOf(items));
        if (items.size() == 1) {
            const Transfer &t = *items.first().transfer;
            const QString name = ctx.transferName(t);
            Finding &f = ctx.add("XFER-MECHANISM-NOT-STATED", EntityKind::Transfer, t.id, name,
                                 tr("Transfer “%1” sends data to %2, outside the EEA and without an adequacy "
                                    "decision; its transfer mechanism is not stated.")
                                     .arg(name, countries));
            // Before the rule existed, the transfer was an XFER-NO-MECHANISM finding.
            f.coveredKeys.append({f.key(), QStringLiteral("XFER-NO-MECHANISM|%1|").arg(idToString(t.id))});
            continue;
        }
        const Party *party = data.find<Party>(cause);
        const QString name = party ? quoted(party->name) : idToString(cause);
        const int n = static_cast<int>(items.size());
        Finding &f = ctx.add(
            "XFER-MECHANISM-NOT-STATED", EntityKind::Party, cause, name,
            onward ? tr("“%1” passes data on to %2 in %n onward transfer(s) whose transfer mechanism is not stated; "
                        "the destinations are outside the EEA and without an adequacy decision.",
                        nullptr, n)
                         .arg(name, countries)
                   : tr("%n transfer(s) to “%1” send data to %2, outside the EEA and without an adequacy decision, "
                        "with no transfer mechanism stated.",
                        nullptr, n)
                         .arg(name, countries),
            // Tells the vendor's onward transfers from those it receives (two causes, two keys).
            onward ? QStringLiteral("from") : QStringLiteral("to"));
        for (const NotStated &item : items) {
            const QString tid = idToString(item.transfer->id);
            f.affects.append({EntityKind::Transfer, item.transfer->id, ctx.transferName(*item.transfer)});
            f.coveredKeys.append({QStringLiteral("XFER-MECHANISM-NOT-STATED|%1|").arg(tid),
                                  QStringLiteral("XFER-NO-MECHANISM|%1|").arg(tid)});
        }
    }
}

// ONWARD-WEAK-CHAIN, once per chain: the categories that take the same chain (the same
// weakest hop and the same last hop) are listed in one finding, not raised once each.
void reportWeakChains(Context &ctx, const QList<WeakChain> &chains)
{
    const ProjectData &data = ctx.data();
    QList<QPair<Id, Id>> order;
    QHash<QPair<Id, Id>, QList<const WeakChain *>> byChain;
    for (const WeakChain &w : chains) {
        const QPair<Id, Id> key{w.weakest, w.transfers.last()};
        if (!byChain.contains(key))
            order.append(key);
        byChain[key].append(&w);
    }
    for (const auto &key : std::as_const(order)) {
        const QList<const WeakChain *> group = byChain.value(key);
        const WeakChain &w = *group.first();
        QStringList hops;
        QString weakestName;
        const Transfer *weakest = data.find<Transfer>(w.weakest);
        for (const Id &tid : w.transfers) {
            const Transfer *t = data.find<Transfer>(tid);
            if (!t)
                continue;
            if (hops.isEmpty())
                hops.append(ctx.partyName(t->from));
            hops.append(ctx.partyName(t->to));
            if (tid == w.weakest)
                weakestName = ctx.transferName(*t);
        }
        QStringList countries, categories;
        graph::Strength strength = w.strength;
        for (const WeakChain *c : group) {
            for (const QString &country : c->countries) {
                if (!countries.contains(country))
                    countries.append(country);
            }
            categories.append(ctx.categoryName(c->category));
            strength = std::min(strength, c->strength);
        }
        const QString hopsText = hops.join(QStringLiteral(" \u2192 "));
        if (group.size() == 1) {
            // One category: as before the grouping (entity, detail and key unchanged).
            const QString name = ctx.categoryName(w.category);
            ctx.add("ONWARD-WEAK-CHAIN", EntityKind::DataCategory, w.category, name,
                    tr("“%1” reaches %2 only through %3; its weakest hop, “%4”, has %5.")
                        .arg(name, countryNames(countries), hopsText, weakestName, strengthText(strength, weakest)),
                    idToString(w.transfers.last()));
            continue;
        }
        const int n = static_cast<int>(group.size());
        Finding &f =
            ctx.add("ONWARD-WEAK-CHAIN", EntityKind::Transfer, w.weakest, weakestName,
                    tr("%n data categories (“%1”) reach %2 only through %3; its weakest hop, “%4”, has %5.", nullptr, n)
                        .arg(categories.join(
                                 tr("”, “", "between two names in quotation marks: closing mark, comma, opening mark")),
                             countryNames(countries), hopsText, weakestName, strengthText(strength, weakest)),
                    idToString(w.transfers.last()));
        for (const WeakChain *c : group) {
            f.affects.append({EntityKind::DataCategory, c->category, ctx.categoryName(c->category)});
            f.coveredKeys.append({QStringLiteral("ONWARD-WEAK-CHAIN|%1|%2")
                                      .arg(idToString(c->category), idToString(w.transfers.last()))});
        }
    }
}

// ONWARD-SUBPROCESSOR-DPA, one finding per party without a DPA: the subprocessors reached
// through it are what it affects. A direct processor without a DPA is PROC-DPA-MISSING
// already: its dependents go there (Context::dpaDependents), not into a second finding.
void reportSubprocessorGaps(Context &ctx, const QList<SubprocessorGap> &gaps)
{
    const ProjectData &data = ctx.data();
    QList<Id> order;
    QHash<Id, QList<SubprocessorGap>> byMissing;
    for (const SubprocessorGap &g : gaps) {
        const Transfer *first = data.find<Transfer>(g.transfers.first());
        if (first && first->to == g.missingDpa) {
            ctx.dpaDependents[g.missingDpa].append(g);
            continue;
        }
        if (!byMissing.contains(g.missingDpa))
            order.append(g.missingDpa);
        byMissing[g.missingDpa].append(g);
    }
    for (const Id &missing : std::as_const(order)) {
        const QList<SubprocessorGap> group = byMissing.value(missing);
        const SubprocessorGap &g = group.first();
        if (group.size() == 1) {
            QStringList hops;
            for (const Id &tid : g.transfers) {
                const Transfer *t = data.find<Transfer>(tid);
                if (!t)
                    continue;
                if (hops.isEmpty())
                    hops.append(ctx.partyName(t->from));
                hops.append(ctx.partyName(t->to));
            }
            const QString name = ctx.partyName(g.subprocessor);
            ctx.add("ONWARD-SUBPROCESSOR-DPA", EntityKind::Party, g.subprocessor, name,
                    tr("Subprocessor “%1” is reached through %2 with no processing agreement recorded for “%3”.")
                        .arg(name, hops.join(QStringLiteral(" \u2192 ")), ctx.partyName(g.missingDpa)));
            continue;
        }
        const QString name = ctx.partyName(missing);
        const int n = static_cast<int>(group.size());
        Finding &f = ctx.add(
            "ONWARD-SUBPROCESSOR-DPA", EntityKind::Party, missing, name,
            tr("“%1” has no processing agreement recorded: %n subprocessor(s) are reached through it.", nullptr, n)
                .arg(name));
        for (const SubprocessorGap &gap : group) {
            f.affects.append({EntityKind::Party, gap.subprocessor, ctx.partyName(gap.subprocessor)});
            f.coveredKeys.append({QStringLiteral("ONWARD-SUBPROCESSOR-DPA|%1|").arg(idToString(gap.subprocessor))});
        }
    }
}

} // namespace

void checkTransfers(Context &ctx)
{
    QList<NotStated> notStated;
    for (const auto &[id, t] : ctx.data().transfers)
        checkTransfer(ctx, t, &notStated);
    reportNotStated(ctx, notStated);
}

void checkOnward(Context &ctx)
{
    // The chains come from model/graph, through onward.h.
    reportWeakChains(ctx, weakOnwardChains(ctx.data(), ctx.options().cancelled));
    reportSubprocessorGaps(ctx, subprocessorsWithoutDpa(ctx.data()));
}

} // namespace ropa::checks
